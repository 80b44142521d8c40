// A new city's first portal with PortalDesk's screens alone: `portald init` on an empty data directory (no
// demo), then the administrator creates a department site, its columns, an editor and three reviewers through 管理;
// each newcomer signs in with the one-time password and chooses their own; the editor writes a news item in the
// editor window and submits it; three different reviewers approve it at their levels in the 审核 page, the third
// (also the publisher) publishes it, and its public page on the department site is checked over HTTP. Then the
// administrator gives the portal a column and three reviewers of its own, the editor sends the item to the portal
// (报送) from 其他站点… in the editor window, the portal's reviewers approve and publish the copy in their 审核 page,
// and the portal's public page carries it with the department named as its source. Screenshots along the way:
// admin-sites, admin-columns, admin-users, copublish.
#include "tests/support/DeskApplication.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "app/admin/ColumnArrangementModel.h"
#include "app/admin/SiteListModel.h"
#include "app/admin/UserListModel.h"
#include "app/api/PortalClient.h"
#include "app/editing/CoPublishing.h"
#include "app/editing/DocumentSession.h"
#include "app/models/Workspace.h"
#include "app/review/ReviewDesk.h"
#include "ui/admin/AdminEntry.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/ColumnsPanel.h"
#include "ui/admin/OneTimePasswordDialog.h"
#include "ui/admin/SiteChooser.h"
#include "ui/admin/SiteDialog.h"
#include "ui/admin/SitesPanel.h"
#include "ui/admin/UserDialog.h"
#include "ui/admin/UsersPanel.h"
#include "ui/dialogs/LoginDialog.h"
#include "ui/editor/CoPublishDialog.h"
#include "ui/editor/ColumnChooser.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/SourceView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/ReviewPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kAdmin = u"root"_s;
const QString kAdminPassword = u"root-long-password"_s;
const QString kTitle = u"市水务局部署2026年防汛工作"_s;
const QString kDepartmentCode = u"3217000021"_s;
} // namespace

