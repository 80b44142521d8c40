#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"

#include <QHttpServerRequest>

namespace pd::server {

class TokenService;
class UserRepository;

/// Turns `Authorization: Bearer <token>` into the signed-in user, or Unauthorized.
class Authenticator
{
public:
    struct Caller {
        domain::User user;
        QString accessToken;
    };

    Authenticator(TokenService &tokens, UserRepository &users) : m_tokens(tokens), m_users(users) {}

    [[nodiscard]] Result<Caller> authenticate(const QHttpServerRequest &request);
    /// The same from a bare `Authorization` header value (the WebSocket stream sees only its upgrade's headers).
    [[nodiscard]] Result<Caller> authenticate(QByteArrayView authorization);
    /// The bearer token of a request, empty when there is none.
    [[nodiscard]] static QString bearerToken(const QHttpServerRequest &request);
    /// The bearer token in an `Authorization` header value, empty when there is none or it cannot be one of ours.
    [[nodiscard]] static QString bearerToken(QByteArrayView authorization);

private:
    TokenService &m_tokens;
    UserRepository &m_users;
};

} // namespace pd::server
