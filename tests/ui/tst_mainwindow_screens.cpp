// The desk's screens against a real portald --demo in zh_CN, saved into $PD_SCREENSHOT_DIR for the user guide:
// login, the news list, the workbench list, the 信息公开 catalogue, the accounts settings and dark mode. Along the
// way the catalogue browser is checked: the 主题分类 tree with counts, the cached disclosure items, filtering by
// category and by text, and Enter asking for the item to be opened.
#include "tests/support/DeskApplication.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/dialogs/LoginDialog.h"
#include "app/editing/ItemListModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/DisclosureCatalogModel.h"
#include "app/models/Workspace.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/SettingsDialog.h"
#include "app/store/AccountRegistry.h"
#include "app/store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class tst_MainWindowScreens : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_mainwindow_screens"_s));
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void login()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::LoginDialog dialog(workspace);
        dialog.setServerAddress(m_portal.baseUrl().toString());
        dialog.setUsername(u"editor"_s);
        dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"portaldesk-demo"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"login"_s));
    }

    void desk()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QSignalSpy signedIn(&workspace, &pd::models::Workspace::signedIn);
        workspace.signIn(m_portal.baseUrl().toString(), u"editor"_s, u"portaldesk-demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        pd::store::LocalStore store;
        const auto opened = store.open(m_dir.filePath(u"editor.sqlite"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));

        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        pd::store::AccountRegistry registry(settings);
        pd::store::Account editor;
        editor.server = m_portal.baseUrl();
        editor.user = u"editor"_s;
        editor.label = u"市政府门户（编辑）"_s;
        pd::store::Account reviewer = editor;
        reviewer.user = u"reviewer1"_s;
        reviewer.label = u"市政府门户（初审）"_s;
        QVERIFY(registry.add(editor));
        QVERIFY(registry.add(reviewer));

        pd::ui::Appearance appearance;
        pd::ui::MainWindow window(workspace);
        // Before any event loop runs: the window starts loading its list as it is made (the workspace is online),
        // and that load may finish while the window is being exposed.
        QSignalSpy listed(window.itemModel(), &pd::editing::ItemListModel::loaded);
        window.setDraftStore(&store);
        window.setAppearance(&appearance);
        QList<std::pair<QString, QString>> accounts;
        for (const pd::store::Account &a : registry.accounts())
            accounts.append({a.id(), a.displayName()});
        window.setAccounts(accounts, registry.currentId());
        auto *catalogue = new pd::ui::CataloguePage(workspace, store);
        window.addPage(u"disclosure"_s, u"信息公开"_s, catalogue);
        QSignalSpy openRequested(catalogue, &pd::ui::CataloguePage::openItemRequested);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 新闻: the site's news, newest first.
        window.showPage(u"news"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && window.itemModel()->rowCount() > 5, 10000);
        for (int row = 0; row < window.itemModel()->rowCount(); ++row)
            QCOMPARE(window.itemModel()->index(row, 0).data(pd::editing::ItemListModel::TypeCodeRole).toString(),
                     u"news"_s);
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"mainwindow-news"_s));

        // 工作台 as a list: the editor's own items, of every type.
        listed.clear();
        window.showPage(u"workbench"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && window.itemModel()->rowCount() > 0, 10000);
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"mainwindow-workbench-list"_s));

        // 信息公开: the catalogue comes from the local cache, filled from the server the first time it is shown.
        window.showPage(u"disclosure"_s);
        QVERIFY(catalogue->isVisible());
        pd::models::CachedItemListModel *items = catalogue->itemModel();
        pd::models::DisclosureCatalogModel *tree = catalogue->catalogModel();
        QAbstractItemModelTester itemsTester(items);
        QAbstractItemModelTester treeTester(tree);
        QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() >= 300, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() > 0, 10000);
        // Only disclosure items are listed, and as many as the catalogue counts.
        const int all = items->rowCount();
        QVERIFY(all < items->totalCount());
        QCOMPARE(tree->totalCount(), all);
        // The first category with items narrows the list to exactly its count.
        QModelIndex category;
        for (int r = 0; r < tree->rowCount() && !category.isValid(); ++r)
            if (tree->index(r, 0).data(pd::models::DisclosureCatalogModel::CountRole).toInt() > 0)
                category = tree->index(r, 0);
        QVERIFY(category.isValid());
        const int inCategory = category.data(pd::models::DisclosureCatalogModel::CountRole).toInt();
        catalogue->categoryTree()->setCurrentIndex(category);
        QCOMPARE(items->rowCount(), inCategory);
        QVERIFY(!category.data().toString().isEmpty());
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"catalogue"_s));

        // Text narrows further; clearing it brings the category's items back.
        const QString title = items->index(0, pd::models::CachedItemListModel::TitleColumn).data().toString();
        QVERIFY(!title.isEmpty());
        // (typed as the input method commits it: the whole phrase at once)
        catalogue->searchEdit()->insert(title.left(6));
        QVERIFY(items->rowCount() >= 1 && items->rowCount() <= inCategory);
        catalogue->searchEdit()->clear();
        QCOMPARE(items->rowCount(), inCategory);

        // Enter on an item asks for its editor.
        QTableView *view = catalogue->itemView();
        view->setFocus();
        view->setCurrentIndex(items->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(openRequested.size(), 1);
        QCOMPARE(openRequested.constFirst().constFirst().toLongLong(), items->itemId(0));

        // 设置 → 账户.
        pd::ui::SettingsDialog dialog(registry, appearance, registry.currentId(), workspace.sites(), &window);
        dialog.resize(760, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"settings-accounts"_s));
        dialog.close();

        // 视图 → 外观 → 深色, on the news list.
        listed.clear();
        window.showPage(u"news"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && window.itemModel()->rowCount() > 5, 10000);
        appearance.setScheme(pd::ui::Appearance::Scheme::Dark);
        QVERIFY(pd::ui::Appearance::isDark());
        QTRY_VERIFY(window.itemView()->palette().color(QPalette::Base).lightness() < 100);
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"dark-mode"_s));
        appearance.setScheme(pd::ui::Appearance::Scheme::System);
    }
};

QTEST_MAIN(tst_MainWindowScreens)
#include "tst_mainwindow_screens.moc"
