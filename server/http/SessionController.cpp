#include "server/http/SessionController.h"

#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/TokenService.h"
#include "server/db/UserRepository.h"
#include "server/http/ApiServer.h"
#include "server/http/HttpLog.h"
#include "server/log/LogText.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kSmallJson = 16 * 1024;

QJsonObject pairJson(const TokenPair &pair)
{
    return QJsonObject{{u"accessToken"_s, pair.accessToken},
                       {u"refreshToken"_s, pair.refreshToken},
                       {u"expiresIn"_s, pair.expiresIn},
                       {u"tokenType"_s, u"Bearer"_s}};
}

} // namespace

void SessionController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"POST", u"/api/v1/session"_s, false, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return login(r); }});
    server.addRoute(Route{"POST", u"/api/v1/session/refresh"_s, false, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return refresh(r); }});
    server.addRoute(Route{"DELETE", u"/api/v1/session"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return logout(r); }});
    server.addRoute(Route{"GET", u"/api/v1/me"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return me(r); }});
}

Result<ApiResponse> SessionController::login(ApiRequest &request)
{
    const QJsonObject body = request.object();
    const QString username = body.value(u"username").toString().trimmed();
    const QString password = body.value(u"password").toString();
    QList<FieldError> missing;
    if (username.isEmpty())
        missing.append({u"username"_s, u"请输入用户名"_s});
    if (password.isEmpty())
        missing.append({u"password"_s, u"请输入密码"_s});
    if (!missing.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"用户名和密码不能为空"_s);
        e.fields = missing;
        return std::unexpected(e);
    }

    const QString key = username.toLower() + u'|' + request.http.remoteAddress().toString();
    if (const auto wait = m_throttle.retryAfter(key)) {
        Error e = Error::make(ErrorCode::RateLimited, u"登录失败次数过多，请 %1 秒后再试"_s.arg(*wait));
        e.retryAfterSeconds = *wait;
        return std::unexpected(e);
    }

    auto creds = m_users.credentials(username);
    if (!creds)
        return std::unexpected(creds.error());
    // Always run one Argon2id verification so the answer time does not reveal whether the name exists.
    const bool known = creds->has_value() && !(*creds)->disabled;
    const bool ok = m_hasher.verify(known ? QByteArrayView((*creds)->passwordHash) : QByteArrayView(), password.toUtf8());
    if (!known || !ok) {
        m_throttle.recordFailure(key);
        qCInfo(lcHttp).noquote() << "failed login for" << logText(username) << "from"
                                 << request.http.remoteAddress().toString();
        return fail(ErrorCode::Unauthorized, u"用户名或密码错误"_s);
    }
    m_throttle.reset(key);

    const qint64 userId = (*creds)->id;
    if (m_hasher.needsRehash((*creds)->passwordHash)) {
        if (auto h = m_hasher.hash(password.toUtf8()))
            (void)m_users.setPasswordHash(userId, *h);
    }
    auto user = m_users.find(userId);
    if (!user)
        return std::unexpected(user.error());
    if (!user->has_value())
        return fail(ErrorCode::Unauthorized, u"用户名或密码错误"_s);
    auto pair = m_tokens.issue(userId);
    if (!pair)
        return std::unexpected(pair.error());
    QJsonObject out = pairJson(*pair);
    out.insert(u"user"_s, (*user)->toJson());
    return ApiResponse::json(201, out);
}

Result<ApiResponse> SessionController::refresh(ApiRequest &request)
{
    const QString token = request.object().value(u"refreshToken").toString();
    if (token.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"缺少刷新令牌"_s);
        e.fields = {{u"refreshToken"_s, u"必填"_s}};
        return std::unexpected(e);
    }
    auto pair = m_tokens.refresh(token);
    if (!pair)
        return std::unexpected(pair.error());
    auto user = m_users.find(pair->userId);
    if (!user)
        return std::unexpected(user.error());
    if (!user->has_value())
        return fail(ErrorCode::Unauthorized, u"账号不存在或已停用"_s);
    QJsonObject out = pairJson(*pair);
    out.insert(u"user"_s, (*user)->toJson());
    return ApiResponse::json(200, out);
}

Result<ApiResponse> SessionController::logout(ApiRequest &request)
{
    if (auto r = m_tokens.revokeSession(request.accessToken); !r)
        return std::unexpected(r.error());
    return ApiResponse::noContent();
}

Result<ApiResponse> SessionController::me(ApiRequest &request)
{
    return ApiResponse::json(200, request.caller().toJson());
}

} // namespace pd::server
