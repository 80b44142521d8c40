#include "server/media/MediaType.h"

using namespace Qt::StringLiterals;

namespace pd::server {

bool MediaType::acceptsClaimedType(const QString &contentType) const
{
    // "image/jpeg; charset=binary" -> "image/jpeg"
    const QString bare = contentType.section(u';', 0, 0).trimmed().toLower();
    // A client that does not know (or will not say) lets the bytes decide.
    if (bare.isEmpty() || bare == u"application/octet-stream"_s)
        return true;
    return bare == mime || aliases.contains(bare);
}

bool MediaType::acceptsExtension(const QString &ext) const
{
    return extensions.contains(ext.toLower());
}

MediaType MediaType::jpeg()
{
    return {u"image/jpeg"_s, u"jpg"_s, {u"image/jpg"_s, u"image/pjpeg"_s}, {u"jpg"_s, u"jpeg"_s, u"jpe"_s, u"jfif"_s}, true, "jpeg"};
}

MediaType MediaType::png()
{
    return {u"image/png"_s, u"png"_s, {u"image/x-png"_s}, {u"png"_s}, true, "png"};
}

MediaType MediaType::gif()
{
    return {u"image/gif"_s, u"gif"_s, {}, {u"gif"_s}, true, "gif"};
}

MediaType MediaType::webp()
{
    return {u"image/webp"_s, u"webp"_s, {}, {u"webp"_s}, true, "webp"};
}

MediaType MediaType::pdf()
{
    return {u"application/pdf"_s, u"pdf"_s, {u"application/x-pdf"_s}, {u"pdf"_s}, false, nullptr};
}

MediaType MediaType::doc()
{
    return {u"application/msword"_s, u"doc"_s, {u"application/x-ole-storage"_s}, {u"doc"_s, u"dot"_s, u"wps"_s}, false, nullptr};
}

MediaType MediaType::xls()
{
    return {u"application/vnd.ms-excel"_s, u"xls"_s, {u"application/x-ole-storage"_s, u"application/excel"_s},
            {u"xls"_s, u"xlt"_s, u"et"_s}, false, nullptr};
}

MediaType MediaType::ppt()
{
    return {u"application/vnd.ms-powerpoint"_s, u"ppt"_s, {u"application/x-ole-storage"_s}, {u"ppt"_s, u"pps"_s, u"dps"_s},
            false, nullptr};
}

MediaType MediaType::docx()
{
    return {u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s, u"docx"_s,
            {u"application/zip"_s, u"application/x-zip-compressed"_s}, {u"docx"_s}, false, nullptr};
}

MediaType MediaType::xlsx()
{
    return {u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, u"xlsx"_s,
            {u"application/zip"_s, u"application/x-zip-compressed"_s}, {u"xlsx"_s}, false, nullptr};
}

MediaType MediaType::pptx()
{
    return {u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s, u"pptx"_s,
            {u"application/zip"_s, u"application/x-zip-compressed"_s}, {u"pptx"_s}, false, nullptr};
}

MediaType MediaType::text()
{
    return {u"text/plain"_s, u"txt"_s, {}, {u"txt"_s, u"text"_s}, false, nullptr};
}

QList<MediaType> MediaType::all()
{
    return {jpeg(), png(), gif(), webp(), pdf(), doc(), xls(), ppt(), docx(), xlsx(), pptx(), text()};
}

} // namespace pd::server
