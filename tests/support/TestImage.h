#pragma once
#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace pd::test {

/// Small images for upload and media tests, encoded in memory (header only: the tests that use it link Qt GUI).
class TestImage
{
public:
    /// A `width` × `height` image of one colour in `format` ("PNG", "JPEG", …); empty when it cannot be encoded.
    static QByteArray filled(QRgb colour, int width, int height, const char *format = "PNG")
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        return image.save(&buffer, format) ? bytes : QByteArray();
    }
};

} // namespace pd::test
