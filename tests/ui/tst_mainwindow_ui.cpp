// The main window as a workstation, driven offscreen against a real portald (--demo): every control carries an
// accessible name, the status bar shows connection, outbox and account, the frequent actions have their keys,
// 视图 → 外观 switches light and dark live, the window comes back where it was left, and a warm start shows the
// cached column tree while the sign-in is still running.
#include "tests/support/DeskApplication.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/editing/ItemListModel.h"
#include "app/models/ColumnTreeModel.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/mainwindow/MainWindow.h"
#include "app/models/Workspace.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/SettingsDialog.h"
#include "app/store/AccountRegistry.h"
#include "app/store/LocalStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QClipboard>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

/// Every control a keyboard or screen-reader user can reach, below `root`, that has no accessible name.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        // Parts of a compound control are announced through it (a combo box's line edit and popup list, a line
        // edit's clear button, a table's corner button, the menu bar's overflow button, header sections, scroll
        // bars) and are not separate stops.
        if (qobject_cast<QHeaderView *>(w) || qobject_cast<QScrollBar *>(w))
            continue;
        bool part = false;
        for (QWidget *up = w->parentWidget(); up && up != root && !part; up = up->parentWidget())
            part = qobject_cast<QAbstractItemView *>(up) || qobject_cast<QLineEdit *>(up)
                   || qobject_cast<QComboBox *>(up) || qobject_cast<QAbstractSpinBox *>(up)
                   || qobject_cast<QMenuBar *>(up) || qobject_cast<QTabBar *>(up);
        if (part)
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)
                             || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTextEdit *>(w)
                             || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSlider *>(w)
                             || qobject_cast<QTabBar *>(w);
        if (!control)
            continue;
        if (w->accessibleName().trimmed().isEmpty())
            unnamed.append(u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                          w->objectName().isEmpty() ? u"(no object name)"_s : w->objectName()));
    }
    return unnamed;
}

} // namespace

