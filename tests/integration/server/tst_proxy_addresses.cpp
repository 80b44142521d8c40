// Client addresses through the shipped nginx site (packaging/nginx/portaldesk.conf with its proxy-header snippet) in
// front of a real portald that trusts it (--trusted-proxy 127.0.0.1). The test is several readers at once by
// connecting from different loopback addresses (127.0.0.2, 127.0.0.3 …), as nginx's $remote_addr tells them apart.
#include "tests/support/NginxFront.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::SourceAddressHttp;

namespace {

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
    pd::test::NginxFront m_nginx;
    qint64 m_siteId = 0;

    QUrl direct(const QString &path) const { return m_portal.url(path); }
    QUrl viaNginx(const QString &path) const { return m_nginx.url(path); }

    qint64 startedEvent()
    {
        const auto started = m_portal.startLiveEvent(
            {{u"title"_s, u"代理测试直播"_s}, {u"venue"_s, u"市政府新闻发布厅"_s}, {u"mode"_s, u"direct"_s}});
        return started.status == 200 ? started.json.object().value(u"id").toInteger() : 0;
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
        if (const QString why = pd::test::NginxFront::missing(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(m_portal.start(), m_portal.failure());
        for (const QString &user : {u"editor"_s, u"moderator"_s}) {
            m_portal.adopt(user, m_http.login(m_portal.baseUrl(), user, pd::test::PortaldFixture::password()));
            QVERIFY(!m_portal.token(user).isEmpty());
        }
        const auto sites = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites"_s);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0);

        QVERIFY2(m_nginx.startShipped({u"portaldesk.conf"_s}, m_portal.process()), qPrintable(m_nginx.failure()));
        // /healthz through nginx (allowed from 127.0.0.1 only): nginx is up and reaches portald.
        QTRY_VERIFY_WITH_TIMEOUT(
            SourceAddressHttp::request(QHostAddress::LocalHost, "GET", viaNginx(u"/healthz"_s)).status == 200
                || !m_nginx.isRunning(),
            15000);
        QVERIFY2(m_nginx.isRunning(), qPrintable(m_nginx.failure()));
    }

    void cleanupTestCase()
    {
        m_nginx.stop();
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
        const auto pending = m_portal.call(u"moderator"_s, "GET",
                                  u"/api/v1/live/events/%1/comments?state=pending"_s.arg(event));
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
