#include "server/media/MediaSniffer.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

quint16 le16(QByteArrayView b, qsizetype at)
{
    return quint16(quint8(b[at])) | quint16(quint8(b[at + 1])) << 8;
}

quint32 le32(QByteArrayView b, qsizetype at)
{
    return quint32(le16(b, at)) | quint32(le16(b, at + 2)) << 16;
}

bool startsWith(QByteArrayView bytes, QByteArrayView magic)
{
    return bytes.size() >= magic.size() && bytes.first(magic.size()) == magic;
}

/// An OLE2 directory entry name: UTF-16LE, NUL-terminated, length field counts bytes including the NUL.
bool isDirectoryEntry(QByteArrayView bytes, qsizetype at, QStringView name)
{
    const qsizetype nameBytes = (name.size() + 1) * 2;
    if (at + 128 > bytes.size() || le16(bytes, at + 64) != nameBytes)
        return false;
    const quint8 objectType = quint8(bytes[at + 66]);
    if (objectType != 2) // a stream
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (le16(bytes, at + 2 * i) != name[i].unicode())
            return false;
    }
    return le16(bytes, at + 2 * name.size()) == 0;
}

} // namespace

std::optional<MediaType> MediaSniffer::sniff(QByteArrayView bytes, bool allowText)
{
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return MediaType::jpeg();
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n"))
        return MediaType::png();
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        return MediaType::gif();
    if (bytes.size() >= 16 && startsWith(bytes, "RIFF") && bytes.sliced(8, 4) == "WEBP")
        return MediaType::webp();
    if (startsWith(bytes, "%PDF-"))
        return MediaType::pdf();
    if (startsWith(bytes, QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return sniffOle2(bytes);
    if (startsWith(bytes, QByteArrayView("PK\x03\x04", 4)))
        return sniffZip(bytes);
    if (allowText && isPlainText(bytes))
        return MediaType::text();
    return std::nullopt;
}

std::optional<MediaType> MediaSniffer::sniffOle2(QByteArrayView bytes)
{
    // The compound file header fixes the sector size; directory entries (128 bytes) start on sector boundaries,
    // so every entry sits at a multiple of 128. Looking at those offsets only finds real entries, not document text.
    if (bytes.size() < 512)
        return std::nullopt;
    const quint16 shift = le16(bytes, 30);
    if (shift != 9 && shift != 12)
        return std::nullopt;
    const qsizetype sector = qsizetype(1) << shift;
    for (qsizetype at = sector; at + 128 <= bytes.size(); at += 128) {
        if (isDirectoryEntry(bytes, at, u"WordDocument"))
            return MediaType::doc();
        if (isDirectoryEntry(bytes, at, u"Workbook") || isDirectoryEntry(bytes, at, u"Book"))
            return MediaType::xls();
        if (isDirectoryEntry(bytes, at, u"PowerPoint Document"))
            return MediaType::ppt();
    }
    return std::nullopt;
}

std::optional<MediaType> MediaSniffer::sniffZip(QByteArrayView bytes)
{
    // Office Open XML is a ZIP whose central directory lists [Content_Types].xml and word/, xl/ or ppt/ parts.
    constexpr qsizetype kEocdSize = 22;
    if (bytes.size() < kEocdSize)
        return std::nullopt;
    const qsizetype searchFrom = std::max<qsizetype>(0, bytes.size() - kEocdSize - 0xFFFF);
    qsizetype eocd = -1;
    for (qsizetype at = bytes.size() - kEocdSize; at >= searchFrom; --at) {
        if (bytes[at] == 'P' && bytes.sliced(at, 4) == QByteArrayView("PK\x05\x06", 4)) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return std::nullopt;
    const quint16 entries = le16(bytes, eocd + 10);
    qsizetype at = le32(bytes, eocd + 16);
    bool contentTypes = false, word = false, excel = false, powerpoint = false;
    for (quint16 i = 0; i < entries; ++i) {
        if (at < 0 || at + 46 > bytes.size() || bytes.sliced(at, 4) != QByteArrayView("PK\x01\x02", 4))
            return std::nullopt;
        const qsizetype nameLength = le16(bytes, at + 28);
        const qsizetype extra = le16(bytes, at + 30);
        const qsizetype comment = le16(bytes, at + 32);
        if (at + 46 + nameLength > bytes.size())
            return std::nullopt;
        const QByteArrayView name = bytes.sliced(at + 46, nameLength);
        contentTypes |= name == "[Content_Types].xml";
        word |= name.startsWith("word/");
        excel |= name.startsWith("xl/");
        powerpoint |= name.startsWith("ppt/");
        at += 46 + nameLength + extra + comment;
    }
    if (!contentTypes || int(word) + int(excel) + int(powerpoint) != 1)
        return std::nullopt;
    if (word)
        return MediaType::docx();
    if (excel)
        return MediaType::xlsx();
    return MediaType::pptx();
}

bool MediaSniffer::isPlainText(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        const auto u = quint8(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || u == 0x7F)
            return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    return !utf8.hasError();
}

} // namespace pd::server