class tst_FirstPortal : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portald{QStringList{}};
    pd::test::HttpProbe m_http;
    qint64 m_portal = 0;
    qint64 m_department = 0;
    qint64 m_newsColumn = 0;
    qint64 m_item = 0;
    /// The newcomers' own passwords, chosen at their first sign-in.
    QHash<QString, QString> m_passwords;
    /// Why the last helper step gave up, for the failure message.
    QString m_why;

    /// One person at their own PortalDesk: the client, the workspace and the main window, signed in.
    struct Desk {
        pd::api::PortalClient client;
        pd::models::Workspace workspace{client};
        std::unique_ptr<pd::ui::MainWindow> window;
    };

    /// Signs `desk` in through the sign-in dialog as a person does; with a one-time password the dialog asks for a
    /// new one, which is typed twice and kept for the next sign-in.
    bool signIn(Desk &desk, const QString &user, const QString &password)
    {
        pd::ui::LoginDialog dialog(desk.workspace);
        dialog.setServerAddress(m_portald.baseUrl().toString());
        dialog.setUsername(user);
        dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
        QSignalSpy signedIn(&desk.workspace, &pd::models::Workspace::signedIn);
        QSignalSpy mustChange(&desk.workspace, &pd::models::Workspace::passwordChangeRequired);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return signedIn.size() == 1 || mustChange.size() == 1; }, 30000))
            return false;
        if (mustChange.size() == 1) {
            const QString own = user + u"-own-password"_s;
            dialog.findChild<QLineEdit *>(u"newPasswordEdit"_s)->setText(own);
            dialog.findChild<QLineEdit *>(u"repeatedPasswordEdit"_s)->setText(own);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return signedIn.size() == 1; }, 30000))
                return false;
            m_passwords.insert(user, own);
        }
        desk.window = std::make_unique<pd::ui::MainWindow>(desk.workspace);
        pd::ui::AdminEntry::install(*desk.window, desk.workspace, desk.client);
        desk.window->resize(1200, 760);
        desk.window->show();
        return QTest::qWaitForWindowExposed(desk.window.get());
    }

    /// The administrator's 管理 page, loaded.
    pd::ui::AdminPage *adminPage(Desk &admin)
    {
        auto *page = qobject_cast<pd::ui::AdminPage *>(admin.window->page(u"admin"_s));
        if (!page)
            return nullptr;
        QSignalSpy columnsLoaded(page->columnsPanel(), &pd::ui::ColumnsPanel::loaded);
        QSignalSpy usersLoaded(page->usersPanel(), &pd::ui::UsersPanel::loaded);
        admin.window->showPage(u"admin"_s);
        if (!QTest::qWaitFor([&] { return !columnsLoaded.isEmpty() && !usersLoaded.isEmpty(); }, 30000))
            return nullptr;
        return page;
    }

    /// 站点 → 新建站点: a department site under the portal; returns its id.
    qint64 createSite(pd::ui::AdminPage *page, const QString &name, const QString &siteCode)
    {
        pd::ui::SitesPanel *sites = page->sitesPanel();
        page->tabs()->setCurrentWidget(sites);
        QPointer<pd::ui::SiteDialog> dialog = sites->newSite();
        dialog->findChild<QLineEdit *>(u"siteNameEdit"_s)->setText(name);
        dialog->findChild<QLineEdit *>(u"siteCodeEdit"_s)->setText(siteCode);
        dialog->findChild<QLineEdit *>(u"orgCodeEdit"_s)->setText(u"11321700014538266M"_s);
        dialog->findChild<QSpinBox *>(u"reviewLevelsSpin"_s)->setValue(3);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveSiteButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return dialog.isNull(); }, 30000))
            return 0;
        const pd::domain::Site *site = sites->model()->siteAt(sites->view()->currentIndex().row());
        return site && site->name == name ? site->id : 0;
    }

    /// 栏目: a top-level column of `kind` on `siteId`; returns its id.
    qint64 addColumn(pd::ui::AdminPage *page, qint64 siteId, const QString &name, const QString &kind)
    {
        pd::ui::ColumnsPanel *panel = page->columnsPanel();
        page->tabs()->setCurrentWidget(panel);
        QSignalSpy loaded(panel, &pd::ui::ColumnsPanel::loaded);
        if (panel->siteId() != siteId) {
            panel->findChild<pd::ui::SiteChooser *>(u"columnsSite"_s)->chooseSite(siteId);
            if (!loaded.wait(30000))
                return 0;
            loaded.clear();
        }
        panel->findChild<QLineEdit *>(u"newColumnName"_s)->setText(name);
        auto *kinds = panel->findChild<QComboBox *>(u"newColumnKind"_s);
        kinds->setCurrentIndex(kinds->findData(kind));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"addTopColumnButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000))
            return 0;
        for (const pd::domain::Column &c : panel->model()->columns())
            if (c.name == name)
                return c.id;
        return 0;
    }

    /// 用户与角色 → 新建账号 with `roles` ({role, level}) on `siteId`; returns the one-time password shown.
    QString createAccount(pd::ui::AdminPage *page, const QString &username, const QString &name, qint64 siteId,
                          const QList<std::pair<QString, int>> &roles)
    {
        pd::ui::UsersPanel *users = page->usersPanel();
        page->tabs()->setCurrentWidget(users);
        // The roles' site list is read when the panel loads: read it again so the new site is offered.
        QSignalSpy loaded(users, &pd::ui::UsersPanel::loaded);
        users->reload();
        if (!loaded.wait(30000))
            return {};
        QPointer<pd::ui::UserDialog> dialog = users->newUser();
        auto *site = dialog->findChild<QComboBox *>(u"roleSite"_s);
        auto *kind = dialog->findChild<QComboBox *>(u"roleKind"_s);
        site->setCurrentIndex(site->findData(siteId));
        for (const auto &[role, level] : roles) {
            kind->setCurrentIndex(kind->findData(role));
            dialog->findChild<QSpinBox *>(u"roleLevel"_s)->setValue(std::max(level, 1));
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"addRoleButton"_s), Qt::LeftButton);
        }
        dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(username);
        dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->setText(name);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUserButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return users->passwordDialog() != nullptr; }, 30000))
            return {};
        const QString password = users->passwordDialog()->password();
        users->passwordDialog()->close();
        if (!QTest::qWaitFor([&] { return users->passwordDialog() == nullptr; }, 5000))
            return {};
        return password;
    }

    /// The editor writes a news item in `columnId` in the editor window, saves and submits it with the editor's
    /// own actions; returns its id (0, with the reason in m_why, when something refused).
    qint64 writeAndSubmit(Desk &editor, qint64 columnId, const QString &title)
    {
        pd::ui::ItemEditorWindow *window = editor.window->newItem(pd::domain::ItemType::News);
        if (!QTest::qWaitForWindowExposed(window))
            return 0;
        window->findChild<pd::ui::ColumnChooser *>(u"columnChooser"_s)->setCurrentColumn(columnId);
        window->findChild<QLineEdit *>(u"titleEdit"_s)->setText(title);
        window->findChild<QLineEdit *>(u"authorEdit"_s)->setText(u"市水务局办公室"_s);
        window->sourceView()->setPlainText(u"<p>会议部署了汛期值班、隐患排查和物资储备等工作。</p>"_s);
        QSignalSpy failed(&window->session(), &pd::editing::DocumentSession::failed);
        const auto why = [&] {
            m_why = failed.isEmpty() ? u"no answer"_s : failed.constLast().constFirst().value<pd::Error>().message;
            return qint64(0);
        };
        QSignalSpy saved(&window->session(), &pd::editing::DocumentSession::saved);
        window->findChild<QAction *>(u"saveAction"_s)->trigger();
        if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 30000) || saved.isEmpty())
            return why();
        QSignalSpy submitted(&window->session(), &pd::editing::DocumentSession::submitted);
        window->findChild<QAction *>(u"submitAction"_s)->trigger();
        if (!QTest::qWaitFor([&] { return !submitted.isEmpty() || !failed.isEmpty(); }, 30000) || submitted.isEmpty())
            return why();
        const qint64 id = window->session().item().id;
        window->close();
        return id;
    }

    /// The reviewer's 审核 page finds the item in the queue, opens it and presses `button` (approve, publish);
    /// true once the server has the item in `state` (and, while under review, at `level`).
    bool decide(Desk &reviewer, qint64 itemId, const QString &button, const QString &state, int level = 0)
    {
        pd::ui::ReviewPage page(reviewer.workspace, nullptr);
        page.resize(1300, 800);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return false;
        if (!QTest::qWaitFor([&] { return page.desk().queue().rowOf(itemId) >= 0; }, 30000))
            return false;
        page.desk().open(itemId, {});
        auto *action = page.findChild<QPushButton *>(button);
        if (!action || !QTest::qWaitFor([&] { return action->isEnabled(); }, 30000))
            return false;
        QTest::mouseClick(action, Qt::LeftButton);
        return QTest::qWaitFor([&] {
            const QJsonObject now = item(itemId);
            return now.value(u"state").toString() == state && (level == 0 || now.value(u"level").toInt() == level);
        }, 30000);
    }

    /// The screenshot `name` of `widget` through the fixture's helper; true when PD_SCREENSHOT_DIR is unset, else
    /// only once the picture is on disk.
    static bool shot(QWidget *widget, const QString &name)
    {
        if (!pd::test::PortaldFixture::screenshot(widget, name))
            return false;
        const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
        return dir.isEmpty() || QFileInfo(QDir(dir).filePath(name + u".png"_s)).size() > 0;
    }

    QJsonObject item(qint64 id)
    {
        const QString token = m_http.login(m_portald.baseUrl(), kAdmin, kAdminPassword);
        QUrl url = m_portald.baseUrl();
        url.setPath(u"/api/v1/items/%1"_s.arg(id));
        return m_http.json("GET", url, token).json.object();
    }

    /// The three reviewers named by `users` (with %1 for the level) approve item `itemId` in turn, each at a desk of
    /// their own; the third also publishes it.
    void approveAtEveryLevel(const QString &users, qint64 itemId)
    {
        for (int level = 1; level <= 3; ++level) {
            Desk reviewer;
            const QString user = users.arg(level);
            QVERIFY(signIn(reviewer, user, m_passwords.value(user)));
            QVERIFY2(level < 3 ? decide(reviewer, itemId, u"approveButton"_s, u"submitted"_s, level + 1)
                               : decide(reviewer, itemId, u"approveButton"_s, u"approved"_s),
                     qPrintable(user));
            if (level == 3)
                QVERIFY(decide(reviewer, itemId, u"publishButton"_s, u"published"_s));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_first_portal"_s));
        // No demo: `portald init` on the empty data directory the test portald then serves.
        const auto init = m_portald.runTool({u"init"_s, u"--site-name"_s, u"临江市人民政府"_s, u"--site-code"_s,
                                             u"3217000001"_s, u"--org-code"_s, u"11321700014538266M"_s, u"--admin"_s,
                                             kAdmin},
                                            kAdminPassword.toUtf8() + '\n');
        QVERIFY2(init.exitCode == 0, qPrintable(init.errors));
        QVERIFY2(m_portald.start(), m_portald.failure());
    }

    void theAdministratorSetsUpADepartmentSite()
    {
        Desk admin;
        QVERIFY(signIn(admin, kAdmin, kAdminPassword));
        m_portal = admin.workspace.site().id;
        pd::ui::AdminPage *page = adminPage(admin);
        QVERIFY(page);
        m_department = createSite(page, u"临江市水务局"_s, kDepartmentCode);
        QVERIFY(m_department > 0);
        QCOMPARE(page->sitesPanel()->model()->siteAt(page->sitesPanel()->model()->rowOf(m_department))->parentSiteId, m_portal);
        QVERIFY(shot(admin.window.get(), u"admin-sites"_s));
        m_newsColumn = addColumn(page, m_department, u"水务动态"_s, u"news"_s);
        QVERIFY(m_newsColumn > 0);
        QVERIFY(addColumn(page, m_department, u"通知公告"_s, u"notice"_s) > 0);
        QVERIFY(shot(admin.window.get(), u"admin-columns"_s));

        const QString editor = createAccount(page, u"swj-editor"_s, u"王编辑"_s, m_department, {{u"editor"_s, 0}});
        QVERIFY(!editor.isEmpty());
        m_passwords.insert(u"swj-editor"_s, editor);
        for (int level = 1; level <= 3; ++level) {
            QList<std::pair<QString, int>> roles{{u"reviewer"_s, level}};
            if (level == 3)
                roles.append({u"publisher"_s, 0}); // the final reviewer signs it off, as is common
            const QString user = u"swj-review%1"_s.arg(level);
            const QString password = createAccount(page, user, u"审核员%1"_s.arg(level), m_department, roles);
            QVERIFY(!password.isEmpty());
            m_passwords.insert(user, password);
        }
        QVERIFY(shot(admin.window.get(), u"admin-users"_s));
    }

    void theEditorWritesAnItem()
    {
        Desk editor;
        QVERIFY(signIn(editor, u"swj-editor"_s, m_passwords.value(u"swj-editor"_s)));
        QCOMPARE(editor.workspace.site().id, m_department);
        QVERIFY(!editor.window->findChild<QAction *>(u"go_admin"_s));
        m_item = writeAndSubmit(editor, m_newsColumn, kTitle);
        QVERIFY2(m_item > 0, qPrintable(m_why));
        QCOMPARE(item(m_item).value(u"state").toString(), u"submitted"_s);
    }

    void threeDifferentReviewersApproveAndItIsPublished()
    {
        QVERIFY(m_item > 0);
        approveAtEveryLevel(u"swj-review%1"_s, m_item);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject published = item(m_item);
        QCOMPARE(published.value(u"state").toString(), u"published"_s);
        // Three different people approved, one level each.
        const QString token = m_http.login(m_portald.baseUrl(), kAdmin, kAdminPassword);
        QUrl auditUrl = m_portald.baseUrl();
        auditUrl.setPath(u"/api/v1/items/%1/audit"_s.arg(m_item));
        QStringList approvers;
        for (const QJsonValue &e : m_http.json("GET", auditUrl, token).json.array())
            if (e.toObject().value(u"action").toString() == u"approve"_s)
                approvers.append(e.toObject().value(u"user").toObject().value(u"username").toString());
        approvers.sort();
        QCOMPARE(approvers, (QStringList{u"swj-review1"_s, u"swj-review2"_s, u"swj-review3"_s}));

        // The department site's public page carries it (below /sites/{网站标识码}/ where no DNS names the site).
        const QUrl page = m_portald.baseUrl().resolved(QUrl(u"/sites/"_s + kDepartmentCode + published.value(u"publicUrl").toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_http.request("GET", page).status == 200, 30000);
        const QString html = QString::fromUtf8(m_http.request("GET", page).body);
        QVERIFY2(html.contains(kTitle), qPrintable(html.left(400)));
        QVERIFY2(html.contains(u"临江市水务局"_s), qPrintable(html.left(400)));
    }

    void itIsSentToThePortalAndAppearsThereAfterItsReview()
    {
        QVERIFY(m_item > 0);
        // The portal gets a column for its departments' news and its own three reviewers, through 管理.
        qint64 portalNews = 0;
        {
            Desk admin;
            QVERIFY(signIn(admin, kAdmin, kAdminPassword));
            pd::ui::AdminPage *page = adminPage(admin);
            QVERIFY(page);
            portalNews = addColumn(page, m_portal, u"部门动态"_s, u"news"_s);
            QVERIFY(portalNews > 0);
            for (int level = 1; level <= 3; ++level) {
                QList<std::pair<QString, int>> roles{{u"reviewer"_s, level}};
                if (level == 3)
                    roles.append({u"publisher"_s, 0});
                const QString user = u"mh-review%1"_s.arg(level);
                const QString password = createAccount(page, user, u"门户审核员%1"_s.arg(level), m_portal, roles);
                QVERIFY(!password.isEmpty());
                m_passwords.insert(user, password);
            }
        }

        // The department's editor opens the published item and sends it to the portal (报送) from 其他站点….
        qint64 copy = 0;
        {
            Desk editor;
            QVERIFY(signIn(editor, u"swj-editor"_s, m_passwords.value(u"swj-editor"_s)));
            pd::ui::ItemEditorWindow *window = editor.window->openItem(m_item);
            QVERIFY(window);
            QTRY_VERIFY_WITH_TIMEOUT(window->session().item().id == m_item
                                         && window->session().status() == pd::editing::DocumentSession::Status::Clean,
                                     30000);
            auto *action = window->findChild<QAction *>(u"coPublishAction"_s);
            QVERIFY(action);
            QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);
            pd::ui::CoPublishDialog *dialog = window->showCoPublishing();
            QVERIFY(dialog);
            QAbstractItemModel *targets = dialog->targetView()->model();
            QTRY_COMPARE_WITH_TIMEOUT(targets->rowCount(), 1, 30000);
            const QModelIndex portal = targets->index(0, 0);
            QCOMPARE(portal.data(pd::editing::PlacementTargetModel::SiteIdRole).toLongLong(), m_portal);
            QVERIFY(portal.data(pd::editing::PlacementTargetModel::SubmissionRole).toBool());
            QVERIFY(dialog->coPublishing().targets().setColumnChecked(portalNews, true));
            QSignalSpy placed(&dialog->coPublishing(), &pd::editing::CoPublishing::placed);
            QTest::mouseClick(dialog->placeButton(), Qt::LeftButton);
            QVERIFY(placed.wait(30000) || !placed.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(dialog->placementView()->model()->rowCount(), 1, 30000);
            copy = dialog->coPublishing().placements().placements().first().copyItemId;
            QCOMPARE(dialog->placementView()->model()->index(0, pd::editing::PlacementListModel::StateSection).data().toString(),
                     u"待审"_s);
            QVERIFY(shot(dialog, u"copublish"_s));
            dialog->close();
            window->close();
        }
        QVERIFY(copy > 0);
        QCOMPARE(item(copy).value(u"state").toString(), u"submitted"_s);

        // Not public on the portal before its review; then the portal's three reviewers approve it and the third
        // publishes it.
        const QUrl page = m_portald.baseUrl().resolved(QUrl(u"/items/%1.html"_s.arg(copy)));
        QCOMPARE(m_http.request("GET", page).status, 404);
        approveAtEveryLevel(u"mh-review%1"_s, copy);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(m_http.request("GET", page).status == 200, 30000);
        const QString html = QString::fromUtf8(m_http.request("GET", page).body);
        QVERIFY2(html.contains(kTitle), qPrintable(html.left(400)));
        QVERIFY2(html.contains(u"来源：临江市水务局"_s), qPrintable(html.left(400)));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_portald.process().stop());
    }
};

QTEST_MAIN(tst_FirstPortal)
#include "tst_first_portal.moc"
