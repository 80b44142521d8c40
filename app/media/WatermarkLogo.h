#pragma once
#include "app/domain/Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

namespace pd::media {

/// The logo a reporter picks once for an event's photo watermark: read from an image file, scaled down once to a
/// sensible size with its transparency kept, and carried as base64 PNG text so that it fits a JSON settings entry.
/// Pure QtGui, no state.
class WatermarkLogo
{
    Q_DECLARE_TR_FUNCTIONS(pd::media::WatermarkLogo)

public:
    /// A logo is drawn at most a sixth of a 1920-pixel photo; more pixels would only make the stored entry larger.
    static constexpr int DefaultMaxLongEdge = 400;

    /// Reads a PNG, JPEG, WebP, BMP, GIF or SVG file (those Qt can read here) and scales it down to at most
    /// maxLongEdge pixels on its long edge, keeping the alpha channel.
    [[nodiscard]] static Result<QImage> fromFile(const QString &path, int maxLongEdge = DefaultMaxLongEdge);
    /// The same from encoded bytes; `name` only goes into the error message.
    [[nodiscard]] static Result<QImage> fromData(const QByteArray &encoded, const QString &name,
                                                 int maxLongEdge = DefaultMaxLongEdge);
    /// The logo as base64 PNG text (lossless, with alpha); empty for a null image.
    [[nodiscard]] static QString toBase64Png(const QImage &logo);
    /// Back from toBase64Png()'s text; fails on text that is not a PNG.
    [[nodiscard]] static Result<QImage> fromBase64Png(const QString &text);
    /// File dialog patterns ("*.png", "*.jpg", …) of the logo formats this Qt can read.
    [[nodiscard]] static QStringList filePatterns();
};

} // namespace pd::media
