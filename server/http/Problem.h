#pragma once
#include "app/domain/Error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace pd::server {

/// The one place where a pd::Error becomes an HTTP answer: application/problem+json
/// `{type, title, status, detail, errors: [{field, message}]}` (plus the extra members the error carries).
class Problem
{
public:
    [[nodiscard]] static int status(const Error &error);
    [[nodiscard]] static QJsonObject document(const Error &error);
    [[nodiscard]] static QHttpServerResponse response(const Error &error);
    /// A whole HTTP/1.1 response carrying the problem document, with `Connection: close`: for the socket layer,
    /// which refuses a request before Qt HttpServer has seen it.
    [[nodiscard]] static QByteArray closingMessage(const Error &error);
};

} // namespace pd::server
