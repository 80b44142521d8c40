#include "tests/support/NginxFront.h"

#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

QString nginxBinary()
{
    if (const QString fromEnv = qEnvironmentVariable("NGINX_BIN"); !fromEnv.isEmpty())
        return fromEnv;
    if (QString path = QStandardPaths::findExecutable(u"nginx"_s); !path.isEmpty())
        return path;
    return QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
}

QString nchanModule()
{
    if (const QString fromEnv = qEnvironmentVariable("NCHAN_MODULE"); !fromEnv.isEmpty())
        return fromEnv;
    const QString debian = u"/usr/lib/nginx/modules/ngx_nchan_module.so"_s;
    return QFile::exists(debian) ? debian : QString();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool accepts(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    return probe.waitForConnected(200);
}

} // namespace

NginxFront::NginxFront(QString sourceDir)
    : m_source(std::move(sourceDir))
    , m_port(freePort())
{
}

NginxFront::~NginxFront()
{
    stop();
}

QString NginxFront::missing()
{
    return nginxBinary().isEmpty()
        ? u"nginx is not installed (it is in the build rootfs: run through packaging/rootfs/pdenv)"_s
        : QString();
}

QString NginxFront::missingNchan()
{
    if (QString why = missing(); !why.isEmpty())
        return why;
    if (nchanModule().isEmpty())
        return u"the Nchan module is not installed (Debian package libnginx-mod-nchan)"_s;
    return {};
}

quint16 NginxFront::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString NginxFront::readSource(const QString &relative) const
{
    return readFile(m_source + u'/' + relative);
}

QString NginxFront::proxySnippet() const
{
    return u"include %1/packaging/nginx/portaldesk-proxy.conf;"_s.arg(m_source);
}

QString NginxFront::sharedSiteCopy()
{
    // What every site's server block shares, with its own include of the proxy headers from the source tree.
    QString shared = readSource(u"packaging/nginx/portaldesk-site.conf"_s);
    if (!shared.contains(u"include snippets/portaldesk-proxy.conf;"_s)) {
        fail(u"packaging/nginx/portaldesk-site.conf no longer has the shape this adapts"_s);
        return {};
    }
    shared.replace(u"include snippets/portaldesk-proxy.conf;"_s, proxySnippet());
    QFile copy(m_prefix.filePath(u"portaldesk-site.conf"_s));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(shared.toUtf8()) < 0) {
        fail(u"cannot write "_s + copy.fileName());
        return {};
    }
    return copy.fileName();
}

QString NginxFront::adapt(QString site, quint16 portaldPort, const QString &webroot, const QString &sharedCopy) const
{
    if (!site.contains(u"    listen 443 ssl;\n"_s) || !site.contains(u"include snippets/portaldesk-site.conf;"_s))
        return {};
    // The port-80 blocks only redirect to HTTPS.
    for (qsizetype redirect = site.indexOf(u"server {\n    listen 80;"_s); redirect >= 0;
         redirect = site.indexOf(u"server {\n    listen 80;"_s)) {
        const qsizetype end = site.indexOf(u"\n}\n"_s, redirect);
        if (end < 0)
            return {};
        site.remove(redirect, end + 3 - redirect);
    }
    site.replace(u"server 127.0.0.1:8080;"_s, u"server 127.0.0.1:%1;"_s.arg(portaldPort));
    site.replace(u"root /srv/portaldesk/www"_s, u"root %1"_s.arg(webroot));
    site.replace(u"    listen 443 ssl;\n"_s, u"    listen 127.0.0.1:%1;\n"_s.arg(m_port));
    static const QRegularExpression tlsLines(u"^\\s*(listen \\[::\\]:443 ssl|http2 on|ssl_[a-z_]+ [^\\n]*);\\n"_s,
                                             QRegularExpression::MultilineOption);
    site.remove(tlsLines);
    site.replace(u"include snippets/portaldesk-proxy.conf;"_s, proxySnippet());
    site.replace(u"include snippets/portaldesk-site.conf;"_s, u"include %1;"_s.arg(sharedCopy));
    return site;
}

bool NginxFront::configureShipped(const QStringList &siteFiles, quint16 portaldPort, const QString &webroot)
{
    if (m_source.isEmpty())
        return fail(u"PD_SOURCE_DIR must point at the source tree"_s);
    const QString shared = sharedSiteCopy();
    if (shared.isEmpty())
        return false;
    QString servers;
    for (const QString &file : siteFiles) {
        const QString site = adapt(readSource(u"packaging/nginx/"_s + file), portaldPort, webroot, shared);
        if (site.isEmpty())
            return fail(u"packaging/nginx/%1 no longer has the shape this adapts"_s.arg(file));
        servers += site;
    }
    return write(servers, {});
}

bool NginxFront::startShipped(const QStringList &siteFiles, const PortaldProcess &portald)
{
    return configureShipped(siteFiles, quint16(portald.baseUrl().port()), portald.dataDir() + u"/www"_s) && start();
}

