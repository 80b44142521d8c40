#pragma once
#include "app/domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;

namespace pd::media {

/// How a photo is prepared for the live broadcast (and any other quick publication).
struct PhotoOptions {
    int maxLongEdge = 1920; ///< larger photos are scaled down to this many pixels on their long edge
    int quality = 85;       ///< JPEG quality of the re-encoded photo
    QString watermarkText;  ///< drawn in the lower right corner when not empty
    QImage watermarkLogo;   ///< drawn in the lower right corner (above the text) when not null
};

/// A photo ready for upload: a JPEG without any metadata (no EXIF, no GPS, no comments).
struct PreparedPhoto {
    QByteArray jpeg;
    QSize size;         ///< of the prepared photo, upright
    QSize originalSize; ///< as stored in the source file, before orientation
};

/// Turns a camera's photo into what may be published: upright (EXIF orientation applied), at most
/// PhotoOptions::maxLongEdge on the long edge, optionally watermarked, re-encoded as JPEG with nothing of the
/// original's metadata — a reporter's phone writes the GPS position into every picture.
/// Pure QtGui and thread-safe (no shared state): call it off the UI thread.
class PhotoPipeline
{
    Q_DECLARE_TR_FUNCTIONS(pd::media::PhotoPipeline)

public:
    /// From encoded bytes (JPEG, PNG, …). Large JPEGs are decoded at reduced size by libjpeg itself
    /// (QImageReader::setScaledSize), which is several times faster than decoding everything and scaling after.
    [[nodiscard]] static Result<PreparedPhoto> prepare(const QByteArray &encoded, const PhotoOptions &options);
    /// From a file.
    [[nodiscard]] static Result<PreparedPhoto> prepareFile(const QString &path, const PhotoOptions &options);
    /// From an image already decoded (pasted from the clipboard): scaled, watermarked and encoded.
    [[nodiscard]] static Result<PreparedPhoto> prepareImage(const QImage &image, const PhotoOptions &options);

private:
    [[nodiscard]] static Result<PreparedPhoto> fromDevice(QIODevice &device, const PhotoOptions &options);
    [[nodiscard]] static Result<PreparedPhoto> finish(const QImage &upright, QSize originalSize,
                                                      const PhotoOptions &options);
};

} // namespace pd::media
