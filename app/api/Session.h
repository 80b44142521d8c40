#pragma once
#include "app/domain/User.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace pd::api {

/// The signed-in session: which server, which tokens, which user. Owned by PortalClient, observed by the UI.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);

    [[nodiscard]] QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &url);

    [[nodiscard]] QString accessToken() const { return m_accessToken; }
    [[nodiscard]] QString refreshToken() const { return m_refreshToken; }
    /// When the access token stops being accepted (invalid when unknown).
    [[nodiscard]] QDateTime accessExpiresAt() const { return m_accessExpiresAt; }
    [[nodiscard]] const domain::User &user() const { return m_user; }

    /// Whether tokens are held; says nothing about whether the server still accepts them.
    [[nodiscard]] bool isSignedIn() const { return !m_accessToken.isEmpty(); }

    void setTokens(const QString &accessToken, const QString &refreshToken, int expiresInSeconds);
    void setUser(const domain::User &user);
    /// Forgets tokens and user but keeps the server address (for signing in again).
    void clear();

Q_SIGNALS:
    void changed();

private:
    QUrl m_serverUrl;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_accessExpiresAt;
    domain::User m_user;
};

} // namespace pd::api