class tst_MainWindowUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_mainwindow_ui"_s));
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void everyControlIsNamed()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace), m_portal.failure());
        pd::ui::Appearance appearance;
        pd::ui::MainWindow window(workspace);
        window.setAppearance(&appearance);
        window.setAccounts({{u"a"_s, u"editor@127.0.0.1"_s}, {u"b"_s, u"reviewer1@127.0.0.1"_s}}, u"a"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.itemModel()->rowCount() > 0);
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void statusBarShowsOutboxAndAccount()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace), m_portal.failure());
        QTemporaryDir dir;
        pd::store::LocalStore store;
        const auto opened = store.open(dir.filePath(u"account.sqlite"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));

        pd::ui::MainWindow window(workspace);
        window.setDraftStore(&store);
        window.setAccounts({{u"a"_s, u"editor@127.0.0.1"_s}, {u"b"_s, u"reviewer1@127.0.0.1"_s}}, u"a"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *outbox = window.findChild<QLabel *>(u"outboxLabel"_s);
        auto *connection = window.findChild<QLabel *>(u"connectionLabel"_s);
        auto *account = window.findChild<QToolButton *>(u"accountButton"_s);
        QVERIFY(outbox && connection && account);
        QVERIFY(outbox->isVisible());
        QCOMPARE(outbox->text(), u"发件箱：已全部发送"_s);
        QVERIFY2(connection->text().startsWith(u"已连接"_s), qPrintable(connection->text()));
        QCOMPARE(account->text(), u"editor@127.0.0.1"_s);

        // A change saved while offline waits in the outbox and is counted; once delivered the count goes.
        auto first = store.enqueue(u"item:1"_s, "PATCH", u"/api/v1/items/1"_s, {{u"title"_s, u"一"_s}}, u"\"1\""_s);
        auto second = store.enqueue(u"item:2"_s, "PATCH", u"/api/v1/items/2"_s, {{u"title"_s, u"二"_s}}, u"\"1\""_s);
        QVERIFY(first && second);
        QCOMPARE(outbox->text(), u"发件箱：2 项更改待发送"_s);
        QVERIFY(store.markSent(first->id, 200, {}));
        QCOMPARE(outbox->text(), u"发件箱：1 项更改待发送"_s);
        // The tooltip lists what waits.
        QVERIFY2(outbox->toolTip().contains(u"保存“二”"_s), qPrintable(outbox->toolTip()));
        QVERIFY(!outbox->toolTip().contains(u"“一”"_s));

        // The account switcher offers the other account and asks to switch to it; the current one is a no-op.
        QSignalSpy chosen(&window, &pd::ui::MainWindow::accountChosen);
        QMenu *menu = account->menu();
        QVERIFY(menu);
        auto *other = menu->findChild<QAction *>(u"account_1"_s);
        auto *current = menu->findChild<QAction *>(u"account_0"_s);
        QVERIFY(other && current);
        QVERIFY(current->isChecked());
        current->trigger();
        QCOMPARE(chosen.size(), 0);
        other->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), u"b"_s);
        QSignalSpy settings(&window, &pd::ui::MainWindow::settingsRequested);
        menu->findChild<QAction *>(u"manageAccountsAction"_s)->trigger();
        QCOMPARE(settings.size(), 1);
    }

    void keyboardShortcuts()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        window.addPage(u"live"_s, u"直播"_s, new QLabel(u"直播台"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto action = [&window](const QString &name) { return window.findChild<QAction *>(name); };
        QCOMPARE(action(u"newNewsAction"_s)->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action(u"refreshAction"_s)->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(action(u"findAction"_s)->shortcut(), QKeySequence(QKeySequence::Find));
        QVERIFY(!action(u"settingsAction"_s)->shortcut().isEmpty());
        QCOMPARE(action(u"switchAccountAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

        // Ctrl+F puts the cursor into the search field, from anywhere in the window.
        window.columnTree()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QLineEdit *>(u"searchEdit"_s)->hasFocus());

        // Ctrl+<n> selects the n-th navigation entry, pages added later included.
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(navigation->currentRow(), 3);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.page(u"live"_s)->isVisible(), true);

        // F5 reloads: the column tree is fetched again.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QSignalSpy reloaded(&workspace, &pd::models::Workspace::siteChanged);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY(reloaded.size() >= 1);
    }

    void toolbarAndRowMenu()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.itemModel()->rowCount() > 0);

        // 新建 is one click away: a news item, the arrow offering the other kinds.
        auto *toolbar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolbar && toolbar->isVisible());
        auto *newButton = toolbar->findChild<QToolButton *>(u"newButton"_s);
        QVERIFY(newButton && newButton->isVisible());
        QCOMPARE(newButton->text(), u"新建"_s);
        QVERIFY(newButton->menu()->actions().contains(window.findChild<QAction *>(u"newDisclosureAction"_s)));
        QCOMPARE(newButton->menu()->actions().constFirst()->objectName(), u"newNewsAction"_s);
        QSignalSpy newNews(window.findChild<QAction *>(u"newNewsAction"_s), &QAction::triggered);
        newButton->click();
        QCOMPARE(newNews.size(), 1);
        auto *editor = window.findChild<pd::ui::ItemEditorWindow *>();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->session().item().type, pd::domain::ItemType::News);
        QVERIFY(editor->close());

        // The rows' context menu: open, preview, submit, the pull-backs, copy the public link.
        QTableView *view = window.itemView();
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList names;
        for (QAction *a : view->actions())
            if (!a->isSeparator())
                names.append(a->objectName());
        // In this order (other screens may add theirs in between).
        const QStringList wanted{u"openItemAction"_s,   u"previewItemAction"_s, u"submitItemAction"_s,
                                 u"unpublishAction"_s,  u"withdrawAction"_s,    u"archiveAction"_s,
                                 u"copyLinkAction"_s};
        qsizetype at = -1;
        for (const QString &name : wanted) {
            const qsizetype next = names.indexOf(name);
            QVERIFY2(next > at, qPrintable(names.join(u", "_s)));
            at = next;
        }
        for (QAction *a : view->actions())
            QVERIFY2(a->isSeparator() || !a->text().isEmpty(), qPrintable(a->objectName()));
        const auto rowIn = [&window](const QString &state) {
            for (int r = 0; r < window.itemModel()->rowCount(); ++r)
                if (window.itemModel()->index(r, 0).data(pd::editing::ItemListModel::StateCodeRole).toString() == state)
                    return r;
            return -1;
        };
        const auto select = [&window, view](int sourceRow) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
            view->selectionModel()->setCurrentIndex(proxy->mapFromSource(window.itemModel()->index(sourceRow, 0)),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        };
        const auto action = [&window](const QString &name) { return window.findChild<QAction *>(name); };
        const int published = rowIn(u"published"_s);
        QVERIFY(published >= 0);
        select(published);
        QVERIFY(action(u"openItemAction"_s)->isEnabled());
        QVERIFY(!action(u"submitItemAction"_s)->isEnabled());
        QVERIFY(action(u"copyLinkAction"_s)->isEnabled());
        action(u"copyLinkAction"_s)->trigger();
        const qint64 id = window.itemModel()->itemAt(published).id;
        QVERIFY2(QApplication::clipboard()->text().endsWith(u"/items/%1.html"_s.arg(id)),
                 qPrintable(QApplication::clipboard()->text()));
        QVERIFY(QUrl(QApplication::clipboard()->text()).isValid());
        if (const int draft = rowIn(u"draft"_s); draft >= 0) {
            select(draft);
            QVERIFY(action(u"submitItemAction"_s)->isEnabled());
            QVERIFY(!action(u"copyLinkAction"_s)->isEnabled());
        }
    }

    void narrowScreenCutsNothing()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        window.setAccounts({{u"a"_s, u"editor@portal.government-services.example.gov.cn:8443"_s}}, u"a"_s);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.itemModel()->rowCount() > 0);
        QCOMPARE(window.width(), 1366);

        // Every column name whole at its depth, no sideways scrolling.
        QTreeView *tree = window.columnTree();
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        const QFontMetrics metrics = tree->fontMetrics();
        const int nameWidth = tree->header()->sectionSize(0);
        std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
            for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                const QModelIndex index = tree->model()->index(r, 0, parent);
                const int needed = metrics.horizontalAdvance(index.data().toString()) + tree->indentation() * (depth + 1) + 8;
                QVERIFY2(needed <= nameWidth, qPrintable(u"%1 needs %2 of %3"_s.arg(index.data().toString())
                                                             .arg(needed).arg(nameWidth)));
                walk(index, depth + 1);
            }
        };
        walk({}, 0);
        QVERIFY(!tree->horizontalScrollBar()->isVisible());

        // A page of its own gets the column tree's width: the navigation alone stays on the left.
        window.addPage(u"live"_s, u"直播"_s, new QLabel(u"直播台"_s));
        window.showPage(u"live"_s);
        QVERIFY(!tree->isVisible());
        QTRY_VERIFY2(window.page(u"live"_s)->width() >= window.width() - 12 * metrics.horizontalAdvance(u"审"_s),
                 qPrintable(QString::number(window.page(u"live"_s)->width())));
        window.showPage(u"news"_s);
        QVERIFY(tree->isVisible());

        // The status bar: each part at least as wide as its text needs, inside the window, with room to spare for
        // a site switcher.
        int needed = 0;
        for (QWidget *w : window.statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            needed += w->isVisible() ? w->sizeHint().width() + 8 : 0;
        QVERIFY2(needed + 200 <= window.width(), qPrintable(QString::number(needed)));
        // A long account name is shortened there (the tooltip has it whole).
        auto *account = window.findChild<QToolButton *>(u"accountButton"_s);
        QVERIFY2(account->sizeHint().width() <= 20 * account->fontMetrics().horizontalAdvance(u"审"_s),
                 qPrintable(account->text()));
        QVERIFY(account->toolTip().contains(u"editor@portal.government-services.example.gov.cn:8443"_s));
        for (QWidget *w : window.statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!w->isVisible() || w->sizeHint().width() <= 0)
                continue;
            const QString what = u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            QVERIFY2(w->width() >= w->sizeHint().width(),
                     qPrintable(u"%1: %2 < %3"_s.arg(what).arg(w->width()).arg(w->sizeHint().width())));
            QVERIFY2(w->geometry().right() <= window.statusBar()->width(), qPrintable(what));
        }
    }

    void showColumnNarrowsTheNewsList()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qint64 column = 0;
        for (const pd::domain::Column &c : workspace.columnModel()->columns())
            if (c.name == u"要闻动态")
                column = c.id;
        QVERIFY(column > 0);
        window.showPage(u"workbench"_s);

        // From another page (the workbench asks for it): the news list, narrowed to the column, which the tree
        // shows selected.
        QVERIFY(window.showColumn(column));
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(navigation->currentItem()->text(), window.tr("News"));
        QCOMPARE(window.columnTree()->currentIndex().data(pd::models::ColumnTreeModel::ColumnIdRole).toLongLong(),
                 column);
        QCOMPARE(window.itemModel()->filter().columnId, column);
        QCOMPARE(window.itemModel()->filter().type, u"news"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->rowCount() > 0, 10000);

        // Asked again, it stays on the column (a second click on the tree would let go of it).
        QVERIFY(window.showColumn(column));
        QCOMPARE(window.itemModel()->filter().columnId, column);

        // A column the site does not have changes nothing.
        QVERIFY(!window.showColumn(987654));
        QCOMPARE(window.itemModel()->filter().columnId, column);
    }

    void lazyPageIsBuiltWhenFirstShown()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::MainWindow window(workspace);
        int built = 0;
        window.addLazyPage(u"review"_s, u"审核"_s, [&built]() -> QWidget * {
            ++built;
            return new QLabel(u"审核台"_s);
        });
        window.addLazyPage(u"extra"_s, u"附加"_s, [&built]() -> QWidget * {
            ++built;
            return new QLabel(u"附加页"_s);
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(built, 0);
        window.showPage(u"review"_s);
        QCOMPARE(built, 1);
        auto *review = qobject_cast<QLabel *>(window.page(u"review"_s));
        QVERIFY(review && review->isVisible());
        QCOMPARE(review->text(), u"审核台"_s);
        // Asking for a page builds it too, once.
        QVERIFY(window.page(u"extra"_s));
        QCOMPARE(built, 2);
        window.showPage(u"extra"_s);
        window.showPage(u"review"_s);
        QCOMPARE(built, 2);
        QVERIFY(window.findChild<QAction *>(u"go_extra"_s));
    }

    void appearanceSwitchesLive()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::Appearance appearance;
        appearance.apply();
        const bool systemDark = pd::ui::Appearance::isDark();
        pd::ui::MainWindow window(workspace);
        window.setAppearance(&appearance);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dark = window.findChild<QAction *>(u"appearance_dark"_s);
        auto *light = window.findChild<QAction *>(u"appearance_light"_s);
        auto *system = window.findChild<QAction *>(u"appearance_system"_s);
        QVERIFY(dark && light && system);
        QCOMPARE(dark->text(), u"深色"_s);

        dark->trigger();
        QVERIFY(pd::ui::Appearance::isDark());
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(dark->isChecked());
        QCOMPARE(QSettings().value(u"ui/colorScheme"_s).toString(), u"dark"_s);
        light->trigger();
        QVERIFY(!pd::ui::Appearance::isDark());
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() > 150);
        system->trigger();
        QCOMPARE(pd::ui::Appearance::isDark(), systemDark);
        QVERIFY(system->isChecked());
        // Remembered for the next start.
        QCOMPARE(pd::ui::Appearance().scheme(), pd::ui::Appearance::Scheme::System);
    }

    void settingsDialogEditsAccounts()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace), m_portal.failure());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        pd::store::AccountRegistry registry(settings);
        pd::store::Account editor;
        editor.server = m_portal.baseUrl();
        editor.user = u"editor"_s;
        const auto added = registry.add(editor);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        pd::ui::Appearance appearance;
        pd::ui::SettingsDialog dialog(registry, appearance, added->id(), workspace.sites());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        auto *list = dialog.findChild<QListWidget *>(u"accountList"_s);
        auto *server = dialog.findChild<QLineEdit *>(u"accountServerEdit"_s);
        auto *user = dialog.findChild<QLineEdit *>(u"accountUserEdit"_s);
        auto *ca = dialog.findChild<QLineEdit *>(u"accountCaEdit"_s);
        auto *site = dialog.findChild<QComboBox *>(u"accountSiteCombo"_s);
        auto *save = dialog.findChild<QPushButton *>(u"saveAccountButton"_s);
        auto *remove = dialog.findChild<QPushButton *>(u"removeAccountButton"_s);
        auto *add = dialog.findChild<QPushButton *>(u"newAccountButton"_s);
        QVERIFY(list && server && user && ca && site && save && remove && add);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"已登录"_s), qPrintable(list->item(0)->text()));
        QCOMPARE(server->text(), m_portal.baseUrl().toString());
        // The account in use cannot be removed from under the window.
        QVERIFY(!remove->isEnabled());
        // Its sites are offered by name.
        QVERIFY(site->findText(workspace.sites().constFirst().name) >= 0);

        // A second account on the same server; a CA file that does not exist is refused with the reason.
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(server->text().isEmpty());
        server->setText(m_portal.baseUrl().toString());
        user->setText(u"reviewer1"_s);
        ca->setText(dir.filePath(u"missing.pem"_s));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(registry.accounts().size(), 1);
        ca->clear();
        site->setCurrentIndex(site->findText(workspace.sites().constFirst().name));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(registry.accounts().size(), 2);
        QCOMPARE(registry.accounts().at(1).user, u"reviewer1"_s);
        QCOMPARE(registry.accounts().at(1).siteId, workspace.sites().constFirst().id);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(registry.accounts().size(), 1);

        // The appearance page switches at once.
        dialog.showPage(1);
        auto *dark = dialog.findChild<QRadioButton *>(u"scheme_dark"_s);
        auto *system = dialog.findChild<QRadioButton *>(u"scheme_system"_s);
        QVERIFY(dark && system);
        dark->click();
        QCOMPARE(appearance.scheme(), pd::ui::Appearance::Scheme::Dark);
        QVERIFY(pd::ui::Appearance::isDark());
        system->click();
        QCOMPARE(appearance.scheme(), pd::ui::Appearance::Scheme::System);
    }

    void windowStateIsRestored()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QSize size;
        {
            pd::ui::MainWindow window(workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(713, 511);
            QTRY_COMPARE(window.size(), QSize(713, 511));
            size = window.size();
            window.close();
        }
        pd::ui::MainWindow again(workspace);
        QCOMPARE(again.size(), size);
    }

    void warmStartShowsTheCacheWhileSigningIn()
    {
        // What a previous run cached: the user's sites and the column tree of one of them.
        pd::api::PortalClient client;
        pd::models::Workspace online(client);
        QVERIFY2(m_portal.signIn(online), m_portal.failure());
        const QList<pd::domain::Site> sites = online.sites();
        const QList<pd::domain::Column> columns = online.columnModel()->columns();
        QVERIFY(!columns.isEmpty());

        pd::api::PortalClient client2;
        pd::models::Workspace workspace(client2);
        pd::ui::MainWindow window(workspace);
        QSignalSpy signedIn(&workspace, &pd::models::Workspace::signedIn);
        workspace.signIn(m_portal.baseUrl().toString(), u"editor"_s, u"portaldesk-demo"_s);
        workspace.showCached(sites, columns);
        QCOMPARE(workspace.state(), pd::models::Workspace::State::SigningIn);
        QCOMPARE(window.columnTree()->model()->rowCount(), online.columnModel()->rowCount());
        QVERIFY(window.windowTitle().endsWith(sites.constFirst().name));
        // Items come once the sign-in is through.
        QCOMPARE(window.itemModel()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QTRY_VERIFY(window.itemModel()->rowCount() > 0);
    }
};

QTEST_MAIN(tst_MainWindowUi)
#include "tst_mainwindow_ui.moc"
