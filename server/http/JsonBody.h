#pragma once
#include "app/domain/Error.h"

#include <QJsonValue>

namespace pd::server {

/// Limits a request body must respect before it is turned into JSON.
struct JsonLimits {
    int maxDepth = 32;
    qsizetype maxStringLength = 2 * 1024 * 1024; ///< characters in any one string (a large bodyHtml fits)
};

/// Strict JSON request decoding: valid UTF-8, bounded nesting depth and string length, an object or array at the top.
class JsonBody
{
public:
    [[nodiscard]] static Result<QJsonValue> parse(QByteArrayView body, const JsonLimits &limits = {});
};

} // namespace pd::server
