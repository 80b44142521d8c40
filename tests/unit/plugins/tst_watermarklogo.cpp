// WatermarkLogo (app/media): a logo file is read (PNG with alpha, JPEG, SVG where Qt reads it), scaled down once to
// 400 pixels on its long edge, kept as base64 PNG and read back; what is not a logo is refused with its name.
#include "app/media/WatermarkLogo.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::media::WatermarkLogo;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("cannot encode the test image");
    return bytes;
}

/// Left half transparent, right half opaque red.
QImage halfRed(QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height()), Qt::red);
    return image;
}

} // namespace

class tst_WatermarkLogo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largePngIsScaledDownKeepingAlpha()
    {
        const auto logo = WatermarkLogo::fromData(encode(halfRed(QSize(1000, 500)), "PNG"), u"logo.png"_s);
        QVERIFY2(logo, logo ? "" : qPrintable(logo.error().message));
        QCOMPARE(logo->size(), QSize(400, 200));
        QVERIFY(logo->hasAlphaChannel());
        QCOMPARE(qAlpha(logo->pixel(50, 100)), 0);
        QCOMPARE(logo->pixel(350, 100), qRgba(255, 0, 0, 255));
    }

    void smallLogoIsNotEnlarged()
    {
        const auto logo = WatermarkLogo::fromData(encode(halfRed(QSize(120, 60)), "PNG"), u"small.png"_s);
        QVERIFY(logo);
        QCOMPARE(logo->size(), QSize(120, 60));
    }

    void jpegLogoFromFile()
    {
        QTemporaryDir dir;
        QImage square(800, 800, QImage::Format_RGB32);
        square.fill(QColor(0, 0, 200));
        const QString path = dir.filePath(u"emblem.jpg"_s);
        QVERIFY(square.save(path, "JPEG"));
        const auto logo = WatermarkLogo::fromFile(path);
        QVERIFY2(logo, logo ? "" : qPrintable(logo.error().message));
        QCOMPARE(logo->size(), QSize(400, 400));
        QVERIFY(qBlue(logo->pixel(200, 200)) > 180);
    }

    void svgLogoRenderedOrRefusedAsQtCanRead()
    {
        // SVG comes with Qt's SVG image plugin, which the build environment does not install: then an SVG logo
        // must be refused with a message and not be offered in the file dialog; with the plugin it is rendered.
        const QByteArray svg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="500">)"
                               R"(<rect x="500" y="0" width="500" height="500" fill="#ff0000"/></svg>)";
        const auto logo = WatermarkLogo::fromData(svg, u"emblem.svg"_s);
        if (!QImageReader::supportedImageFormats().contains("svg")) {
            QVERIFY(!logo);
            QVERIFY2(logo.error().message.contains(u"emblem.svg"_s), qPrintable(logo.error().message));
            QVERIFY(!WatermarkLogo::filePatterns().contains(u"*.svg"_s));
            return;
        }
        QVERIFY2(logo, logo ? "" : qPrintable(logo.error().message));
        QCOMPARE(logo->size(), QSize(400, 200));
        QCOMPARE(qAlpha(logo->pixel(50, 100)), 0);
        QVERIFY(WatermarkLogo::filePatterns().contains(u"*.svg"_s));
    }

    void whatIsNotALogoIsRefused()
    {
        const auto garbage = WatermarkLogo::fromData(QByteArray("this is not an image at all\n").repeated(40),
                                                     u"logo.png"_s);
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code, pd::ErrorCode::UnsupportedMedia);
        QVERIFY2(garbage.error().message.contains(u"logo.png"_s), qPrintable(garbage.error().message));
        const auto missing = WatermarkLogo::fromFile(u"/nonexistent/logo.png"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, pd::ErrorCode::InvalidInput);
    }

    void base64PngRoundTrip()
    {
        const QImage logo = halfRed(QSize(200, 100));
        const QString text = WatermarkLogo::toBase64Png(logo);
        QVERIFY(!text.isEmpty());
        const auto back = WatermarkLogo::fromBase64Png(text);
        QVERIFY(back);
        QCOMPARE(back->size(), logo.size());
        QCOMPARE(back->pixel(10, 10), logo.pixel(10, 10));
        QCOMPARE(back->pixel(150, 50), logo.pixel(150, 50));
        QVERIFY(WatermarkLogo::toBase64Png(QImage()).isEmpty());
        QVERIFY(!WatermarkLogo::fromBase64Png(u"not base64 !!"_s));
        QVERIFY(!WatermarkLogo::fromBase64Png(QString::fromLatin1(QByteArray("not a png").toBase64())));
    }

    void filePatternsNameTheCommonFormats()
    {
        const QStringList patterns = WatermarkLogo::filePatterns();
        QVERIFY2(patterns.contains(u"*.png"_s) && patterns.contains(u"*.jpg"_s), qPrintable(patterns.join(u' ')));
    }
};

QTEST_MAIN(tst_WatermarkLogo)
#include "tst_watermarklogo.moc"
