#pragma once
#include "api/PortalClient.h"
#include "models/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

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

Q_SIGNALS:
    /// The main window was exposed for the first time (used by --quit-after-shown).
    void mainWindowShown();
    /// The user left: the login dialog was cancelled or the main window closed.
    void finished();

private:
    void showLogin(const pd::Error *error);
    void showMainWindow();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSettings &m_settings;
    api::PortalClient m_client;
    models::Workspace m_workspace;
    std::unique_ptr<ui::LoginDialog> m_login;
    std::unique_ptr<ui::MainWindow> m_mainWindow;
    StartOptions m_options;
    bool m_shownOnce = false;
};

} // namespace pd::app
