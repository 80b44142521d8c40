#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

#include <QFuture>

namespace pd::server {

class ApiServer;
class LoginThrottle;
class PasswordHasher;
class PasswordWorkers;
class TokenService;
class UserRepository;
struct ApiRequest;

/// Sign-in, token refresh, sign-out and `GET /api/v1/me`. Sign-in answers asynchronously: the password check runs
/// on PasswordWorkers while the event loop serves everything else.
class SessionController
{
public:
    SessionController(UserRepository &users, PasswordWorkers &passwords, TokenService &tokens, LoginThrottle &throttle)
        : m_users(users), m_passwords(passwords), m_tokens(tokens), m_throttle(throttle)
    {
    }
    void registerRoutes(ApiServer &server);

private:
    QFuture<Result<ApiResponse>> login(ApiRequest &request);
    /// After a right password: the tokens and the user, on the server's thread.
    Result<ApiResponse> signIn(qint64 userId, const QByteArray &rehashed);
    Result<ApiResponse> refresh(ApiRequest &request);
    Result<ApiResponse> logout(ApiRequest &request);
    Result<ApiResponse> me(ApiRequest &request);

    UserRepository &m_users;
    PasswordWorkers &m_passwords;
    TokenService &m_tokens;
    LoginThrottle &m_throttle;
};

} // namespace pd::server
