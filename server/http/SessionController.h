#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class LoginThrottle;
class PasswordHasher;
class TokenService;
class UserRepository;
struct ApiRequest;

/// Sign-in, token refresh, sign-out and `GET /api/v1/me`.
class SessionController
{
public:
    SessionController(UserRepository &users, PasswordHasher &hasher, TokenService &tokens, LoginThrottle &throttle)
        : m_users(users), m_hasher(hasher), m_tokens(tokens), m_throttle(throttle)
    {
    }
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> login(ApiRequest &request);
    Result<ApiResponse> refresh(ApiRequest &request);
    Result<ApiResponse> logout(ApiRequest &request);
    Result<ApiResponse> me(ApiRequest &request);

    UserRepository &m_users;
    PasswordHasher &m_hasher;
    TokenService &m_tokens;
    LoginThrottle &m_throttle;
};

} // namespace pd::server
