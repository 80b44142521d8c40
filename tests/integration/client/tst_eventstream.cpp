// EventStream against a real portald: events arrive in seq order, a reconnect with after=<last seq> replays
// what was missed while away, portald restarting mid-subscription loses nothing and repeats nothing.
#include "tests/support/NewsDraft.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::api::EventStream;

namespace {

/// A desk client and its event stream on a test portald, with spies on what the stream tells; not started.
struct Subscriber
{
    explicit Subscriber(std::chrono::milliseconds backoff = 50ms, std::chrono::milliseconds maxBackoff = 200ms)
    {
        stream.setBackoff(backoff, maxBackoff);
    }
    /// `user` signed in on `portal`, then the stream started; true once it is connected.
    bool connect(pd::test::PortaldFixture &portal, const QString &user = u"editor"_s)
    {
        if (!portal.signIn(client, user))
            return false;
        stream.start();
        return QTest::qWaitFor([this] { return stream.state() == EventStream::State::Connected; });
    }

    pd::api::PortalClient client;
    EventStream stream{client};
    QSignalSpy events{&stream, &EventStream::eventReceived};
    QSignalSpy closed{&stream, &EventStream::closedByServer};
    QSignalSpy lost{&stream, &EventStream::connectionLost};
};

} // namespace

class tst_EventStream : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    qint64 m_siteId = 0;
    qint64 m_columnId = 0;

    qint64 createItem(const QString &title)
    {
        pd::test::HttpProbe http;
        return pd::test::NewsDraft(m_siteId, m_columnId, title)
            .createId(http, m_portal.baseUrl(), m_portal.newToken(u"editor"_s));
    }

    /// Item ids named by item.changed events recorded in `spy`.
    static QList<qint64> changedItems(const QSignalSpy &spy)
    {
        QList<qint64> ids;
        for (const QList<QVariant> &args : spy) {
            if (args.at(1).toString() != u"item.changed"_s)
                continue;
            const QJsonObject payload = args.at(2).toJsonObject();
            const qint64 id = payload.value(u"id").toInteger(payload.value(u"item").toObject().value(u"id").toInteger());
            ids.append(id);
        }
        return ids;
    }

    static void verifyStrictlyIncreasing(const QSignalSpy &spy)
    {
        qint64 last = -1;
        for (const QList<QVariant> &args : spy) {
            const qint64 seq = args.at(0).toLongLong();
            QVERIFY2(seq > last, qPrintable(u"seq %1 after %2"_s.arg(seq).arg(last)));
            last = seq;
        }
    }

    /// Changes portald's database behind its back, as an administrator (or another instance) would: portald learns
    /// of it only by looking.
    bool changeDatabase(const QString &sql, const QString &username)
    {
        const QString name = u"tst_eventstream_admin"_s;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_portal.process().dataDir() + u"/portald.sqlite"_s);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                q.addBindValue(username);
                ok = q.exec() && q.numRowsAffected() > 0;
                if (!ok)
                    qWarning() << q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    /// Waits for portald to close `stream` for an access reason; the time it took from `since`, or -1.
    static qint64 waitClosedByServer(QSignalSpy &closed, const QElapsedTimer &since)
    {
        if (closed.isEmpty() && !closed.wait(10000))
            return -1;
        return since.elapsed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        pd::test::HttpProbe http;
        const QString token = m_portal.newToken(u"editor"_s);
        const auto sites = http.json("GET", m_portal.url(u"/api/v1/sites"_s), token);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        const auto columns = http.json(
            "GET", m_portal.url(u"/api/v1/sites/%1/columns"_s.arg(m_siteId)), token);
        for (const QJsonValue &c : columns.json.array())
            if (c.toObject().value(u"kind").toString() == u"news"_s && m_columnId == 0)
                m_columnId = c.toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0 && m_columnId > 0);
    }

    void liveEventsInOrder()
    {
        Subscriber s;
        auto &[client, stream, events, closed, lost] = s;
        QVERIFY2(s.connect(m_portal), m_portal.failure());
        const qint64 a = createItem(u"推送测试一"_s);
        const qint64 b = createItem(u"推送测试二"_s);
        QVERIFY(a > 0 && b > 0);
        QTRY_VERIFY(changedItems(events).contains(b));
        QVERIFY(changedItems(events).contains(a));
        verifyStrictlyIncreasing(events);
        QCOMPARE(stream.lastSeq(), events.constLast().at(0).toLongLong());
    }

    void resumesAfterLastSeqWithoutGapsOrRepeats()
    {
        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client), m_portal.failure());
        qint64 lastSeq = -1;
        {
            EventStream first(client);
            QSignalSpy events(&first, &EventStream::eventReceived);
            first.start();
            QTRY_COMPARE(first.state(), EventStream::State::Connected);
            const qint64 id = createItem(u"离开前的稿件"_s);
            QTRY_VERIFY(changedItems(events).contains(id));
            lastSeq = first.lastSeq();
        }
        // Away (client closed): three changes happen meanwhile.
        const QList<qint64> missed{createItem(u"离开时一"_s), createItem(u"离开时二"_s), createItem(u"离开时三"_s)};
        EventStream second(client);
        second.setLastSeq(lastSeq);
        QSignalSpy events(&second, &EventStream::eventReceived);
        second.start();
        QTRY_VERIFY(changedItems(events).contains(missed.at(2)));
        QVERIFY(changedItems(events).contains(missed.at(0)));
        QVERIFY(changedItems(events).contains(missed.at(1)));
        for (const QList<QVariant> &args : events)
            QVERIFY(args.at(0).toLongLong() > lastSeq); // nothing from before is repeated
        verifyStrictlyIncreasing(events);
    }

    void survivesPortaldRestart()
    {
        Subscriber s(100ms, 500ms);
        auto &[client, stream, events, closed, lost] = s;
        QVERIFY2(s.connect(m_portal), m_portal.failure());
        const qint64 before = createItem(u"重启前"_s);
        QTRY_VERIFY(changedItems(events).contains(before));

        QVERIFY(m_portal.process().stop());
        QTRY_VERIFY(lost.size() >= 1);
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        QCOMPARE(m_portal.baseUrl().port(), client.session().serverUrl().port());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 15000);
        const qint64 after = createItem(u"重启后"_s);
        QTRY_VERIFY(changedItems(events).contains(after));
        verifyStrictlyIncreasing(events);
        QCOMPARE(changedItems(events).count(before), 1);
    }

    void signOutEndsTheStream()
    {
        Subscriber s;
        auto &[client, stream, events, closed, lost] = s;
        QVERIFY2(s.connect(m_portal), m_portal.failure());

        pd::test::HttpProbe http;
        const auto out = http.json("DELETE", m_portal.url(u"/api/v1/session"_s),
                                   client.session().accessToken());
        QCOMPARE(out.status, 204);
        QElapsedTimer since;
        since.start();
        const qint64 took = waitClosedByServer(closed, since);
        QVERIFY2(took >= 0 && took < 1000, qPrintable(u"closed after %1 ms"_s.arg(took)));
        QCOMPARE(closed.first().at(0).value<pd::Error>().message, u"已退出登录"_s);
        QCOMPARE(closed.first().at(0).value<pd::Error>().code, pd::ErrorCode::Unauthorized);
        // The session is over: the stream stops instead of knocking again with a dead token.
        QTRY_COMPARE(stream.state(), EventStream::State::Stopped);
        QSignalSpy states(&stream, &EventStream::stateChanged);
        QVERIFY(!states.wait(1500));
    }

    void disabledAccountEndsTheStream()
    {
        Subscriber s;
        auto &[client, stream, events, closed, lost] = s;
        QVERIFY2(s.connect(m_portal, u"moderator"_s), m_portal.failure());

        QVERIFY(changeDatabase(u"UPDATE users SET disabled = 1 WHERE username = ?"_s, u"moderator"_s));
        QElapsedTimer since;
        since.start();
        const qint64 took = waitClosedByServer(closed, since);
        QVERIFY2(took >= 0 && took < 1000, qPrintable(u"closed after %1 ms"_s.arg(took)));
        QCOMPARE(closed.first().at(0).value<pd::Error>().message, u"账号已停用"_s);
        QTRY_COMPARE(stream.state(), EventStream::State::Stopped);
    }

    void removedRolesEndTheStream()
    {
        Subscriber s;
        auto &[client, stream, events, closed, lost] = s;
        QVERIFY2(s.connect(m_portal, u"reviewer2"_s), m_portal.failure());
        const qint64 seen = createItem(u"角色变更前"_s);
        QTRY_VERIFY(changedItems(events).contains(seen));

        QVERIFY(changeDatabase(u"DELETE FROM user_roles WHERE user_id = (SELECT id FROM users WHERE username = ?)"_s,
                               u"reviewer2"_s));
        QElapsedTimer since;
        since.start();
        const qint64 took = waitClosedByServer(closed, since);
        QVERIFY2(took >= 0 && took < 1000, qPrintable(u"closed after %1 ms"_s.arg(took)));
        QCOMPARE(closed.first().at(0).value<pd::Error>().message, u"权限已变更"_s);
        QCOMPARE(closed.first().at(0).value<pd::Error>().code, pd::ErrorCode::Forbidden);
        // The session itself still holds: the stream comes back, now with what the remaining roles may see.
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 10000);
        QCOMPARE(closed.size(), 1);
    }

    void expiredTokenEndsTheStreamAndTheClientRenewsIt()
    {
        // A portald whose access tokens last three seconds.
        pd::test::PortaldFixture shortLived({u"--demo"_s, u"--access-token-ttl"_s, u"3"_s});
        QVERIFY2(shortLived.start(), shortLived.failure());
        Subscriber s;
        auto &[client, stream, events, closed, lost] = s;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(s.connect(shortLived), shortLived.failure());
        const qint64 signedIn = clock.elapsed(); // the token was issued between 0 and this

        QVERIFY(closed.wait(10000));
        const qint64 at = clock.elapsed();
        QCOMPARE(closed.first().at(0).value<pd::Error>().message, u"登录已过期"_s);
        // At the expiry, and within a second of it.
        QVERIFY2(at >= 3000 && at < signedIn + 4000,
                 qPrintable(u"closed at %1 ms, signed in at %2 ms"_s.arg(at).arg(signedIn)));
        // The session itself holds: the client renews its token and the stream comes back.
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 10000);
        QVERIFY2(shortLived.process().stop(), qPrintable(shortLived.process().log()));
    }

    void cleanupTestCase()
    {
        if (m_portal.process().isRunning())
            m_portal.process().stop();
    }
};

QTEST_GUILESS_MAIN(tst_EventStream)
#include "tst_eventstream.moc"
