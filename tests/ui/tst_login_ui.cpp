// Drives the real LoginDialog and MainWindow offscreen against a real portald started with --demo:
// wrong password, unreachable server and a bad address are explained in Chinese and the dialog stays usable;
// the right password opens the main window with the site's name and its column tree. Screenshots are saved
// into $PD_SCREENSHOT_DIR for review.
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "ui/dialogs/LoginDialog.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/SettingsDialog.h"
#include "app/store/AccountRegistry.h"
#include "ui/mainwindow/MainWindow.h"
#include "app/models/Workspace.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class tst_LoginUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;

    static void fill(pd::ui::LoginDialog &dialog, const QString &server, const QString &user, const QString &password)
    {
        auto *serverEdit = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
        auto *userEdit = dialog.findChild<QLineEdit *>(u"userEdit"_s);
        auto *passwordEdit = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
        QVERIFY(serverEdit && userEdit && passwordEdit);
        // Type like a person where QTest can (it only simulates ASCII keys); paste the rest.
        for (auto [edit, text] : {std::pair{serverEdit, server}, {userEdit, user}, {passwordEdit, password}}) {
            edit->clear();
            if (std::ranges::all_of(text, [](QChar c) { return c.unicode() > 32 && c.unicode() < 127; }))
                QTest::keyClicks(edit, text);
            else
                edit->setText(text);
        }
    }

    static void clickSignIn(pd::ui::LoginDialog &dialog)
    {
        auto *button = dialog.findChild<QPushButton *>(u"signInButton"_s);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void signInJourney()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::LoginDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), u"登录 — 门户编辑台"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy failed(&workspace, &pd::models::Workspace::signInFailed);
        auto *passwordEdit = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
        const QString server = m_portal.baseUrl().toString();

        // 1. Wrong password: a Chinese explanation, the dialog stays open and usable.
        fill(dialog, server, u"editor"_s, u"wrong-password"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(dialog.errorText(), u"用户名或密码错误。"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(passwordEdit->isEnabled());
        QVERIFY(passwordEdit->hasFocus());
        QCOMPARE(accepted.size(), 0);
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"login-wrong-password"_s));

        // 2. Unreachable server.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        fill(dialog, closed, u"editor"_s, u"portaldesk-demo"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY2(dialog.errorText().startsWith(u"无法连接服务器"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"login-unreachable"_s));

        // 3. An address that is not one.
        fill(dialog, u"http://门户 网站"_s, u"editor"_s, u"portaldesk-demo"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(failed.size(), 3);
        QVERIFY2(dialog.errorText().startsWith(u"服务器地址"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());

        // 4. The right password: the dialog closes and the main window shows the site.
        fill(dialog, server, u"editor"_s, u"portaldesk-demo"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(accepted.size(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(workspace.state(), pd::models::Workspace::State::Online);

        // What the site and the user are called comes from the server itself.
        pd::test::HttpProbe http;
        const QString token = m_portal.newToken(u"editor"_s);
        QVERIFY(!token.isEmpty());
        const auto sites = http.json("GET", m_portal.url(u"/api/v1/sites"_s), token);
        const QString siteName = sites.json.array().first().toObject().value(u"name").toString();
        const auto me = http.json("GET", m_portal.url(u"/api/v1/me"_s), token);
        const QString displayName = me.json.object().value(u"displayName").toString();
        QVERIFY(!siteName.isEmpty());

        pd::ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"门户编辑台 PortalDesk — "_s + siteName);

        QTreeView *tree = window.columnTree();
        QVERIFY(tree->model()->rowCount() > 0);
        QStringList shown;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                const QModelIndex i = tree->model()->index(r, 0, parent);
                shown.append(i.data().toString());
                walk(i);
            }
        };
        walk({});
        QVERIFY2(shown.contains(u"要闻动态"_s), qPrintable(shown.join(u',')));
        QVERIFY(shown.contains(u"通知公告"_s));
        // Child columns are expanded, so 要闻动态 is visible under its parent without a click.
        const QModelIndex news = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"要闻动态"_s, 1,
                                                      Qt::MatchRecursive | Qt::MatchExactly).value(0);
        QVERIFY(news.isValid());
        QVERIFY(!tree->visualRect(news).isEmpty());
        QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), u"栏目"_s);

        auto *connection = window.findChild<QLabel *>(u"connectionLabel"_s);
        auto *user = window.findChild<QLabel *>(u"userLabel"_s);
        QVERIFY(connection && user);
        QVERIFY2(connection->text().startsWith(u"已连接"_s), qPrintable(connection->text()));
        QVERIFY2(user->text().contains(displayName), qPrintable(user->text()));
        QVERIFY(user->text().contains(u"编辑"_s));
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"main-window"_s));

        // Losing the server shows in the status bar; the window stays.
        workspace.setHeartbeatInterval(std::chrono::milliseconds(200));
        QVERIFY(m_portal.process().stop());
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(u"断开"_s), 10000);
        QVERIFY(window.isVisible());
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"main-window-offline"_s));
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
    }

    void serverGivenStartsInTheUserName()
    {
        // portaldesk --server URL: the user types the name straight away, and it lands in the name field.
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::LoginDialog dialog(workspace);
        const QString server = m_portal.baseUrl().toString();
        dialog.setServerAddress(server);
        dialog.setUsername(QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *userEdit = dialog.findChild<QLineEdit *>(u"userEdit"_s);
        QTRY_VERIFY(userEdit->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"editor"_s);
        QCOMPARE(userEdit->text(), u"editor"_s);
        QCOMPARE(dialog.serverAddress(), server);
    }

    void plainHttpToAnotherMachineIsWarned_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("warned");
        QTest::newRow("http to a server") << u"http://portal.example.gov.cn"_s << true;
        QTest::newRow("http to an address") << u"http://10.20.30.40:8080"_s << true;
        QTest::newRow("http, scheme in capitals") << u"HTTP://portal.example.gov.cn"_s << true;
        QTest::newRow("https") << u"https://portal.example.gov.cn"_s << false;
        QTest::newRow("no scheme means https") << u"portal.example.gov.cn"_s << false;
        QTest::newRow("loopback") << u"http://127.0.0.1:8080"_s << false;
        QTest::newRow("localhost") << u"http://localhost:8080"_s << false;
        QTest::newRow("IPv6 loopback") << u"http://[::1]:8080"_s << false;
    }

    void plainHttpToAnotherMachineIsWarned()
    {
        // In the login dialog and in the account settings, as the address is typed, in Chinese.
        QFETCH(QString, address);
        QFETCH(bool, warned);
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::LoginDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, address, u"editor"_s, QString());
        auto *label = dialog.findChild<QLabel *>(u"plainHttpWarning"_s);
        QVERIFY(label);
        QCOMPARE(label->isVisible(), warned);
        QCOMPARE(!dialog.plainHttpWarning().isEmpty(), warned);
        if (warned) {
            QVERIFY2(dialog.plainHttpWarning().contains(u"未加密"_s), qPrintable(dialog.plainHttpWarning()));
            QVERIFY2(dialog.plainHttpWarning().contains(u"https://"_s), qPrintable(dialog.plainHttpWarning()));
            if (qstrcmp(QTest::currentDataTag(), "http to a server") == 0)
                QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"login-plain-http-warning"_s));
        }
        // Corrected to https, the warning goes away.
        fill(dialog, u"https://portal.example.gov.cn"_s, u"editor"_s, QString());
        QVERIFY(dialog.plainHttpWarning().isEmpty());
        QVERIFY(!label->isVisible());

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        pd::store::AccountRegistry registry(settings);
        pd::ui::Appearance appearance;
        pd::ui::SettingsDialog accounts(registry, appearance, QString(), {});
        accounts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&accounts));
        auto *server = accounts.findChild<QLineEdit *>(u"accountServerEdit"_s);
        QVERIFY(server);
        server->clear();
        QTest::keyClicks(server, address);
        QCOMPARE(!accounts.plainHttpWarning().isEmpty(), warned);
        if (warned)
            QVERIFY2(accounts.plainHttpWarning().contains(u"未加密"_s), qPrintable(accounts.plainHttpWarning()));
    }

    void aResetPasswordIsReplacedBeforeAnythingElse()
    {
        // The administrator creates an account: it starts with a one-time password the user must replace.
        pd::test::HttpProbe http;
        const QUrl base = m_portal.baseUrl();
        const QString admin = m_portal.newToken(u"admin"_s);
        QVERIFY(!admin.isEmpty());
        QUrl sites = base;
        sites.setPath(u"/api/v1/sites"_s);
        const qint64 site = http.json("GET", sites, admin).json.array().first().toObject().value(u"id").toInteger();
        QUrl users = base;
        users.setPath(u"/api/v1/users"_s);
        const auto created = http.json(
            "POST", users, admin,
            QJsonDocument(QJsonObject{{u"username"_s, u"wang"_s}, {u"displayName"_s, u"王芳"_s},
                                      {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, site}}}}}));
        QVERIFY2(created.status == 201, created.body.constData());
        const QString once = created.json.object().value(u"oneTimePassword").toString();
        const qint64 wang = created.json.object().value(u"id").toInteger();

        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::LoginDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy signedIn(&workspace, &pd::models::Workspace::signedIn);
        QSignalSpy refused(&workspace, &pd::models::Workspace::passwordChangeFailed);
        fill(dialog, base.toString(), u"wang"_s, once);
        clickSignIn(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isAskingForNewPassword(), 20000);
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(workspace.state(), pd::models::Workspace::State::SigningIn);
        QVERIFY(!dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->isEnabled());
        QCOMPARE(dialog.findChild<QPushButton *>(u"signInButton"_s)->text(), u"设置密码(&P)"_s);
        auto *newPassword = dialog.findChild<QLineEdit *>(u"newPasswordEdit"_s);
        auto *repeated = dialog.findChild<QLineEdit *>(u"repeatedPasswordEdit"_s);
        auto *newError = dialog.findChild<QLabel *>(u"newPasswordError"_s);
        auto *repeatedError = dialog.findChild<QLabel *>(u"repeatedPasswordError"_s);
        QVERIFY(newPassword && repeated && newError && repeatedError);
        QVERIFY(newPassword->hasFocus());

        // Too short, and typed differently twice: both explained in Chinese next to their fields.
        QTest::keyClicks(newPassword, u"short"_s);
        QTest::keyClicks(repeated, u"shorter"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(newError->isVisible());
        QCOMPARE(newError->text(), u"新密码至少需要 12 个字符。"_s);
        QVERIFY(repeatedError->isVisible());
        QCOMPARE(repeatedError->text(), u"两次输入的密码不一致。"_s);
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"login-new-password"_s));

        // The one-time password itself is not a new one.
        newPassword->setText(once);
        repeated->setText(once);
        clickSignIn(dialog);
        QTRY_COMPARE(refused.size(), 2);
        QCOMPARE(newError->text(), u"新密码不能与一次性密码相同。"_s);
        QVERIFY(!repeatedError->isVisible());

        // A good one: the sign-in goes on to the sites and the dialog closes.
        const QString mine = u"wang-fang-own-2026"_s;
        newPassword->setText(mine);
        repeated->setText(mine);
        clickSignIn(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 20000);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(workspace.state(), pd::models::Workspace::State::Online);
        QVERIFY(!workspace.user().mustChangePassword);
        QCOMPARE(dialog.takePassword(), mine);
        QVERIFY(http.login(base, u"wang"_s, once).isEmpty());
        QVERIFY(!http.login(base, u"wang"_s, mine).isEmpty());

        // Reset again: a sign-in with nobody to ask (a remembered password) gives up with the reason.
        QUrl reset = base;
        reset.setPath(u"/api/v1/users/%1/password-reset"_s.arg(wang));
        const auto again = http.json("POST", reset, admin);
        QCOMPARE(again.status, 200);
        workspace.signOut();
        pd::models::Workspace unattended(client);
        QSignalSpy failed(&unattended, &pd::models::Workspace::signInFailed);
        connect(&unattended, &pd::models::Workspace::passwordChangeRequired, &unattended,
                &pd::models::Workspace::declinePasswordChange);
        unattended.signIn(base.toString(), u"wang"_s, again.json.object().value(u"oneTimePassword").toString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(failed.first().first().value<pd::Error>().message.contains(u"重置"_s),
                 qPrintable(failed.first().first().value<pd::Error>().message));
        QCOMPARE(unattended.state(), pd::models::Workspace::State::SignedOut);
        QVERIFY(!client.session().isSignedIn());
    }

    void englishInterface()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        pd::ui::LoginDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy failed(&workspace, &pd::models::Workspace::signInFailed);
        fill(dialog, m_portal.baseUrl().toString(), u"editor"_s, u"wrong-password"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(dialog.errorText(), u"Wrong user name or password."_s);
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"login-wrong-password-en"_s));
    }

    void cleanupTestCase()
    {
        if (m_portal.process().isRunning())
            m_portal.process().stop();
    }
};

QTEST_MAIN(tst_LoginUi)
#include "tst_login_ui.moc"
