// The main window's page mechanism: navigation entries either filter the item list or show a page a service added.
#include "app/api/PortalClient.h"
#include "ui/mainwindow/MainWindow.h"
#include "app/models/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MainWindowPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInEntryGetsItsPage()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::MainWindow window(workspace);
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(navigation && pages);
        const int entries = navigation->count();

        auto *review = new QLabel(u"review page"_s);
        window.addPage(u"review"_s, u"ignored"_s, review);
        QCOMPARE(navigation->count(), entries); // the built-in entry got the page, no new entry
        QCOMPARE(window.page(u"review"_s), review);
        QVERIFY(window.page(u"news"_s) == nullptr);

        window.showPage(u"review"_s);
        QCOMPARE(pages->currentWidget(), review);
        window.showPage(u"news"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"itemPage"_s);
    }

    void unknownEntryIsAppended()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::MainWindow window(workspace);
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        const int entries = navigation->count();
        auto *live = new QLabel(u"live desk"_s);
        window.addPage(u"live"_s, u"直播"_s, live);
        QCOMPARE(navigation->count(), entries + 1);
        QCOMPARE(navigation->item(entries)->text(), u"直播"_s);
        navigation->setCurrentRow(entries);
        QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), live);
        QCOMPARE(live->parentWidget(), window.findChild<QStackedWidget *>(u"pages"_s));
    }

    void toolsMenuTakesContributedActions()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::MainWindow window(workspace);
        QMenu *tools = window.toolsMenu();
        QVERIFY(tools);
        // The main window's own 设置… is always there, so the menu never shows empty.
        QVERIFY(tools->menuAction()->isVisible());
        QVERIFY(window.findChild<QAction *>(u"settingsAction"_s));
        QAction *rules = tools->addAction(u"规则管理"_s);
        QVERIFY(tools->actions().contains(rules));
        QVERIFY(tools->menuAction()->isVisible());
    }
};

QTEST_MAIN(tst_MainWindowPages)
#include "tst_mainwindow_pages.moc"
