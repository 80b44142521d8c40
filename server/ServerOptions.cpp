#include "server/ServerOptions.h"
#include "server/config/ConfigFile.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"portald — the PortalDesk reference portal server (REST API, review workflow)"_s);
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on (port 0: any free port)."_s,
                                    u"host:port"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption data(u"data"_s, u"Data directory (SQLite database, media, web root)."_s, u"dir"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed the demo site, accounts and content on first start."_s);
    const QCommandLineOption demoPublic(
        u"demo-public"_s,
        u"Allow --demo on an address other than loopback (its accounts have a published password)."_s);
    const QCommandLineOption demoDir(u"demo-dir"_s, u"Read demo content from this directory."_s, u"dir"_s);
    const QCommandLineOption database(u"database"_s, u"Use PostgreSQL instead of SQLite."_s, u"postgresql://…"_s);
    const QCommandLineOption webroot(u"webroot"_s, u"Where the public site is written (default: DATA/www)."_s, u"dir"_s);
    const QCommandLineOption listRoutes(u"list-routes"_s, u"Print the API route table (METHOD PATTERN) and exit."_s);
    const QCommandLineOption addUser(u"add-user"_s,
                                     u"Create an account and exit; the password is read from PORTALD_PASSWORD (≥ 12 characters)."_s,
                                     u"username"_s);
    const QCommandLineOption displayName(u"display-name"_s, u"Display name for --add-user."_s, u"name"_s);
    const QCommandLineOption role(u"role"_s, u"Role for --add-user: role[:level] (repeatable)."_s, u"role"_s);
    const QCommandLineOption generate(u"generate-items"_s,
                                      u"Measurement option: add N published copies of the demo news and exit."_s, u"N"_s);
    const QCommandLineOption calendar(u"working-calendar"_s,
                                      u"Office hours, holidays and make-up days for review deadlines (JSON)."_s, u"file"_s);
    const QCommandLineOption trustedProxy(
        u"trusted-proxy"_s,
        u"A reverse proxy (address or address/prefix, repeatable) whose X-Forwarded-For / X-Real-IP headers name the "
        "client; from every other peer, loopback included, the connecting address is the client."_s,
        u"addr[/prefix]"_s);
    const QCommandLineOption streamCap(u"stream-connections-per-address"_s,
                                       u"Public live stream connections one address may hold (default 20, 0: no cap)."_s,
                                       u"N"_s);
    const QCommandLineOption nchanPublish(
        u"nchan-publish"_s,
        u"Publish every public live message to this Nchan publisher location (the event id is appended), where nginx "
        "with Nchan holds the readers."_s,
        u"url"_s);
    const QCommandLineOption publicStreamUrl(
        u"public-stream-url"_s,
        u"Where the public live page subscribes, {event} standing for the event id (default "
        "/public/live/{event}/stream, with --nchan-publish /public/live/{event}/events)."_s,
        u"template"_s);
    const QCommandLineOption tokenTtl(u"access-token-ttl"_s,
                                      u"Seconds an access token is accepted (default 900); clients renew it."_s,
                                      u"seconds"_s);
    const QCommandLineOption clockStart(
        u"clock-start"_s,
        u"Start portald's clock at this moment (RFC 3339) and let it run on from there, to see the portal on another "
        "date (tests, demonstrations)."_s,
        u"time"_s);
    const QCommandLineOption staleMargins(
        u"stale-margins"_s,
        u"Days of warning before a column breaks its update rule, by rule length (default 14=3,180=30)."_s,
        u"rule=days,…"_s);
    const QCommandLineOption sweepBatch(u"sweep-batch"_s,
                                        u"Items a whole-site sweep checks per turn (default 200)."_s, u"N"_s);
    const QCommandLineOption sweepPause(u"sweep-pause-ms"_s,
                                        u"Rest between a sweep's turns, in milliseconds (default 10)."_s, u"ms"_s);
    const QCommandLineOption audienceHeartbeat(
        u"audience-heartbeat-ms"_s,
        u"How often this portald refreshes its live readers in the figure all instances share, in milliseconds "
        "(default 10000); a stopped instance's readers drop out after three."_s,
        u"ms"_s);
    const QCommandLineOption sweepSlice(u"sweep-slice-ms"_s,
                                        u"A sweep's turn ends after this long, before its batch is through (default 4)."_s,
                                        u"ms"_s);
    const QCommandLineOption sweepExternal(
        u"sweep-external-links"_s,
        u"Link sweeps also ask other hosts over HTTP whether the site's external links still answer (off by default: "
        "they are counted as unchecked)."_s);
    const QCommandLineOption sweepExternalOnly(
        u"sweep-external-only"_s,
        u"With --sweep-external-links: ask only this host (repeatable); links to other hosts count as unchecked."_s,
        u"host"_s);
    const QCommandLineOption linkTimeout(u"link-timeout-ms"_s,
                                         u"How long a link sweep waits for one external link (default 10000)."_s, u"ms"_s);
    const QCommandLineOption linkMaxRedirects(
        u"link-max-redirects"_s, u"Redirects a link sweep follows for one external link before calling it a loop (default 5)."_s,
        u"N"_s);
    const QCommandLineOption linkPerHost(u"link-per-host"_s,
                                         u"External links a link sweep asks one host at a time (default 1)."_s, u"N"_s);
    const QCommandLineOption linkConcurrency(
        u"link-concurrency"_s, u"External links a link sweep asks at a time, all hosts together (default 8)."_s, u"N"_s);
    const QCommandLineOption linkHostGap(u"link-host-gap-ms"_s,
                                         u"Rest between two requests of a link sweep to one host (default 250)."_s, u"ms"_s);
    const QCommandLineOption deadLinkLimit(u"dead-link-limit"_s,
                                           u"Dead links allowed, in percent of a site's checked links (default 1)."_s,
                                           u"percent"_s);
    const QCommandLineOption generateMark(
        u"generate-mark"_s,
        u"Measurement option: with --generate-items, put this word into the title of every Nth generated item."_s,
        u"word"_s);
    const QCommandLineOption generateRules(
        u"generate-rules"_s, u"Measurement option: add N content-check rules (rare wordings) to the first site and exit."_s,
        u"N"_s);
    const QCommandLineOption generateMarkEvery(u"generate-mark-every"_s,
                                               u"Which generated items carry --generate-mark (default 100)."_s, u"N"_s);
    const QCommandLineOption config(u"config"_s,
                                    u"Read options from this file first (key = value lines named after the long options "
                                    "listen, data, database, webroot, working-calendar, stream-connections-per-address, nchan-publish, "
                                    "public-stream-url, "
                                    "stale-margins, demo, demo-public, demo-dir, trusted-proxy, the sweep-… and link-… options, "
                                    "dead-link-limit); the command line wins (trusted-proxy and sweep-external-only lines add to "
                                    "their lists)."_s,
                                    u"file"_s);
    const QCommandLineOption siteName(u"site-name"_s, u"init: the portal site's name (网站名称)."_s, u"name"_s);
    const QCommandLineOption siteCode(u"site-code"_s, u"init: the site's 网站标识码 (10 characters)."_s, u"code"_s);
    const QCommandLineOption orgCode(u"org-code"_s, u"init: the publisher's org code for 索引号 (18 or 9 characters)."_s,
                                     u"code"_s);
    const QCommandLineOption admin(u"admin"_s,
                                   u"init: the first administrator's user name; the password is read from "
                                   "PORTALD_ADMIN_PASSWORD or, without it, from standard input (≥ 12 characters)."_s,
                                   u"username"_s);
    p.addOptions({listen, data, demo, demoPublic, demoDir, database, webroot, listRoutes, addUser, displayName, role,
                  generate, calendar, trustedProxy, streamCap, nchanPublish, publicStreamUrl, tokenTtl, clockStart, staleMargins, sweepBatch, sweepPause, audienceHeartbeat, sweepSlice, sweepExternal, sweepExternalOnly, linkTimeout,
                  linkMaxRedirects, linkPerHost, linkConcurrency, linkHostGap, deadLinkLimit, generateMark, generateMarkEvery, generateRules, config, siteName, siteCode,
                  orgCode, admin});
    p.addPositionalArgument(u"init"_s, u"Create an empty portal (one site, one administrator) in the data directory and exit."_s,
                            u"[init]"_s);
    // The file's options go in front of the command line's, so the command line overrides them.
    auto expanded = ConfigFile::expandArguments(arguments);
    if (!expanded)
        return std::unexpected(expanded.error());
    p.process(*expanded);

    ServerOptions o;
    const QString hostPort = p.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? hostPort.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !o.address.setAddress(host))
        return fail(ErrorCode::InvalidInput, u"--listen 需要 host:port 形式，例如 127.0.0.1:0，而不是 %1"_s.arg(hostPort));
    o.port = quint16(port);
    o.dataDir = p.value(data);
    o.databaseUrl = p.value(database);
    o.webroot = p.value(webroot);
    o.demo = p.isSet(demo);
    o.demoPublic = p.isSet(demoPublic);
    // The demo accounts' password is printed in the documentation: reachable from the network, anyone could sign
    // in as an administrator. Only a second, explicit switch says that is meant (a classroom, a trade fair).
    if (o.demo && !o.demoPublic && !o.address.isLoopback())
        return fail(ErrorCode::InvalidInput,
                    u"--demo 的演示账号使用公开的密码，不能在非本机地址 %1 上监听；请改用 --listen 127.0.0.1:端口，"
                    "或确需对外开放时另加 --demo-public"_s.arg(hostPort));
    o.demoDir = p.value(demoDir);
    o.listRoutes = p.isSet(listRoutes);
    o.addUser = p.value(addUser);
    o.workingCalendar = p.value(calendar);
    auto trusted = ClientAddress::parseSubnets(p.values(trustedProxy));
    if (!trusted)
        return std::unexpected(trusted.error());
    o.trustedProxies = *trusted;
    if (p.isSet(generate)) {
        bool ok = false;
        o.generateItems = p.value(generate).toInt(&ok);
        if (!ok || o.generateItems < 1 || o.generateItems > 10'000'000)
            return fail(ErrorCode::InvalidInput, u"--generate-items 需要 1 到 10000000 之间的数"_s);
    }
    if (p.isSet(streamCap)) {
        bool ok = false;
        o.streamConnectionsPerAddress = p.value(streamCap).toInt(&ok);
        if (!ok || o.streamConnectionsPerAddress < 0 || o.streamConnectionsPerAddress > 100'000)
            return fail(ErrorCode::InvalidInput, u"--stream-connections-per-address 需要 0 到 100000 之间的数"_s);
    }
    if (p.isSet(nchanPublish)) {
        o.nchanPublish = QUrl(p.value(nchanPublish), QUrl::StrictMode);
        if (!o.nchanPublish.isValid() || (o.nchanPublish.scheme() != u"http"_s && o.nchanPublish.scheme() != u"https"_s)
            || o.nchanPublish.host().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        u"--nchan-publish 需要 http(s) 地址，例如 http://127.0.0.1:8091/nchan/live，而不是 %1"_s.arg(
                            p.value(nchanPublish)));
    }
    o.publicStreamUrl = p.isSet(publicStreamUrl) ? p.value(publicStreamUrl)
                        : o.nchanPublish.isEmpty() ? u"/public/live/{event}/stream"_s
                                                   : u"/public/live/{event}/events"_s;
    if (!o.publicStreamUrl.contains(u"{event}"_s)
        || !(o.publicStreamUrl.startsWith(u'/') || o.publicStreamUrl.startsWith(u"wss://"_s)
             || o.publicStreamUrl.startsWith(u"ws://"_s) || o.publicStreamUrl.startsWith(u"https://"_s)))
        return fail(ErrorCode::InvalidInput,
                    u"--public-stream-url 需要以 / 或 ws(s)://、https:// 开头并含 {event}，而不是 %1"_s.arg(o.publicStreamUrl));
    if (p.isSet(tokenTtl)) {
        bool ok = false;
        o.accessTokenTtl = p.value(tokenTtl).toInt(&ok);
        if (!ok || o.accessTokenTtl < 1 || o.accessTokenTtl > 24 * 3600)
            return fail(ErrorCode::InvalidInput, u"--access-token-ttl 需要 1 到 86400 之间的秒数"_s);
    }
    if (p.isSet(sweepBatch)) {
        bool ok = false;
        o.sweepBatch = p.value(sweepBatch).toInt(&ok);
        if (!ok || o.sweepBatch < 1 || o.sweepBatch > 10'000)
            return fail(ErrorCode::InvalidInput, u"--sweep-batch 需要 1 到 10000 之间的数"_s);
    }
    if (p.isSet(sweepPause)) {
        bool ok = false;
        o.sweepPauseMs = p.value(sweepPause).toInt(&ok);
        if (!ok || o.sweepPauseMs < 0 || o.sweepPauseMs > 60'000)
            return fail(ErrorCode::InvalidInput, u"--sweep-pause-ms 需要 0 到 60000 之间的毫秒数"_s);
    }
    if (p.isSet(audienceHeartbeat)) {
        bool ok = false;
        o.audienceHeartbeatMs = p.value(audienceHeartbeat).toInt(&ok);
        if (!ok || o.audienceHeartbeatMs < 100 || o.audienceHeartbeatMs > 600'000)
            return fail(ErrorCode::InvalidInput, u"--audience-heartbeat-ms 需要 100 到 600000 之间的毫秒数"_s);
    }
    if (p.isSet(sweepSlice)) {
        bool ok = false;
        o.sweepSliceMs = p.value(sweepSlice).toInt(&ok);
        if (!ok || o.sweepSliceMs < 1 || o.sweepSliceMs > 60'000)
            return fail(ErrorCode::InvalidInput, u"--sweep-slice-ms 需要 1 到 60000 之间的毫秒数"_s);
    }
    o.sweepExternalLinks = p.isSet(sweepExternal);
    o.sweepExternalHosts = p.values(sweepExternalOnly);
    if (p.isSet(linkTimeout)) {
        bool ok = false;
        o.linkTimeoutMs = p.value(linkTimeout).toInt(&ok);
        if (!ok || o.linkTimeoutMs < 100 || o.linkTimeoutMs > 300'000)
            return fail(ErrorCode::InvalidInput, u"--link-timeout-ms 需要 100 到 300000 之间的毫秒数"_s);
    }
    const auto intIn = [&p](const QCommandLineOption &option, int low, int high, int &out, const QString &unit) -> Result<void> {
        if (!p.isSet(option))
            return {};
        bool ok = false;
        out = p.value(option).toInt(&ok);
        if (!ok || out < low || out > high)
            return fail(ErrorCode::InvalidInput, u"--%1 需要 %2 到 %3 之间的%4"_s.arg(option.names().constFirst())
                                                     .arg(low).arg(high).arg(unit));
        return {};
    };
    if (auto r = intIn(linkMaxRedirects, 0, 20, o.linkMaxRedirects, u"次数"_s); !r)
        return std::unexpected(r.error());
    if (auto r = intIn(linkPerHost, 1, 16, o.linkPerHost, u"数"_s); !r)
        return std::unexpected(r.error());
    if (auto r = intIn(linkConcurrency, 1, 64, o.linkConcurrency, u"数"_s); !r)
        return std::unexpected(r.error());
    if (auto r = intIn(linkHostGap, 0, 60'000, o.linkHostGapMs, u"毫秒数"_s); !r)
        return std::unexpected(r.error());
    if (p.isSet(deadLinkLimit)) {
        bool ok = false;
        o.deadLinkLimitPercent = p.value(deadLinkLimit).toDouble(&ok);
        if (!ok || o.deadLinkLimitPercent < 0 || o.deadLinkLimitPercent > 100)
            return fail(ErrorCode::InvalidInput, u"--dead-link-limit 需要 0 到 100 之间的百分数"_s);
    }
    o.generateMark = p.value(generateMark);
    if (p.isSet(generateRules)) {
        bool ok = false;
        o.generateRules = p.value(generateRules).toInt(&ok);
        if (!ok || o.generateRules < 1 || o.generateRules > 1'000'000)
            return fail(ErrorCode::InvalidInput, u"--generate-rules 需要 1 到 1000000 之间的数"_s);
    }
    if (p.isSet(generateMarkEvery)) {
        bool ok = false;
        o.generateMarkEvery = p.value(generateMarkEvery).toInt(&ok);
        if (!ok || o.generateMarkEvery < 1)
            return fail(ErrorCode::InvalidInput, u"--generate-mark-every 需要正整数"_s);
    }
    if (p.isSet(clockStart)) {
        o.clockStart = QDateTime::fromString(p.value(clockStart), Qt::ISODateWithMs);
        if (!o.clockStart.isValid() || o.clockStart.timeSpec() == Qt::LocalTime)
            return fail(ErrorCode::InvalidInput, u"--clock-start 需要带时区的 RFC 3339 时间，如 2026-11-23T09:00:00+08:00"_s);
    }
    if (p.isSet(staleMargins)) {
        auto margins = domain::StalenessPolicy::parseMargins(p.value(staleMargins));
        if (!margins)
            return std::unexpected(margins.error());
        o.staleMargins = *margins;
    }
    o.displayName = p.value(displayName);
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty() && (positional.size() > 1 || positional.first() != u"init"_s))
        return fail(ErrorCode::InvalidInput, u"未知的命令：%1（只有 init）"_s.arg(positional.join(u' ')));
    o.init = !positional.isEmpty();
    o.siteName = p.value(siteName).trimmed();
    o.siteCode = p.value(siteCode).trimmed();
    o.orgCode = p.value(orgCode).trimmed();
    o.adminUser = p.value(admin).trimmed();
    if (o.init) {
        QStringList missing;
        for (const auto &[value, name] : {std::pair{o.siteName, u"--site-name"_s}, std::pair{o.siteCode, u"--site-code"_s},
                                          std::pair{o.orgCode, u"--org-code"_s}, std::pair{o.adminUser, u"--admin"_s}})
            if (value.isEmpty())
                missing.append(name);
        if (!missing.isEmpty())
            return fail(ErrorCode::InvalidInput, u"portald init 还需要 %1"_s.arg(missing.join(u"、"_s)));
        if (o.demo)
            return fail(ErrorCode::InvalidInput, u"portald init 创建空门户，不能与 --demo 同用"_s);
    }
    for (const QString &r : p.values(role)) {
        const QStringList parts = r.split(u':');
        o.roles.append(domain::RoleGrant{parts.value(0), 0, parts.value(1).toInt()});
    }
    if (!o.listRoutes && o.dataDir.isEmpty())
        return fail(ErrorCode::InvalidInput, u"需要 --data 数据目录"_s);
    if (!o.dataDir.isEmpty())
        o.dataDir = QDir(o.dataDir).absolutePath();
    if (o.webroot.isEmpty() && !o.dataDir.isEmpty())
        o.webroot = o.dataDir + u"/www"_s;
    return o;
}

QString ServerOptions::databaseLocation() const
{
    if (!databaseUrl.isEmpty())
        return databaseUrl;
    return dataDir.isEmpty() ? u":memory:"_s : dataDir + u"/portald.sqlite"_s;
}

} // namespace pd::server
