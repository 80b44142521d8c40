// Audience figures and moderation at volume against a real portald: the comments of an interview (thousands) paged
// with filters and search; page views and polling readers announced by the live page; and, on PostgreSQL, two portald
// on one database whose readers (WebSocket and polling) add up to one figure, a stopped instance's readers dropping
// out when its heartbeat rows expire; and readers held by nginx with Nchan counted beside them.
#include "tests/support/NginxFront.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;
using pd::test::NginxFront;
using pd::test::PortaldFixture;
using pd::test::SourceAddressHttp;

namespace {

constexpr int kComments = 4200;
// Heartbeats this short let a stopped instance's rows expire within a second (three heartbeats).
const QString kHeartbeatMs = u"300"_s;

QUrl at(const PortaldFixture &p, const QString &path, const QString &query = {})
{
    QUrl u = p.url(path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

} // namespace

class tst_LiveAudience : public QObject
{
    Q_OBJECT

private:
    PortaldFixture m_a{{u"--demo"_s, u"--audience-heartbeat-ms"_s, kHeartbeatMs}};
    QString m_moderator;

    [[nodiscard]] static bool onPostgres() { return !qEnvironmentVariableIsEmpty("PD_TEST_PGHOST"); }

    qint64 newEvent(const QString &title)
    {
        const auto started = m_a.startLiveEvent({{u"title"_s, title}});
        return started.status == 200 ? started.json.object().value(u"id").toInteger() : 0;
    }

    QJsonObject stats(const PortaldFixture &p, qint64 event)
    {
        return m_a.http().json("GET", at(p, u"/api/v1/live/events/%1/stats"_s.arg(event)), m_moderator).json.object();
    }

    /// The live page's call from reader `from`: `view` on load, `polling` while it reads feed.json.
    static int presence(const PortaldFixture &p, qint64 event, const QString &from, const QJsonObject &body)
    {
        return SourceAddressHttp::request(QHostAddress(from), "POST", at(p, u"/public/live/%1/presence"_s.arg(event)),
                                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                                          {{"Content-Type", "application/json"}})
            .status;
    }

    /// A WebSocket reader of the public stream from `from` (the upgrade by hand: QWebSocket cannot bind).
    static bool openReader(QTcpSocket &socket, const PortaldFixture &p, qint64 event, const QString &from)
    {
        return SourceAddressHttp::upgrade(socket, QHostAddress(from), at(p, u"/public/live/%1/stream"_s.arg(event)))
            .startsWith("HTTP/1.1 101");
    }

    /// A WebSocket reader of `path` at `base` (nginx's Nchan endpoint, say) from `from`.
    static bool upgrade(QTcpSocket &socket, const QUrl &base, const QByteArray &path, const QString &from)
    {
        QUrl url(base);
        url.setPath(QString::fromLatin1(path));
        return SourceAddressHttp::upgrade(socket, QHostAddress(from), url).startsWith("HTTP/1.1 101");
    }

    /// Every comment of the event the moderator's paging reaches for `query`, following nextCursor.
    QList<QJsonObject> pageThrough(qint64 event, const QString &query, int *pages)
    {
        QList<QJsonObject> all;
        QString cursor;
        *pages = 0;
        do {
            QUrlQuery q(query);
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const auto page = m_a.http().json("GET", at(m_a, u"/api/v1/live/events/%1/comments"_s.arg(event),
                                                    q.toString(QUrl::FullyEncoded)),
                                          m_moderator);
            if (page.status != 200)
                return {};
            for (const QJsonValue &v : page.json.object().value(u"items").toArray())
                all.append(v.toObject());
            cursor = page.json.object().value(u"nextCursor").toString();
            ++*pages;
        } while (!cursor.isEmpty() && *pages < 1000);
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_a.start(), m_a.failure());
        m_moderator = m_a.token(u"moderator"_s);
        QVERIFY(!m_moderator.isEmpty());
    }

    void commentsPagedThroughThousands()
    {
        const qint64 event = newEvent(u"市委书记在线访谈"_s);
        QVERIFY(event > 0);
        // An interview's worth of messages: a third approved, a seventh hidden, the rest waiting; one in ten asks
        // about the metro, one in a hundred about "WiFi" (search ignores case).
        int approved = 0, hidden = 0, metro = 0, wifi = 0;
        {
            // The database portald A uses, opened beside it (to store thousands of comments in one transaction).
            QSqlDatabase db = m_a.database(u"beside"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QVERIFY(db.transaction());
            auto q = std::make_unique<QSqlQuery>(db);
            QVERIFY(q->prepare(u"INSERT INTO live_comments (event_id, state, author_name, text, address, created_at) "
                              u"VALUES (?, ?, ?, ?, '192.0.2.1', ?)"_s));
            const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
            for (int i = 1; i <= kComments; ++i) {
                QString state = u"pending"_s;
                if (i % 7 == 0) {
                    state = u"hidden"_s;
                    ++hidden;
                } else if (i % 3 == 0) {
                    state = u"approved"_s;
                    ++approved;
                }
                QString text = u"第%1条留言"_s.arg(i);
                if (i % 10 == 0) {
                    text += u"：地铁三号线什么时候通车？"_s;
                    ++metro;
                }
                if (i % 100 == 1) {
                    text += u" 公园的 WiFi 连不上"_s;
                    ++wifi;
                }
                q->addBindValue(event);
                q->addBindValue(state);
                q->addBindValue(u"网友%1"_s.arg(i));
                q->addBindValue(text);
                q->addBindValue(t0 + i);
                QVERIFY2(q->exec(), qPrintable(q->lastError().text()));
            }
            q.reset(); // before the connection closes
            QVERIFY(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"beside"_s);
        const int pending = kComments - approved - hidden;

        // Every comment once, newest first, in pages of the largest size and of the default size.
        int pages = 0;
        const QList<QJsonObject> all = pageThrough(event, u"limit=200"_s, &pages);
        QCOMPARE(all.size(), kComments);
        QCOMPARE(pages, (kComments + 199) / 200);
        QSet<qint64> seen;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const qint64 id = all.at(i).value(u"id").toInteger();
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            if (i > 0)
                QVERIFY(id < all.at(i - 1).value(u"id").toInteger());
        }
        QVERIFY(all.first().value(u"text").toString().startsWith(u"第%1条留言"_s.arg(kComments)));
        QCOMPARE(pageThrough(event, {}, &pages).size(), kComments);
        QCOMPARE(pages, (kComments + 49) / 50);

        // Filters and search, alone and together.
        const auto countOf = [&](const QString &query) {
            int n = 0;
            return int(pageThrough(event, query, &n).size());
        };
        QCOMPARE(countOf(u"state=pending&limit=200"_s), pending);
        QCOMPARE(countOf(u"state=approved&limit=200"_s), approved);
        QCOMPARE(countOf(u"state=hidden&limit=200"_s), hidden);
        QCOMPARE(countOf(u"q=%E5%9C%B0%E9%93%81&limit=200"_s), metro); // 地铁
        QCOMPARE(countOf(u"q=wifi"_s), wifi);
        QCOMPARE(countOf(u"q=%E7%BD%91%E5%8F%8B4199"_s), 1); // the name 网友4199
        int metroPending = 0;
        for (int i = 10; i <= kComments; i += 10)
            metroPending += (i % 7 != 0 && i % 3 != 0) ? 1 : 0;
        QCOMPARE(countOf(u"state=pending&q=%E5%9C%B0%E9%93%81"_s), metroPending);
        // LIKE's wildcards are searched for as themselves.
        QCOMPARE(countOf(u"q=%25"_s), 0);

        // Bad paging is refused with the reason.
        const auto comments = [&](const QString &query) {
            return m_a.http().json("GET", at(m_a, u"/api/v1/live/events/%1/comments"_s.arg(event), query), m_moderator);
        };
        QCOMPARE(comments(u"limit=201"_s).status, 422);
        QCOMPARE(comments(u"limit=0"_s).status, 422);
        QCOMPARE(comments(u"cursor=abc"_s).status, 400);
        QCOMPARE(comments(u"state=spam"_s).status, 422);

        // The figures count every comment, whatever became of it.
        const QJsonObject s = stats(m_a, event);
        QCOMPARE(s.value(u"commentsReceived").toInt(), kComments);
        QCOMPARE(s.value(u"commentsApproved").toInt(), approved);
        QCOMPARE(s.value(u"commentsPending").toInt(), pending);
    }

    void pageViewsAndPollingReaders()
    {
        const qint64 event = newEvent(u"新闻发布会"_s);
        QVERIFY(event > 0);
        QCOMPARE(stats(m_a, event).value(u"pageViews").toInt(), 0);
        // Every load of the page is a view, the same reader's reload too; a stream connection is not.
        QCOMPARE(presence(m_a, event, u"127.0.0.2"_s, {{u"view"_s, true}}), 204);
        QCOMPARE(presence(m_a, event, u"127.0.0.2"_s, {{u"view"_s, true}}), 204);
        QCOMPARE(presence(m_a, event, u"127.0.0.3"_s, {{u"view"_s, true}}), 204);
        QTcpSocket socketReader;
        QVERIFY(openReader(socketReader, m_a, event, u"127.0.0.4"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stats(m_a, event).value(u"viewersNow").toInt(), 1, 10000);
        QCOMPARE(stats(m_a, event).value(u"pageViews").toInt(), 3);

        // Two readers poll feed.json; one of them announces itself again (every 30 s, or from a second tab) and
        // stays one reader.
        QCOMPARE(presence(m_a, event, u"127.0.0.2"_s, {{u"polling"_s, true}}), 204);
        QCOMPARE(presence(m_a, event, u"127.0.0.3"_s, {{u"polling"_s, true}}), 204);
        QCOMPARE(presence(m_a, event, u"127.0.0.2"_s, {{u"polling"_s, true}}), 204);
        QCOMPARE(stats(m_a, event).value(u"viewersNow").toInt(), 3);
        QCOMPARE(stats(m_a, event).value(u"viewersPeak").toInt(), 3);
        QCOMPARE(stats(m_a, event).value(u"pageViews").toInt(), 3);

        // The socket reader leaves: the pollers still count, the peak stays.
        socketReader.abort();
        QTRY_COMPARE_WITH_TIMEOUT(stats(m_a, event).value(u"viewersNow").toInt(), 2, 10000);
        QCOMPARE(stats(m_a, event).value(u"viewersPeak").toInt(), 3);

        // An event that does not exist has no readers to count; a body that is no JSON object is refused.
        QCOMPARE(presence(m_a, 999999, u"127.0.0.2"_s, {{u"view"_s, true}}), 404);
        QCOMPARE(SourceAddressHttp::request(QHostAddress(u"127.0.0.2"_s), "POST",
                                            at(m_a, u"/public/live/%1/presence"_s.arg(event)), "[1]",
                                            {{"Content-Type", "application/json"}})
                     .status,
                 400);
    }

    void twoInstancesCountEachReaderOnce()
    {
        if (!onPostgres())
            QSKIP("two portald share a database on PostgreSQL only: run through tests/support/with-postgres "
                  "(ctest runs this as tst_live_audience_pg)");
        // B on A's database.
        PortaldFixture b{m_a.sameDatabase() + QStringList{u"--audience-heartbeat-ms"_s, kHeartbeatMs}};
        QVERIFY2(b.start(), b.failure());
        const qint64 event = newEvent(u"双实例访谈"_s);
        QVERIFY(event > 0);

        // Readers on both: a socket reader on each, a poller on each, and a poller whose presences reach A and B
        // in turn (a load balancer without stickiness), which is still one reader.
        QTcpSocket onA, onB;
        QVERIFY(openReader(onA, m_a, event, u"127.0.1.1"_s));
        QVERIFY(openReader(onB, b, event, u"127.0.1.2"_s));
        QCOMPARE(presence(m_a, event, u"127.0.1.3"_s, {{u"view"_s, true}, {u"polling"_s, true}}), 204);
        QCOMPARE(presence(b, event, u"127.0.1.4"_s, {{u"view"_s, true}, {u"polling"_s, true}}), 204);
        QCOMPARE(presence(m_a, event, u"127.0.1.5"_s, {{u"view"_s, true}, {u"polling"_s, true}}), 204);
        QCOMPARE(presence(b, event, u"127.0.1.5"_s, {{u"polling"_s, true}}), 204);
        QTRY_COMPARE_WITH_TIMEOUT(stats(m_a, event).value(u"viewersNow").toInt(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stats(b, event).value(u"viewersNow").toInt(), 5, 10000);
        QCOMPARE(stats(b, event).value(u"pageViews").toInt(), 3);
        QCOMPARE(stats(m_a, event).value(u"viewersPeak").toInt(), 5);

        // B dies without a word: its socket reader drops out once B's heartbeat row expires; its poller stays
        // (the presence row is shared) until the poller stops announcing itself.
        b.process().kill();
        QTRY_COMPARE_WITH_TIMEOUT(stats(m_a, event).value(u"viewersNow").toInt(), 4, 10000);
        QCOMPARE(stats(m_a, event).value(u"viewersPeak").toInt(), 5);
    }

    void nchanReadersCountOnce()
    {
        if (!onPostgres())
            QSKIP("two portald share a database on PostgreSQL only: run through tests/support/with-postgres "
                  "(ctest runs this as tst_live_audience_pg)");
        if (const QString why = NginxFront::missingNchan(); !why.isEmpty())
            QSKIP(qPrintable(why));
        // The production topology: nginx with Nchan holds the public readers; B and C publish to it (one of them
        // at a time) and both ask it how many read, on A's database. A does not know Nchan at all.
        NginxFront nginx;
        QVERIFY2(nginx.configureNchan({m_a.baseUrl()}, m_a.process().dataDir() + u"/www"_s, 1) && nginx.start(),
                 qPrintable(nginx.failure()));
        const QStringList nchan = m_a.sameDatabase()
            + QStringList{u"--audience-heartbeat-ms"_s, kHeartbeatMs, u"--nchan-publish"_s, nginx.publishUrl().toString()};
        PortaldFixture b{nchan}, c{nchan};
        QVERIFY2(b.start(), b.failure());
        QVERIFY2(c.start(), c.failure());
        const qint64 event = newEvent(u"Nchan 读者"_s);
        QVERIFY(event > 0);

        // Three readers on Nchan's endpoint, a poller announcing itself to B, a socket reader on C's own stream.
        const QByteArray channel = "/public/live/" + QByteArray::number(event) + "/events";
        QTcpSocket n1, n2, n3;
        QVERIFY(upgrade(n1, nginx.url(), channel, u"127.0.3.1"_s));
        QVERIFY(upgrade(n2, nginx.url(), channel, u"127.0.3.2"_s));
        QVERIFY(upgrade(n3, nginx.url(), channel, u"127.0.3.3"_s));
        QCOMPARE(presence(b, event, u"127.0.3.4"_s, {{u"view"_s, true}, {u"polling"_s, true}}), 204);
        QTcpSocket onC;
        QVERIFY(openReader(onC, c, event, u"127.0.3.5"_s));

        // Every instance says the same figure: B and C both report Nchan's three, into one row.
        QTRY_COMPARE_WITH_TIMEOUT(stats(m_a, event).value(u"viewersNow").toInt(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stats(b, event).value(u"viewersNow").toInt(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stats(c, event).value(u"viewersNow").toInt(), 5, 10000);
        QCOMPARE(stats(m_a, event).value(u"viewersPeak").toInt(), 5);
        // Still five after B and C have both asked Nchan again and again: one row for that Nchan, refreshed by
        // whichever asks, never a second one beside it.
        {
            QSqlDatabase db = m_a.database(u"nchanRows"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            const auto nchanRows = [&] {
                QSqlQuery q(db);
                q.prepare(u"SELECT COUNT(*), COALESCE(MAX(expires_at), 0) FROM live_audience "
                          u"WHERE event_id = ? AND source LIKE 'nchan %'"_s);
                q.addBindValue(event);
                return q.exec() && q.next() ? std::pair(q.value(0).toInt(), q.value(1).toLongLong())
                                            : std::pair(-1, qint64(0));
            };
            const qint64 firstExpiry = nchanRows().second;
            QTRY_VERIFY_WITH_TIMEOUT(nchanRows().second > firstExpiry + 4 * kHeartbeatMs.toInt(), 10000);
            QCOMPARE(nchanRows().first, 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"nchanRows"_s);
        QCOMPARE(stats(m_a, event).value(u"viewersNow").toInt(), 5);
        QCOMPARE(stats(m_a, event).value(u"viewersPeak").toInt(), 5);

        // Readers leaving Nchan leave the figure.
        n1.abort();
        n2.abort();
        QTRY_COMPARE_WITH_TIMEOUT(stats(m_a, event).value(u"viewersNow").toInt(), 3, 10000);
        QCOMPARE(stats(m_a, event).value(u"viewersPeak").toInt(), 5);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_a.stop(), m_a.failure());
    }
};

QTEST_GUILESS_MAIN(tst_LiveAudience)
#include "tst_live_audience.moc"
