#pragma once
#include "server/media/MediaType.h"

#include <QByteArrayView>
#include <optional>

namespace pd::server {

/// Recognises an upload's type from its bytes alone (magic numbers, OLE2 directory, ZIP central directory);
/// the client's Content-Type and file name are only ever checked against this, never believed.
class MediaSniffer
{
public:
    /// The type of `bytes`, or nothing for anything portald does not accept. Plain text only when `allowText`.
    [[nodiscard]] static std::optional<MediaType> sniff(QByteArrayView bytes, bool allowText = false);

private:
    static std::optional<MediaType> sniffOle2(QByteArrayView bytes);
    static std::optional<MediaType> sniffZip(QByteArrayView bytes);
    static bool isPlainText(QByteArrayView bytes);
};

} // namespace pd::server
