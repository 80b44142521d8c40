// libFuzzer target: MediaSniffer on arbitrary bytes. Its OLE2-directory and ZIP-central-directory readers do offset
// arithmetic on attacker-controlled numbers — exactly what ASan should watch. Also checks that a recognised type is
// consistent with itself (the canonical MIME type and extension are ones the type accepts).
#include "server/media/MediaSniffer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool allowText : {false, true}) {
        const auto type = pd::server::MediaSniffer::sniff(bytes, allowText);
        if (!type)
            continue;
        if (type->mime.isEmpty() || !type->acceptsClaimedType(type->mime) || !type->acceptsExtension(type->extension)) {
            std::fprintf(stderr, "inconsistent media type\n");
            std::abort();
        }
        if (!allowText && type->mime == QLatin1StringView("text/plain")) {
            std::fprintf(stderr, "plain text accepted although not allowed\n");
            std::abort();
        }
    }
    return 0;
}
