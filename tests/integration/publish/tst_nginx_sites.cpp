// The shipped nginx configuration for several sites (packaging/nginx: portaldesk.conf for the portal,
// portaldesk-sites.conf for the department sites, the shared snippets) in front of a real portald --demo: each
// department site by its own server_name from its own directory, the portal by its own, and a department site below
// the portal's host name at /sites/{siteCode}/ with its links kept there.
#include "tests/support/PortaldProcess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::PortaldProcess;

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

QString readSource(const QString &relative)
{
    QFile f(qEnvironmentVariable("PD_SOURCE_DIR") + u'/' + relative);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString metaOf(const QString &html, const QString &name)
{
    const QRegularExpression meta(u"<meta name=\"%1\" content=\"([^\"]*)\">"_s.arg(name));
    return meta.match(html).captured(1);
}

struct RawReply {
    int status = 0;
    QString body;
};

} // namespace

class TestNginxSites : public QObject
{
    Q_OBJECT

    std::unique_ptr<PortaldProcess> m_portald;
    QTemporaryDir m_prefix;
    QProcess m_nginx;
    quint16 m_port = 0;

    /// A shipped site file as a test nginx can run it: the plain-HTTP redirect blocks and TLS dropped, our port, the
    /// demo's web root and the snippets from the source tree; every location as shipped. Empty when its shape changed.
    QString adapt(QString site, quint16 portaldPort, const QString &sharedCopy) const
    {
        for (qsizetype redirect = site.indexOf(u"server {\n    listen 80;"_s); redirect >= 0;
             redirect = site.indexOf(u"server {\n    listen 80;"_s)) {
            const qsizetype end = site.indexOf(u"\n}\n"_s, redirect);
            if (end < 0)
                return {};
            site.remove(redirect, end + 3 - redirect);
        }
        site.replace(u"server 127.0.0.1:8080;"_s, u"server 127.0.0.1:%1;"_s.arg(portaldPort));
        site.replace(u"root /srv/portaldesk/www"_s, u"root %1/www"_s.arg(m_portald->dataDir()));
        site.replace(u"    listen 443 ssl;\n"_s, u"    listen 127.0.0.1:%1;\n"_s.arg(m_port));
        static const QRegularExpression tlsLines(u"^\\s*(listen \\[::\\]:443 ssl|http2 on|ssl_[a-z_]+ [^\\n]*);\\n"_s,
                                                 QRegularExpression::MultilineOption);
        site.remove(tlsLines);
        site.replace(u"include snippets/portaldesk-proxy.conf;"_s,
                     u"include %1/packaging/nginx/portaldesk-proxy.conf;"_s.arg(qEnvironmentVariable("PD_SOURCE_DIR")));
        site.replace(u"include snippets/portaldesk-site.conf;"_s, u"include %1;"_s.arg(sharedCopy));
        return site;
    }

