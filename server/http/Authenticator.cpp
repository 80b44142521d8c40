#include "server/http/Authenticator.h"

#include "server/auth/TokenService.h"
#include "server/db/UserRepository.h"

#include <QHttpHeaders>

using namespace Qt::StringLiterals;

namespace pd::server {

QString Authenticator::bearerToken(const QHttpServerRequest &request)
{
    return bearerToken(request.headers().value(QHttpHeaders::WellKnownHeader::Authorization));
}

QString Authenticator::bearerToken(QByteArrayView authorization)
{
    const QByteArrayView value = authorization.trimmed();
    constexpr QByteArrayView scheme = "bearer ";
    if (value.size() <= scheme.size() || value.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    const QByteArrayView token = value.sliced(scheme.size()).trimmed();
    // Our tokens are base64url; anything else cannot be one and is not worth a database lookup.
    const bool plausible = token.size() <= 128 && std::ranges::all_of(token, [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    return plausible ? QString::fromLatin1(token) : QString();
}

Result<Authenticator::Caller> Authenticator::authenticate(const QHttpServerRequest &request)
{
    return authenticate(request.headers().value(QHttpHeaders::WellKnownHeader::Authorization));
}

Result<Authenticator::Caller> Authenticator::authenticate(QByteArrayView authorization)
{
    const QString token = bearerToken(authorization);
    if (token.isEmpty())
        return fail(ErrorCode::Unauthorized, u"需要登录：缺少 Authorization: Bearer 访问令牌"_s);
    auto userId = m_tokens.authenticate(token);
    if (!userId)
        return std::unexpected(userId.error());
    auto user = m_users.find(*userId);
    if (!user)
        return std::unexpected(user.error());
    if (!user->has_value())
        return fail(ErrorCode::Unauthorized, u"账号不存在或已停用"_s);
    return Caller{std::move(**user), token};
}

} // namespace pd::server
