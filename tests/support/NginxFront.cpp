#include "tests/support/NginxFront.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

QString readSource(const QString &relative)
{
    QFile f(qEnvironmentVariable("PD_SOURCE_DIR") + u'/' + relative);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString proxySnippet()
{
    return u"include %1/packaging/nginx/portaldesk-proxy.conf;"_s.arg(qEnvironmentVariable("PD_SOURCE_DIR"));
}

} // namespace

NginxFront::NginxFront()
    : m_port(freePort())
{
}

NginxFront::~NginxFront()
{
    stop();
}

QString NginxFront::program()
{
    if (const QString fromEnv = qEnvironmentVariable("NGINX_BIN"); !fromEnv.isEmpty())
        return fromEnv;
    if (QString path = QStandardPaths::findExecutable(u"nginx"_s); !path.isEmpty())
        return path;
    return QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
}

quint16 NginxFront::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
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
    if (qEnvironmentVariableIsEmpty("PD_SOURCE_DIR"))
        return fail(u"PD_SOURCE_DIR must point at the source tree"_s);
    // What every site's server block shares, with its own include of the proxy headers from the source tree.
    QString shared = readSource(u"packaging/nginx/portaldesk-site.conf"_s);
    if (!shared.contains(u"include snippets/portaldesk-proxy.conf;"_s))
        return fail(u"packaging/nginx/portaldesk-site.conf no longer has the shape this adapts"_s);
    shared.replace(u"include snippets/portaldesk-proxy.conf;"_s, proxySnippet());
    QFile sharedCopy(m_prefix.filePath(u"portaldesk-site.conf"_s));
    if (!sharedCopy.open(QIODevice::WriteOnly) || sharedCopy.write(shared.toUtf8()) < 0)
        return fail(u"cannot write "_s + sharedCopy.fileName());
    sharedCopy.close();
    QString servers;
    for (const QString &file : siteFiles) {
        const QString site = adapt(readSource(u"packaging/nginx/"_s + file), portaldPort, webroot, sharedCopy.fileName());
        if (site.isEmpty())
            return fail(u"packaging/nginx/%1 no longer has the shape this adapts"_s.arg(file));
        servers += site;
    }
    return configure(u"    types { text/css css; }\n"_s + servers);
}

bool NginxFront::configure(const QString &servers, int workerConnections)
{
    if (!m_prefix.isValid() || m_port == 0)
        return fail(u"no temporary prefix or free port for nginx"_s);
    const QString prefix = m_prefix.path();
    const QString text = uR"(master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections %2; }
http {
    access_log %1/access.log;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    types { application/json json; text/html html; }
)"_s.arg(prefix).arg(workerConnections)
                         + servers + u"\n}\n"_s;
    QFile conf(m_prefix.filePath(u"nginx.conf"_s));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(text.toUtf8()) < 0)
        return fail(u"cannot write "_s + conf.fileName());
    return true;
}

bool NginxFront::start()
{
    const QString nginx = program();
    if (nginx.isEmpty())
        return fail(u"nginx is not installed (it is in the build rootfs: run through packaging/rootfs/pdenv)"_s);
    // nginx writes its own log; its stdout must not hold a runner's pipe open.
    m_nginx.setStandardOutputFile(QProcess::nullDevice());
    m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_nginx.start(nginx, {u"-p"_s, m_prefix.path(), u"-c"_s, m_prefix.filePath(u"nginx.conf"_s), u"-e"_s,
                          m_prefix.filePath(u"error.log"_s), u"-g"_s, u"daemon off;"_s});
    if (!m_nginx.waitForStarted())
        return fail(u"nginx did not start: "_s + m_nginx.errorString());
    return true;
}

void NginxFront::stop()
{
    if (m_nginx.state() == QProcess::NotRunning)
        return;
    m_nginx.terminate();
    if (!m_nginx.waitForFinished(10'000)) {
        m_nginx.kill();
        m_nginx.waitForFinished();
    }
}

QUrl NginxFront::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QString NginxFront::failure() const
{
    QFile log(m_prefix.filePath(u"error.log"_s));
    const QString errors = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    return errors.isEmpty() ? m_failure : m_failure + u"\n"_s + errors;
}

bool NginxFront::fail(const QString &why)
{
    m_failure = why;
    return false;
}

} // namespace pd::test
