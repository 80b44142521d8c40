#pragma once
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"
#include "app/store/AccountCredentials.h"
#include "app/store/AccountRegistry.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace pd::domain {
struct SweepFinding;
}
namespace pd::ui {
class Appearance;
class LoginDialog;
class MainWindow;
class RichEditorPool;
} // namespace pd::ui

namespace pd::app {

/// What `portaldesk` was asked to do on its command line.
struct StartOptions {
    QString server;
    QString user;
    QString password;        ///< from PORTALDESK_PASSWORD only, never from an argument
    bool quitAfterShown = false;
};

/// The client's services for one run, built by main() and handed to the windows through their constructors;
/// it also drives the top-level flow: sign in, then the main window, back to sign-in after signing out.
class AppContext : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    explicit AppContext(QSettings &settings, QObject *parent = nullptr);
    ~AppContext() override;

    /// Signs in straight away when the credentials are complete, otherwise shows the login dialog.
    void start(const StartOptions &options);

    [[nodiscard]] api::PortalClient &client() { return m_client; }
    [[nodiscard]] models::Workspace &workspace() { return m_workspace; }
    /// The signed-in account's local database (drafts, cache, outbox); open only while signed in.
    [[nodiscard]] store::LocalStore &localStore() { return m_store; }
    [[nodiscard]] api::EventStream &eventStream() { return m_stream; }
    /// The light/dark choice, applied before the first window opens.
    [[nodiscard]] ui::Appearance &appearance() { return *m_appearance; }

Q_SIGNALS:
    /// The main window was exposed for the first time (used by --quit-after-shown).
    void mainWindowShown();
    /// The user left: the login dialog was cancelled or the main window closed.
    void finished();

private:
    /// The login dialog; cancelling it ends the program, or with `returnTo` (an account id) signs in as that account.
    void showLogin(const pd::Error *error, const QString &returnTo = {});
    void showMainWindow();
    // The main window's pages, each with what it brings along (menu entries, the links between pages); once per
    // main window, in the navigation's order of addition.
    void installDisclosure();
    void installNews();
    void installAdmin();
    void installReview();
    void installWorkbench();
    void installLive();
    /// Opens a sweep finding's item in the editor with the match selected.
    void openFinding(const domain::SweepFinding &finding);
    void signInDirectly(const QString &password);
    /// Opens the main window on the account's cached sites and columns while the sign-in runs (warm start).
    void showFromCache();
    [[nodiscard]] QString storePath(const QUrl &server, const QString &user) const;
    /// After sign-in: the account's store (cache, outbox delivery) and the event stream.
    void openAccount();
    void closeAccount();
    void rememberPassword(const QString &password);
    /// Makes `account` the one the next sign-in uses (address, user, site, extra CA certificates).
    void useAccount(const store::Account &account);
    /// Signs out and signs in as another registered account (its remembered password, or the login dialog).
    void switchAccount(const QString &id);
    void showSettings();
    void updateAccountMenu();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSettings &m_settings;
    std::unique_ptr<ui::Appearance> m_appearance;
    api::PortalClient m_client;
    models::Workspace m_workspace;
    store::LocalStore m_store;
    store::AccountRegistry m_accounts;
    store::AccountCredentials m_passwords;
    std::unique_ptr<sync::OutboxSync> m_sync;
    api::EventStream m_stream;
    QTimer m_refreshSoon;
    std::unique_ptr<ui::LoginDialog> m_login;
    /// Declared before the main window so that it outlives every editor window that took a page from it.
    std::unique_ptr<ui::RichEditorPool> m_editorPool;
    std::unique_ptr<ui::MainWindow> m_mainWindow;
    StartOptions m_options;
    bool m_shownOnce = false;
};

} // namespace pd::app
