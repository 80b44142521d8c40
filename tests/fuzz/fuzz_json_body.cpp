// libFuzzer target: portald's JSON request decoding (server/http JsonBody) on arbitrary bytes, with the limits
// the server uses. Besides memory errors it checks that whatever is accepted honours those limits.
#include "server/http/JsonBody.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

int depthOf(const QJsonValue &v)
{
    int deepest = 0;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            deepest = std::max(deepest, depthOf(e));
        return deepest + 1;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    pd::server::JsonLimits limits;
    limits.maxDepth = 8;
    limits.maxStringLength = 64;
    const auto parsed = pd::server::JsonBody::parse(body, limits);
    if (!parsed)
        return 0;
    if (!parsed->isObject() && !parsed->isArray()) {
        std::fprintf(stderr, "accepted a non-container top level\n");
        std::abort();
    }
    if (!body.isValidUtf8()) {
        std::fprintf(stderr, "accepted invalid UTF-8\n");
        std::abort();
    }
    if (depthOf(*parsed) > limits.maxDepth) {
        std::fprintf(stderr, "accepted nesting deeper than the limit\n");
        std::abort();
    }
    // The default limits must hold too (they are what portald runs with).
    (void)pd::server::JsonBody::parse(body);
    return 0;
}
