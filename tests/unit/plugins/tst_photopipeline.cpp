// PhotoPipeline (app/media): EXIF orientation applied, long edge scaled to 1920, JPEG quality 85, no metadata
// (EXIF, GPS, comments) left in the output, watermark text and logo drawn, unreadable input refused.
#include "app/media/PhotoPipeline.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using pd::media::PhotoOptions;
using pd::media::PhotoPipeline;

namespace {

QByteArray encodeJpeg(const QImage &image, int quality = 95)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot encode the test JPEG");
    return bytes;
}

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v >> 16));
    put16(b, quint16(v & 0xffff));
}

/// An EXIF APP1 segment as a phone writes it: IFD0 with Orientation and a GPS IFD with GPSLatitudeRef "N".
QByteArray exifSegment(quint16 orientation)
{
    QByteArray tiff("MM");
    put16(tiff, 0x002A);
    put32(tiff, 8);
    // IFD0: two entries
    put16(tiff, 2);
    put16(tiff, 0x0112); // Orientation, SHORT, 1
    put16(tiff, 3);
    put32(tiff, 1);
    put16(tiff, orientation);
    put16(tiff, 0);
    put16(tiff, 0x8825); // GPSInfo IFD pointer, LONG, 1
    put16(tiff, 4);
    put32(tiff, 1);
    put32(tiff, 8 + 2 + 2 * 12 + 4);
    put32(tiff, 0);
    // GPS IFD: GPSLatitudeRef "N"
    put16(tiff, 1);
    put16(tiff, 0x0001);
    put16(tiff, 2);
    put32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    put32(tiff, 0);
    QByteArray segment("\xFF\xE1", 2);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    put16(segment, quint16(payload.size() + 2));
    return segment + payload;
}

/// The JPEG with an EXIF segment inserted after the JFIF APP0 segment.
QByteArray withExif(const QByteArray &jpeg, quint16 orientation)
{
    Q_ASSERT(quint8(jpeg.at(0)) == 0xFF && quint8(jpeg.at(1)) == 0xD8);
    int at = 2;
    if (quint8(jpeg.at(2)) == 0xFF && quint8(jpeg.at(3)) == 0xE0)
        at = 4 + qFromBigEndian<quint16>(jpeg.constData() + 4);
    return jpeg.left(at) + exifSegment(orientation) + jpeg.mid(at);
}

/// The marker codes of the JPEG's header segments, up to the start of the scan.
QList<quint8> headerMarkers(const QByteArray &jpeg, QByteArray *firstQuantTable = nullptr)
{
    QList<quint8> markers;
    int at = 2;
    while (at + 4 <= jpeg.size() && quint8(jpeg.at(at)) == 0xFF) {
        const quint8 marker = quint8(jpeg.at(at + 1));
        markers.append(marker);
        const int length = qFromBigEndian<quint16>(jpeg.constData() + at + 2);
        if (marker == 0xDB && firstQuantTable && firstQuantTable->isEmpty())
            *firstQuantTable = jpeg.mid(at + 4, length - 2);
        if (marker == 0xDA)
            break;
        at += 2 + length;
    }
    return markers;
}

QImage halves(QSize size)
{
    // left half red, right half blue: where they end up shows the rotation
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(QRect(0, 0, size.width() / 2, size.height()), Qt::red);
    p.fillRect(QRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height()), Qt::blue);
    return image;
}

bool isRed(QRgb c)
{
    return qRed(c) > 200 && qBlue(c) < 60;
}

bool isBlue(QRgb c)
{
    return qBlue(c) > 200 && qRed(c) < 60;
}

} // namespace

