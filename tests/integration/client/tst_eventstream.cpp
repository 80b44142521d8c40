// EventStream against a real portald: events arrive in seq order, a reconnect with after=<last seq> replays
// what was missed while away, portald restarting mid-subscription loses nothing and repeats nothing.
#include "tests/support/ClientSignIn.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldProcess.h"
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::api::EventStream;

class tst_EventStream : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::PortaldProcess> m_portald;
    qint64 m_siteId = 0;
    qint64 m_columnId = 0;

    qint64 createItem(const QString &title)
    {
        pd::test::HttpProbe http;
        const QString token = http.login(m_portald->baseUrl(), u"editor"_s, u"portaldesk-demo"_s);
        const QJsonObject item{{u"site"_s, m_siteId}, {u"type"_s, u"news"_s}, {u"title"_s, title},
                               {u"columns"_s, QJsonArray{m_columnId}}};
        const auto reply = http.json("POST", m_portald->baseUrl().resolved(QUrl(u"/api/v1/items"_s)), token,
                                     QJsonDocument(item));
        return reply.status == 201 ? reply.json.object().value(u"id").toInteger() : 0;
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

    bool signIn(pd::api::PortalClient &client)
    {
        return pd::test::ClientSignIn::signIn(client, m_portald->baseUrl(), u"editor"_s).has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_portald = std::make_unique<pd::test::PortaldProcess>(QStringList{u"--demo"_s});
        QVERIFY2(m_portald->start(), qPrintable(m_portald->log()));
        pd::test::HttpProbe http;
        const QString token = http.login(m_portald->baseUrl(), u"editor"_s, u"portaldesk-demo"_s);
        const auto sites = http.json("GET", m_portald->baseUrl().resolved(QUrl(u"/api/v1/sites"_s)), token);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        const auto columns = http.json(
            "GET", m_portald->baseUrl().resolved(QUrl(u"/api/v1/sites/%1/columns"_s.arg(m_siteId))), token);
        for (const QJsonValue &c : columns.json.array())
            if (c.toObject().value(u"kind").toString() == u"news"_s && m_columnId == 0)
                m_columnId = c.toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0 && m_columnId > 0);
    }

    void liveEventsInOrder()
    {
        pd::api::PortalClient client;
        QVERIFY(signIn(client));
        EventStream stream(client);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        stream.start();
        QTRY_COMPARE(stream.state(), EventStream::State::Connected);
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
        QVERIFY(signIn(client));
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
        pd::api::PortalClient client;
        QVERIFY(signIn(client));
        EventStream stream(client);
        stream.setBackoff(100ms, 500ms);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy lost(&stream, &EventStream::connectionLost);
        stream.start();
        QTRY_COMPARE(stream.state(), EventStream::State::Connected);
        const qint64 before = createItem(u"重启前"_s);
        QTRY_VERIFY(changedItems(events).contains(before));

        QVERIFY(m_portald->stop());
        QTRY_VERIFY(lost.size() >= 1);
        QVERIFY2(m_portald->restart(), qPrintable(m_portald->log()));
        QCOMPARE(m_portald->baseUrl().port(), client.session().serverUrl().port());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 15000);
        const qint64 after = createItem(u"重启后"_s);
        QTRY_VERIFY(changedItems(events).contains(after));
        verifyStrictlyIncreasing(events);
        QCOMPARE(changedItems(events).count(before), 1);
    }

    void cleanupTestCase()
    {
        if (m_portald)
            m_portald->stop();
    }
};

QTEST_GUILESS_MAIN(tst_EventStream)
#include "tst_eventstream.moc"
