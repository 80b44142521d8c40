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

private:
    [[nodiscard]] bool isPostgres() const;

    QString m_connectionName;
};

} // namespace pd::server