class tst_PhotoPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exifOrientationIsApplied()
    {
        // Orientation 6: the camera was turned a quarter clockwise; the stored left edge is the upright top.
        const QByteArray source = withExif(encodeJpeg(halves(QSize(400, 200))), 6);
        const auto photo = PhotoPipeline::prepare(source, PhotoOptions{});
        QVERIFY2(photo, photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->originalSize, QSize(400, 200));
        QCOMPARE(photo->size, QSize(200, 400));
        QImage out;
        QVERIFY(out.loadFromData(photo->jpeg, "JPEG"));
        QCOMPARE(out.size(), QSize(200, 400));
        QVERIFY(isRed(out.pixel(100, 50)));
        QVERIFY(isBlue(out.pixel(100, 350)));
    }

    void metadataAndGpsAreDropped()
    {
        QImage image = halves(QSize(320, 240));
        image.setText(u"Description"_s, u"secret-location-note"_s);
        const QByteArray source = withExif(encodeJpeg(image), 1);
        QVERIFY(source.contains("Exif"));
        QVERIFY(headerMarkers(source).contains(0xE1));
        const auto photo = PhotoPipeline::prepare(source, PhotoOptions{});
        QVERIFY2(photo, photo ? "" : qPrintable(photo.error().message));
        const QList<quint8> markers = headerMarkers(photo->jpeg);
        QVERIFY(!markers.isEmpty());
        QVERIFY2(!markers.contains(0xE1), "an APP1 (EXIF/XMP) segment was written");
        QVERIFY2(!markers.contains(0xFE), "a comment segment was written");
        QVERIFY(!photo->jpeg.contains("Exif"));
        QVERIFY(!photo->jpeg.contains("secret-location-note"));
        // and the output itself carries no orientation a viewer could apply a second time
        QImageReader reread;
        QBuffer buffer(const_cast<QByteArray *>(&photo->jpeg));
        buffer.open(QIODevice::ReadOnly);
        reread.setDevice(&buffer);
        QCOMPARE(reread.transformation(), QImageIOHandler::TransformationNone);
    }

    void qualityIs85()
    {
        const auto photo = PhotoPipeline::prepare(encodeJpeg(halves(QSize(64, 64)), 100), PhotoOptions{});
        QVERIFY(photo);
        QByteArray table;
        headerMarkers(photo->jpeg, &table);
        QVERIFY(table.size() >= 2);
        // libjpeg scales its standard luminance table (first entry 16) by (200 - 2q)/100: 5 at quality 85
        // (8 at 75, 3 at 90), so the first quantiser of the first table names the quality.
        QCOMPARE(int(quint8(table.at(1))), 5);
    }

    void longEdgeIsScaledTo1920_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("landscape 4000x3000") << QSize(4000, 3000) << QSize(1920, 1440);
        QTest::newRow("portrait 2000x3000") << QSize(2000, 3000) << QSize(1280, 1920);
        QTest::newRow("small stays") << QSize(800, 600) << QSize(800, 600);
        QTest::newRow("exactly 1920") << QSize(1920, 1080) << QSize(1920, 1080);
    }

    void longEdgeIsScaledTo1920()
    {
        QFETCH(QSize, source);
        QFETCH(QSize, expected);
        const auto photo = PhotoPipeline::prepare(encodeJpeg(halves(source), 80), PhotoOptions{});
        QVERIFY2(photo, photo ? "" : qPrintable(photo.error().message));
        QCOMPARE(photo->size, expected);
        QImage out;
        QVERIFY(out.loadFromData(photo->jpeg, "JPEG"));
        QCOMPARE(out.size(), expected);
    }

    void pastedImageIsScaledToo()
    {
        const auto photo = PhotoPipeline::prepareImage(halves(QSize(3000, 1000)), PhotoOptions{});
        QVERIFY(photo);
        QCOMPARE(photo->size, QSize(1920, 640));
        QVERIFY(!PhotoPipeline::prepareImage(QImage(), PhotoOptions{}));
    }

    void watermarkIsDrawn()
    {
        QImage grey(800, 600, QImage::Format_RGB32);
        grey.fill(QColor(90, 90, 90));
        const QByteArray source = encodeJpeg(grey);
        const auto plain = PhotoPipeline::prepare(source, PhotoOptions{});
        PhotoOptions marked;
        marked.watermarkText = u"临江市人民政府"_s;
        const auto withMark = PhotoPipeline::prepare(source, marked);
        QVERIFY(plain && withMark);
        QImage a;
        QImage b;
        QVERIFY(a.loadFromData(plain->jpeg, "JPEG"));
        QVERIFY(b.loadFromData(withMark->jpeg, "JPEG"));
        // the lower right corner gets light text; the upper left stays as it was
        int changed = 0;
        for (int y = 500; y < 600; ++y)
            for (int x = 500; x < 800; ++x)
                if (qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 60)
                    ++changed;
        QVERIFY2(changed > 200, qPrintable(QString::number(changed)));
        for (int y = 0; y < 100; y += 10)
            for (int x = 0; x < 100; x += 10)
                QVERIFY(qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) < 8);
    }

    void logoIsDrawn()
    {
        QImage grey(800, 600, QImage::Format_RGB32);
        grey.fill(QColor(90, 90, 90));
        const QByteArray source = encodeJpeg(grey);
        const auto plain = PhotoPipeline::prepare(source, PhotoOptions{});
        // a logo with a transparent left half: only its red right half may show on the photo
        QImage logo(200, 100, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        {
            QPainter p(&logo);
            p.fillRect(QRect(100, 0, 100, 100), Qt::red);
        }
        PhotoOptions marked;
        marked.watermarkLogo = logo;
        const auto withLogo = PhotoPipeline::prepare(source, marked);
        QVERIFY(plain && withLogo);
        QImage a;
        QImage b;
        QVERIFY(a.loadFromData(plain->jpeg, "JPEG"));
        QVERIFY(b.loadFromData(withLogo->jpeg, "JPEG"));
        QCOMPARE(b.size(), QSize(800, 600));
        // the lower right corner turns red where the logo's opaque half is; the upper left stays as it was
        int red = 0;
        for (int y = 450; y < 600; ++y)
            for (int x = 500; x < 800; ++x)
                if (isRed(b.pixel(x, y)) && !isRed(a.pixel(x, y)))
                    ++red;
        QVERIFY2(red > 2000, qPrintable(QString::number(red)));
        int redLeftOfLogo = 0;
        for (int y = 450; y < 600; ++y)
            for (int x = 500; x < 700; ++x)
                redLeftOfLogo += isRed(b.pixel(x, y)) ? 1 : 0;
        QVERIFY2(redLeftOfLogo < red / 4, qPrintable(QString::number(redLeftOfLogo))); // the transparent half
        for (int y = 0; y < 300; y += 10)
            for (int x = 0; x < 400; x += 10)
                QVERIFY(qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) < 8);
    }

    void unreadableInputIsRefused()
    {
        const auto garbage = PhotoPipeline::prepare(QByteArray("not an image at all"), PhotoOptions{});
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code, pd::ErrorCode::UnsupportedMedia);
        QVERIFY(!PhotoPipeline::prepareFile(u"/nonexistent/photo.jpg"_s, PhotoOptions{}));
    }
};

QTEST_MAIN(tst_PhotoPipeline)
#include "tst_photopipeline.moc"
