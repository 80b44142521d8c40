#pragma once
#include "app/domain/Error.h"
#include "app/domain/Site.h"
#include "app/domain/User.h"
#include "app/models/ColumnTreeModel.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace pd::api {
class PortalClient;
}

namespace pd::models {

/// The signed-in working state the main window renders: who, on which site, its column tree, and whether the
/// server is reachable. Sign-in and refresh logic live here so the widgets stay thin.
class Workspace : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class State { SignedOut, SigningIn, Online, Offline };
    Q_ENUM(State)

    explicit Workspace(api::PortalClient &client, QObject *parent = nullptr);

    /// Signs in, then loads the sites and the column tree of the preferred (or first) site.
    /// Ends with exactly one of signedIn() or signInFailed().
    void signIn(const QString &serverAddress, const QString &username, const QString &password);
    void cancelSignIn();
    /// Completes a sign-in held up by passwordChangeRequired(): checks the new password (twice typed) here, then
    /// sets it (`POST /api/v1/me/password`, the password just signed in with as the current one) and goes on to
    /// the sites. Ends with signedIn(), or passwordChangeFailed() with field errors (the step can be tried again).
    void changePassword(const QString &newPassword, const QString &repeated);
    /// Gives up a sign-in held up by passwordChangeRequired(): signs out and ends with signInFailed() saying why,
    /// for callers that signed in without a person at the keyboard.
    void declinePasswordChange();
    /// Whether the sign-in is waiting for changePassword().
    [[nodiscard]] bool passwordChangePending() const { return m_passwordChangePending; }
    void signOut();
    /// Reloads the column tree of the current site.
    void refresh();
    /// Switches to another of the user's sites and loads its columns.
    void selectSite(qint64 siteId);
    /// The site to open after sign-in when the user has several (0: the first).
    void setPreferredSiteId(qint64 siteId) { m_preferredSiteId = siteId; }
    /// Shows what the local cache knows (the user's sites, the column tree of the preferred one) while a sign-in is
    /// still under way, so the window can open at once; the sign-in's answer replaces it. Ignored unless signing in.
    void showCached(const QList<domain::Site> &sites, const QList<domain::Column> &columns);
    /// How often reachability is checked while signed in (0 disables the check).
    void setHeartbeatInterval(std::chrono::milliseconds interval);

    /// Shows a problem found outside the workspace (local database, keyring) where the workspace shows its own.
    void reportError(const Error &error);

    [[nodiscard]] State state() const { return m_state; }
    /// A short, translated description of the connection state for the status bar.
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QUrl serverUrl() const;
    [[nodiscard]] const domain::User &user() const;
    [[nodiscard]] const domain::Site &site() const { return m_site; }
    [[nodiscard]] const QList<domain::Site> &sites() const { return m_sites; }
    [[nodiscard]] ColumnTreeModel *columnModel() { return &m_columns; }
    [[nodiscard]] api::PortalClient &client() { return m_client; }
    /// The last failure (sign-in, refresh or reachability), for display.
    [[nodiscard]] const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(pd::models::Workspace::State state);
    void signedIn();
    void signInFailed(const pd::Error &error);
    /// The sign-in succeeded with a password an administrator reset: nothing else is possible until the user sets
    /// their own (changePassword()). The sign-in stays under way.
    void passwordChangeRequired();
    /// The new password was refused (here or by the server); `error.fields` names newPassword / repeated.
    void passwordChangeFailed(const pd::Error &error);
    void siteChanged();
    /// signOut() is about to end the session: the last moment to send something under the current account.
    void aboutToSignOut();
    /// showCached() put the cached sites and columns on display (the sign-in is still running).
    void cachedSiteShown();
    /// A failure after sign-in (refresh, lost connection, expired session).
    void errorOccurred(const pd::Error &error);

private:
    void setState(State state);
    void loadSites();
    void loadColumns(bool partOfSignIn);
    void failSignIn(const Error &error);
    void checkHealth();

    api::PortalClient &m_client;
    ColumnTreeModel m_columns;
    QTimer m_heartbeat;
    State m_state = State::SignedOut;
    domain::Site m_site;
    QList<domain::Site> m_sites;
    Error m_lastError;
    qint64 m_preferredSiteId = 0;
    QString m_signInPassword; ///< kept only while a password change is pending
    bool m_passwordChangePending = false;
    quint64 m_pendingCall = 0;
    bool m_healthInFlight = false;
};

} // namespace pd::models
