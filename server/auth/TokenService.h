#pragma once
#include "app/domain/Error.h"

#include <QObject>
#include <QString>
#include <chrono>

namespace pd::server {

class Database;

/// A freshly issued access + refresh token pair (the only time the plain tokens exist on the server).
struct TokenPair {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; ///< access token lifetime in seconds
    qint64 userId = 0;
};

/// What a long-lived connection (the event stream) needs to know about the access token it was opened with.
struct TokenSession {
    qint64 userId = 0;
    qint64 expiresAtMs = 0; ///< when the access token stops being accepted
};

/// Random 256-bit bearer tokens stored as SHA-256 hashes; refresh tokens rotate and a reused one revokes its family.
class TokenService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenService)

public:
    explicit TokenService(Database &db, std::chrono::seconds accessTtl = std::chrono::minutes(15),
                          std::chrono::seconds refreshTtl = std::chrono::days(30), QObject *parent = nullptr);

    /// Starts a new session (token family) for a user.
    Result<TokenPair> issue(qint64 userId);
    /// Exchanges a refresh token for a new pair; presenting an already used one revokes the whole session.
    Result<TokenPair> refresh(const QString &refreshToken);
    /// The user an access token belongs to, or Unauthorized.
    Result<qint64> authenticate(const QString &accessToken);
    /// Revokes the session (family) an access token belongs to.
    Result<void> revokeSession(const QString &accessToken);
    /// Whether a connection opened with `accessToken` may stay open: Unauthorized with the reason to show (signed
    /// out, expired) once the session ended. Unlike authenticate(), an access token replaced by a refresh keeps its
    /// connection until it expires, so a client renewing its token is not cut off at every renewal.
    Result<TokenSession> session(const QString &accessToken);

Q_SIGNALS:
    /// A whole session ended (sign-out, or a stolen refresh token came back): open connections should look again.
    void sessionsRevoked();

private:
    Result<TokenPair> issueInFamily(qint64 userId, const QString &family);
    Result<void> revokeFamily(const QString &family);

    Database &m_db;
    std::chrono::seconds m_accessTtl;
    std::chrono::seconds m_refreshTtl;
};

} // namespace pd::server
