// The shipped nginx configuration for several sites (packaging/nginx: portaldesk.conf for the portal,
// portaldesk-sites.conf for the department sites, the shared snippets) in front of a real portald --demo: each
// department site by its own server_name from its own directory, the portal by its own, and a department site below
// the portal's host name at /sites/{siteCode}/ with its links kept there.
#include "tests/support/NginxFront.h"
#include "tests/support/PortaldFixture.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

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

class tst_NginxSites : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal{{u"--demo"_s, u"--trusted-proxy"_s, u"127.0.0.1"_s}};
    pd::test::NginxFront m_nginx;

    /// GET through nginx as `host`.
    RawReply get(const QByteArray &target, const QByteArray &host)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_nginx.port());
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
        if (const QString why = pd::test::NginxFront::missing(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(m_portal.start(), m_portal.failure());
        QVERIFY2(m_nginx.startShipped({u"portaldesk.conf"_s, u"portaldesk-sites.conf"_s}, m_portal.process()),
                 qPrintable(m_nginx.failure()));
    }

    void cleanupTestCase()
    {
        m_nginx.stop();
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

QTEST_GUILESS_MAIN(tst_NginxSites)
#include "tst_nginx_sites.moc"