bool NginxFront::configureNchan(const QList<QUrl> &upstreams, const QString &webroot, int workers,
                                int workerConnections)
{
    if (const QString why = missingNchan(); !why.isEmpty())
        return fail(why);
    QString publisher = readSource(u"packaging/nginx/portaldesk-nchan.conf"_s);
    const QString live = m_source + u"/packaging/nginx/portaldesk-nchan-live.conf"_s;
    if (!publisher.contains(u"listen 127.0.0.1:8091;"_s) || !QFile::exists(live))
        return fail(u"packaging/nginx changed shape: no publisher on 127.0.0.1:8091, or a file is missing"_s);
    const QString shared = sharedSiteCopy();
    if (shared.isEmpty())
        return false;
    m_publishPort = freePort();
    publisher.replace(u"listen 127.0.0.1:8091;"_s, u"listen 127.0.0.1:%1;"_s.arg(m_publishPort));
    QString servers;
    for (const QUrl &u : upstreams)
        servers += u"        server 127.0.0.1:%1;\n"_s.arg(u.port());
    return write(uR"(    upstream portald {
%1        keepalive 32;
    }
    map $http_upgrade $portald_connection {
        default upgrade;
        ''      '';
    }
)"_s.arg(servers)
                     + publisher
                     + uR"(
    server {
        listen 127.0.0.1:%1 backlog=4096 reuseport;
        root %2;
        include %3;
        include %4;
    }
)"_s.arg(m_port)
                           .arg(webroot, live, shared),
                 {.workers = workers, .workerConnections = workerConnections, .nchan = true});
}

bool NginxFront::configure(const QString &servers, int workerConnections)
{
    return write(servers, {.workerConnections = workerConnections});
}

bool NginxFront::write(const QString &servers, Processes processes)
{
    if (!m_prefix.isValid() || m_port == 0)
        return fail(u"no temporary prefix or free port for nginx"_s);
    const QString prefix = m_prefix.path();
    // As root, the workers would run as nobody and could not read the test's private directories.
    const QString user = ::geteuid() == 0 ? u"user root;\n"_s : QString();
    const QString module = processes.nchan ? u"load_module %1;\n"_s.arg(nchanModule()) : QString();
    const QString text = uR"(daemon off;
master_process on;
worker_processes %1;
worker_rlimit_nofile %2;
%3pid %4/nginx.pid;
error_log %4/error.log warn;
%5events { worker_connections %6; multi_accept on; }
http {
    access_log %4/access.log;
    client_body_temp_path %4/client_body;
    proxy_temp_path %4/proxy;
    fastcgi_temp_path %4/fastcgi;
    uwsgi_temp_path %4/uwsgi;
    scgi_temp_path %4/scgi;
    types { application/json json; text/html html; text/css css; application/javascript js; }
)"_s.arg(processes.workers)
                             .arg(2 * processes.workerConnections + 64)
                             .arg(user, prefix, module)
                             .arg(processes.workerConnections)
                         + servers + u"}\n"_s;
    QFile conf(m_prefix.filePath(u"nginx.conf"_s));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(text.toUtf8()) < 0)
        return fail(u"cannot write "_s + conf.fileName());
    return true;
}

bool NginxFront::start()
{
    if (const QString why = missing(); !why.isEmpty())
        return fail(why);
    // nginx writes its own log; its stdout must not hold a runner's pipe open.
    m_nginx.setStandardOutputFile(QProcess::nullDevice());
    m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_nginx.start(nginxBinary(), {u"-p"_s, m_prefix.path(), u"-c"_s, m_prefix.filePath(u"nginx.conf"_s), u"-e"_s,
                                  m_prefix.filePath(u"error.log"_s)});
    if (!m_nginx.waitForStarted())
        return fail(u"nginx did not start: "_s + m_nginx.errorString());
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        if (accepts(m_port) && (m_publishPort == 0 || accepts(m_publishPort)))
            return true;
        if (!isRunning())
            return fail(u"nginx exited"_s);
        QThread::msleep(50);
    }
    return fail(u"nginx did not listen"_s);
}

void NginxFront::stop()
{
    if (!isRunning())
        return;
    m_nginx.terminate();
    if (!m_nginx.waitForFinished(15'000)) {
        m_nginx.kill();
        m_nginx.waitForFinished(5000);
    }
}

QUrl NginxFront::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QUrl NginxFront::publishUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/nchan/live"_s.arg(m_publishPort));
}

int NginxFront::bufferedMessages(qint64 eventId) const
{
    HttpProbe http;
    const auto r = http.request("GET", QUrl(publishUrl().toString() + u'/' + QString::number(eventId)), {},
                                {{"Accept", "application/json"}});
    if (r.status == 404)
        return 0; // nothing published to the channel yet
    if (r.status != 200)
        return -1;
    return r.json.object().value(u"messages"_s).toInt(-1);
}

QString NginxFront::accessLog() const
{
    return readFile(m_prefix.filePath(u"access.log"_s));
}

QString NginxFront::errorLog() const
{
    return readFile(m_prefix.filePath(u"error.log"_s));
}

QString NginxFront::failure() const
{
    const QString errors = errorLog();
    return errors.isEmpty() ? m_failure : m_failure + u"\n"_s + errors;
}

bool NginxFront::fail(const QString &why)
{
    m_failure = why;
    return false;
}

} // namespace pd::test
