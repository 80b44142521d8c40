#include "server/media/MediaStore.h"

#include "server/media/MediaLog.h"
#include "server/media/MediaRepository.h"
#include "server/media/MediaSniffer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kMaxDisplayName = 120;

QString humanSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MiB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return u"%1 KiB"_s.arg(double(bytes) / 1024.0, 0, 'f', 1);
    return u"%1 字节"_s.arg(bytes);
}

/// The extension of a client file name ("报告.PDF" -> "pdf"), empty when there is none.
QString extensionOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1)
        return {};
    return name.sliced(dot + 1).toLower();
}

/// Whether `ext` is one some accepted type uses — then it is a claim about the content, to be checked.
bool isKnownExtension(const QString &ext)
{
    for (const MediaType &t : MediaType::all()) {
        if (t.acceptsExtension(ext))
            return true;
    }
    return false;
}

} // namespace

MediaStore::MediaStore(QString rootDirectory, MediaRepository &repository, MediaPolicy policy)
    : m_root(QDir(rootDirectory).absolutePath())
    , m_repository(repository)
    , m_policy(std::move(policy))
{
}

QString MediaStore::displayName(const QString &clientName, const MediaType &type)
{
    // Only the last component of whatever path the client sent, with either separator.
    QString name = clientName;
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (slash >= 0)
        name = name.sliced(slash + 1);
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || c.category() == QChar::Other_Format
            || c.isSurrogate() || u == 0xFFFD)
            continue; // control, bidi override and other invisible characters
        if (QStringView(u"<>:\"|?*%#;&").contains(c))
            cleaned.append(u'_');
        else
            cleaned.append(c);
    }
    cleaned = cleaned.simplified();
    while (cleaned.startsWith(u'.') || cleaned.startsWith(u' '))
        cleaned.remove(0, 1);
    while (cleaned.endsWith(u'.') || cleaned.endsWith(u' '))
        cleaned.chop(1);
    // The extension always tells the truth about the content.
    if (!type.acceptsExtension(extensionOf(cleaned)))
        cleaned += u'.' + type.extension;
    if (cleaned.size() > kMaxDisplayName) {
        const QString ext = u'.' + extensionOf(cleaned);
        cleaned = cleaned.first(kMaxDisplayName - ext.size()) + ext;
    }
    if (cleaned.startsWith(u'.'))
        cleaned = u"file"_s + cleaned;
    return cleaned;
}

Result<MediaInfo> MediaStore::store(const QByteArray &bytes, const QString &claimedType, const QString &filename,
                                    qint64 siteId, qint64 uploaderId)
{
    if (bytes.size() > m_policy.maxBytes) {
        return fail(ErrorCode::TooLarge,
                    u"文件过大（%1），上限为 %2"_s.arg(humanSize(bytes.size()), humanSize(m_policy.maxBytes)));
    }
    if (bytes.isEmpty())
        return fail(ErrorCode::Validation, u"上传的文件为空"_s);

    const auto type = MediaSniffer::sniff(bytes, m_policy.allowText);
    if (!type) {
        return fail(ErrorCode::UnsupportedMedia,
                    u"无法识别的文件类型：仅接受 JPEG、PNG、GIF、WebP 图片和 PDF、DOC、DOCX、XLS、XLSX、PPT、PPTX 文档"_s);
    }
    if (!type->acceptsClaimedType(claimedType)) {
        return fail(ErrorCode::UnsupportedMedia,
                    u"声明的类型 %1 与文件实际内容（%2）不符"_s.arg(claimedType.section(u';', 0, 0).trimmed(), type->mime));
    }
    const QString ext = extensionOf(filename.section(u'/', -1).section(u'\\', -1));
    if (!ext.isEmpty() && isKnownExtension(ext) && !type->acceptsExtension(ext)) {
        return fail(ErrorCode::UnsupportedMedia,
                    u"文件扩展名 .%1 与文件实际内容（%2）不符"_s.arg(ext, type->mime));
    }

    MediaInfo info;
    info.siteId = siteId;
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    info.mime = type->mime;
    info.extension = type->extension;
    info.filename = displayName(filename, *type);
    info.bytes = bytes.size();
    info.uploadedBy = uploaderId;
    info.createdAt = QDateTime::currentDateTimeUtc();

    auto known = m_repository.findBySha256(siteId, info.sha256);
    if (!known)
        return std::unexpected(known.error());
    if (known->has_value()) {
        MediaInfo existing = **known;
        existing.existing = true;
        // Heal a lost file (restored database, pruned disk) with the identical bytes we have in hand.
        if (!QFileInfo::exists(filePath(existing))) {
            if (auto w = writeFile(filePath(existing), bytes); !w)
                return std::unexpected(w.error());
        }
        return existing;
    }

    if (type->image) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, type->imageFormat);
        const QSize size = reader.size();
        if (!size.isValid() || size.isEmpty()) {
            return fail(ErrorCode::UnsupportedMedia,
                        u"图片数据无法读取（%1 文件头正确但内容损坏）"_s.arg(type->mime));
        }
        if (qint64(size.width()) * size.height() > m_policy.maxImagePixels)
            return fail(ErrorCode::UnsupportedMedia, u"图片尺寸过大（%1×%2）"_s.arg(size.width()).arg(size.height()));
        info.width = size.width();
        info.height = size.height();
    }

    if (auto w = writeFile(filePath(info), bytes); !w)
        return std::unexpected(w.error());
    auto inserted = m_repository.insert(info);
    if (inserted)
        qCInfo(lcMedia) << "stored media" << inserted->id << info.mime << info.bytes << "bytes" << info.sha256;
    return inserted;
}

Result<MediaInfo> MediaStore::find(qint64 id) const
{
    auto found = m_repository.findById(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, u"媒体文件不存在"_s);
    return **found;
}

QString MediaStore::filePath(const MediaInfo &info) const
{
    // Built from the hash (hex) and our own extension only; validate both anyway so a corrupted row cannot escape.
    static const auto isHex = [](const QString &s) {
        return s.size() == 64 && std::ranges::all_of(s, [](QChar c) {
                   return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
               });
    };
    QString ext;
    for (const MediaType &t : MediaType::all()) {
        if (t.extension == info.extension)
            ext = t.extension;
    }
    if (!isHex(info.sha256) || ext.isEmpty())
        return {};
    return m_root + u'/' + info.sha256.first(2) + u'/' + info.sha256 + u'.' + ext;
}

Result<QByteArray> MediaStore::read(const MediaInfo &info) const
{
    const QString path = filePath(info);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, u"媒体文件不存在"_s);
    return file.readAll();
}

Result<bool> MediaStore::isPublic(const MediaInfo &info) const
{
    return m_repository.isPublic(info.id);
}

Result<void> MediaStore::writeFile(const QString &path, const QByteArray &bytes) const
{
    if (path.isEmpty())
        return fail(ErrorCode::Storage, u"媒体文件路径无效"_s);
    if (QFileInfo(path).size() == bytes.size())
        return {}; // same hash, same size: already there (shared by every site that uploaded these bytes)
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Storage, u"无法创建媒体目录"_s);
    // QSaveFile writes a temporary file and renames it: readers never see half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcMedia) << "cannot write" << path << file.errorString();
        return fail(ErrorCode::Storage, u"媒体文件写入失败"_s);
    }
    return {};
}

} // namespace pd::server
