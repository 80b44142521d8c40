// The outbox over a bad link: 200 creates go to a real portald through FlakyProxy, which cuts connections
// mid-request and mid-response and stalls the link past the client's time-out while they flow. Every item must
// exist on the server exactly once, in the order it was queued.
#include "tests/support/FlakyProxy.h"
#include "tests/support/DemoSite.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_FlakyLink : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    QTemporaryDir m_dir;
    qint64 m_columnId = 0;

    /// Titles of the items on the server whose title starts with `prefix`, in id (= creation) order.
    QStringList serverTitles(const QString &prefix)
    {
        const auto items = m_portal.site().items(m_portal.http());
        if (!items)
            return {u"the item list failed"_s};
        QList<QPair<qint64, QString>> found;
        for (const QJsonObject &o : *items)
            if (o.value(u"title").toString().startsWith(prefix))
                found.append({o.value(u"id").toInteger(), o.value(u"title").toString()});
        std::ranges::sort(found);
        QStringList titles;
        for (const auto &[id, title] : std::as_const(found))
            titles.append(title);
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_columnId = m_portal.site().columnNamed(u"要闻动态"_s);
        QVERIFY(m_portal.siteId() > 0 && m_columnId > 0);
    }

    void proxyForwardsAndCuts()
    {
        // The proxy itself, seen from a raw socket (Qt's HTTP stack would quietly resend after a cut).
        pd::test::FlakyProxy proxy(m_portal.baseUrl());
        QVERIFY(proxy.listen());
        const auto fetch = [&proxy] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, proxy.port());
            if (!socket.waitForConnected(5000))
                return QByteArray("not connected");
            socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            QByteArray answer;
            (void)QTest::qWaitFor([&] {
                if (socket.isOpen())
                    answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            }, 10000);
            return answer;
        };
        QVERIFY(fetch().startsWith("HTTP/1.1 200"));
        proxy.cutNextResponse(5);
        QCOMPARE(fetch(), QByteArray("HTTP/"));
        QCOMPARE(proxy.faultsDone(), 1);
        proxy.cutNextRequest(10); // the server gets half a request line and never answers
        QCOMPARE(fetch(), QByteArray());
        QCOMPARE(proxy.faultsDone(), 2);
        QVERIFY(fetch().startsWith("HTTP/1.1 200"));
        proxy.setDown(true);
        QCOMPARE(fetch(), QByteArray());
        proxy.setDown(false);
        QVERIFY(fetch().startsWith("HTTP/1.1 200"));
    }

    void twoHundredCreatesThroughCutsAndStalls()
    {
        pd::test::FlakyProxy proxy(m_portal.baseUrl());
        QVERIFY(proxy.listen());

        pd::api::PortalClient client;
        // Shorter than the stalls below, so a stalled request times out and is sent again.
        client.setTransferTimeout(1s);
        std::optional<pd::Result<pd::domain::User>> signedIn;
        client.login(proxy.url(), u"editor"_s, u"portaldesk-demo"_s, this,
                     [&](pd::Result<pd::domain::User> r) { signedIn = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 10000);
        QVERIFY2(signedIn->has_value(), signedIn->has_value() ? "" : qPrintable(signedIn->error().message));

        pd::store::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"flaky.sqlite"_s)));
        pd::sync::OutboxSync sync(store, client);
        sync.setBackoff(20ms, 300ms);
        QSignalSpy sent(&sync, &pd::sync::OutboxSync::entrySent);
        QSignalSpy retries(&sync, &pd::sync::OutboxSync::retryScheduled);
        QSignalSpy attention(&sync, &pd::sync::OutboxSync::entryNeedsAttention);

        constexpr int count = 200;
        const QString prefix = u"弱网稿件 "_s;
        for (int i = 1; i <= count; ++i) {
            const QString title = prefix + u"%1"_s.arg(i, 3, 10, QChar(u'0'));
            const QJsonObject body{{u"site"_s, m_portal.siteId()}, {u"type"_s, u"news"_s}, {u"title"_s, title},
                                   {u"columns"_s, QJsonArray{m_columnId}}, {u"bodyHtml"_s, u"<p>%1</p>"_s.arg(title)}};
            QVERIFY(store.enqueue(u"items"_s, "POST", u"/api/v1/items"_s, body));
        }
        sync.start();

        // Each fault is injected once that many creates went through, so it lands in the middle of the traffic.
        const QList<std::pair<int, std::function<void()>>> faults{
            {15, [&] { proxy.cutNextRequest(60); }},      // inside the request headers
            {45, [&] { proxy.cutNextResponse(20); }},     // the server created it, the answer is lost
            {75, [&] { proxy.stall(1500ms); }},           // longer than the client's time-out
            {105, [&] { proxy.cutNextRequest(400); }},    // inside the JSON body
            {135, [&] { proxy.cutNextResponse(200); }},   // inside the answer's body
            {165, [&] { proxy.stall(1500ms); }},
        };
        for (const auto &[after, inject] : faults) {
            QTRY_VERIFY_WITH_TIMEOUT(sent.size() >= after, 60000);
            const int before = proxy.faultsDone();
            inject();
            // Wait until it hit (a cut fires on the next traffic, a stall counts when it ends) before the next one.
            QTRY_VERIFY_WITH_TIMEOUT(proxy.faultsDone() == before + 1, 20000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), count, 120000);
        QTRY_VERIFY(sync.isIdle());
        QCOMPARE(attention.size(), 0);
        QCOMPARE(proxy.faultsDone(), 6);
        // The faults were felt by the client: it had to send again after losing requests and answers.
        QVERIFY2(retries.size() >= 2, qPrintable(u"%1 retries"_s.arg(retries.size())));
        QVERIFY(proxy.connectionsAccepted() > 1);

        const QStringList titles = serverTitles(prefix);
        QCOMPARE(titles.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(titles.at(i), prefix + u"%1"_s.arg(i + 1, 3, 10, QChar(u'0')));
        const auto entries = store.outbox(true).value();
        QCOMPARE(entries.size(), count);
        for (const auto &entry : entries)
            QCOMPARE(entry.state, pd::store::OutboxEntry::State::Sent);
    }

    void cleanupTestCase()
    {
        if (m_portal.process().isRunning())
            m_portal.process().stop();
    }
};

QTEST_GUILESS_MAIN(tst_FlakyLink)
#include "tst_flakylink.moc"
