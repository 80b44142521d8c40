#pragma once
#include "app/domain/Error.h"
#include "server/media/MediaInfo.h"

#include <QString>
#include <optional>

namespace pd::server {

/// The `media` table, over an existing Qt Sql connection (QSQLITE or QPSQL) named by the server's Database.
/// Owns its SQL so the media module needs nothing from the rest of portald.
class MediaRepository
{
public:
    explicit MediaRepository(QString connectionName);

    /// CREATE TABLE IF NOT EXISTS — safe to call on every start, on both dialects.
    [[nodiscard]] Result<void> ensureSchema();

    [[nodiscard]] Result<std::optional<MediaInfo>> findById(qint64 id) const;
    [[nodiscard]] Result<std::optional<MediaInfo>> findBySha256(qint64 siteId, const QString &sha256) const;
    /// Inserts `info`; when the same bytes were stored for the site meanwhile (a concurrent upload), returns that
    /// row instead, with `existing` set.
    [[nodiscard]] Result<MediaInfo> insert(MediaInfo info);

    /// Records which media a public thing (`owner`, e.g. `item:12` or `livepost:7`) shows; an empty list when it is
    /// not public (any more). Media nobody public shows are for the site's signed-in users only.
    [[nodiscard]] Result<void> setPublicReferences(const QString &owner, const QList<qint64> &mediaIds);
    /// Whether anything public shows the media.
    [[nodiscard]] Result<bool> isPublic(qint64 mediaId) const;
    /// Whether the public references were ever built (a data directory from before they existed has none yet).
    [[nodiscard]] Result<bool> publicReferencesBuilt() const;
    [[nodiscard]] Result<void> markPublicReferencesBuilt();
    /// The media ids a stored document (an item's JSON, its body HTML) refers to: `/media/{id}/` links and
    /// `mediaId`/`bannerMediaId` fields.
    [[nodiscard]] static QList<qint64> idsReferencedBy(const QString &text);

private:
    [[nodiscard]] bool isPostgres() const;

    QString m_connectionName;
};

} // namespace pd::server
