// The cached item list and the disclosure catalogue against a real portald --demo: ItemCacheSync fills the
// LocalStore (everything first, then only what changed via updatedSince), CachedItemListModel loads it off the UI
// thread and filters in memory, DisclosureCatalogModel shows the 主题分类 tree with the server's counts (kept for
// offline use) — as many as the cache holds disclosure items.
#include "tests/support/DemoSite.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/DisclosureCatalogModel.h"
#include "app/store/LocalStore.h"
#include "app/sync/ItemCacheSync.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::models::CachedItemListModel;
using pd::models::DisclosureCatalogModel;

class tst_ItemCache : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    QTemporaryDir m_dir;
    qint64 m_siteId = 0;
    qint64 m_columnId = 0;
    QString m_token;
    pd::api::PortalClient m_client;
    pd::store::LocalStore m_store;

    /// Every item summary of the site, as the API lists it.
    QList<QJsonObject> serverItems()
    {
        return m_portal.site().items(m_portal.http()).value_or(QList<QJsonObject>{});
    }

    /// A news item with `title` and `bodyHtml` created over HTTP as a colleague at another desk would; the answer.
    pd::test::HttpProbe::Reply createNews(const QString &title, const QString &bodyHtml)
    {
        const QJsonObject body{{u"site"_s, m_siteId}, {u"type"_s, u"news"_s}, {u"title"_s, title},
                               {u"columns"_s, QJsonArray{m_columnId}}, {u"bodyHtml"_s, bodyHtml}};
        return m_portal.http().json("POST", m_portal.url(u"/api/v1/items"_s), m_token, QJsonDocument(body));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        const pd::test::DemoSite &site = m_portal.site();
        m_token = site.token();
        m_siteId = site.siteId();
        m_columnId = site.columnNamed(u"要闻动态"_s);
        QVERIFY(m_siteId > 0 && m_columnId > 0);

        QVERIFY2(m_portal.signIn(m_client, u"editor"_s), m_portal.failure());
        QVERIFY(m_store.open(m_dir.filePath(u"account.sqlite"_s)));
    }

    void fullThenIncrementalRefresh()
    {
        const QList<QJsonObject> onServer = serverItems();
        QVERIFY(onServer.size() > 500); // 224 news + 322 disclosure items in the demo, and more

        pd::sync::ItemCacheSync sync(m_store, m_client);
        QSignalSpy refreshed(&sync, &pd::sync::ItemCacheSync::refreshed);
        QVERIFY(sync.since(m_siteId).isEmpty());
        sync.refresh(m_siteId);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(refreshed.at(0).at(1).toInt(), onServer.size());
        QVERIFY(!sync.since(m_siteId).isEmpty());

        CachedItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CachedItemListModel::loaded);
        model.load(m_store.path(), m_siteId);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.totalCount(), onServer.size());
        QCOMPARE(model.rowCount(), onServer.size());
        // Newest first.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(CachedItemListModel::DateRole).toDateTime()
                    >= model.index(r, 0).data(CachedItemListModel::DateRole).toDateTime());

        // A colleague creates an item: the next refresh asks only for what changed since the last one.
        const auto created = createNews(u"缓存增量同步测试稿件"_s, u"<p>增量</p>"_s);
        QCOMPARE(created.status, 201);
        const qint64 newId = created.json.object().value(u"id").toInteger();
        sync.refresh(m_siteId);
        QVERIFY(refreshed.wait(30000));
        const int changed = refreshed.at(1).at(1).toInt();
        QVERIFY2(changed >= 1 && changed < 10, qPrintable(QString::number(changed)));

        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.totalCount(), onServer.size() + 1);
        QCOMPARE(model.itemId(0), newId);
        QCOMPARE(model.index(0, CachedItemListModel::TitleColumn).data().toString(), u"缓存增量同步测试稿件"_s);
        QCOMPARE(model.index(0, CachedItemListModel::StateColumn).data().toString(), u"草稿"_s);
        QCOMPARE(model.index(0, 0).data(CachedItemListModel::ColumnsRole).value<QList<qint64>>(),
                 QList<qint64>{m_columnId});
    }

    void streamEventsKeepTheCacheCurrent()
    {
        // Changes pushed over the event stream land in the cache at once, deletions included.
        pd::sync::ItemCacheSync sync(m_store, m_client);
        pd::api::EventStream stream(m_client);
        connect(&stream, &pd::api::EventStream::eventReceived, &sync,
                [&sync](qint64, const QString &type, const QJsonObject &payload) { sync.applyEvent(type, payload); });
        QSignalSpy changed(&sync, &pd::sync::ItemCacheSync::itemChanged);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), pd::api::EventStream::State::Connected, 10000);

        const auto created = createNews(u"推送入缓存的稿件"_s, u"<p>推送</p>"_s);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.object().value(u"id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(m_store.cachedItem(id).value().has_value(), 10000);
        QCOMPARE(m_store.cachedItem(id).value()->value(u"title").toString(), u"推送入缓存的稿件"_s);

        const auto deleted = m_portal.http().request("DELETE", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), {},
                                          {{"Authorization", "Bearer " + m_token.toUtf8()},
                                           {"If-Match", created.headers.value("etag")}});
        QCOMPARE(deleted.status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store.cachedItem(id).value().has_value(), 10000);
        QVERIFY(changed.size() >= 2);
        QCOMPARE(changed.last().at(2).toBool(), true);
        stream.stop();
    }

    void filtersInMemory()
    {
        CachedItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CachedItemListModel::loaded);
        model.load(m_store.path(), m_siteId);
        QVERIFY(loaded.wait(10000));
        const int total = model.rowCount();

        // Typing narrows: each keystroke's rows are a subset of the previous ones, and all contain the text.
        QSignalSpy filtered(&model, &CachedItemListModel::filtered);
        QStringList typed{u"临"_s, u"临江"_s, u"临江市"_s};
        int previous = total;
        for (const QString &text : typed) {
            model.setTextFilter(text);
            QVERIFY(model.rowCount() <= previous);
            QVERIFY(model.rowCount() > 0);
            for (int r = 0; r < model.rowCount(); ++r) {
                const QModelIndex i = model.index(r, 0);
                QVERIFY(i.data(CachedItemListModel::TitleRole).toString().contains(text)
                        || i.data(CachedItemListModel::IndexNoRole).toString().contains(text));
            }
            previous = model.rowCount();
        }
        QCOMPARE(filtered.size(), 3);
        // Deleting characters widens again.
        model.setTextFilter(QString());
        QCOMPARE(model.rowCount(), total);

        // State and column filters.
        pd::store::ItemFilter drafts;
        drafts.states = {pd::domain::ItemState::Draft};
        model.setFilter(drafts);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(CachedItemListModel::StateCodeRole).toString(), u"draft"_s);
        model.setFilter({});
        model.setColumnFilter(m_columnId);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < total);

        // Sorting by title and back to newest first.
        model.setFilter({});
        model.sort(CachedItemListModel::TitleColumn, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(QString::compare(model.index(r - 1, 0).data().toString(), model.index(r, 0).data().toString()) <= 0);
        model.sort(CachedItemListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), total);
    }

    void catalogueCountsMatchTheCache()
    {
        DisclosureCatalogModel catalogue(m_client, &m_store);
        QAbstractItemModelTester tester(&catalogue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&catalogue, &DisclosureCatalogModel::loaded);
        catalogue.setSite(m_siteId);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(catalogue.rowCount(), 22); // the national top categories
        QVERIFY2(catalogue.totalCount() >= 300, qPrintable(QString::number(catalogue.totalCount())));
        QCOMPARE(catalogue.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"主题分类"_s);

        // The catalogue counts every disclosure item of the site: as many as the cache holds.
        CachedItemListModel items;
        QSignalSpy itemsLoaded(&items, &CachedItemListModel::loaded);
        items.load(m_store.path(), m_siteId);
        QVERIFY(itemsLoaded.wait(10000));
        pd::store::ItemFilter disclosure;
        disclosure.type = pd::domain::ItemType::Disclosure;
        items.setFilter(disclosure);
        QCOMPARE(catalogue.totalCount(), items.rowCount());
        int nonEmpty = 0;
        for (int r = 0; r < catalogue.rowCount(); ++r) {
            const QModelIndex top = catalogue.index(r, 0);
            int children = 0;
            for (int c = 0; c < catalogue.rowCount(top); ++c)
                children += catalogue.index(c, 0, top).data(DisclosureCatalogModel::CountRole).toInt();
            QVERIFY(children <= top.data(DisclosureCatalogModel::CountRole).toInt());
            QVERIFY(top.data(DisclosureCatalogModel::PublishedRole).toInt()
                    <= top.data(DisclosureCatalogModel::CountRole).toInt());
            QCOMPARE(catalogue.index(r, DisclosureCatalogModel::CountColumn).data().toInt(),
                     top.data(DisclosureCatalogModel::CountRole).toInt());
            nonEmpty += top.data(DisclosureCatalogModel::CountRole).toInt() > 0 ? 1 : 0;
        }
        QCOMPARE(nonEmpty, 22); // the demo files items under every top category
        const QModelIndex sub = catalogue.indexOfCode(catalogue.index(0, 0).data(DisclosureCatalogModel::CodeRole)
                                                          .toString() + u"01"_s);
        QVERIFY(sub.isValid());
        QCOMPARE(sub.parent(), catalogue.index(0, 0));

        // The answer was kept: a second model shows the tree before (and without) the server.
        m_portal.process().stop();
        DisclosureCatalogModel offline(m_client, &m_store);
        QSignalSpy failed(&offline, &DisclosureCatalogModel::loadFailed);
        offline.setSite(m_siteId);
        QCOMPARE(offline.rowCount(), 22);
        QCOMPARE(offline.totalCount(), catalogue.totalCount());
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.at(0).at(0).value<pd::Error>().message.contains(u"无法连接服务器"_s),
                 qPrintable(failed.at(0).at(0).value<pd::Error>().message));
        QCOMPARE(offline.rowCount(), 22);
    }

    void cleanupTestCase()
    {
        if (m_portal.process().isRunning())
            m_portal.process().stop();
    }
};

QTEST_GUILESS_MAIN(tst_ItemCache)
#include "tst_itemcache.moc"
