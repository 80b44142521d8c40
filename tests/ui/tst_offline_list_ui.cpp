// The main window's item list while the portal is unreachable, against a real portald --demo that is stopped: the
// list goes on showing the items this computer kept (filtered as asked: another navigation entry, a search) and an
// item opened here before opens again from its local copy; the same when the application starts without the portal,
// when the 信息公开 catalogue lists the documents kept here too.
// Screenshot: main-list-offline.png.
#include "tests/support/DeskApplication.h"
#include "tests/support/MainWindowDriver.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/Screenshot.h"
#include "app/api/PortalClient.h"
#include "app/editing/DocumentSession.h"
#include "app/editing/ItemListModel.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_OfflineListUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    QTemporaryDir m_dir; ///< the account's local store, kept from one test to the next as on a desk
    qint64 m_news = 0, m_document = 0;
    QString m_title;

    QString storePath() const { return m_dir.filePath(u"account.sqlite"_s); }

    /// Whether every row of the list is of `type` (and there is at least one).
    static bool allOfType(pd::ui::MainWindow &window, const QString &type)
    {
        QAbstractItemModel *model = window.itemView()->model();
        if (model->rowCount() == 0)
            return false;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(pd::editing::ItemListModel::TypeCodeRole).toString() != type)
                return false;
        return true;
    }

    static int rowOf(const pd::ui::MainWindow &window, qint64 id) { return pd::test::MainWindowDriver::rowOf(window, id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_offline_list_ui"_s));
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void theListShowsAndOpensCachedItems()
    {
        pd::store::LocalStore store;
        QVERIFY(store.open(storePath()));
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"editor"_s), desk.failure());
        pd::models::Workspace &workspace = desk.workspace();
        pd::ui::MainWindow &window = desk.window();
        window.setDraftStore(&store);
        QVERIFY2(desk.show(), desk.failure());
        pd::editing::ItemListModel *model = window.itemModel();
        // What the application keeps at each sign-in, for the next start.
        QVERIFY(store.cacheSites(workspace.sites()));
        QVERIFY(store.cacheColumns(workspace.site().id, workspace.columnModel()->columns()));

        // Online: the news list, then the disclosure list; one document is opened (its full copy kept here).
        window.showPage(u"news"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && allOfType(window, u"news"_s), 15000);
        const qint64 news = window.itemView()->model()->index(0, 0).data(pd::editing::ItemListModel::ItemIdRole).toLongLong();
        window.showPage(u"disclosure"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && allOfType(window, u"disclosure"_s), 15000);
        QVERIFY(!model->isFromCache());
        const QModelIndex first = window.itemView()->model()->index(0, pd::editing::ItemListModel::TitleSection);
        const qint64 document = first.data(pd::editing::ItemListModel::ItemIdRole).toLongLong();
        const QString title = first.data().toString();
        {
            pd::ui::ItemEditorWindow *editor = window.openItem(document);
            QTRY_COMPARE_WITH_TIMEOUT(editor->session().item().title, title, 20000);
            QVERIFY(!editor->session().isFromCache());
            QPointer<pd::ui::ItemEditorWindow> closing(editor);
            editor->close();
            QTRY_VERIFY(closing.isNull()); // deleted on close: the next open starts a new window
        }

        // The portal goes away.
        workspace.setHeartbeatInterval(std::chrono::milliseconds(200));
        QVERIFY(m_portal.process().stop());
        QTRY_COMPARE_WITH_TIMEOUT(workspace.state(), pd::models::Workspace::State::Offline, 10000);

        // Another entry: its items come from this computer, not the rows the list had.
        window.showPage(u"news"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->isFromCache() && allOfType(window, u"news"_s), 15000);
        QVERIFY(rowOf(window, news) >= 0);
        pd::test::Screenshot::grab(&window, u"main-list-offline"_s);
        window.showPage(u"disclosure"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->isFromCache() && allOfType(window, u"disclosure"_s), 15000);
        QVERIFY(rowOf(window, document) >= 0);
        // A search narrows the kept items too.
        auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
        search->setText(title);
        QTest::keyClick(search, Qt::Key_Return);
        const auto onlyMatches = [&window, &title] {
            QAbstractItemModel *rows = window.itemView()->model();
            for (int row = 0; row < rows->rowCount(); ++row)
                if (!rows->index(row, 0).data().toString().contains(title))
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(model->isFromCache() && onlyMatches() && rowOf(window, document) >= 0, 15000);

        // Opened from the list, the document comes from its local copy.
        window.itemView()->setCurrentIndex(window.itemView()->model()->index(rowOf(window, document), 0));
        QTest::keyClick(window.itemView(), Qt::Key_Return);
        pd::ui::ItemEditorWindow *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window.findChild<pd::ui::ItemEditorWindow *>()) != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->session().isFromCache(), 20000);
        QCOMPARE(editor->session().item().id, document);
        QCOMPARE(editor->session().item().title, title);
        editor->close();
        m_news = news;
        m_document = document;
        m_title = title;
    }

    void aStartWithoutThePortalListsTheCache()
    {
        // The next morning the portal cannot be reached: the window opens from the cache, as the application does
        // it (sign-in under way, cached sites and columns shown, then the store), and the list shows the kept items.
        QVERIFY(m_news > 0 && m_document > 0);
        QVERIFY(!m_portal.process().isRunning());
        pd::store::LocalStore store;
        QVERIFY(store.open(storePath()));
        const auto sites = store.cachedSites();
        QVERIFY(sites && !sites->isEmpty());
        const auto columns = store.cachedColumns(sites->constFirst().id);
        QVERIFY(columns && !columns->isEmpty());
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::MainWindow window(workspace);
        QSignalSpy failed(&workspace, &pd::models::Workspace::signInFailed);
        workspace.signIn(m_portal.baseUrl().toString(), u"editor"_s, pd::test::PortaldFixture::password());
        workspace.showCached(*sites, *columns);
        window.setDraftStore(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pd::editing::ItemListModel *model = window.itemModel();
        window.showPage(u"news"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->isFromCache() && rowOf(window, m_news) >= 0, 15000);
        QVERIFY(allOfType(window, u"news"_s));
        // The sign-in fails for want of the portal; the list stays and follows the navigation.
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY(rowOf(window, m_news) >= 0);
        window.showPage(u"disclosure"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->isFromCache() && allOfType(window, u"disclosure"_s)
                                     && rowOf(window, m_document) >= 0,
                                 15000);
        pd::ui::ItemEditorWindow *editor = window.openItem(m_document);
        QTRY_VERIFY_WITH_TIMEOUT(editor->session().isFromCache(), 20000);
        QCOMPARE(editor->session().item().title, m_title);
        editor->close();
    }

    void theCatalogueShowsItsCacheWithoutThePortal()
    {
        // The 信息公开 catalogue of the same start from the cache lists the documents kept here.
        QVERIFY(m_document > 0);
        pd::store::LocalStore store;
        QVERIFY(store.open(storePath()));
        const auto sites = store.cachedSites();
        QVERIFY(sites && !sites->isEmpty());
        const auto columns = store.cachedColumns(sites->constFirst().id);
        QVERIFY(columns);
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::MainWindow window(workspace);
        auto *catalogue = new pd::ui::CataloguePage(workspace, store);
        window.addPage(u"disclosure"_s, u"信息公开"_s, catalogue);
        workspace.signIn(m_portal.baseUrl().toString(), u"editor"_s, pd::test::PortaldFixture::password());
        workspace.showCached(*sites, *columns);
        window.setDraftStore(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"disclosure"_s);
        pd::models::CachedItemListModel *items = catalogue->itemModel();
        const auto listed = [items, this] {
            for (int r = 0; r < items->rowCount(); ++r)
                if (items->itemId(r) == m_document)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 15000);
    }
};

QTEST_MAIN(tst_OfflineListUi)
#include "tst_offline_list_ui.moc"
