#pragma once
#include "app/domain/Error.h"
#include "server/media/MediaInfo.h"
#include "server/media/MediaPolicy.h"
#include "server/media/MediaType.h"

#include <QByteArray>
#include <QString>

namespace pd::server {

class MediaRepository;

/// Accepts uploads and keeps them content-addressed under one root directory: `<root>/<sha[0..2]>/<sha>.<ext>`.
/// Nothing the client sends (file name, Content-Type) ever becomes part of a path.
class MediaStore
{
public:
    MediaStore(QString rootDirectory, MediaRepository &repository, MediaPolicy policy = {});

    /// Checks and stores one upload (the raw request body). Errors: TooLarge (413), UnsupportedMedia (415: not a
    /// type we accept, or not the type claimed by `claimedType`/the file name's extension), Validation (empty),
    /// Storage. Identical bytes for the same site return the stored media with `existing` set.
    [[nodiscard]] Result<MediaInfo> store(const QByteArray &bytes, const QString &claimedType, const QString &filename,
                                          qint64 siteId, qint64 uploaderId = 0);

    /// The stored media, NotFound when there is none.
    [[nodiscard]] Result<MediaInfo> find(qint64 id) const;
    /// Where the bytes of `info` live (inside the root, derived from the hash only).
    [[nodiscard]] QString filePath(const MediaInfo &info) const;
    /// The file's bytes (small files and tests; serving streams the file from filePath() instead).
    [[nodiscard]] Result<QByteArray> read(const MediaInfo &info) const;
    /// Whether a published item or live post shows the media (MediaRepository::isPublic).
    [[nodiscard]] Result<bool> isPublic(const MediaInfo &info) const;

    [[nodiscard]] const MediaPolicy &policy() const { return m_policy; }

    /// A display name safe to show and to put into a URL: last path component only (no "../", no "C:\"), no
    /// control or reserved characters, no leading dots, at most 120 characters, ending in the sniffed type's
    /// extension. An empty result never happens (falls back to "file.<ext>").
    [[nodiscard]] static QString displayName(const QString &clientName, const MediaType &type);

private:
    [[nodiscard]] Result<void> writeFile(const QString &path, const QByteArray &bytes) const;

    QString m_root;
    MediaRepository &m_repository;
    MediaPolicy m_policy;
};

} // namespace pd::server
