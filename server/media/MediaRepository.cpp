#include "server/media/MediaRepository.h"

#include "server/media/MediaLog.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr auto kColumns = "id, site_id, sha256, mime, extension, filename, bytes, width, height, uploaded_by, created_at";

std::unexpected<Error> storageError(const QSqlQuery &q, const char *what)
{
    qCWarning(lcMedia) << what << q.lastError().text();
    return fail(ErrorCode::Storage, u"媒体库数据库操作失败"_s);
}

MediaInfo fromRow(const QSqlQuery &q)
{
    MediaInfo m;
    m.id = q.value(0).toLongLong();
    m.siteId = q.value(1).toLongLong();
    m.sha256 = q.value(2).toString();
    m.mime = q.value(3).toString();
    m.extension = q.value(4).toString();
    m.filename = q.value(5).toString();
    m.bytes = q.value(6).toLongLong();
    m.width = q.value(7).toInt();
    m.height = q.value(8).toInt();
    m.uploadedBy = q.value(9).toLongLong();
    m.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), QTimeZone::UTC);
    return m;
}

} // namespace

MediaRepository::MediaRepository(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

bool MediaRepository::isPostgres() const
{
    return QSqlDatabase::database(m_connectionName, false).driverName() == u"QPSQL"_s;
}

Result<void> MediaRepository::ensureSchema()
{
    const QString id = isPostgres() ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    const QString bigint = isPostgres() ? u"BIGINT"_s : u"INTEGER"_s;
    // Timestamps as milliseconds since the epoch, like the rest of portald's schema.
    const QString sql = uR"(CREATE TABLE IF NOT EXISTS media (
        id %1,
        site_id %2 NOT NULL,
        sha256 TEXT NOT NULL,
        mime TEXT NOT NULL,
        extension TEXT NOT NULL,
        filename TEXT NOT NULL,
        bytes %2 NOT NULL,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        uploaded_by %2 NOT NULL DEFAULT 0,
        created_at %2 NOT NULL,
        UNIQUE (site_id, sha256)))"_s.arg(id, bigint);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(sql))
        return storageError(q, "create media table:");
    // Which public things show which media; media id 0 under the owner "built" marks the table as filled.
    if (!q.exec(uR"(CREATE TABLE IF NOT EXISTS media_public (
            owner TEXT NOT NULL,
            media_id %1 NOT NULL,
            PRIMARY KEY (owner, media_id)))"_s.arg(bigint)))
        return storageError(q, "create media_public table:");
    if (!q.exec(u"CREATE INDEX IF NOT EXISTS media_public_media ON media_public(media_id)"_s))
        return storageError(q, "create media_public index:");
    return {};
}

Result<std::optional<MediaInfo>> MediaRepository::findById(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT %1 FROM media WHERE id = ?"_s.arg(QLatin1StringView(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, "find media by id:");
    if (!q.next())
        return std::optional<MediaInfo>();
    return std::optional<MediaInfo>(fromRow(q));
}

Result<std::optional<MediaInfo>> MediaRepository::findBySha256(qint64 siteId, const QString &sha256) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT %1 FROM media WHERE site_id = ? AND sha256 = ?"_s.arg(QLatin1StringView(kColumns)));
    q.addBindValue(siteId);
    q.addBindValue(sha256);
    if (!q.exec())
        return storageError(q, "find media by hash:");
    if (!q.next())
        return std::optional<MediaInfo>();
    return std::optional<MediaInfo>(fromRow(q));
}

Result<MediaInfo> MediaRepository::insert(MediaInfo info)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // ON CONFLICT DO NOTHING + RETURNING (SQLite >= 3.35, PostgreSQL): a lost race yields no row, not an error.
    q.prepare(u"INSERT INTO media (site_id, sha256, mime, extension, filename, bytes, width, height, uploaded_by, "
              u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, sha256) DO NOTHING RETURNING id"_s);
    for (const QVariant &v : {QVariant(info.siteId), QVariant(info.sha256), QVariant(info.mime),
                              QVariant(info.extension), QVariant(info.filename), QVariant(info.bytes),
                              QVariant(info.width), QVariant(info.height), QVariant(info.uploadedBy),
                              QVariant(info.createdAt.toMSecsSinceEpoch())})
        q.addBindValue(v);
    if (!q.exec())
        return storageError(q, "insert media:");
    if (q.next()) {
        info.id = q.value(0).toLongLong();
        info.existing = false;
        return info;
    }
    q.finish();
    auto existing = findBySha256(info.siteId, info.sha256);
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->has_value())
        return fail(ErrorCode::Storage, u"媒体记录写入失败"_s);
    MediaInfo found = **existing;
    found.existing = true;
    return found;
}

Result<void> MediaRepository::setPublicReferences(const QString &owner, const QList<qint64> &mediaIds)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM media_public WHERE owner = ?"_s);
    q.addBindValue(owner);
    if (!q.exec())
        return storageError(q, "clear media references:");
    const QSet<qint64> unique(mediaIds.cbegin(), mediaIds.cend());
    for (const qint64 id : unique) {
        if (id <= 0)
            continue;
        q.prepare(u"INSERT INTO media_public (owner, media_id) VALUES (?, ?)"_s);
        q.addBindValue(owner);
        q.addBindValue(id);
        if (!q.exec())
            return storageError(q, "store media reference:");
    }
    return {};
}

Result<bool> MediaRepository::isPublic(qint64 mediaId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT 1 FROM media_public WHERE media_id = ? LIMIT 1"_s);
    q.addBindValue(mediaId);
    if (!q.exec())
        return storageError(q, "look up media reference:");
    return q.next();
}

Result<bool> MediaRepository::publicReferencesBuilt() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT 1 FROM media_public WHERE owner = 'built' AND media_id = 0"_s))
        return storageError(q, "look up media references:");
    return q.next();
}

Result<void> MediaRepository::markPublicReferencesBuilt()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"INSERT INTO media_public (owner, media_id) VALUES ('built', 0) ON CONFLICT DO NOTHING"_s))
        return storageError(q, "mark media references:");
    return {};
}

QList<qint64> MediaRepository::idsReferencedBy(const QString &text)
{
    // Absolute or relative links (`/media/12/photo.jpg`, also inside escaped JSON strings) and id fields.
    static const QRegularExpression pattern(
        uR"re(/media/([1-9][0-9]{0,17})/|"(?:mediaId|bannerMediaId)"\s*:\s*"?([1-9][0-9]{0,17}))re"_s);
    QList<qint64> ids;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        ids.append((m.hasCaptured(1) ? m.captured(1) : m.captured(2)).toLongLong());
    }
    return ids;
}

} // namespace pd::server
