#pragma once
#include <QString>
#include <QtTypes>

namespace pd::server {

/// Per-site upload rules.
struct MediaPolicy {
    qint64 maxBytes = 20 * 1024 * 1024; ///< larger uploads are refused with 413
    bool allowText = false;             ///< plain text is refused unless a site wants it
    QString urlPrefix = QStringLiteral("/media/"); ///< public URL: <prefix><id>/<filename>
    qint64 maxImagePixels = 200'000'000; ///< refuse decompression bombs dressed as images
};

} // namespace pd::server
