#include "tests/support/NchanNginx.h"

#include "tests/support/HttpProbe.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
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

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

NchanNginx::NchanNginx(QString sourceDir) : m_source(std::move(sourceDir)) {}

NchanNginx::~NchanNginx()
{
    stop();
}

QString NchanNginx::missing()
{
    if (nginxBinary().isEmpty())
        return u"nginx is not installed (Debian package nginx)"_s;
    if (nchanModule().isEmpty())
        return u"the Nchan module is not installed (Debian package libnginx-mod-nchan)"_s;
    return {};
}

QByteArray NchanNginx::config(const QList<QUrl> &upstreams, const QString &webroot, int workers, int workerConnections)
{
    QString publisher = readFile(m_source + u"/packaging/nginx/portaldesk-nchan.conf"_s);
    QString shared = readFile(m_source + u"/packaging/nginx/portaldesk-site.conf"_s);
    const QString live = m_source + u"/packaging/nginx/portaldesk-nchan-live.conf"_s;
    if (!publisher.contains(u"listen 127.0.0.1:8091;"_s) || shared.isEmpty() || !QFile::exists(live)) {
        m_error = u"packaging/nginx changed shape: no publisher on 127.0.0.1:8091, or a file is missing"_s;
        return {};
    }
    publisher.replace(u"listen 127.0.0.1:8091;"_s, u"listen 127.0.0.1:%1;"_s.arg(m_publishPort));
    shared.replace(u"include snippets/portaldesk-proxy.conf;"_s,
                   u"include %1/packaging/nginx/portaldesk-proxy.conf;"_s.arg(m_source));
    QFile sharedCopy(m_prefix.filePath(u"portaldesk-site.conf"_s));
    if (!sharedCopy.open(QIODevice::WriteOnly) || sharedCopy.write(shared.toUtf8()) < 0) {
        m_error = u"cannot write the site snippet"_s;
        return {};
    }
    sharedCopy.close();
    QString servers;
    for (const QUrl &u : upstreams)
        servers += u"        server 127.0.0.1:%1;\n"_s.arg(u.port());
    const QString prefix = m_prefix.path();
    // As root, the workers would run as nobody and could not read the test's private directories.
    const QString user = ::geteuid() == 0 ? u"user root;\n"_s : QString();
    return (uR"(daemon off;
master_process on;
worker_processes %1;
worker_rlimit_nofile %2;
%3pid %4/nginx.pid;
error_log %4/error.log warn;
load_module %5;
events { worker_connections %6; multi_accept on; }
http {
    access_log %4/access.log;
    client_body_temp_path %4/client_body;
    proxy_temp_path %4/proxy;
    fastcgi_temp_path %4/fastcgi;
    uwsgi_temp_path %4/uwsgi;
    scgi_temp_path %4/scgi;
    types { application/json json; text/html html; text/css css; application/javascript js; }
    upstream portald {
%7        keepalive 32;
    }
    map $http_upgrade $portald_connection {
        default upgrade;
        ''      '';
    }
)"_s.arg(workers)
                .arg(2 * workerConnections + 64)
                .arg(user, prefix, nchanModule())
                .arg(workerConnections)
                .arg(servers)
            + publisher
            + uR"(
    server {
        listen 127.0.0.1:%1 backlog=4096 reuseport;
        root %2;
        include %3;
        include %4;
    }
}
)"_s.arg(m_port)
                  .arg(webroot, live, sharedCopy.fileName()))
        .toUtf8();
}

bool NchanNginx::start(const QList<QUrl> &upstreams, const QString &webroot, int workers, int workerConnections)
{
    if (const QString why = missing(); !why.isEmpty()) {
        m_error = why;
        return false;
    }
    m_port = freePort();
    m_publishPort = freePort();
    const QByteArray text = config(upstreams, webroot, workers, workerConnections);
    if (text.isEmpty())
        return false;
    QFile conf(m_prefix.filePath(u"nginx.conf"_s));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(text) < 0) {
        m_error = u"cannot write nginx.conf"_s;
        return false;
    }
    conf.close();
    m_nginx = std::make_unique<QProcess>();
    m_nginx->setProcessChannelMode(QProcess::MergedChannels);
    m_nginx->start(nginxBinary(), {u"-p"_s, m_prefix.path(), u"-c"_s, conf.fileName()});
    if (!m_nginx->waitForStarted(10'000)) {
        m_error = u"nginx did not start: "_s + m_nginx->errorString();
        return false;
    }
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        QTcpSocket publisher;
        publisher.connectToHost(QHostAddress::LocalHost, m_publishPort);
        if (probe.waitForConnected(200) && publisher.waitForConnected(200))
            return true;
        if (m_nginx->state() == QProcess::NotRunning) {
            m_error = u"nginx exited: "_s + QString::fromUtf8(m_nginx->readAll()) + errorLog();
            return false;
        }
        QThread::msleep(50);
    }
    m_error = u"nginx did not listen: "_s + errorLog();
    return false;
}

void NchanNginx::stop()
{
    if (!m_nginx || m_nginx->state() == QProcess::NotRunning)
        return;
    // SIGQUIT: a graceful stop, workers included.
    ::kill(pid_t(m_nginx->processId()), SIGQUIT);
    if (!m_nginx->waitForFinished(15'000)) {
        m_nginx->kill();
        m_nginx->waitForFinished(5000);
    }
}

QUrl NchanNginx::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QUrl NchanNginx::publishUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/nchan/live"_s.arg(m_publishPort));
}

int NchanNginx::bufferedMessages(qint64 eventId) const
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

qint64 NchanNginx::masterPid() const
{
    return m_nginx ? m_nginx->processId() : 0;
}

QString NchanNginx::accessLog() const
{
    return readFile(m_prefix.filePath(u"access.log"_s));
}

QString NchanNginx::errorLog() const
{
    return readFile(m_prefix.filePath(u"error.log"_s));
}

} // namespace pd::test