    QByteArray nginxConfig(quint16 portaldPort) const
    {
        const QString portal = readSource(u"packaging/nginx/portaldesk.conf"_s);
        const QString departments = readSource(u"packaging/nginx/portaldesk-sites.conf"_s);
        QString shared = readSource(u"packaging/nginx/portaldesk-site.conf"_s);
        if (!portal.contains(u"include snippets/portaldesk-site.conf;"_s)
            || departments.count(u"include snippets/portaldesk-site.conf;"_s) < 2 || shared.isEmpty())
            return {};
        shared.replace(u"include snippets/portaldesk-proxy.conf;"_s,
                       u"include %1/packaging/nginx/portaldesk-proxy.conf;"_s.arg(qEnvironmentVariable("PD_SOURCE_DIR")));
        QFile sharedCopy(m_prefix.filePath(u"portaldesk-site.conf"_s));
        if (!sharedCopy.open(QIODevice::WriteOnly) || sharedCopy.write(shared.toUtf8()) < 0)
            return {};
        sharedCopy.close();
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
    types { application/json json; text/html html; text/css css; }
)"_s.arg(prefix)
                + adapt(portal, portaldPort, sharedCopy.fileName()) + adapt(departments, portaldPort, sharedCopy.fileName())
                + u"\n}\n"_s)
            .toUtf8();
    }

    /// GET through nginx as `host`.
    RawReply get(const QByteArray &target, const QByteArray &host)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        answer += socket.readAll();
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        RawReply reply;
        reply.status = answer.mid(9, 3).toInt();
        QByteArray body = answer.mid(headerEnd + 4);
        if (answer.left(headerEnd).toLower().contains("transfer-encoding: chunked")) {
            QByteArray plain;
            for (qsizetype at = 0;;) {
                const qsizetype lineEnd = body.indexOf("\r\n", at);
                const qsizetype size = lineEnd < 0 ? 0 : body.mid(at, lineEnd - at).toLongLong(nullptr, 16);
                if (size <= 0)
                    break;
                plain += body.mid(lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            body = plain;
        }
        reply.body = QString::fromUtf8(body);
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString nginx = findNginx();
        if (nginx.isEmpty())
            QSKIP("nginx is not installed (it is in the build rootfs: run through packaging/rootfs/pdenv)");
        QVERIFY2(!qEnvironmentVariableIsEmpty("PORTALD_BIN"), "PORTALD_BIN must point at portald");
        QVERIFY2(!qEnvironmentVariableIsEmpty("PD_SOURCE_DIR"), "PD_SOURCE_DIR must point at the source tree");
        m_portald = std::make_unique<PortaldProcess>(QStringList{u"--demo"_s, u"--trusted-proxy"_s, u"127.0.0.1"_s});
        QVERIFY2(m_portald->start(), qPrintable(m_portald->log()));
        QVERIFY(m_prefix.isValid());
        m_port = freePort();
        QVERIFY(m_port > 0);
        const QByteArray config = nginxConfig(quint16(m_portald->baseUrl().port()));
        QVERIFY2(!config.isEmpty(), "packaging/nginx no longer has the shape this test adapts");
        QFile conf(m_prefix.filePath(u"nginx.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly) && conf.write(config) == config.size());
        conf.close();
        m_nginx.setStandardOutputFile(QProcess::nullDevice());
        m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_nginx.start(nginx, {u"-p"_s, m_prefix.path(), u"-c"_s, conf.fileName(), u"-e"_s,
                              m_prefix.filePath(u"error.log"_s), u"-g"_s, u"daemon off;"_s});
        QVERIFY(m_nginx.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(get("/", "www.example.gov.cn").status == 200 || m_nginx.state() == QProcess::NotRunning,
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

    void eachSiteByItsServerName_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QString>("siteCode");
        QTest::newRow("portal") << QByteArray("www.example.gov.cn") << u"3217000001"_s;
        QTest::newRow("市教育局") << QByteArray("jyj.example.gov.cn") << u"3217000012"_s;
        QTest::newRow("市卫生健康委员会") << QByteArray("wjw.example.gov.cn") << u"3217000013"_s;
    }

    void eachSiteByItsServerName()
    {
        QFETCH(QByteArray, host);
        QFETCH(QString, siteCode);
        const RawReply home = get("/", host);
        QCOMPARE(home.status, 200);
        QCOMPARE(metaOf(home.body, u"SiteIDCode"_s), siteCode);
        // Straight from the site's own directory: its columns, items and assets by their root-relative links.
        static const QRegularExpression item(u"href=\"(/items/\\d+\\.html)\""_s);
        const QString link = item.match(home.body).captured(1);
        QVERIFY2(!link.isEmpty(), "the home page lists items");
        const RawReply page = get(link.toUtf8(), host);
        QCOMPARE(page.status, 200);
        QCOMPARE(metaOf(page.body, u"SiteIDCode"_s), siteCode);
        QCOMPARE(get("/assets/portal.css", host).status, 200);
        // The API is the same portald whichever site's name it is reached by.
        QCOMPARE(get("/healthz", host).status, 200);
    }

    void aDepartmentSiteBelowThePortalsHostName()
    {
        const RawReply home = get("/sites/3217000012/", "www.example.gov.cn");
        QCOMPARE(home.status, 200);
        QCOMPARE(metaOf(home.body, u"SiteIDCode"_s), u"3217000012"_s);
        static const QRegularExpression link(u"\\b(?:href|src)=\"(/[^\"]*)\""_s);
        int links = 0;
        for (auto it = link.globalMatch(home.body); it.hasNext(); ++links) {
            const QString target = it.next().captured(1);
            if (!target.startsWith(u"/media/"_s))
                QVERIFY2(target.startsWith(u"/sites/3217000012/"_s), qPrintable(target));
        }
        QVERIFY(links > 5);
        static const QRegularExpression item(u"href=\"(/sites/3217000012/items/\\d+\\.html)\""_s);
        const RawReply page = get(item.match(home.body).captured(1).toUtf8(), "www.example.gov.cn");
        QCOMPARE(page.status, 200);
        QCOMPARE(metaOf(page.body, u"SiteIDCode"_s), u"3217000012"_s);
    }
};

QTEST_GUILESS_MAIN(TestNginxSites)
#include "tst_nginx_sites.moc"
