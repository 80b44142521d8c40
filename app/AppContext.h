#pragma once
#include "api/EventStream.h"
#include "api/PortalClient.h"
#include "models/Workspace.h"
#include "store/CredentialStore.h"
#include "store/LocalStore.h"
#include "sync/OutboxSync.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace pd::ui {
class LoginDialog;
class MainWindow;
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

Q_SIGNALS:
    /// The main window was exposed for the first time (used by --quit-after-shown).
    void mainWindowShown();
    /// The user left: the login dialog was cancelled or the main window closed.
    void finished();

private:
    void showLogin(const pd::Error *error);
    void showMainWindow();
    void signInDirectly(const QString &password);
    /// After sign-in: the account's store (cache, outbox delivery) and the event stream.
    void openAccount();
    void closeAccount();
    void rememberPassword(const QString &password);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSettings &m_settings;
    api::PortalClient m_client;
    models::Workspace m_workspace;
    store::LocalStore m_store;
    std::unique_ptr<store::CredentialStore> m_credentials;
    std::unique_ptr<sync::OutboxSync> m_sync;
    api::EventStream m_stream;
    QTimer m_refreshSoon;
    std::unique_ptr<ui::LoginDialog> m_login;
    std::unique_ptr<ui::MainWindow> m_mainWindow;
    StartOptions m_options;
    bool m_shownOnce = false;
};

} // namespace pd::app
