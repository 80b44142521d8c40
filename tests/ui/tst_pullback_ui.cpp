// Pulling published content back, driven through the real widgets against a real portald --demo: a publisher
// withdraws an item from the main list with a reason (refused in place without one) after the dialog named its
// public pages; the item is gone from its column page, the home page and a feature referencing it (over HTTP) and
// the list shows 已撤稿 with the reason. The same from an editor window and from the 信息公开 catalogue. Two items at once where one was
// changed by someone else meanwhile: the other is unpublished, the changed one is reported in Chinese and left as
// it was. An editor is not offered the actions at all. Screenshot: withdraw-dialog.png.
#include "tests/support/DemoWorkflow.h"
#include "tests/support/DeskApplication.h"
#include "tests/support/KeyTyping.h"
#include "tests/support/MainWindowDriver.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/editing/ItemListModel.h"
#include "app/models/Workspace.h"
#include "app/models/CachedItemListModel.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/items/PullBackDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PullBackUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    pd::test::DemoWorkflow::Accounts m_tokens;


    /// A news item written by the editor and taken through every review level to published.
    qint64 publishNews(qint64 columnId, const QString &title)
    {
        return m_portal.workflow().publishNews(columnId, title, u"撤稿测试用的新闻摘要。"_s);
    }

    /// Puts item `id` into the first section of the demo's first published feature and republishes the feature at
    /// once (the publisher's urgent path); the feature's public address, empty on any refusal.
    QString referenceFromAFeature(qint64 id)
    {
        const auto features = m_http.json("GET", m_portal.url(u"/api/v1/items?type=feature&state=published"_s), m_tokens.reviewer3);
        const QJsonArray list = features.json.object().value(u"items"_s).toArray();
        if (list.isEmpty())
            return {};
        const qint64 featureId = list.first().toObject().value(u"id"_s).toInteger();
        const auto current = m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(featureId)), m_tokens.editor);
        QJsonObject edited = current.json.object();
        QJsonObject feature = edited.value(u"feature"_s).toObject();
        QJsonArray sections = feature.value(u"sections"_s).toArray();
        if (sections.isEmpty())
            return {};
        QJsonObject first = sections.first().toObject();
        QJsonArray ids = first.value(u"itemIds"_s).toArray();
        ids.prepend(id);
        first.insert(u"itemIds"_s, ids);
        sections.replace(0, first);
        feature.insert(u"sections"_s, sections);
        edited.insert(u"feature"_s, feature);
        if (m_http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(featureId)), m_tokens.editor, QJsonDocument(edited),
                        {{"If-Match", current.headers.value("etag")}}).status != 200)
            return {};
        const auto saved = m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(featureId)), m_tokens.reviewer3);
        const QJsonObject urgent{{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, u"补充报道"_s}};
        if (m_http.json("POST", m_portal.url(u"/api/v1/items/%1/transitions"_s.arg(featureId)), m_tokens.reviewer3,
                        QJsonDocument(urgent), {{"If-Match", saved.headers.value("etag")}}).status != 200)
            return {};
        return u"/features/%1/"_s.arg(feature.value(u"slug"_s).toString());
    }

    QString stateOf(qint64 id)
    {
        return m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_tokens.editor).json.object().value(u"state"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(pd::test::DeskApplication::startDemo(u"tst_pullback_ui"_s, m_portal, m_tokens), m_portal.failure());
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void withdrawFromTheListWithAReason()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"要闻动态"_s);
        QVERIFY(column > 0);
        const QString title = u"撤稿验证：市政府召开第二季度经济形势分析会"_s;
        const qint64 id = publishNews(column, title);
        QVERIFY(id > 0);
        const QString link = u"/items/%1.html"_s.arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(u"/columns/%1/index.html"_s.arg(column)).contains(link), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(u"/index.html"_s).contains(link), 10000);
        const QString featureUrl = referenceFromAFeature(id);
        QVERIFY(!featureUrl.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(featureUrl).contains(link), 10000);

        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.open(m_portal, u"reviewer3"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        QVERIFY2(desk.selectByTitle(u"撤稿验证"_s, {title}), desk.failure());

        auto *withdraw = window.findChild<QAction *>(u"withdrawAction"_s);
        QVERIFY(withdraw);
        QTRY_VERIFY(withdraw->isEnabled());
        withdraw->trigger();
        auto *dialog = window.findChild<pd::ui::PullBackDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The pages it is on, before anything is confirmed: its column page and the home page among them.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->pageList()->findItems(u"要闻动态"_s, Qt::MatchContains).isEmpty(), 10000);
        QVERIFY(!dialog->pageList()->findItems(u"首页"_s, Qt::MatchContains).isEmpty());

        // No reason: refused in place, in Chinese, and nothing sent.
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(u"原因"_s), qPrintable(dialog->errorText()));
        QCOMPARE(stateOf(id), u"published"_s);

        const QString reason = u"数据有误，待核实后重发"_s;
        dialog->reasonEdit()->setFocus();
        pd::test::KeyTyping::type(dialog->reasonEdit(), reason);
        pd::test::PortaldFixture::screenshot(dialog, u"withdraw-dialog"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->resultList()->count(), 1, 10000);
        QVERIFY(dialog->resultList()->item(0)->text().contains(title));
        QCOMPARE(stateOf(id), u"withdrawn"_s);

        // The list shows the state and the reason; the public pages lost the item.
        const QString shown = desk.stateText(title);
        QVERIFY2(shown.contains(u"已撤稿"_s) && shown.contains(reason), qPrintable(shown));
        QTRY_VERIFY_WITH_TIMEOUT(!m_portal.page(u"/columns/%1/index.html"_s.arg(column)).contains(link), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_portal.page(u"/index.html"_s).contains(link), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_portal.page(featureUrl).contains(link), 10000);
        QCOMPARE(m_http.request("GET", m_portal.url(link)).status, 404);
        dialog->close();
    }

    void fromTheEditorWindow()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"要闻动态"_s);
        const QString title = u"编辑窗口取消发布验证：全市防汛工作会议召开"_s;
        const qint64 id = publishNews(column, title);
        QVERIFY(id > 0);
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.open(m_portal, u"reviewer3"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        pd::ui::ItemEditorWindow *editor = window.openItem(id);
        QVERIFY(editor);
        auto *unpublish = editor->findChild<QAction *>(u"unpublishAction"_s);
        auto *withdraw = editor->findChild<QAction *>(u"withdrawAction"_s);
        QVERIFY(unpublish && withdraw);
        QTRY_VERIFY_WITH_TIMEOUT(unpublish->isVisible(), 20000);
        QVERIFY(withdraw->isVisible());
        unpublish->trigger();
        auto *dialog = editor->findChild<pd::ui::PullBackDialog *>();
        QVERIFY(dialog);
        pd::test::KeyTyping::type(dialog->reasonEdit(), u"标题待核实"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"unpublished"_s, 10000);
        // Reloaded in its new state: no longer on the site, so nothing to unpublish; withdrawing still applies.
        QTRY_VERIFY_WITH_TIMEOUT(!unpublish->isVisible() && withdraw->isVisible(), 10000);
        QCOMPARE(editor->session().item().workflow.state, pd::domain::ItemState::Unpublished);
        dialog->close();
        editor->close();
    }

    void severalAtOnceReportEachItem()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"通知公告"_s);
        QVERIFY(column > 0);
        const QString first = u"批量下线验证：关于调整办公时间的通知"_s;
        const QString second = u"批量下线验证：关于开展安全检查的通知"_s;
        const qint64 a = publishNews(column, first);
        const qint64 b = publishNews(column, second);
        QVERIFY(a > 0 && b > 0);

        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.open(m_portal, u"reviewer3"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        QVERIFY2(desk.selectByTitle(u"批量下线验证"_s, {first, second}), desk.failure());

        auto *unpublish = window.findChild<QAction *>(u"unpublishAction"_s);
        QVERIFY(unpublish);
        QTRY_VERIFY(unpublish->isEnabled());
        pd::ui::PullBackDialog *dialog = window.pullBackSelected(pd::domain::WorkflowAction::Unpublish);
        QVERIFY(dialog);
        // Someone else withdraws the second one while the dialog is open.
        QVERIFY(!m_portal.workflow().transition(m_tokens.reviewer3, b, u"withdraw"_s, u"另一位签发人撤稿"_s).isEmpty());
        pd::test::KeyTyping::type(dialog->reasonEdit(), u"暂时下线核对"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->resultList()->count(), 2, 10000);

        QCOMPARE(stateOf(a), u"unpublished"_s);
        QCOMPARE(stateOf(b), u"withdrawn"_s); // left as the other publisher made it
        QStringList lines;
        for (int i = 0; i < dialog->resultList()->count(); ++i)
            lines.append(dialog->resultList()->item(i)->text());
        const QString refused = lines.filter(second).join(u'\n');
        QVERIFY2(refused.contains(u"刷新"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(desk.stateText(first).contains(u"暂时下线核对"_s), qPrintable(desk.stateText(first)));
        dialog->close();
    }

    void fromTheDisclosureCatalogue()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"reviewer3"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        pd::ui::CataloguePage *catalogue = desk.addCatalogue();
        QVERIFY2(catalogue, desk.failure());
        connect(catalogue, &pd::ui::CataloguePage::pullBackRequested, &window,
                [&window, catalogue](const QList<pd::domain::Item> &items, pd::domain::WorkflowAction a) {
                    window.pullBack(items, a, catalogue);
                });
        QVERIFY2(desk.show(), desk.failure());
        window.showPage(u"disclosure"_s);
        pd::models::CachedItemListModel *items = catalogue->itemModel();
        QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() > 0, 30000);
        int row = -1;
        for (int r = 0; r < items->rowCount() && row < 0; ++r)
            if (items->index(r, 0).data(pd::models::CachedItemListModel::StateCodeRole).toString() == u"published"_s)
                row = r;
        QVERIFY(row >= 0);
        const qint64 id = items->itemId(row);
        catalogue->itemView()->selectionModel()->select(items->index(row, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *withdraw = catalogue->itemView()->findChild<QAction *>(u"withdrawAction"_s);
        QVERIFY(withdraw);
        QTRY_VERIFY(withdraw->isEnabled());
        withdraw->trigger();
        auto *dialog = catalogue->findChild<pd::ui::PullBackDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->pageList()->findItems(u"信息公开目录"_s, Qt::MatchContains).isEmpty(), 10000);
        pd::test::KeyTyping::type(dialog->reasonEdit(), u"文件已被新文件取代"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->resultList()->count(), 1, 10000);
        QCOMPARE(stateOf(id), u"withdrawn"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.request("GET", m_portal.url(u"/items/%1.html"_s.arg(id))).status, 404, 10000);
        dialog->close();
    }

    void anEditorIsNotOfferedThem()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.open(m_portal, u"editor"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->rowCount() > 0, 10000);
        window.itemView()->selectAll();
        for (const auto *name : {"unpublishAction", "withdrawAction", "archiveAction"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY2(!action->isEnabled(), name);
        }
        QCOMPARE(window.pullBackSelected(pd::domain::WorkflowAction::Withdraw), nullptr);
    }
};

QTEST_MAIN(tst_PullBackUi)
#include "tst_pullback_ui.moc"
