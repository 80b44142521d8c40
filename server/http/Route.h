#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiResponse.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <functional>

namespace pd::server {

/// One entry of portald's route table: method, path pattern (`{name}` placeholders), limits and handler.
struct Route {
    /// JsonOrForm also takes `application/x-www-form-urlencoded` (a plain HTML form, for readers without JavaScript):
    /// its fields arrive in ApiRequest::json as an object of strings, with ApiRequest::fromForm set.
    enum class Body { None, Json, Raw, JsonOrForm };
    using Handler = std::function<Result<ApiResponse>(ApiRequest &)>;
    /// For the few routes whose work must leave the event loop (password hashing): the handler returns at once and
    /// the answer follows when the future does. The future must finish on the server's thread (attach the last
    /// continuation with a context object living there), since controllers touch the database from it.
    using AsyncHandler = std::function<QFuture<Result<ApiResponse>>(ApiRequest &)>;

    QByteArray method;    ///< "GET", "POST", "PUT", "PATCH", "DELETE"
    QString pattern;      ///< e.g. "/api/v1/sites/{site}/columns"
    bool authenticated = true;
    Body body = Body::None;
    qsizetype maxBodyBytes = 0; ///< larger bodies get 413 before anything else looks at them
    Handler handler;           ///< the usual, synchronous kind; empty when asyncHandler is set
    AsyncHandler asyncHandler = {}; ///< set instead of handler for an asynchronous route
    /// Still served to a caller whose password an administrator reset (signing out, `me`, choosing a new password).
    bool beforePasswordChange = false;
};

/// A route as published for the contract test (`portald --list-routes`).
struct RouteInfo {
    QByteArray method;
    QString pattern;
};

} // namespace pd::server
