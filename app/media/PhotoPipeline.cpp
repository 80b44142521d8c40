#include "app/media/PhotoPipeline.h"

#include "app/media/MediaLog.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::media {

namespace {

/// The size that fits `size` into maxLongEdge on its long edge (unchanged when it already fits).
QSize fitted(QSize size, int maxLongEdge)
{
    const int longEdge = std::max(size.width(), size.height());
    if (maxLongEdge <= 0 || longEdge <= maxLongEdge)
        return size;
    const double factor = double(maxLongEdge) / longEdge;
    return QSize(std::max(1, qRound(size.width() * factor)), std::max(1, qRound(size.height() * factor)));
}

void drawWatermark(QImage &image, const PhotoOptions &options)
{
    if (options.watermarkText.isEmpty() && options.watermarkLogo.isNull())
        return;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int margin = std::max(8, image.width() / 80);
    int bottom = image.height() - margin;
    if (!options.watermarkText.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(std::max(12, image.height() / 30));
        font.setBold(true);
        painter.setFont(font);
        const QFontMetrics metrics(font);
        const QRect box = metrics.boundingRect(options.watermarkText);
        const QPoint at(image.width() - margin - box.width(), bottom - metrics.descent());
        // A dark outline under light text stays readable on bright and dark photos alike.
        painter.setPen(QColor(0, 0, 0, 160));
        painter.drawText(at + QPoint(1, 1), options.watermarkText);
        painter.setPen(QColor(255, 255, 255, 220));
        painter.drawText(at, options.watermarkText);
        bottom -= metrics.height() + margin / 2;
    }
    if (!options.watermarkLogo.isNull()) {
        const QImage logo = options.watermarkLogo.scaled(QSize(image.width() / 6, image.height() / 6),
                                                         Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.setOpacity(0.8);
        painter.drawImage(QPoint(image.width() - margin - logo.width(), bottom - logo.height()), logo);
    }
}

} // namespace

Result<PreparedPhoto> PhotoPipeline::prepare(const QByteArray &encoded, const PhotoOptions &options)
{
    QBuffer buffer;
    buffer.setData(encoded);
    if (!buffer.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, tr("The photo could not be read."));
    return fromDevice(buffer, options);
}

Result<PreparedPhoto> PhotoPipeline::prepareFile(const QString &path, const PhotoOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, tr("The photo %1 could not be opened: %2").arg(path, file.errorString()));
    return fromDevice(file, options);
}

Result<PreparedPhoto> PhotoPipeline::fromDevice(QIODevice &device, const PhotoOptions &options)
{
    QImageReader reader(&device);
    reader.setAutoTransform(true); // EXIF orientation: the photo comes out the way it was held
    const QSize stored = reader.size();
    if (!stored.isValid())
        return fail(ErrorCode::UnsupportedMedia, tr("This file is not a photo PortalDesk can read."));
    // The long edge is the same before and after a quarter turn, so the size can be chosen before orientation.
    const QSize target = fitted(stored, options.maxLongEdge);
    if (target != stored)
        reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull())
        return fail(ErrorCode::UnsupportedMedia, tr("The photo could not be decoded: %1").arg(reader.errorString()));
    return finish(image, stored, options);
}

Result<PreparedPhoto> PhotoPipeline::prepareImage(const QImage &image, const PhotoOptions &options)
{
    if (image.isNull())
        return fail(ErrorCode::InvalidInput, tr("The pasted image is empty."));
    const QSize target = fitted(image.size(), options.maxLongEdge);
    const QImage scaled =
        target == image.size() ? image : image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return finish(scaled, image.size(), options);
}

Result<PreparedPhoto> PhotoPipeline::finish(const QImage &upright, QSize originalSize, const PhotoOptions &options)
{
    // A fresh image: nothing of the source's text keys (JPEG comments, PNG text) or colour metadata comes along.
    QImage clean(upright.size(), QImage::Format_RGB32);
    clean.fill(Qt::white); // transparent PNGs get a white background, as on the public page
    {
        QPainter painter(&clean);
        painter.drawImage(0, 0, upright);
    }
    drawWatermark(clean, options);

    PreparedPhoto photo;
    QBuffer out(&photo.jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(options.quality);
    if (!writer.write(clean))
        return fail(ErrorCode::Storage, tr("The photo could not be encoded: %1").arg(writer.errorString()));
    photo.size = clean.size();
    photo.originalSize = originalSize;
    qCDebug(lcMedia) << "photo" << originalSize << "->" << photo.size << photo.jpeg.size() << "bytes";
    return photo;
}

} // namespace pd::media
