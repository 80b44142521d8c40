// LocalStore: migrations, cache, drafts with the autosave journal, outbox bookkeeping, durability across
// reopening, and recovery from a damaged file.
#include "app/store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::store::LocalStore;
using pd::store::OutboxEntry;

class tst_LocalStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void createsTheLatestSchemaInWalMode()
    {
        LocalStore store;
        QVERIFY2(store.open(path(u"a.sqlite"_s)), "open");
        QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
        QVERIFY(store.corruptCopy().isEmpty());
        // every connection of this process is the store's; check its journal mode
        bool wal = false;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            QSqlQuery mode(QSqlDatabase::database(name));
            if (mode.exec(u"PRAGMA journal_mode"_s) && mode.next() && mode.value(0).toString() == u"wal"_s)
                wal = true;
        }
        QVERIFY(wal);
    }

    void migratesAnOlderDatabaseKeepingData()
    {
        const QString file = path(u"old.sqlite"_s);
        {
            LocalStore v1;
            QVERIFY(v1.open(file, 1));
            QCOMPARE(v1.schemaVersion(), 1);
            QVERIFY(v1.setValue(u"stream.seq"_s, 41));
            QVERIFY(v1.enqueue(u"item:new"_s, "POST", u"/api/v1/items"_s, {{u"title"_s, u"旧稿"_s}}));
        }
        LocalStore latest;
        QVERIFY(latest.open(file));
        QCOMPARE(latest.schemaVersion(), LocalStore::latestSchemaVersion());
        QCOMPARE(latest.value(u"stream.seq"_s).toInt(), 41);
        QCOMPARE(latest.pendingCount().value(), 1);
    }

    void cachesSitesColumnsAndItems()
    {
        LocalStore store;
        QVERIFY(store.open(path(u"cache.sqlite"_s)));
        pd::domain::Site site;
        site.id = 3;
        site.name = u"临江市人民政府门户网站"_s;
        QVERIFY(store.cacheSites({site}));
        QCOMPARE(store.cachedSites().value().constFirst().name, site.name);

        pd::domain::Column parent;
        parent.id = 10;
        parent.siteId = 3;
        parent.name = u"政务动态"_s;
        pd::domain::Column child = parent;
        child.id = 11;
        child.parentId = 10;
        child.name = u"要闻动态"_s;
        QVERIFY(store.cacheColumns(3, {parent, child}));
        const auto columns = store.cachedColumns(3).value();
        QCOMPARE(columns.size(), 2);
        QCOMPARE(columns.at(1).parentId, 10);
        QVERIFY(store.cachedColumns(4).value().isEmpty());

        const QJsonObject v2{{u"id"_s, 7}, {u"site"_s, 3}, {u"type"_s, u"news"_s}, {u"state"_s, u"draft"_s},
                             {u"title"_s, u"第二版"_s}, {u"revision"_s, 2}, {u"updatedAt"_s, u"2026-11-23T10:00:00Z"_s}};
        QJsonObject v1 = v2;
        v1[u"revision"_s] = 1;
        v1[u"title"_s] = u"第一版"_s;
        QVERIFY(store.cacheItems({v2}));
        QVERIFY(store.cacheItems({v1})); // a late, older answer must not win
        QCOMPARE(store.cachedItem(7).value()->value(u"title").toString(), u"第二版"_s);
        QCOMPARE(store.cachedItems(3).value().size(), 1);

        // The full item (what opens offline) survives a list summary of the same revision, not a newer one.
        QJsonObject full = v2;
        full[u"bodyHtml"_s] = u"<p>正文</p>"_s;
        QVERIFY(store.cacheItems({full}));
        QVERIFY(store.cacheItems({v2}));
        QCOMPARE(store.cachedItem(7).value()->value(u"bodyHtml").toString(), u"<p>正文</p>"_s);
        QJsonObject v3 = v2;
        v3[u"revision"_s] = 3;
        QVERIFY(store.cacheItems({v3}));
        QVERIFY(!store.cachedItem(7).value()->contains(u"bodyHtml"));
        QVERIFY(store.removeCachedItem(7));
        QVERIFY(!store.cachedItem(7).value().has_value());
    }

    void draftsSurviveReopeningWithTheirJournal()
    {
        const QString file = path(u"drafts.sqlite"_s);
        qint64 id = 0;
        {
            LocalStore store;
            QVERIFY(store.open(file));
            id = store.createDraft({{u"title"_s, u"关于"_s}}).value();
            for (int i = 1; i <= 60; ++i)
                QVERIFY(store.saveDraft(id, {{u"title"_s, u"关于做好冬季供暖工作的通知 %1"_s.arg(i)}}));
            // no close(): the process "crashes" here, the destructor is all there is
        }
        LocalStore store;
        QVERIFY(store.open(file));
        const auto draft = store.draft(id);
        QVERIFY(draft);
        QCOMPARE(draft->content.value(u"title").toString(), u"关于做好冬季供暖工作的通知 60"_s);
        const auto journal = store.draftJournal(id).value();
        QCOMPARE(journal.size(), LocalStore::journalLimit());
        QCOMPARE(journal.constLast().value(u"title").toString(), u"关于做好冬季供暖工作的通知 60"_s);
        QCOMPARE(journal.constFirst().value(u"title").toString(), u"关于做好冬季供暖工作的通知 11"_s);
        QCOMPARE(store.drafts().value().size(), 1);

        QVERIFY(store.setDraftItem(id, 99, 4));
        QCOMPARE(store.draft(id)->itemId, 99);
        QVERIFY(store.removeDraft(id));
        QCOMPARE(store.draft(id).error().code, pd::ErrorCode::NotFound);
        QVERIFY(store.draftJournal(id).value().isEmpty()); // cascade
        QCOMPARE(store.saveDraft(id, {}).error().code, pd::ErrorCode::NotFound);
    }

    void outboxLifecycle()
    {
        const QString file = path(u"outbox.sqlite"_s);
        LocalStore store;
        QVERIFY(store.open(file));
        QSignalSpy changed(&store, &LocalStore::outboxChanged);
        const auto a = store.enqueue(u"item:new"_s, "POST", u"/api/v1/items"_s, {{u"title"_s, u"甲"_s}});
        const auto b = store.enqueue(u"item:5"_s, "PUT", u"/api/v1/items/5"_s, {{u"title"_s, u"乙"_s}}, u"\"3\""_s);
        QVERIFY(a && b);
        QVERIFY(a->idempotencyKey != b->idempotencyKey);
        QVERIFY(!a->idempotencyKey.isEmpty());
        QCOMPARE(changed.size(), 2);

        QVERIFY(store.markSending(a->id));
        QVERIFY(store.markSent(a->id, 201, {{u"id"_s, 12}}));
        QVERIFY(store.markSending(b->id));
        QVERIFY(store.markNeedsAttention(b->id, u"已被他人修改"_s, 412, {{u"current"_s, QJsonObject{{u"revision"_s, 4}}}}));
        auto pending = store.outbox().value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().state, OutboxEntry::State::NeedsAttention);
        QCOMPARE(pending.constFirst().attempts, 1);
        QCOMPARE(pending.constFirst().lastStatus, 412);
        QCOMPARE(pending.constFirst().ifMatch, u"\"3\""_s);
        QCOMPARE(store.pendingCount().value(), 0);
        QCOMPARE(store.outbox(true).value().size(), 2);
        QCOMPARE(store.outboxEntry(a->id).value()->result.value(u"id").toInt(), 12);

        QVERIFY(store.requeue(b->id, u"\"4\""_s));
        QCOMPARE(store.outboxEntry(b->id).value()->ifMatch, u"\"4\""_s);
        QCOMPARE(store.pendingCount().value(), 1);

        // Killed while sending: on the next start the entry is queued again (its key prevents a duplicate).
        QVERIFY(store.markSending(b->id));
        store.close();
        LocalStore again;
        QVERIFY(again.open(file));
        QCOMPARE(again.outboxEntry(b->id).value()->state, OutboxEntry::State::Queued);
        QCOMPARE(again.outboxEntry(b->id).value()->attempts, 2);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(30);
        QVERIFY(again.markRetry(b->id, later, u"无法连接服务器"_s, 0));
        QCOMPARE(again.outboxEntry(b->id).value()->nextAttemptAt.toSecsSinceEpoch(), later.toSecsSinceEpoch());
        QVERIFY(again.pruneSent(QDateTime::currentDateTimeUtc().addSecs(1)));
        QVERIFY(!again.outboxEntry(a->id).value().has_value());
        QVERIFY(again.discard(b->id));
        QVERIFY(again.outbox(true).value().isEmpty());
    }

    void changesQueuedBehindUndeliveredOnes()
    {
        LocalStore store;
        QVERIFY(store.open(path(u"behind.sqlite"_s)));
        // A create keeps the key its first attempt went out with.
        const auto create = store.enqueue(u"item:new:k1"_s, "POST", u"/api/v1/items"_s, {{u"title"_s, u"甲"_s}}, {},
                                          u"k1"_s);
        QVERIFY(create);
        QCOMPARE(create->idempotencyKey, u"k1"_s);
        QVERIFY(store.hasWaiting(u"item:new:k1"_s).value());
        QVERIFY(!store.hasWaiting(u"item:9"_s).value());
        QVERIFY(!store.lastSent(u"item:new:k1"_s).value().has_value());
        QVERIFY(store.markSent(create->id, 201, {{u"id"_s, 12}, {u"etag"_s, u"\"1\""_s}}));
        QVERIFY(!store.hasWaiting(u"item:new:k1"_s).value());
        QCOMPARE(store.lastSent(u"item:new:k1"_s).value()->result.value(u"id").toInt(), 12);
        // Parked for a person: no longer waiting, so new changes need not queue behind it.
        const auto edit = store.enqueue(u"item:new:k1"_s, "PUT", u"/api/v1/items/{id}"_s, {}, u"{etag}"_s);
        QVERIFY(edit && store.hasWaiting(u"item:new:k1"_s).value());
        QVERIFY(store.markNeedsAttention(edit->id, u"已被他人修改"_s, 412, {}));
        QVERIFY(!store.hasWaiting(u"item:new:k1"_s).value());
    }

    void damagedFileIsSetAsideAndRecreated()
    {
        const QString file = path(u"broken.sqlite"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk(64 * 1024, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 7919) % 251);
            f.write(junk);
        }
        LocalStore store;
        const auto opened = store.open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY(!store.corruptCopy().isEmpty());
        QVERIFY(QFile::exists(store.corruptCopy()));
        QCOMPARE(QFile(store.corruptCopy()).size(), 64 * 1024);
        QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
        QVERIFY(store.enqueue(u"live:1"_s, "POST", u"/api/v1/live/events/1/posts"_s, {{u"text"_s, u"开幕"_s}}));
    }

    void accountPathsAreSafe()
    {
        const QString p = LocalStore::pathForAccount(u"/data"_s, QUrl(u"https://portal.example.gov.cn"_s),
                                                     u"../编辑"_s);
        QVERIFY(p.startsWith(u"/data/accounts/"_s));
        QVERIFY(!p.mid(15).contains(u'/'));
        QVERIFY(p.endsWith(u".sqlite"_s));
    }

    void everyAccountHasItsOwnFile()
    {
        const QUrl server(u"https://portal.example.gov.cn"_s);
        const QString editor = LocalStore::pathForAccount(path(u"own"_s), server, u"编辑"_s);
        const QString reviewer = LocalStore::pathForAccount(path(u"own"_s), server, u"审核"_s);
        QVERIFY(editor != reviewer);
        // The server's spelling does not matter, the server itself does.
        QCOMPARE(LocalStore::pathForAccount(path(u"own"_s), QUrl(u"https://PORTAL.example.gov.cn:443"_s), u"编辑"_s),
                 editor);
        QVERIFY(LocalStore::pathForAccount(path(u"own"_s), QUrl(u"https://portal.example.gov.cn:8443"_s), u"编辑"_s)
                != editor);
        QVERIFY(LocalStore::pathForAccount(path(u"own"_s), server, u"编辑 "_s) != editor);

        // Each one's draft stays in their own store.
        {
            LocalStore a;
            QVERIFY(a.open(editor));
            QVERIFY(a.createDraft({{u"title"_s, u"编辑的草稿"_s}}));
        }
        LocalStore b;
        QVERIFY(b.open(reviewer));
        QVERIFY(b.drafts()->isEmpty());
    }

    void anUpgradedClientKeepsEachAccountsDrafts()
    {
        // Files as an earlier release named them: host_port_user below accounts/.
        const QString dataDir = path(u"upgrade"_s);
        QVERIFY(QDir().mkpath(dataDir + u"/accounts"_s));
        const QUrl server(u"https://portal.example.gov.cn"_s);
        for (const QString &user : {u"alice"_s, u"bob"_s}) {
            LocalStore old;
            QVERIFY(old.open(dataDir + u"/accounts/portal.example.gov.cn_443_%1.sqlite"_s.arg(user)));
            QVERIFY(old.createDraft({{u"title"_s, u"%1 的草稿"_s.arg(user)}}));
        }
        // The name the old scheme gave both 编辑 and 审核: it could be either one's, so it goes to neither.
        {
            LocalStore shared;
            QVERIFY(shared.open(dataDir + u"/accounts/portal.example.gov.cn_443___.sqlite"_s));
            QVERIFY(shared.createDraft({{u"title"_s, u"谁的草稿"_s}}));
        }

        for (const QString &user : {u"alice"_s, u"bob"_s}) {
            const QString p = LocalStore::pathForAccount(dataDir, server, user);
            QVERIFY(!p.contains(user));
            LocalStore store;
            QVERIFY(store.open(p));
            const auto drafts = store.drafts();
            QVERIFY(drafts);
            QCOMPARE(drafts->size(), 1);
            QCOMPARE(drafts->first().content.value(u"title"_s).toString(), u"%1 的草稿"_s.arg(user));
            QVERIFY(!QFile::exists(dataDir + u"/accounts/portal.example.gov.cn_443_%1.sqlite"_s.arg(user)));
        }
        for (const QString &user : {u"编辑"_s, u"审核"_s}) {
            LocalStore store;
            QVERIFY(store.open(LocalStore::pathForAccount(dataDir, server, user)));
            QVERIFY(store.drafts()->isEmpty());
        }
        QVERIFY(QFile::exists(dataDir + u"/accounts/portal.example.gov.cn_443___.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(tst_LocalStore)
#include "tst_localstore.moc"
