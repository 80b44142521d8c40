// Working while the portal is unreachable, against a real portald that is stopped and started again: an item opened
// here before opens from the local copy and can be edited and submitted; a new item is created, edited and
// submitted; all of it waits in the outbox and, once the portal is back, arrives exactly once and in order (checked
// in each item's audit log). A create whose answer was lost and whose client was then killed (SIGKILL, a child
// process running the client core) makes no second item when the outbox sends it again.
#include "tests/support/DemoSite.h"
#include "tests/support/FlakyProxy.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/editing/DocumentSession.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::editing::DocumentSession;

class tst_OfflineWork : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    qint64 m_siteId = 0;
    qint64 m_columnId = 0;

    std::optional<pd::test::DemoSite> site(pd::test::HttpProbe &http)
    {
        return pd::test::DemoSite::load(http, m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password());
    }

    /// Items on the server whose title starts with `prefix`.
    QList<QJsonObject> serverItems(const QString &prefix)
    {
        pd::test::HttpProbe http;
        const auto s = site(http);
        QList<QJsonObject> found;
        for (const QJsonObject &o : s ? s->items(http).value_or(QList<QJsonObject>{}) : QList<QJsonObject>{})
            if (o.value(u"title").toString().startsWith(prefix))
                found.append(o);
        return found;
    }

    /// The actions of an item's audit log, oldest first.
    QStringList auditActions(qint64 id)
    {
        pd::test::HttpProbe http;
        const auto s = site(http);
        QStringList actions;
        const auto audit = http.json("GET", s->api(u"/api/v1/items/%1/audit"_s.arg(id)), s->token());
        QList<QJsonObject> entries;
        for (const QJsonValue &v : audit.json.array())
            entries.append(v.toObject());
        std::ranges::sort(entries, {}, [](const QJsonObject &e) { return e.value(u"at").toString(); });
        for (const QJsonObject &e : entries)
            actions.append(e.value(u"action").toString());
        return actions;
    }

    static pd::domain::Item withTitle(const pd::domain::Item &item, const QString &title)
    {
        pd::domain::Item next = item;
        next.title = title;
        return next;
    }

    /// Runs the outbox against the portal until it is drained.
    static void deliver(pd::store::LocalStore &store, pd::api::PortalClient &client)
    {
        pd::sync::OutboxSync sync(store, client);
        sync.setBackoff(100ms, 1s);
        QSignalSpy drained(&sync, &pd::sync::OutboxSync::drained);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty() && sync.isIdle(), 30000);
        sync.stop();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        pd::test::HttpProbe http;
        const auto s = site(http);
        QVERIFY(s);
        m_siteId = s->siteId();
        m_columnId = s->columnNamed(u"要闻动态"_s);
        QVERIFY(m_siteId > 0 && m_columnId > 0);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void cachedItemNewItemEditAndSubmitArriveOnceInOrder()
    {
        // An item the editor wrote and opened here while the portal was up.
        pd::test::HttpProbe http;
        const auto s = site(http);
        QVERIFY(s);
        const QJsonObject input{{u"site"_s, m_siteId},       {u"type"_s, u"news"_s},
                                {u"title"_s, u"离线验证：已有稿件"_s}, {u"summary"_s, u"已有稿件摘要。"_s},
                                {u"bodyHtml"_s, u"<p>已有稿件正文。</p>"_s}, {u"author"_s, u"办公室"_s},
                                {u"columns"_s, QJsonArray{m_columnId}}};
        const auto created = http.json("POST", s->api(u"/api/v1/items"_s), s->token(), QJsonDocument(input));
        QCOMPARE(created.status, 201);
        const qint64 existing = created.json.object().value(u"id").toInteger();

        QTemporaryDir dir;
        pd::store::LocalStore store;
        QVERIFY(store.open(dir.filePath(u"account.sqlite"_s)));
        pd::api::PortalClient client;
        client.setTransferTimeout(2s);
        QVERIFY2(m_portal.signIn(client, u"editor"_s), m_portal.failure());
        {
            DocumentSession online(client, &store);
            QSignalSpy loaded(&online, &DocumentSession::loaded);
            online.open(existing);
            QVERIFY(loaded.wait(10000));
            QVERIFY(!online.isFromCache());
        }

        QVERIFY(m_portal.process().stop());

        // The cached item opens, is edited and submitted: both wait in the outbox.
        DocumentSession cached(client, &store);
        QSignalSpy cachedLoaded(&cached, &DocumentSession::loaded);
        QSignalSpy cachedQueued(&cached, &DocumentSession::queuedOffline);
        QSignalSpy cachedFailed(&cached, &DocumentSession::failed);
        cached.open(existing);
        QTRY_VERIFY_WITH_TIMEOUT(!cachedLoaded.isEmpty() || !cachedFailed.isEmpty(), 15000);
        QVERIFY2(cachedFailed.isEmpty(), "the item opens from the local copy");
        QVERIFY(cached.isFromCache());
        QCOMPARE(cached.item().bodyHtml, u"<p>已有稿件正文。</p>"_s);
        cached.setContent(withTitle(cached.item(), u"离线验证：已有稿件（断网修改）"_s));
        cached.save();
        QTRY_COMPARE_WITH_TIMEOUT(cachedQueued.size(), 1, 15000);
        cached.submit();
        QTRY_COMPARE_WITH_TIMEOUT(cachedQueued.size(), 2, 15000);
        QVERIFY(cachedFailed.isEmpty());

        // Reopened offline, it shows the queued edit.
        {
            DocumentSession again(client, &store);
            QSignalSpy loaded(&again, &DocumentSession::loaded);
            again.open(existing);
            QVERIFY(loaded.wait(15000));
            QCOMPARE(again.item().title, u"离线验证：已有稿件（断网修改）"_s);
        }

        // A new item: created, edited again, submitted.
        DocumentSession fresh(client, &store);
        QSignalSpy freshQueued(&fresh, &DocumentSession::queuedOffline);
        QSignalSpy freshFailed(&fresh, &DocumentSession::failed);
        fresh.create(pd::domain::ItemType::News, m_siteId, {m_columnId});
        pd::domain::Item content = fresh.item();
        content.title = u"离线验证：新建稿件"_s;
        content.summary = u"断网期间新建。"_s;
        content.bodyHtml = u"<p>断网期间新建的稿件。</p>"_s;
        content.author = u"办公室"_s;
        fresh.setContent(content);
        fresh.save();
        QTRY_COMPARE_WITH_TIMEOUT(freshQueued.size(), 1, 15000);
        QVERIFY(fresh.isCreateQueued());
        fresh.setContent(withTitle(fresh.item(), u"离线验证：新建稿件（再次修改）"_s));
        fresh.save();
        QTRY_COMPARE_WITH_TIMEOUT(freshQueued.size(), 2, 15000);
        fresh.submit();
        QTRY_COMPARE_WITH_TIMEOUT(freshQueued.size(), 3, 15000);
        QVERIFY(freshFailed.isEmpty());

        // The outbox shows what waits, in the order it was done.
        const auto waiting = store.outbox();
        QVERIFY(waiting);
        QStringList shape;
        for (const auto &e : *waiting)
            shape.append(QString::fromLatin1(e.verb) + u' ' + e.path + u' ' + e.ifMatch);
        const QString e = QString::number(existing);
        QCOMPARE(shape, QStringList({u"PUT /api/v1/items/%1 \"1\""_s.arg(e),
                                     u"POST /api/v1/items/%1/transitions {etag}"_s.arg(e),
                                     u"POST /api/v1/items "_s,
                                     u"PUT /api/v1/items/{id} {etag}"_s,
                                     u"POST /api/v1/items/{id}/transitions {etag}"_s}));
        QCOMPARE(store.pendingCount().value_or(-1), 5);
        QCOMPARE(waiting->at(2).describe(), u"Create “离线验证：新建稿件”"_s);
        QCOMPARE(waiting->at(4).describe(), u"Submit for review (the new item)"_s);

        // The portal is back: everything goes out once, in order.
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        QVERIFY2(m_portal.signIn(client, u"editor"_s), m_portal.failure());
        deliver(store, client);
        QCOMPARE(store.pendingCount().value_or(-1), 0);

        const auto edited = serverItems(u"离线验证：已有稿件"_s);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().value(u"title").toString(), u"离线验证：已有稿件（断网修改）"_s);
        QCOMPARE(edited.first().value(u"state").toString(), u"submitted"_s);
        QCOMPARE(auditActions(existing), QStringList({u"create"_s, u"update"_s, u"submit"_s}));

        const auto made = serverItems(u"离线验证：新建稿件"_s);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().value(u"title").toString(), u"离线验证：新建稿件（再次修改）"_s);
        QCOMPARE(made.first().value(u"state").toString(), u"submitted"_s);
        QCOMPARE(auditActions(made.first().value(u"id").toInteger()),
                 QStringList({u"create"_s, u"update"_s, u"submit"_s}));
    }

    void aLostCreateAnswerAndAKilledClientMakeOneItem()
    {
        if (!m_portal.process().isRunning()) // the case before failed while the portal was stopped
            QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        pd::test::FlakyProxy proxy(m_portal.baseUrl());
        QVERIFY(proxy.listen());
        QTemporaryDir dir;
        const QString storePath = dir.filePath(u"account.sqlite"_s);
        const QString title = u"离线验证：答复丢失后被强制结束"_s;

        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(PD_OFFLINE_HELPER),
                     {proxy.url().toString(), storePath, QString::number(m_siteId), QString::number(m_columnId), title});
        QVERIFY(helper.waitForStarted());
        QString said;
        // Read while the event loop turns: the proxy lives in this thread.
        const auto hasSaid = [&](const QString &word) {
            said += QString::fromUtf8(helper.readAllStandardOutput());
            return said.contains(word);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(hasSaid(u"ready"_s), qPrintable(said), 30000);
        // The portal handles the create, its answer is lost on the way back, and the link stays down (Qt would
        // otherwise resend the request on a fresh connection at once).
        connect(&proxy, &pd::test::FlakyProxy::connectionCut, this, [&proxy] { proxy.setDown(true); });
        proxy.cutNextResponse(1);
        helper.write("go\n");
        QTRY_VERIFY2_WITH_TIMEOUT(hasSaid(u"queued"_s), qPrintable(said), 30000);
        QVERIFY(proxy.faultsDone() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(serverItems(title).size(), 1, 10000); // it did arrive
        helper.kill(); // SIGKILL: the client never learns that it did
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        // The next run of the client sends the create again under its first key: the portal answers with the
        // item it already made.
        pd::store::LocalStore store;
        QVERIFY(store.open(storePath));
        QCOMPARE(store.pendingCount().value_or(-1), 1);
        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"editor"_s), m_portal.failure());
        deliver(store, client);
        QCOMPARE(store.pendingCount().value_or(-1), 0);
        const auto items = serverItems(title);
        QCOMPARE(items.size(), 1);
        const auto sent = store.outbox(true);
        QVERIFY(sent && sent->size() == 1);
        QCOMPARE(sent->first().result.value(u"id").toInteger(), items.first().value(u"id").toInteger());
    }
};

QTEST_GUILESS_MAIN(tst_OfflineWork)
#include "tst_offline_work.moc"
