// Drives the real LoginDialog and MainWindow offscreen against a real portald started with --demo:
// wrong password, unreachable server and a bad address are explained in Chinese and the dialog stays usable;
// the right password opens the main window with the site's name and its column tree. Screenshots are saved
// into $PD_SCREENSHOT_DIR for review.
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldProcess.h"
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

    std::unique_ptr<pd::test::PortaldProcess> m_portald;

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString path = dir + u'/' + name + u".png"_s;
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

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
        m_portald = std::make_unique<pd::test::PortaldProcess>(QStringList{u"--demo"_s});
        QVERIFY2(m_portald->start(), qPrintable(m_portald->log()));
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
        const QString server = m_portald->baseUrl().toString();

        // 1. Wrong password: a Chinese explanation, the dialog stays open and usable.
        fill(dialog, server, u"editor"_s, u"wrong-password"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(dialog.errorText(), u"用户名或密码错误。"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(passwordEdit->isEnabled());
        QVERIFY(passwordEdit->hasFocus());
        QCOMPARE(accepted.size(), 0);
        screenshot(&dialog, u"login-wrong-password"_s);

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
        screenshot(&dialog, u"login-unreachable"_s);

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
        const QString token = http.login(m_portald->baseUrl(), u"editor"_s, u"portaldesk-demo"_s);
        QVERIFY(!token.isEmpty());
        const auto sites = http.json("GET", m_portald->baseUrl().resolved(QUrl(u"/api/v1/sites"_s)), token);
        const QString siteName = sites.json.array().first().toObject().value(u"name").toString();
        const auto me = http.json("GET", m_portald->baseUrl().resolved(QUrl(u"/api/v1/me"_s)), token);
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
        screenshot(&window, u"main-window"_s);

        // Losing the server shows in the status bar; the window stays.
        workspace.setHeartbeatInterval(std::chrono::milliseconds(200));
        QVERIFY(m_portald->stop());
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(u"断开"_s), 10000);
        QVERIFY(window.isVisible());
        screenshot(&window, u"main-window-offline"_s);
        QVERIFY2(m_portald->restart(), qPrintable(m_portald->log()));
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
                screenshot(&dialog, u"login-plain-http-warning"_s);
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
        fill(dialog, m_portald->baseUrl().toString(), u"editor"_s, u"wrong-password"_s);
        clickSignIn(dialog);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(dialog.errorText(), u"Wrong user name or password."_s);
        screenshot(&dialog, u"login-wrong-password-en"_s);
    }

    void cleanupTestCase()
    {
        if (m_portald)
            m_portald->stop();
    }
};

QTEST_MAIN(tst_LoginUi)
#include "tst_login_ui.moc"
