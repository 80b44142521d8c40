// The 管理 → 用户与角色 screen driven offscreen against a real portald (--demo): only administrators see the 管理
// entry; the administrator creates an editor and three reviewers through the account form (each with a one-time
// password shown once, with a copy button), searches and filters them, and every refusal — an account without a
// role, a user name already taken, disabling the last administrator — is explained in Chinese where it belongs.
#include "tests/support/DeskApplication.h"
#include "tests/support/PortaldFixture.h"
#include "app/admin/UserListModel.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"
#include "ui/admin/AdminEntry.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/OneTimePasswordDialog.h"
#include "ui/admin/UserDialog.h"
#include "ui/admin/UsersPanel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The visible navigation entries' ids (the main window keeps an entry's id in Qt::UserRole + 3).
QStringList visibleEntries(pd::ui::MainWindow &window)
{
    QStringList ids;
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; navigation && row < navigation->count(); ++row)
        if (!navigation->item(row)->isHidden())
            ids.append(navigation->item(row)->data(Qt::UserRole + 3).toString());
    return ids;
}

} // namespace

class tst_AdminUsers : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;

    /// Fills the account form and saves it.
    static void fillAndSave(pd::ui::UserDialog *dialog, const QString &username, const QString &name)
    {
        auto *user = dialog->findChild<QLineEdit *>(u"usernameEdit"_s);
        auto *display = dialog->findChild<QLineEdit *>(u"displayNameEdit"_s);
        QVERIFY(user && display);
        user->clear();
        QTest::keyClicks(user, username);
        display->setText(name);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUserButton"_s), Qt::LeftButton);
    }

    /// Picks a role in the form's role picker as a person would and adds it.
    static void pickRole(pd::ui::UserDialog *dialog, const QString &role, int level = 1)
    {
        auto *kind = dialog->findChild<QComboBox *>(u"roleKind"_s);
        auto *site = dialog->findChild<QComboBox *>(u"roleSite"_s);
        QVERIFY(kind && site);
        site->setCurrentIndex(0);
        kind->setCurrentIndex(kind->findData(role));
        QVERIFY(kind->currentIndex() >= 0);
        auto *spin = dialog->findChild<QSpinBox *>(u"roleLevel"_s);
        QCOMPARE(spin->isEnabled(), role == u"reviewer"_s);
        spin->setValue(level);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addRoleButton"_s), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_admin_users"_s));
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void aNonAdministratorNeverSeesTheEntry()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::MainWindow window(workspace);
        pd::ui::AdminEntry::install(window, workspace, client);
        QVERIFY(!visibleEntries(window).contains(u"admin"_s));
        QVERIFY2(m_portal.signIn(workspace, u"editor"_s), m_portal.failure());
        QVERIFY(!visibleEntries(window).contains(u"admin"_s));
        QVERIFY(!window.findChild<QAction *>(u"go_admin"_s));

        // The same window after the administrator signed in, then the editor again.
        workspace.signOut();
        QVERIFY2(m_portal.signIn(workspace, u"admin"_s), m_portal.failure());
        QVERIFY(visibleEntries(window).contains(u"admin"_s));
        QVERIFY(window.findChild<QAction *>(u"go_admin"_s));
        window.showPage(u"admin"_s);
        workspace.signOut();
        QVERIFY(!visibleEntries(window).contains(u"admin"_s));
        QVERIFY2(m_portal.signIn(workspace, u"reviewer1"_s), m_portal.failure());
        QVERIFY(!visibleEntries(window).contains(u"admin"_s));
        QVERIFY(!window.findChild<QAction *>(u"go_admin"_s));
    }

    void theAdministratorCreatesAnEditorAndThreeReviewers()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"admin"_s), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        pd::ui::AdminEntry::install(window, workspace, client);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<pd::ui::AdminPage *>(window.page(u"admin"_s));
        QVERIFY(page);
        pd::ui::UsersPanel *users = page->usersPanel();
        QAbstractItemModelTester tester(users->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(users, &pd::ui::UsersPanel::loaded);
        window.showPage(u"admin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QVERIFY(users->model()->rowOf(workspace.user().id) >= 0);

        // An account without any role is refused before it is sent, in Chinese, next to the roles.
        pd::ui::UserDialog *dialog = users->newUser();
        QVERIFY(dialog);
        fillAndSave(dialog, u"sw-editor"_s, u"孙伟"_s);
        auto *rolesError = dialog->findChild<QLabel *>(u"rolesError"_s);
        QVERIFY(rolesError && rolesError->isVisible());
        QCOMPARE(rolesError->text(), u"账号至少要有一个角色；不再使用的账号请停用。"_s);
        QVERIFY(dialog->isVisible());

        QSignalSpy rows(users->model(), &QAbstractItemModel::modelReset);
        pickRole(dialog, u"editor"_s);
        fillAndSave(dialog, u"sw-editor"_s, u"孙伟"_s);
        // Saved: the form closed (and is gone) and the one-time password is shown.
        QPointer<pd::ui::UserDialog> form = dialog;
        QTRY_VERIFY_WITH_TIMEOUT(users->passwordDialog() != nullptr, 20000);
        QTRY_VERIFY(form.isNull());
        const QString editorPassword = users->passwordDialog()->password();
        QCOMPARE(editorPassword.size(), 16);
        QTest::mouseClick(users->passwordDialog()->findChild<QPushButton *>(u"copyPasswordButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), editorPassword);
        users->passwordDialog()->close();
        QTRY_VERIFY(users->passwordDialog() == nullptr);
        QCOMPARE(users->messageText(), u"已创建账号 sw-editor。"_s);

        for (int level = 1; level <= 3; ++level) {
            dialog = users->newUser();
            pickRole(dialog, u"reviewer"_s, level);
            fillAndSave(dialog, u"sw-review%1"_s.arg(level), u"审核员%1"_s.arg(level));
            QTRY_VERIFY_WITH_TIMEOUT(users->passwordDialog() != nullptr, 20000);
            users->passwordDialog()->close();
            QTRY_VERIFY(users->passwordDialog() == nullptr);
        }

        // Search and filter by role: the four new accounts, then the three reviewers among them.
        QTest::keyClicks(users->findChild<QLineEdit *>(u"userSearch"_s), u"sw-"_s);
        QCOMPARE(users->model()->rowCount(), 4);
        auto *roleFilter = users->findChild<QComboBox *>(u"userRoleFilter"_s);
        roleFilter->setCurrentIndex(roleFilter->findData(u"reviewer"_s));
        QCOMPARE(users->model()->rowCount(), 3);
        const QString roles = users->model()->data(users->model()->index(0, pd::admin::UserListModel::RolesSection)).toString();
        QVERIFY2(roles.contains(u"审核人第 1 级"_s), qPrintable(roles));
        roleFilter->setCurrentIndex(0);
        pd::test::PortaldFixture::screenshot(&window, u"admin-users"_s);

        // The server agrees: the editor signs in with the one-time password shown.
        pd::test::HttpProbe http;
        QVERIFY(!http.login(m_portal.baseUrl(), u"sw-editor"_s, editorPassword).isEmpty());

        // A user name already taken: the server's refusal, next to the field; the form keeps what was typed.
        dialog = users->newUser();
        pickRole(dialog, u"publisher"_s);
        fillAndSave(dialog, u"sw-editor"_s, u"另一个孙伟"_s);
        auto *usernameError = dialog->findChild<QLabel *>(u"usernameError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(usernameError->isVisible(), 20000);
        QCOMPARE(usernameError->text(), u"已被使用"_s);
        QVERIFY2(dialog->messageText().contains(u"已被使用"_s), qPrintable(dialog->messageText()));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->text(), u"另一个孙伟"_s);
        dialog->reject();

        // Disabling the last administrator: refused, with the reason, and the account stays enabled.
        users->findChild<QLineEdit *>(u"userSearch"_s)->setText(u"admin"_s);
        const int adminRow = users->model()->rowOf(workspace.user().id);
        QVERIFY(adminRow >= 0);
        users->view()->setCurrentIndex(users->model()->index(adminRow, 0));
        QTest::mouseClick(users->findChild<QPushButton *>(u"disableUserButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(users->messageText().contains(u"最后一个"_s), 20000);
        QVERIFY(users->model()->accountAt(adminRow)->enabled);

        // Reset a password: shown once; the old one stops working, the new one signs in.
        users->findChild<QLineEdit *>(u"userSearch"_s)->setText(u"sw-review2"_s);
        QCOMPARE(users->model()->rowCount(), 1);
        users->view()->setCurrentIndex(users->model()->index(0, 0));
        QTest::mouseClick(users->findChild<QPushButton *>(u"resetPasswordButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(users->passwordDialog() != nullptr, 20000);
        const QString reset = users->passwordDialog()->password();
        QCOMPARE(reset.size(), 16);
        QVERIFY(!http.login(m_portal.baseUrl(), u"sw-review2"_s, reset).isEmpty());
        users->passwordDialog()->close();
    }

    void anEditSavedMeanwhileKeepsTheForm()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"admin"_s), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        pd::ui::AdminEntry::install(window, workspace, client);
        window.show();
        auto *page = qobject_cast<pd::ui::AdminPage *>(window.page(u"admin"_s));
        QVERIFY(page);
        pd::ui::UsersPanel *users = page->usersPanel();
        QSignalSpy loaded(users, &pd::ui::UsersPanel::loaded);
        window.showPage(u"admin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        users->findChild<QLineEdit *>(u"userSearch"_s)->setText(u"sw-review3"_s);
        QCOMPARE(users->model()->rowCount(), 1);
        users->view()->setCurrentIndex(users->model()->index(0, 0));
        pd::ui::UserDialog *dialog = users->editSelected();
        QVERIFY(dialog);

        // Someone else renames the account meanwhile.
        pd::test::HttpProbe http;
        const QString token = m_portal.newToken(u"admin"_s);
        QUrl url = m_portal.baseUrl();
        url.setPath(u"/api/v1/users/%1"_s.arg(users->model()->accountAt(0)->user.id));
        const auto before = http.json("GET", url, token);
        const auto other = http.json("PUT", url, token, QJsonDocument(QJsonObject{{u"displayName"_s, u"别人改的"_s}}),
                                     {{"If-Match", before.headers.value("etag")}});
        QCOMPARE(other.status, 200);

        fillAndSave(dialog, u"sw-review3"_s, u"第三级审核员"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->messageText().isEmpty(), 20000);
        QVERIFY2(dialog->messageText().contains(u"已被他人修改"_s), qPrintable(dialog->messageText()));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"displayNameEdit"_s)->text(), u"第三级审核员"_s);
        QVERIFY(dialog->isVisible());
        // Saving again replaces the other version with this form.
        QSignalSpy closed(dialog, &QDialog::accepted);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUserButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 20000);
        QCOMPARE(http.json("GET", url, token).json.object().value(u"displayName").toString(), u"第三级审核员"_s);
    }
};

QTEST_MAIN(tst_AdminUsers)
#include "tst_admin_users.moc"
