#include "server/http/SessionController.h"

#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordWorkers.h"
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
    Route session{"POST", u"/api/v1/session"_s, false, Route::Body::Json, kSmallJson, {}};
    session.asyncHandler = [this](ApiRequest &r) { return login(r); };
    server.addRoute(std::move(session));
    server.addRoute(Route{"POST", u"/api/v1/session/refresh"_s, false, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return refresh(r); }});
    server.addRoute(Route{"DELETE", u"/api/v1/session"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return logout(r); }, {}, true});
    server.addRoute(Route{"GET", u"/api/v1/me"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return me(r); },
                          {}, true});
}

QFuture<Result<ApiResponse>> SessionController::login(ApiRequest &request)
{
    const auto answer = [](Result<ApiResponse> result) { return QtFuture::makeReadyValueFuture(std::move(result)); };
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
        return answer(std::unexpected(e));
    }

    // Every password worker taken and the queue full: say so at once rather than queue without bound. Before the
    // throttle, so a refusal for lack of room costs nobody a try.
    if (!m_passwords.hasRoom()) {
        Error e = Error::make(ErrorCode::RateLimited, u"登录请求过多，服务器正忙，请稍后再试"_s);
        e.retryAfterSeconds = 1;
        return answer(std::unexpected(e));
    }
    // The real client address (behind nginx: what the trusted proxy says), never the proxy's own.
    const QString account = username.toLower();
    const QString address = request.client.toString();
    if (const auto wait = m_throttle.admit(account, address)) {
        Error e = Error::make(ErrorCode::RateLimited, u"登录尝试过于频繁，请 %1 秒后再试"_s.arg(*wait));
        e.retryAfterSeconds = *wait;
        return answer(std::unexpected(e));
    }

    auto creds = m_users.credentials(username);
    if (!creds)
        return answer(std::unexpected(creds.error()));
    // Always run one Argon2id verification so the answer time does not reveal whether the name exists.
    const bool known = creds->has_value() && !(*creds)->disabled;
    const qint64 userId = known ? (*creds)->id : 0;
    auto check = m_passwords.verify(known ? (*creds)->passwordHash : QByteArray(), password.toUtf8());
    if (!check) // cannot happen after hasRoom() above on this one thread; refuse rather than assume
        return answer(fail(ErrorCode::Server, u"服务器正忙，请稍后再试"_s));
    return check->then(&m_passwords, [this, known, userId, account, address, username](const PasswordWorkers::Check &c)
                                         -> Result<ApiResponse> {
        if (!known || !c.ok) {
            qCInfo(lcHttp).noquote() << "failed login for" << logText(username) << "from" << address;
            return fail(ErrorCode::Unauthorized, u"用户名或密码错误"_s);
        }
        m_throttle.succeeded(account, address);
        return signIn(userId, c.rehashed);
    });
}

Result<ApiResponse> SessionController::signIn(qint64 userId, const QByteArray &rehashed)
{
    if (!rehashed.isEmpty())
        (void)m_users.setPasswordHash(userId, rehashed);
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
