#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiResponse.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace pd::server {

/// One entry of portald's route table: method, path pattern (`{name}` placeholders), limits and handler.
struct Route {
    /// JsonOrForm also takes `application/x-www-form-urlencoded` (a plain HTML form, for readers without JavaScript):
    /// its fields arrive in ApiRequest::json as an object of strings, with ApiRequest::fromForm set.
    enum class Body { None, Json, Raw, JsonOrForm };
    using Handler = std::function<Result<ApiResponse>(ApiRequest &)>;

    QByteArray method;    ///< "GET", "POST", "PUT", "PATCH", "DELETE"
    QString pattern;      ///< e.g. "/api/v1/sites/{site}/columns"
    bool authenticated = true;
    Body body = Body::None;
    qsizetype maxBodyBytes = 0; ///< larger bodies get 413 before anything else looks at them
    Handler handler;
};

/// A route as published for the contract test (`portald --list-routes`).
struct RouteInfo {
    QByteArray method;
    QString pattern;
};

} // namespace pd::server
