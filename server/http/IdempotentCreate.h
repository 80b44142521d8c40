#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

#include <functional>

namespace pd::server {

class Database;
class IdempotencyStore;
struct ApiRequest;

/// `Idempotency-Key` for any create: the first request runs and its answer is stored in the same transaction;
/// the same key with the same method, path and body returns that answer again (same id, status, ETag, with
/// `Idempotent-Replay: true`); the same key with a different request is refused with 422.
class IdempotentCreate
{
public:
    static constexpr qsizetype kMaxKeyLength = 200;

    IdempotentCreate(Database &db, IdempotencyStore &store) : m_db(db), m_store(store) {}

    Result<ApiResponse> run(ApiRequest &request, const std::function<Result<ApiResponse>()> &create);

private:
    Database &m_db;
    IdempotencyStore &m_store;
};

} // namespace pd::server
