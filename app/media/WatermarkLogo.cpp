#include "app/media/WatermarkLogo.h"

#include "app/media/MediaLog.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::media {

namespace {

/// Formats a logo comes in. The many KDE image plugins on a desktop would otherwise try to make sense of any
/// file (a raw camera or TGA reader may claim random bytes); a logo outside this list is a mistake, not a logo.
const QList<QByteArray> &logoFormats()
{
    static const QList<QByteArray> formats{"png", "jpeg", "jpg", "webp", "bmp", "gif", "svg", "svgz"};
    return formats;
}

QSize fitted(QSize size, int maxLongEdge)
{
    const int longEdge = std::max(size.width(), size.height());
    if (maxLongEdge <= 0 || longEdge <= maxLongEdge)
        return size;
    const double factor = double(maxLongEdge) / longEdge;
    return QSize(std::max(1, qRound(size.width() * factor)), std::max(1, qRound(size.height() * factor)));
}

} // namespace

Result<QImage> WatermarkLogo::fromFile(const QString &path, int maxLongEdge)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, tr("The logo %1 could not be opened: %2")
                                                 .arg(QFileInfo(path).fileName(), file.errorString()));
    // Logos are small; reading the bytes first lets the format be decided from the content alone, not the name.
    return fromData(file.readAll(), QFileInfo(path).fileName(), maxLongEdge);
}

Result<QImage> WatermarkLogo::fromData(const QByteArray &encoded, const QString &name, int maxLongEdge)
{
    QBuffer buffer;
    buffer.setData(encoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty() || !logoFormats().contains(format))
        return fail(ErrorCode::UnsupportedMedia,
                    tr("%1 is not an image PortalDesk can use as a logo. Choose a PNG or JPEG file.").arg(name));
    // An SVG is rendered straight at the target size (crisp); a large bitmap is decoded at reduced size.
    const QSize stored = reader.size();
    if (stored.isValid() && fitted(stored, maxLongEdge) != stored)
        reader.setScaledSize(fitted(stored, maxLongEdge));
    QImage image = reader.read();
    if (image.isNull())
        return fail(ErrorCode::UnsupportedMedia,
                    tr("The logo %1 could not be decoded: %2").arg(name, reader.errorString()));
    if (const QSize target = fitted(image.size(), maxLongEdge); target != image.size())
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qCDebug(lcMedia) << "logo" << name << format << stored << "->" << image.size();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QString WatermarkLogo::toBase64Png(const QImage &logo)
{
    if (logo.isNull())
        return {};
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "png");
    if (!writer.write(logo)) {
        qCWarning(lcMedia) << "logo could not be encoded:" << writer.errorString();
        return {};
    }
    return QString::fromLatin1(png.toBase64());
}

Result<QImage> WatermarkLogo::fromBase64Png(const QString &text)
{
    const auto bytes = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QImage image;
    if (!bytes || !image.loadFromData(*bytes, "PNG"))
        return fail(ErrorCode::InvalidInput, tr("The stored logo is damaged; choose the logo again."));
    return image.convertToFormat(QImage::Format_ARGB32);
}

QStringList WatermarkLogo::filePatterns()
{
    const QList<QByteArray> readable = QImageReader::supportedImageFormats();
    QStringList patterns;
    for (const QByteArray &format : logoFormats())
        if (readable.contains(format))
            patterns.append(u"*."_s + QString::fromLatin1(format));
    return patterns;
}

} // namespace pd::media
