// Client addresses through the shipped nginx site (packaging/nginx/portaldesk.conf with its proxy-header snippet) in
// front of a real portald that trusts it (--trusted-proxy 127.0.0.1). The test is several readers at once by
// connecting from different loopback addresses (127.0.0.2, 127.0.0.3 …), as nginx's $remote_addr tells them apart.
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::PortaldProcess;
using pd::test::SourceAddressHttp;

namespace {

QString findNginx()
{
    if (const QString fromEnv = qEnvironmentVariable("NGINX_BIN"); !fromEnv.isEmpty())
        return fromEnv;
    if (QString path = QStandardPaths::findExecutable(u"nginx"_s); !path.isEmpty())
        return path;
    return QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QHostAddress reader(int n)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(n));
}

} // namespace

class tst_ProxyAddresses : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal{{u"--demo"_s, u"--trusted-proxy"_s, u"127.0.0.1"_s}};
    HttpProbe m_http;
    QTemporaryDir m_prefix;
    QProcess m_nginx;
    quint16 m_port = 0;
    QHash<QString, QString> m_tokens;
    qint64 m_siteId = 0;

    QUrl direct(const QString &path) const { return m_portal.url(path); }
    QUrl viaNginx(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)); }

    HttpProbe::Reply call(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body = {})
    {
        return m_http.json(verb, direct(path), token, body.isEmpty() ? QJsonDocument() : QJsonDocument(body));
    }

    /// The shipped site as a test nginx can run it: the plain-HTTP redirect block and TLS dropped, our port, web root
    /// and portald's port in, the snippet included from the source tree. Everything else — every location and every
    /// proxy header — as shipped.
    QByteArray nginxConfig(quint16 portaldPort) const
    {
        const QString source = qEnvironmentVariable("PD_SOURCE_DIR");
        QFile file(source + u"/packaging/nginx/portaldesk.conf"_s);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString site = QString::fromUtf8(file.readAll());
        // The port-80 block only redirects to HTTPS.
        const qsizetype redirect = site.indexOf(u"server {\n    listen 80;"_s);
        const qsizetype redirectEnd = site.indexOf(u"\n}\n"_s, redirect);
        if (redirect < 0 || redirectEnd < 0)
            return {};
        site.remove(redirect, redirectEnd + 3 - redirect);
        const auto replaceOnce = [&site](const QString &from, const QString &to) {
            if (site.count(from) != 1)
                return false;
            site.replace(from, to);
            return true;
        };
        if (!replaceOnce(u"server 127.0.0.1:8080;"_s, u"server 127.0.0.1:%1;"_s.arg(portaldPort))
            || !replaceOnce(u"root /srv/portaldesk/www;"_s, u"root %1/www;"_s.arg(m_portal.process().dataDir()))
            || !replaceOnce(u"    listen 443 ssl;\n"_s, u"    listen 127.0.0.1:%1;\n"_s.arg(m_port)))
            return {};
        static const QRegularExpression tlsLines(u"^\\s*(listen \\[::\\]:443 ssl|http2 on|ssl_[a-z_]+ [^\\n]*);\\n"_s,
                                                 QRegularExpression::MultilineOption);
        site.remove(tlsLines);
        if (!site.contains(u"include snippets/portaldesk-proxy.conf;"_s))
            return {};
        site.replace(u"include snippets/portaldesk-proxy.conf;"_s,
                     u"include %1/packaging/nginx/portaldesk-proxy.conf;"_s.arg(source));
        // What every site's server block shares, with its own include of the proxy headers from the source tree.
        QFile shared(source + u"/packaging/nginx/portaldesk-site.conf"_s);
        QFile sharedCopy(m_prefix.filePath(u"portaldesk-site.conf"_s));
        if (!shared.open(QIODevice::ReadOnly) || !sharedCopy.open(QIODevice::WriteOnly))
            return {};
        QString sharedText = QString::fromUtf8(shared.readAll());
        sharedText.replace(u"include snippets/portaldesk-proxy.conf;"_s,
                           u"include %1/packaging/nginx/portaldesk-proxy.conf;"_s.arg(source));
        sharedCopy.write(sharedText.toUtf8());
        sharedCopy.close();
        if (!replaceOnce(u"include snippets/portaldesk-site.conf;"_s, u"include %1;"_s.arg(sharedCopy.fileName())))
            return {};
        const QString prefix = m_prefix.path();
        return (uR"(master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 256; }
http {
    access_log %1/access.log;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    types { application/json json; text/html html; }
)"_s.arg(prefix) + site + u"\n}\n"_s)
            .toUtf8();
    }

    qint64 startedEvent()
    {
        const auto created = call("POST", u"/api/v1/live/events"_s, m_tokens.value(u"editor"_s),
                                  {{u"site"_s, m_siteId}, {u"title"_s, u"代理测试直播"_s}, {u"venue"_s, u"市政府新闻发布厅"_s},
                                   {u"mode"_s, u"direct"_s}});
        if (created.status != 201)
            return 0;
        const qint64 id = created.json.object().value(u"id").toInteger();
        // Live transitions name the revision they act on.
        const auto started = m_http.json("POST", direct(u"/api/v1/live/events/%1/transitions"_s.arg(id)),
                                         m_tokens.value(u"moderator"_s), QJsonDocument(QJsonObject{{u"action"_s, u"start"_s}}),
                                         {{"If-Match", created.headers.value("etag")}});
        return started.status == 200 ? id : 0;
    }

    HttpProbe::Reply comment(int from, qint64 event, const QString &text, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const QByteArray body = QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(QJsonDocument::Compact);
        return SourceAddressHttp::request(reader(from), "POST", viaNginx(u"/public/live/%1/comments"_s.arg(event)), body,
                                          headers);
    }

    HttpProbe::Reply login(int from, const QString &user, const QString &password)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
        return SourceAddressHttp::request(reader(from), "POST", viaNginx(u"/api/v1/session"_s), body,
                                          {{"Content-Type", "application/json"}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString nginx = findNginx();
        if (nginx.isEmpty())
            QSKIP("nginx is not installed (it is in the build rootfs: run through packaging/rootfs/pdenv)");
        QVERIFY2(!qEnvironmentVariableIsEmpty("PD_SOURCE_DIR"), "PD_SOURCE_DIR must point at the source tree");
        QVERIFY2(m_portal.start(), m_portal.failure());
        for (const QString &user : {u"editor"_s, u"moderator"_s}) {
            m_tokens.insert(user, m_http.login(m_portal.baseUrl(), user, pd::test::PortaldFixture::password()));
            QVERIFY(!m_tokens.value(user).isEmpty());
        }
        const auto sites = call("GET", u"/api/v1/sites"_s, m_tokens.value(u"editor"_s));
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0);

        QVERIFY(m_prefix.isValid());
        m_port = freePort();
        QVERIFY(m_port > 0);
        const QByteArray config = nginxConfig(quint16(m_portal.baseUrl().port()));
        QVERIFY2(!config.isEmpty(), "packaging/nginx/portaldesk.conf no longer has the shape this test adapts");
        QFile conf(m_prefix.filePath(u"nginx.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly) && conf.write(config) == config.size());
        conf.close();
        m_nginx.setStandardOutputFile(QProcess::nullDevice());
        m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_nginx.start(nginx, {u"-p"_s, m_prefix.path(), u"-c"_s, conf.fileName(), u"-e"_s,
                              m_prefix.filePath(u"error.log"_s), u"-g"_s, u"daemon off;"_s});
        QVERIFY(m_nginx.waitForStarted());
        // /healthz through nginx (allowed from 127.0.0.1 only): nginx is up and reaches portald.
        QTRY_VERIFY_WITH_TIMEOUT(
            SourceAddressHttp::request(QHostAddress::LocalHost, "GET", viaNginx(u"/healthz"_s)).status == 200
                || m_nginx.state() == QProcess::NotRunning,
            15000);
        QVERIFY2(m_nginx.state() == QProcess::Running, "nginx exited; see its error.log");
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            if (!m_nginx.waitForFinished(10000))
                m_nginx.kill();
        }
    }

    // A reader who names a fresh address in X-Real-IP / X-Forwarded-For on every comment is still one reader: the
    // sixth comment within the minute is refused.
    void spoofedHeadersDoNotChangeTheKey()
    {
        const qint64 event = startedEvent();
        QVERIFY(event > 0);
        for (int i = 0; i < 5; ++i) {
            const QByteArray fake = "203.0.113." + QByteArray::number(10 + i);
            const auto r = comment(2, event, u"请问第%1个问题"_s.arg(i),
                                   {{"X-Real-IP", fake}, {"X-Forwarded-For", "198.51.100." + QByteArray::number(i) + ", " + fake}});
            QVERIFY2(r.status == 202, r.body.constData());
        }
        const auto sixth = comment(2, event, u"第六条"_s, {{"X-Real-IP", "203.0.113.99"}, {"X-Forwarded-For", "203.0.113.98"}});
        QCOMPARE(sixth.status, 429);
        QVERIFY(sixth.headers.value("retry-after").toInt() > 0);
        // Without any header the same reader is refused as well.
        QCOMPARE(comment(2, event, u"第七条"_s).status, 429);

        // Honest readers behind the same nginx are not one address: each has a budget of its own.
        QCOMPARE(comment(3, event, u"另一位市民的问题"_s).status, 202);
        QCOMPARE(comment(4, event, u"第三位市民的问题"_s).status, 202);
        // And what portald stored is the address nginx saw, not what the client claimed.
        const auto pending = call("GET", u"/api/v1/live/events/%1/comments?state=pending"_s.arg(event),
                                  m_tokens.value(u"moderator"_s));
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.json.object().value(u"items").toArray().size(), 7);
    }

    // Someone hammers reviewer1 with wrong passwords from one address; the reviewer still signs in from another
    // address after at most a short wait — an account cannot be locked from one address.
    void reviewerSignsInWhileHammered()
    {
        for (int i = 0; i < 8; ++i) {
            const int status = login(5, u"reviewer1"_s, u"wrong-password-%1"_s.arg(i)).status;
            QVERIFY2(status == 401 || status == 429, qPrintable(QString::number(status)));
        }
        QCOMPARE(login(5, u"reviewer1"_s, u"wrong-password-x"_s).status, 429);
        const auto attempt = [this] {
            (void)login(5, u"reviewer1"_s, u"still-guessing"_s); // the hammering goes on meanwhile
            return login(6, u"reviewer1"_s, pd::test::PortaldFixture::password()).status;
        };
        QTRY_COMPARE_WITH_TIMEOUT(attempt(), 201, 20000);
    }
};

QTEST_GUILESS_MAIN(tst_ProxyAddresses)
#include "tst_proxy_addresses.moc"
