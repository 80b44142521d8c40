#include "server/auth/TokenService.h"

#include "server/auth/AuthLog.h"
#include "server/db/Database.h"
#include "server/db/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

QString randomToken()
{
    unsigned char bytes[32]; // 256 bits
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error unauthorized(const QString &detail)
{
    return Error::make(ErrorCode::Unauthorized, detail);
}

} // namespace

TokenService::TokenService(Database &db, std::chrono::seconds accessTtl, std::chrono::seconds refreshTtl,
                           QObject *parent)
    : QObject(parent), m_db(db), m_accessTtl(accessTtl), m_refreshTtl(refreshTtl)
{
    if (sodium_init() < 0)
        qCCritical(lcAuth) << "libsodium failed to initialise";
}

Result<TokenPair> TokenService::issue(qint64 userId)
{
    Transaction tx(m_db);
    auto pair = issueInFamily(userId, randomToken());
    if (!pair)
        return pair;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return pair;
}

Result<TokenPair> TokenService::issueInFamily(qint64 userId, const QString &family)
{
    TokenPair pair;
    pair.accessToken = randomToken();
    pair.refreshToken = randomToken();
    pair.expiresIn = m_accessTtl.count();
    pair.userId = userId;
    const qint64 now = nowMs();
    const QString sql = u"INSERT INTO tokens (hash, kind, family, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"_s;
    if (auto r = m_db.exec(sql, {tokenHash(pair.accessToken), u"access"_s, family, userId, now,
                                 now + std::chrono::milliseconds(m_accessTtl).count()});
        !r)
        return std::unexpected(r.error());
    if (auto r = m_db.exec(sql, {tokenHash(pair.refreshToken), u"refresh"_s, family, userId, now,
                                 now + std::chrono::milliseconds(m_refreshTtl).count()});
        !r)
        return std::unexpected(r.error());
    return pair;
}

Result<void> TokenService::revokeFamily(const QString &family)
{
    auto r = m_db.exec(u"UPDATE tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL"_s, {nowMs(), family});
    if (!r)
        return std::unexpected(r.error());
    // Queued: the revocation may sit in the caller's transaction still, and listeners look it up in the database.
    QMetaObject::invokeMethod(this, &TokenService::sessionsRevoked, Qt::QueuedConnection);
    return {};
}

Result<TokenPair> TokenService::refresh(const QString &refreshToken)
{
    Transaction tx(m_db);
    auto q = m_db.exec(u"SELECT family, user_id, expires_at, used_at, revoked_at FROM tokens WHERE hash = ? AND kind = 'refresh'"_s,
                       {tokenHash(refreshToken)});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::unexpected(unauthorized(u"刷新令牌无效"_s));
    const QString family = q->value(0).toString();
    const qint64 userId = q->value(1).toLongLong();
    const qint64 expiresAt = q->value(2).toLongLong();
    const bool used = !q->value(3).isNull();
    const bool revoked = !q->value(4).isNull();
    const qint64 now = nowMs();

    if (used || revoked) {
        // A rotated-away token came back: either the client replayed it or someone stole it. Either way the
        // whole session ends, so a thief's copy stops working too.
        if (used && !revoked) {
            qCWarning(lcAuth) << "refresh token reuse detected for user" << userId << "- revoking the session";
            if (auto r = revokeFamily(family); !r)
                return std::unexpected(r.error());
            if (auto c = tx.commit(); !c)
                return std::unexpected(c.error());
        }
        return std::unexpected(unauthorized(u"刷新令牌已使用或已撤销，请重新登录"_s));
    }
    if (expiresAt <= now)
        return std::unexpected(unauthorized(u"刷新令牌已过期，请重新登录"_s));

    // The read above is no lock: another portald on the same PostgreSQL database may be rotating this token
    // right now. Only the one whose conditional UPDATE marks the token used wins; the other finds no row left to
    // mark (PostgreSQL re-checks the condition once the winner committed) and handles it as the reuse it is.
    auto marked = m_db.exec(u"UPDATE tokens SET used_at = ? WHERE hash = ? AND kind = 'refresh' AND used_at IS NULL "
                            "AND revoked_at IS NULL"_s,
                            {now, tokenHash(refreshToken)});
    if (!marked)
        return std::unexpected(marked.error());
    if (marked->numRowsAffected() != 1) {
        qCWarning(lcAuth) << "concurrent refresh of one token for user" << userId << "- revoking the session";
        if (auto r = revokeFamily(family); !r)
            return std::unexpected(r.error());
        if (auto c = tx.commit(); !c)
            return std::unexpected(c.error());
        return std::unexpected(unauthorized(u"刷新令牌已使用或已撤销，请重新登录"_s));
    }
    // The access token of the previous pair ends with the rotation: only the newest pair is live.
    if (auto r = m_db.exec(u"UPDATE tokens SET revoked_at = ? WHERE family = ? AND kind = 'access' AND revoked_at IS NULL"_s,
                           {now, family});
        !r)
        return std::unexpected(r.error());
    auto pair = issueInFamily(userId, family);
    if (!pair)
        return pair;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return pair;
}

Result<qint64> TokenService::authenticate(const QString &accessToken)
{
    if (accessToken.isEmpty())
        return std::unexpected(unauthorized(u"需要登录"_s));
    auto q = m_db.exec(u"SELECT user_id, expires_at, revoked_at FROM tokens WHERE hash = ? AND kind = 'access'"_s,
                       {tokenHash(accessToken)});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next() || !q->value(2).isNull())
        return std::unexpected(unauthorized(u"访问令牌无效或已撤销"_s));
    if (q->value(1).toLongLong() <= nowMs())
        return std::unexpected(unauthorized(u"访问令牌已过期"_s));
    return q->value(0).toLongLong();
}

Result<void> TokenService::revokeSession(const QString &accessToken)
{
    auto family = m_db.scalar(u"SELECT family FROM tokens WHERE hash = ? AND kind = 'access'"_s, {tokenHash(accessToken)});
    if (!family)
        return std::unexpected(family.error());
    if (!family->isValid())
        return std::unexpected(unauthorized(u"访问令牌无效"_s));
    return revokeFamily(family->toString());
}

Result<TokenSession> TokenService::session(const QString &accessToken)
{
    auto q = m_db.exec(u"SELECT t.user_id, t.expires_at, EXISTS (SELECT 1 FROM tokens f WHERE f.family = t.family "
                       u"AND f.revoked_at IS NULL) FROM tokens t WHERE t.hash = ? AND t.kind = 'access'"_s,
                       {tokenHash(accessToken)});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next() || !q->value(2).toBool())
        return std::unexpected(unauthorized(u"已退出登录"_s));
    const TokenSession found{q->value(0).toLongLong(), q->value(1).toLongLong()};
    if (found.expiresAtMs <= nowMs())
        return std::unexpected(unauthorized(u"登录已过期"_s));
    return found;
}

} // namespace pd::server
