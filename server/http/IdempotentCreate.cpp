#include "server/http/IdempotentCreate.h"

#include "server/db/IdempotencyStore.h"
#include "server/db/Transaction.h"
#include "server/http/ApiRequest.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<ApiResponse> IdempotentCreate::run(ApiRequest &request, const std::function<Result<ApiResponse>()> &create)
{
    const QString key = QString::fromUtf8(request.header("Idempotency-Key")).trimmed();
    if (key.size() > kMaxKeyLength)
        return fail(ErrorCode::BadRequest, u"Idempotency-Key 最长 %1 个字符"_s.arg(kMaxKeyLength));
    if (key.isEmpty())
        return create();
    // Keys are per user; the path is part of the hash so one key cannot stand for two different resources.
    const QByteArray what = request.http.url().path().toUtf8();
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash("POST " + what + '\n' + request.http.body(), QCryptographicHash::Sha256).toHex());
    const qint64 userId = request.caller().id;
    auto stored = m_store.find(userId, key);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->has_value()) {
        if ((*stored)->requestHash != requestHash) {
            Error e = Error::make(ErrorCode::Validation, u"此 Idempotency-Key 已用于另一份内容不同的请求"_s);
            e.fields = {{u"Idempotency-Key"_s, u"同一个键只能重发完全相同的请求"_s}};
            return std::unexpected(e);
        }
        ApiResponse replay = ApiResponse::raw((*stored)->status, (*stored)->body, "application/json");
        if (!(*stored)->etag.isEmpty())
            replay.setHeader("ETag", (*stored)->etag);
        replay.setHeader("Idempotent-Replay", "true");
        return replay;
    }
    // The create and the remembered answer commit together: a crash in between cannot produce a duplicate.
    Transaction tx(m_db);
    auto response = create();
    if (!response)
        return response;
    const QString etag = QString::fromLatin1(response->headers().value("ETag"));
    if (auto r = m_store.store(userId, key, {requestHash, response->status(), response->body(), etag}); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return response;
}

} // namespace pd::server
