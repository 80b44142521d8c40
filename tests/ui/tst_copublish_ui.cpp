// Co-publishing (站群) through the real widgets against a real portald --demo with a department site added by its
// administrator: the department's editor opens a published item, chooses 其他站点…, sees the portal offered as a
// 报送 with its news columns (and nothing else of the group), ticks a column and sends it; the placement shows as
// 待审, the portal reviewer's queue names the department as its source, and withdrawing it from the dialog shows 已撤.
// Screenshot: copublish.png.
#include "tests/support/DeskApplication.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/Screenshot.h"
#include "app/api/PortalClient.h"
#include "app/editing/CoPublishing.h"
#include "app/models/ReviewQueueModel.h"
#include "app/models/Workspace.h"
#include "ui/editor/CoPublishDialog.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
const auto kPassword = pd::test::PortaldFixture::password();
const auto kOwnPassword = u"copublish-own-password"_s;
} // namespace

class tst_CoPublishUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portald;
    pd::test::HttpProbe m_http;
    const QString m_editor = u"jy-editor"_s;
    const QString m_chief = u"jy-chief"_s;
    qint64 m_portal = 0;
    qint64 m_department = 0;
    qint64 m_departmentNews = 0;
    qint64 m_item = 0;

    QUrl url(const QString &path) const { return m_portald.baseUrl().resolved(QUrl(path)); }
    /// An account the administrator creates, signed in once with its own password for the fixture's calls.
    bool account(const QString &username, const QString &name, const QJsonArray &roles)
    {
        const auto created = m_portald.call(u"admin"_s, "POST", u"/api/v1/users"_s,
                                  QJsonObject{{u"username"_s, username}, {u"displayName"_s, name}, {u"roles"_s, roles}});
        const QString oneTime = created.json.object().value(u"oneTimePassword").toString();
        m_portald.adopt(username, m_http.login(m_portald.baseUrl(), username, oneTime));
        m_portald.call(username, "POST", u"/api/v1/me/password"_s,
             QJsonObject{{u"currentPassword"_s, oneTime}, {u"newPassword"_s, kOwnPassword}});
        m_portald.adopt(username, m_http.login(m_portald.baseUrl(), username, kOwnPassword));
        return !m_portald.token(username).isEmpty();
    }
    bool act(const QString &user, qint64 id, const QString &action)
    {
        const auto current = m_portald.call(user, "GET", u"/api/v1/items/%1"_s.arg(id));
        return m_portald.call(user, "POST", u"/api/v1/items/%1/transitions"_s.arg(id), QJsonObject{{u"action"_s, action}},
                    {{"If-Match", current.headers.value("etag")}})
                   .status
               == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_copublish_ui"_s));
        QVERIFY2(m_portald.start(), m_portald.failure());
        QVERIFY(!m_portald.token(u"admin"_s).isEmpty());
        m_portal = m_portald.call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array().first().toObject().value(u"id").toInteger();
        // 临江市教育局 belongs to the portal and reviews at one level; 临江市水务局 is another member of the group.
        const auto site = [&](const QString &name, const QString &code) {
            return m_portald.call(u"admin"_s, "POST", u"/api/v1/sites"_s,
                        QJsonObject{{u"name"_s, name}, {u"siteCode"_s, code}, {u"orgCode"_s, u"11321700014538266M"_s},
                                    {u"parentSite"_s, m_portal}, {u"reviewLevels"_s, 1}})
                .json.object().value(u"id").toInteger();
        };
        m_department = site(u"临江市教育局"_s, u"3217000301"_s);
        QVERIFY(m_department > 0 && site(u"临江市水务局"_s, u"3217000302"_s) > 0);
        m_departmentNews = m_portald.call(u"admin"_s, "POST", u"/api/v1/sites/%1/columns"_s.arg(m_department),
                                QJsonObject{{u"name"_s, u"教育动态"_s}, {u"kind"_s, u"news"_s}})
                               .json.object().value(u"id").toInteger();
        QVERIFY(m_departmentNews > 0);
        QVERIFY(account(m_editor, u"钱晓燕"_s,
                        QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_department}}}));
        QVERIFY(account(m_chief, u"冯国强"_s,
                        QJsonArray{QJsonObject{{u"role"_s, u"reviewer"_s}, {u"site"_s, m_department}, {u"level"_s, 1}},
                                   QJsonObject{{u"role"_s, u"publisher"_s}, {u"site"_s, m_department}}}));
        const auto created = m_portald.call(m_editor, "POST", u"/api/v1/items"_s,
                                  QJsonObject{{u"site"_s, m_department}, {u"type"_s, u"news"_s},
                                              {u"columns"_s, QJsonArray{m_departmentNews}},
                                              {u"title"_s, u"市教育局部署秋季学期校园安全工作"_s},
                                              {u"summary"_s, u"全市中小学开展开学安全大检查。"_s},
                                              {u"bodyHtml"_s, u"<p>全市中小学开展开学安全大检查。</p>"_s}});
        m_item = created.json.object().value(u"id").toInteger();
        QVERIFY(m_item > 0);
        QVERIFY(act(m_editor, m_item, u"submit"_s) && act(m_chief, m_item, u"approve"_s)
                && act(m_chief, m_item, u"publish"_s));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portald.stop(), m_portald.failure());
    }

    void editorChoosesTargetsAndSeesWhereTheItemIs()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QSignalSpy signedIn(&workspace, &pd::models::Workspace::signedIn);
        workspace.signIn(m_portald.baseUrl().toString(), u"jy-editor"_s, kOwnPassword);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        pd::ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pd::ui::ItemEditorWindow *editor = window.openItem(m_item);
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->session().item().id == m_item
                                     && editor->session().status() == pd::editing::DocumentSession::Status::Clean,
                                 20000);
        auto *action = editor->findChild<QAction *>(u"coPublishAction"_s);
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());

        pd::ui::CoPublishDialog *dialog = editor->showCoPublishing();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        pd::editing::CoPublishing &co = dialog->coPublishing();
        QAbstractItemModelTester targetsTester(&co.targets(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester placementsTester(&co.placements(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Only the portal is offered: as a 报送, with its news-like columns; the other department is not.
        QTreeView *tree = dialog->targetView();
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 1, 20000);
        const QModelIndex portal = tree->model()->index(0, 0);
        QCOMPARE(portal.data(pd::editing::PlacementTargetModel::SiteIdRole).toLongLong(), m_portal);
        QVERIFY(portal.data(pd::editing::PlacementTargetModel::SubmissionRole).toBool());
        QVERIFY2(portal.data().toString().contains(u"报送"_s), qPrintable(portal.data().toString()));
        QVERIFY(tree->model()->rowCount(portal) >= 3);
        QModelIndex news;
        for (int row = 0; row < tree->model()->rowCount(portal); ++row) {
            const QModelIndex column = tree->model()->index(row, 0, portal);
            QVERIFY(column.flags() & Qt::ItemIsUserCheckable);
            QVERIFY(column.data().toString() != u"专题专栏"_s && column.data().toString() != u"政府信息公开"_s);
            if (column.data().toString() == u"政务动态"_s)
                news = column;
        }
        QVERIFY(news.isValid());
        QVERIFY(!dialog->placeButton()->isEnabled());

        // Tick the column where the check box is, as a user does.
        tree->scrollTo(news);
        const QRect rect = tree->visualRect(news);
        QStyleOptionViewItem option;
        option.initFrom(tree);
        option.rect = rect;
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, box.center());
        QTRY_COMPARE(news.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(dialog->placeButton()->isEnabled());
        QSignalSpy placed(&co, &pd::editing::CoPublishing::placed);
        QTest::mouseClick(dialog->placeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(placed.size(), 1, 20000);

        // Where the item is now: the portal, 报送, awaiting its review; the portal cannot be ticked again.
        QTableView *where = dialog->placementView();
        QTRY_COMPARE_WITH_TIMEOUT(where->model()->rowCount(), 1, 20000);
        using Placements = pd::editing::PlacementListModel;
        QCOMPARE(where->model()->index(0, Placements::SiteSection).data().toString(), u"临江市人民政府门户网站"_s);
        QCOMPARE(where->model()->index(0, Placements::KindSection).data().toString(), u"报送"_s);
        QCOMPARE(where->model()->index(0, Placements::StateSection).data().toString(), u"待审"_s);
        QTRY_VERIFY(portal.data().toString().contains(u"已推送"_s) || portal.data().toString().contains(u"已报送"_s));
        QVERIFY(!co.targets().setColumnChecked(news.data(pd::editing::PlacementTargetModel::ColumnIdRole).toLongLong(), true));
        pd::test::Screenshot::grab(dialog, u"copublish"_s);

        // The portal's first reviewer sees it in the queue as a 报送 from the department.
        pd::api::PortalClient reviewerClient;
        std::optional<pd::Result<pd::domain::User>> login;
        reviewerClient.login(m_portald.baseUrl(), u"reviewer1"_s, kPassword, this,
                             [&](pd::Result<pd::domain::User> r) { login = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 20000);
        QVERIFY(login->has_value());
        pd::models::ReviewQueueModel queue(reviewerClient, pd::domain::WorkingCalendar());
        QAbstractItemModelTester queueTester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&queue, &pd::models::ReviewQueueModel::refreshed);
        queue.refresh(m_portal);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
        const qint64 copy = co.placements().placements().first().copyItemId;
        const int row = queue.rowOf(copy);
        QVERIFY(row >= 0);
        const QString source = queue.index(row, pd::models::ReviewQueueModel::SourceSection).data().toString();
        QVERIFY2(source.contains(u"临江市教育局"_s) && source.contains(u"报送"_s), qPrintable(source));
        QCOMPARE(queue.index(row, 0).data(pd::models::ReviewQueueModel::PlacementKindRole).toString(), u"submit"_s);

        // Withdrawn from the portal again, from the same dialog.
        where->selectRow(0);
        QTRY_VERIFY(dialog->removeButton()->isEnabled());
        QSignalSpy removed(&co, &pd::editing::CoPublishing::removed);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QTRY_COMPARE(where->model()->index(0, Placements::StateSection).data().toString(), u"已撤"_s);
        QCOMPARE(m_portald.call(m_editor, "GET", u"/api/v1/items/%1/placements"_s.arg(m_item)).json.array().first().toObject()
                     .value(u"state").toString(),
                 u"withdrawn"_s);
        dialog->close();
        editor->close();
    }
};

QTEST_MAIN(tst_CoPublishUi)
#include "tst_copublish_ui.moc"
