#include "app/models/Workspace.h"

#include "app/api/ErrorMapper.h"
#include "app/api/PortalClient.h"
#include "app/models/ModelsLog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::models {

Workspace::Workspace(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_columns(this)
    , m_heartbeat(this)
{
    m_heartbeat.setInterval(std::chrono::seconds(15));
    connect(&m_heartbeat, &QTimer::timeout, this, &Workspace::checkHealth);
    connect(&m_client, &api::PortalClient::sessionExpired, this, [this](const Error &error) {
        if (m_state == State::SignedOut || m_state == State::SigningIn)
            return;
        m_lastError = error;
        m_heartbeat.stop();
        setState(State::SignedOut);
        Q_EMIT errorOccurred(error);
    });
}

void Workspace::setHeartbeatInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_heartbeat.stop();
        m_heartbeat.setInterval(0);
        return;
    }
    m_heartbeat.setInterval(interval);
    if (m_state == State::Online || m_state == State::Offline)
        m_heartbeat.start();
}

QUrl Workspace::serverUrl() const
{
    return m_client.session().serverUrl();
}

const domain::User &Workspace::user() const
{
    return m_client.session().user();
}

QString Workspace::stateText() const
{
    const QString host = serverUrl().host() + (serverUrl().port() > 0 ? u":%1"_s.arg(serverUrl().port()) : QString());
    switch (m_state) {
    case State::SignedOut: return tr("Not signed in");
    case State::SigningIn: return tr("Connecting to %1…").arg(host);
    case State::Online: return tr("Connected to %1").arg(host);
    case State::Offline: return tr("Connection to %1 lost — retrying").arg(host);
    }
    return QString();
}

void Workspace::reportError(const Error &error)
{
    m_lastError = error;
    Q_EMIT errorOccurred(error);
}

void Workspace::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcModels) << "workspace state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Workspace::signIn(const QString &serverAddress, const QString &username, const QString &password)
{
    cancelSignIn();
    m_heartbeat.stop();
    const auto url = api::ErrorMapper::parseServerUrl(serverAddress);
    if (!url) {
        failSignIn(url.error());
        return;
    }
    if (username.trimmed().isEmpty()) {
        failSignIn(Error::make(ErrorCode::InvalidInput, tr("Enter your user name.")));
        return;
    }
    if (password.isEmpty()) {
        failSignIn(Error::make(ErrorCode::InvalidInput, tr("Enter your password.")));
        return;
    }
    setState(State::SigningIn);
    m_pendingCall = m_client.login(*url, username.trimmed(), password, this, [this, password](Result<domain::User> result) {
        m_pendingCall = 0;
        if (!result) {
            failSignIn(result.error());
            return;
        }
        qCInfo(lcModels) << "signed in as" << result->username;
        if (result->mustChangePassword) {
            // The server refuses everything else until then, so the sites cannot be loaded yet.
            m_signInPassword = password;
            m_passwordChangePending = true;
            Q_EMIT passwordChangeRequired();
            return;
        }
        loadSites();
    });
}

void Workspace::changePassword(const QString &newPassword, const QString &repeated)
{
    if (!m_passwordChangePending || m_pendingCall != 0)
        return;
    // The same rules the server applies, checked first so the answer comes at once and next to the field.
    constexpr qsizetype minLength = 12;
    Error invalid = Error::make(ErrorCode::Validation, tr("The new password was not accepted."));
    if (newPassword.size() < minLength)
        invalid.fields.append({u"newPassword"_s, tr("The new password needs at least %1 characters.").arg(minLength)});
    else if (newPassword == m_signInPassword)
        invalid.fields.append({u"newPassword"_s, tr("The new password must differ from the one-time password.")});
    if (repeated != newPassword)
        invalid.fields.append({u"repeated"_s, tr("The two entries differ.")});
    if (!invalid.fields.isEmpty()) {
        Q_EMIT passwordChangeFailed(invalid);
        return;
    }
    const QJsonObject body{{u"currentPassword"_s, m_signInPassword}, {u"newPassword"_s, newPassword}};
    m_pendingCall = m_client.call("POST", u"/api/v1/me/password"_s, QJsonDocument(body), {}, this,
                                  [this](Result<api::ApiReply> result) {
        m_pendingCall = 0;
        if (!result) {
            Q_EMIT passwordChangeFailed(result.error());
            return;
        }
        m_passwordChangePending = false;
        m_signInPassword.clear();
        domain::User user = m_client.session().user();
        user.mustChangePassword = false;
        m_client.session().setUser(user);
        qCInfo(lcModels) << "own password set after a reset";
        loadSites();
    });
}

