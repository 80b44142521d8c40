// The live stream on PostgreSQL when a seq commits after a later one: a second writer (a transaction of this test
// on portald's own database) takes a seq, portald commits the next one, then the first commits. Readers must still
// get both, in seq order; a seq whose transaction rolls back must not hold the stream up for good.
#include "tests/support/PortaldFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace Qt::StringLiterals;

class tst_StreamOrder : public QObject
{
    Q_OBJECT

private:
    /// A public reader of one live event, keeping every message it got.
    struct Reader {
        QWebSocket socket;
        QList<QJsonObject> messages;
    };

    std::unique_ptr<Reader> openReader(qint64 eventId)
    {
        auto reader = std::make_unique<Reader>();
        connect(&reader->socket, &QWebSocket::textMessageReceived, this, [r = reader.get()](const QString &text) {
            r->messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QUrl url = m_portal.url(u"/public/live/%1/stream"_s.arg(eventId));
        url.setScheme(u"ws"_s);
        reader->socket.open(url);
        return reader;
    }

    static qint64 seqOfPost(const Reader &reader, qint64 postId)
    {
        for (const QJsonObject &m : reader.messages) {
            if (m.value(u"type").toString() == u"live.post"_s && m.value(u"payload").toObject().value(u"id").toInteger() == postId)
                return m.value(u"seq").toInteger();
        }
        return 0;
    }

    static bool hasSeq(const Reader &reader, qint64 seq)
    {
        return std::ranges::any_of(reader.messages, [seq](const QJsonObject &m) { return m.value(u"seq").toInteger() == seq; });
    }

    static bool inSeqOrder(const Reader &reader)
    {
        for (qsizetype i = 1; i < reader.messages.size(); ++i) {
            if (reader.messages.at(i).value(u"seq").toInteger() <= reader.messages.at(i - 1).value(u"seq").toInteger())
                return false;
        }
        return true;
    }

    /// Events portald holds back behind an open gap, from /metrics.
    int heldEvents()
    {
        const auto r = m_portal.http().request("GET", m_portal.url(u"/metrics"_s));
        for (const QByteArray &line : r.body.split('\n')) {
            if (line.startsWith("portald_stream_held_events "))
                return int(line.mid(int(qstrlen("portald_stream_held_events "))).trimmed().toDouble());
        }
        return -1;
    }

    qint64 newLiveEvent()
    {
        const auto started = m_portal.startLiveEvent({{u"title"_s, u"顺序测试直播"_s}});
        return started.status == 200 ? started.json.object().value(u"id").toInteger() : 0;
    }

    qint64 post(qint64 eventId, const QString &text)
    {
        const auto posted = m_portal.api("POST", u"/api/v1/live/events/%1/posts"_s.arg(eventId), u"reporter"_s,
                                         QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, text}}));
        return posted.status == 201 ? posted.json.object().value(u"id").toInteger() : 0;
    }

    /// Begins a transaction on portald's database and takes a stream seq in it, as another portald would.
    qint64 takeSeqUncommitted(QSqlDatabase &db, qint64 eventId)
    {
        if (!db.transaction())
            return 0;
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO stream_events (at, type, public_event, payload, audience) VALUES (?, ?, ?, ?, ?) "
                  u"RETURNING seq"_s);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(u"live.post"_s);
        q.addBindValue(eventId);
        q.addBindValue(u"{\"id\":0,\"text\":\"另一实例的帖子\"}"_s);
        q.addBindValue(u"{\"event\":%1}"_s.arg(eventId));
        if (!q.exec() || !q.next()) {
            qWarning() << q.lastError().text();
            return 0;
        }
        return q.value(0).toLongLong();
    }

    pd::test::PortaldFixture m_portal;
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PD_TEST_PGHOST"))
            QSKIP("needs a PostgreSQL cluster: run through tests/support/with-postgres");
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"second-writer"_s);
        m_db.setHostName(qEnvironmentVariable("PD_TEST_PGHOST"));
        m_db.setUserName(u"postgres"_s);
        m_db.setDatabaseName(QUrl(m_portal.process().databaseUrl()).path().mid(1));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    }

    void lateCommitReachesReadersInOrder()
    {
        const qint64 eventId = newLiveEvent();
        QVERIFY(eventId > 0);
        auto reader = openReader(eventId);
        QTRY_VERIFY_WITH_TIMEOUT(reader->socket.state() == QAbstractSocket::ConnectedState, 10000);

        const qint64 late = takeSeqUncommitted(m_db, eventId);
        QVERIFY(late > 0);
        const qint64 postId = post(eventId, u"本实例的帖子"_s);
        QVERIFY(postId > 0);
        // portald has heard of its own post once it either delivered it or holds it back behind the open seq.
        QTRY_VERIFY_WITH_TIMEOUT(seqOfPost(*reader, postId) > 0 || heldEvents() > 0, 10000);

        QVERIFY(m_db.commit());
        QSqlQuery notify(m_db);
        QVERIFY(notify.exec(u"SELECT pg_notify('pd_stream', '%1')"_s.arg(late)));

        QTRY_VERIFY_WITH_TIMEOUT(hasSeq(*reader, late) && seqOfPost(*reader, postId) > 0, 10000);
        QVERIFY(seqOfPost(*reader, postId) > late);
        QVERIFY(inSeqOrder(*reader));
        QCOMPARE(heldEvents(), 0);
    }

    void rolledBackSeqDoesNotHoldTheStream()
    {
        const qint64 eventId = newLiveEvent();
        QVERIFY(eventId > 0);
        auto reader = openReader(eventId);
        QTRY_VERIFY_WITH_TIMEOUT(reader->socket.state() == QAbstractSocket::ConnectedState, 10000);

        const qint64 aborted = takeSeqUncommitted(m_db, eventId);
        QVERIFY(aborted > 0);
        const qint64 postId = post(eventId, u"回滚之后的帖子"_s);
        QVERIFY(postId > 0);
        QVERIFY(m_db.rollback());
        // The hole never fills: after the bound the post goes out anyway, and the next one follows it.
        QTRY_VERIFY_WITH_TIMEOUT(seqOfPost(*reader, postId) > 0, 10000);
        const qint64 nextId = post(eventId, u"下一条帖子"_s);
        QVERIFY(nextId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(seqOfPost(*reader, nextId) > 0, 10000);
        QVERIFY(!hasSeq(*reader, aborted));
        QVERIFY(inSeqOrder(*reader));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"second-writer"_s);
    }
};

QTEST_GUILESS_MAIN(tst_StreamOrder)
#include "tst_stream_order.moc"
