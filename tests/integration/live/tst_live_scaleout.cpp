// Scale-out: two portald processes on one PostgreSQL; a post accepted by one reaches the WebSocket subscribers of
// the other through LISTEN/NOTIFY.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using pd::test::PortaldFixture;

class tst_LiveScaleOut : public QObject
{
    Q_OBJECT

private:
    static QUrl at(const PortaldFixture &p, const QString &path, const QString &scheme = u"http"_s)
    {
        QUrl u = p.url(path);
        u.setScheme(scheme);
        return u;
    }
    static QList<QJsonObject> *collect(QWebSocket &socket)
    {
        auto *messages = new QList<QJsonObject>;
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [messages](const QString &text) {
            messages->append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&socket, &QObject::destroyed, [messages] { delete messages; });
        return messages;
    }
    static bool has(const QList<QJsonObject> &messages, const QString &type, qint64 id)
    {
        return std::ranges::any_of(messages, [&](const QJsonObject &m) {
            return m.value(u"type").toString() == type && m.value(u"payload").toObject().value(u"id").toInteger() == id;
        });
    }

    // A migrates and seeds its fresh database; B starts on that same database afterwards.
    PortaldFixture m_a;
    PortaldFixture m_b{m_a.sameDatabase()};

private Q_SLOTS:
    void initTestCase()
    {
        // tests/support/with-postgres provides the cluster (ctest runs this as tst_live_scaleout_pg).
        if (qEnvironmentVariableIsEmpty("PD_TEST_PGHOST"))
            QSKIP("needs a PostgreSQL cluster: run through tests/support/with-postgres");
        QVERIFY2(m_a.startWithSecond(m_b), m_a.failure());
    }

    void postOnAReachesSubscribersOfB()
    {
        const QString editor = m_a.token(u"editor"_s);
        const QString reporter = m_b.token(u"reporter"_s);
        const QString moderator = m_a.token(u"moderator"_s);
        QVERIFY(!editor.isEmpty() && !reporter.isEmpty() && !moderator.isEmpty());
        const auto event = m_a.startLiveEvent({{u"title"_s, u"双实例直播"_s}});
        QVERIFY2(event.status == 200, m_a.failure());
        const qint64 eventId = event.json.object().value(u"id").toInteger();

        // Subscribers on B: a public reader and a signed-in moderator (the token was issued by A).
        QWebSocket reader;
        QList<QJsonObject> *readerMessages = collect(reader);
        reader.open(at(m_b, u"/public/live/%1/stream"_s.arg(eventId), u"ws"_s));
        QNetworkRequest request(at(m_b, u"/api/v1/stream"_s, u"ws"_s));
        request.setRawHeader("Authorization", "Bearer " + moderator.toLatin1());
        QWebSocket staff;
        QList<QJsonObject> *staffMessages = collect(staff);
        staff.open(request);
        QTRY_VERIFY_WITH_TIMEOUT(reader.state() == QAbstractSocket::ConnectedState
                                     && staff.state() == QAbstractSocket::ConnectedState, 10000);

        const auto posted = m_a.http().json("POST", at(m_a, u"/api/v1/live/events/%1/posts"_s.arg(eventId)), reporter,
                                        QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"来自实例 A"_s}}));
        QVERIFY2(posted.status == 201, posted.body.constData());
        const qint64 postId = posted.json.object().value(u"id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(has(*readerMessages, u"live.post"_s, postId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(has(*staffMessages, u"live.post"_s, postId), 10000);

        // And the other way round: B accepts, a subscriber of A hears it.
        QWebSocket readerOnA;
        QList<QJsonObject> *aMessages = collect(readerOnA);
        readerOnA.open(at(m_a, u"/public/live/%1/stream"_s.arg(eventId), u"ws"_s));
        QTRY_VERIFY_WITH_TIMEOUT(readerOnA.state() == QAbstractSocket::ConnectedState, 10000);
        const auto second = m_a.http().json("POST", at(m_b, u"/api/v1/live/events/%1/posts"_s.arg(eventId)), reporter,
                                        QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"来自实例 B"_s}}));
        QCOMPARE(second.status, 201);
        const qint64 secondId = second.json.object().value(u"id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(has(*aMessages, u"live.post"_s, secondId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(has(*readerMessages, u"live.post"_s, secondId), 10000);
        // Each subscriber got every event once, in seq order.
        for (const QList<QJsonObject> *list : {readerMessages, staffMessages, aMessages}) {
            for (qsizetype i = 1; i < list->size(); ++i)
                QVERIFY(list->at(i).value(u"seq").toInteger() > list->at(i - 1).value(u"seq").toInteger());
        }
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_b.stop(), m_b.failure());
        QVERIFY2(m_a.stop(), m_a.failure());
    }
};

QTEST_GUILESS_MAIN(tst_LiveScaleOut)
#include "tst_live_scaleout.moc"