void Workspace::declinePasswordChange()
{
    if (!m_passwordChangePending)
        return;
    signOut();
    failSignIn(Error::make(ErrorCode::Forbidden, tr("An administrator reset your password. Sign in with the one-time "
                                                    "password you were given to set a new one.")));
}

void Workspace::cancelSignIn()
{
    if (m_pendingCall != 0 && m_state == State::SigningIn) {
        const quint64 call = m_pendingCall;
        m_pendingCall = 0;
        m_client.cancel(call);
    }
    if (m_passwordChangePending)
        signOut(); // signed in, but only to set a password: leaving here ends that session too
}

void Workspace::signOut()
{
    if (m_client.session().isSignedIn())
        Q_EMIT aboutToSignOut();
    // Cleared first: cancelSignIn() signs out itself while a password change is pending.
    m_passwordChangePending = false;
    m_signInPassword.clear();
    cancelSignIn();
    m_heartbeat.stop();
    if (m_client.session().isSignedIn())
        m_client.logout(this, [](Result<void> result) {
            if (!result)
                qCInfo(lcModels) << "sign-out not confirmed by the server:" << result.error().message;
        });
    m_sites.clear();
    m_site = {};
    m_columns.setColumns({});
    setState(State::SignedOut);
}

void Workspace::failSignIn(const Error &error)
{
    m_lastError = error;
    setState(State::SignedOut);
    Q_EMIT signInFailed(error);
}

void Workspace::loadSites()
{
    m_pendingCall = m_client.sites(this, [this](Result<QList<domain::Site>> result) {
        m_pendingCall = 0;
        if (!result) {
            failSignIn(result.error());
            return;
        }
        if (result->isEmpty()) {
            failSignIn(Error::make(ErrorCode::Forbidden, tr("Your account has no site to work on. Ask an administrator "
                                                            "to grant you a role on a site.")));
            return;
        }
        m_sites = *result;
        m_site = m_sites.constFirst();
        for (const domain::Site &s : std::as_const(m_sites))
            if (s.id == m_preferredSiteId)
                m_site = s;
        loadColumns(true);
    });
}

void Workspace::loadColumns(bool partOfSignIn)
{
    m_pendingCall = m_client.columns(m_site.id, this, [this, partOfSignIn](Result<QList<domain::Column>> result) {
        m_pendingCall = 0;
        if (!result) {
            if (partOfSignIn) {
                failSignIn(result.error());
            } else {
                m_lastError = result.error();
                if (result.error().isTransient())
                    setState(State::Offline);
                Q_EMIT errorOccurred(result.error());
            }
            return;
        }
        m_columns.setNow(QDateTime());
        m_columns.setColumns(*result);
        setState(State::Online);
        if (m_heartbeat.interval() > 0)
            m_heartbeat.start();
        Q_EMIT siteChanged();
        if (partOfSignIn)
            Q_EMIT signedIn();
    });
}

void Workspace::showCached(const QList<domain::Site> &sites, const QList<domain::Column> &columns)
{
    if (m_state != State::SigningIn || sites.isEmpty())
        return;
    m_sites = sites;
    m_site = m_sites.constFirst();
    for (const domain::Site &s : std::as_const(m_sites))
        if (s.id == m_preferredSiteId)
            m_site = s;
    m_columns.setNow(QDateTime());
    m_columns.setColumns(columns);
    // Not siteChanged(): pages that fetch on a site change would call the server before there is a session.
    Q_EMIT cachedSiteShown();
}

void Workspace::refresh()
{
    if (m_state == State::Online || m_state == State::Offline)
        loadColumns(false);
}

void Workspace::selectSite(qint64 siteId)
{
    for (const domain::Site &s : std::as_const(m_sites)) {
        if (s.id == siteId && s.id != m_site.id) {
            m_site = s;
            loadColumns(false);
            return;
        }
    }
}

void Workspace::checkHealth()
{
    if (m_healthInFlight || !(m_state == State::Online || m_state == State::Offline))
        return;
    m_healthInFlight = true;
    m_client.health(this, [this](Result<void> result) {
        m_healthInFlight = false;
        if (m_state != State::Online && m_state != State::Offline)
            return;
        if (!result) {
            if (m_state == State::Online) {
                m_lastError = result.error();
                setState(State::Offline);
                Q_EMIT errorOccurred(result.error());
            }
            return;
        }
        if (m_state == State::Offline)
            loadColumns(false); // back online: catch up with what changed meanwhile
    });
}

} // namespace pd::models
