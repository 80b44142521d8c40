// The outbox against a real portald: changes made while the server is down arrive exactly once and in order
// after it comes back; a resend after a lost answer does not duplicate; a stale revision parks the entry with
// both versions while other resources keep flowing.
#include "tests/support/DemoSite.h"
#include "tests/support/NewsDraft.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::store::OutboxEntry;
using pd::sync::OutboxSync;

namespace {

/// One desk's outbox: its client (not signed in), its local store in a file of its own, the sync between them with
/// a short backoff, and spies on what the sync reports; not started.
struct Outbox
{
    explicit Outbox(const QString &path)
        : opened(store.open(path))
    {
        sync.setBackoff(50ms, 400ms);
    }

    pd::api::PortalClient client;
    pd::store::LocalStore store;
    bool opened; ///< whether the store's file could be opened
    OutboxSync sync{store, client};
    QSignalSpy sent{&sync, &OutboxSync::entrySent};
    QSignalSpy retries{&sync, &OutboxSync::retryScheduled};
    QSignalSpy attention{&sync, &OutboxSync::entryNeedsAttention};
};

} // namespace

class tst_OutboxSync : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    QTemporaryDir m_dir;
    qint64 m_siteId = 0;
    qint64 m_columnId = 0;

    QJsonObject newsItem(const QString &title) const
    {
        return pd::test::NewsDraft(m_siteId, m_columnId, title, {{u"bodyHtml"_s, u"<p>%1</p>"_s.arg(title)}}).json();
    }

    /// Items on the server whose title starts with `prefix`, oldest id first.
    QList<QPair<qint64, QString>> serverItems(const QString &prefix)
    {
        // Signed in afresh: portald may have been restarted (on another port) since initTestCase.
        pd::test::HttpProbe http;
        const auto site = pd::test::DemoSite::load(http, m_portal.baseUrl(), u"editor"_s,
                                                   pd::test::PortaldFixture::password());
        QList<QPair<qint64, QString>> found;
        for (const QJsonObject &o : site ? site->items(http).value_or(QList<QJsonObject>{}) : QList<QJsonObject>{})
            if (o.value(u"title").toString().startsWith(prefix))
                found.append({o.value(u"id").toInteger(), o.value(u"title").toString()});
        std::ranges::sort(found);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        pd::test::HttpProbe http;
        const auto site = pd::test::DemoSite::load(http, m_portal.baseUrl(), u"editor"_s,
                                                   pd::test::PortaldFixture::password());
        QVERIFY(site);
        m_siteId = site->siteId();
        m_columnId = site->columnNamed(u"要闻动态"_s);
        QVERIFY(m_siteId > 0 && m_columnId > 0);
    }

    void offlineChangesArriveOnceInOrder()
    {
        Outbox box(m_dir.filePath(u"offline.sqlite"_s));
        auto &[client, store, opened, sync, sent, retries, attention] = box;
        QVERIFY(opened);
        client.setTransferTimeout(2s);
        QVERIFY2(m_portal.signIn(client), m_portal.failure());

        QVERIFY(m_portal.process().stop());
        sync.start();
        for (int i = 1; i <= 20; ++i)
            QVERIFY(store.enqueue(u"items"_s, "POST", u"/api/v1/items"_s, newsItem(u"离线稿件 %1"_s.arg(i, 2, 10, QChar(u'0')))));
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 3, 10000);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(store.pendingCount().value(), 20);

        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        QCOMPARE(m_portal.baseUrl().port(), client.session().serverUrl().port());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 20, 30000);
        QTRY_VERIFY(sync.isIdle());

        const auto items = serverItems(u"离线稿件"_s);
        QCOMPARE(items.size(), 20);
        for (int i = 0; i < 20; ++i) // ids grow in creation order: they arrived in the order they were made
            QCOMPARE(items.at(i).second, u"离线稿件 %1"_s.arg(i + 1, 2, 10, QChar(u'0')));
        const auto delivered = store.outbox(true).value();
        QCOMPARE(delivered.size(), 20);
        for (const OutboxEntry &e : delivered) {
            QCOMPARE(e.state, OutboxEntry::State::Sent);
            QCOMPARE(e.lastStatus, 201);
        }
    }

    void offlineItemsAndLivePostsArriveOnceInOrder()
    {
        // The acceptance case: portald stops; an editor saves 20 items and a reporter posts 50 live updates, each
        // through their own outbox; portald comes back → all 70 arrive exactly once, each stream in its order.
        pd::api::PortalClient editor;
        editor.setTransferTimeout(2s);
        QVERIFY2(m_portal.signIn(editor), m_portal.failure());
        pd::api::PortalClient reporter;
        reporter.setTransferTimeout(2s);
        std::optional<pd::Result<pd::domain::User>> answer;
        reporter.login(m_portal.baseUrl(), u"reporter"_s, u"portaldesk-demo"_s, this,
                       [&](pd::Result<pd::domain::User> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(answer->has_value());

        pd::test::HttpProbe http;
        const QString moderator = m_portal.newToken(u"moderator"_s);
        const auto events = http.json("GET", m_portal.url(u"/api/v1/live/events"_s), moderator);
        const QJsonArray list = events.json.isArray() ? events.json.array() : events.json.object().value(u"items").toArray();
        qint64 eventId = 0;
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"state").toString() == u"live"_s)
                eventId = v.toObject().value(u"id").toInteger();
        QVERIFY(eventId > 0);
        const auto postTexts = [&] {
            QStringList texts;
            qint64 after = 0;
            for (;;) {
                const auto page = http.json(
                    "GET", m_portal.url(u"/api/v1/live/events/%1/posts?after=%2&limit=200"_s
                                                                  .arg(eventId).arg(after)), moderator);
                const QJsonArray items = page.json.object().value(u"items").toArray();
                for (const QJsonValue &v : items) {
                    after = std::max(after, v.toObject().value(u"seq").toInteger());
                    if (v.toObject().value(u"text").toString().startsWith(u"离线快讯"_s))
                        texts.append(v.toObject().value(u"text").toString());
                }
                if (items.isEmpty() || page.status != 200)
                    return texts;
            }
        };

        pd::store::LocalStore editorStore;
        QVERIFY(editorStore.open(m_dir.filePath(u"offline-editor.sqlite"_s)));
        pd::store::LocalStore reporterStore;
        QVERIFY(reporterStore.open(m_dir.filePath(u"offline-reporter.sqlite"_s)));
        pd::sync::OutboxSync editorSync(editorStore, editor);
        pd::sync::OutboxSync reporterSync(reporterStore, reporter);
        for (auto *sync : {&editorSync, &reporterSync})
            sync->setBackoff(50ms, 400ms);
        QSignalSpy itemsSent(&editorSync, &pd::sync::OutboxSync::entrySent);
        QSignalSpy postsSent(&reporterSync, &pd::sync::OutboxSync::entrySent);
        QSignalSpy postRetries(&reporterSync, &pd::sync::OutboxSync::retryScheduled);

        QVERIFY(m_portal.process().stop());
        editorSync.start();
        reporterSync.start();
        for (int i = 1; i <= 20; ++i)
            QVERIFY(editorStore.enqueue(u"items"_s, "POST", u"/api/v1/items"_s,
                                        newsItem(u"离线编辑 %1"_s.arg(i, 2, 10, QChar(u'0')))));
        const QString posts = u"/api/v1/live/events/%1/posts"_s.arg(eventId);
        for (int i = 1; i <= 50; ++i)
            QVERIFY(reporterStore.enqueue(u"live:%1"_s.arg(eventId), "POST", posts,
                                          {{u"kind"_s, u"text"_s},
                                           {u"text"_s, u"离线快讯 %1：论坛现场嘉宾发言。"_s.arg(i, 2, 10, QChar(u'0'))}}));
        QTRY_VERIFY_WITH_TIMEOUT(postRetries.size() >= 2, 10000);
        QCOMPARE(postsSent.size(), 0);

        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        QTRY_COMPARE_WITH_TIMEOUT(itemsSent.size(), 20, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(postsSent.size(), 50, 60000);

        const auto items = serverItems(u"离线编辑"_s);
        QCOMPARE(items.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(items.at(i).second, u"离线编辑 %1"_s.arg(i + 1, 2, 10, QChar(u'0')));
        const QStringList texts = postTexts();
        QCOMPARE(texts.size(), 50);
        for (int i = 0; i < 50; ++i) // seq order = the order they were posted
            QCOMPARE(texts.at(i), u"离线快讯 %1：论坛现场嘉宾发言。"_s.arg(i + 1, 2, 10, QChar(u'0')));
    }

    void resendAfterLostAnswerDoesNotDuplicate()
    {
        Outbox box(m_dir.filePath(u"resend.sqlite"_s));
        auto &[client, store, opened, sync, sent, retries, attention] = box;
        QVERIFY(opened);
        QVERIFY2(m_portal.signIn(client), m_portal.failure());
        const auto entry = store.enqueue(u"items"_s, "POST", u"/api/v1/items"_s, newsItem(u"只应出现一次的稿件"_s));
        QVERIFY(entry);
        sync.start();
        QTRY_COMPARE(sent.size(), 1);
        const qint64 firstId = store.outboxEntry(entry->id).value()->result.value(u"id").toInteger();
        QVERIFY(firstId > 0);

        // As if the answer had been lost on the way: the same entry goes out again with the same key.
        QVERIFY(store.requeue(entry->id));
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(store.outboxEntry(entry->id).value()->result.value(u"id").toInteger(), firstId);
        QCOMPARE(serverItems(u"只应出现一次的稿件"_s).size(), 1);
    }

    void staleRevisionNeedsAttentionOthersFlow()
    {
        Outbox box(m_dir.filePath(u"conflict.sqlite"_s));
        auto &[client, store, opened, sync, sent, retries, attention] = box;
        QVERIFY(opened);
        QVERIFY2(m_portal.signIn(client), m_portal.failure());

        QVERIFY(store.enqueue(u"items"_s, "POST", u"/api/v1/items"_s, newsItem(u"冲突测试稿件"_s)));
        sync.start();
        QTRY_COMPARE(sent.size(), 1);
        const QJsonObject created = sent.at(0).at(2).toJsonObject();
        const qint64 id = created.value(u"id").toInteger();
        const QString etag = created.value(u"etag").toString();
        QVERIFY(!etag.isEmpty());

        // A colleague saves first (revision moves on); our edit against the old revision must not overwrite it.
        pd::test::HttpProbe http;
        const QString token = m_portal.newToken(u"editor"_s);
        QJsonObject theirs = newsItem(u"冲突测试稿件（同事修改）"_s);
        const auto put = http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), token,
                                   QJsonDocument(theirs), {{"If-Match", etag.toUtf8()}});
        QCOMPARE(put.status, 200);

        const QString resource = u"item:%1"_s.arg(id);
        QVERIFY(store.enqueue(resource, "PUT", u"/api/v1/items/%1"_s.arg(id), newsItem(u"冲突测试稿件（我的修改）"_s),
                              etag));
        QVERIFY(store.enqueue(resource, "PUT", u"/api/v1/items/%1"_s.arg(id), newsItem(u"后续修改"_s), etag));
        QVERIFY(store.enqueue(u"items"_s, "POST", u"/api/v1/items"_s, newsItem(u"无关的新稿件"_s)));
        QTRY_COMPARE(attention.size(), 1);
        QTRY_COMPARE(sent.size(), 2); // the unrelated create still went out
        QTRY_VERIFY(!sync.isIdle() || store.pendingCount().value() == 1);

        const pd::Error error = attention.at(0).at(1).value<pd::Error>();
        QCOMPARE(error.code, pd::ErrorCode::PreconditionFailed);
        const auto entries = store.outbox().value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).state, OutboxEntry::State::NeedsAttention);
        QCOMPARE(entries.at(0).lastStatus, 412);
        QCOMPARE(entries.at(1).state, OutboxEntry::State::Queued); // held back behind the conflict
        // Both versions are at hand for a merge: ours in the entry, theirs in the stored problem.
        QCOMPARE(entries.at(0).body.value(u"title").toString(), u"冲突测试稿件（我的修改）"_s);
        const QJsonObject current = entries.at(0).result.value(u"current").toObject();
        QVERIFY2(current.value(u"title").toString() == u"冲突测试稿件（同事修改）"_s,
                 QJsonDocument(entries.at(0).result).toJson().constData());
        QCOMPARE(serverItems(u"冲突测试稿件"_s).constFirst().second, u"冲突测试稿件（同事修改）"_s);
    }

    void backoffGrowsWithJitterAndHonoursRetryAfter()
    {
        Outbox box(m_dir.filePath(u"backoff.sqlite"_s));
        QVERIFY(box.opened);
        OutboxSync &sync = box.sync;
        sync.setBackoff(100ms, 5000ms);
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const auto d = sync.backoffFor(attempt, -1);
            const double step = std::min(100.0 * (1 << (attempt - 1)), 5000.0);
            QVERIFY2(d.count() >= qint64(step * 0.5) && d.count() <= qint64(step * 1.5) + 1,
                     qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(d.count())));
        }
        QVERIFY(sync.backoffFor(1, 7) >= 7000ms);
    }

    void cleanupTestCase()
    {
        if (m_portal.process().isRunning())
            m_portal.process().stop();
    }
};

QTEST_GUILESS_MAIN(tst_OutboxSync)
#include "tst_outboxsync.moc"
