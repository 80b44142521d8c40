#include "server/media/MediaRepository.h"

#include "server/media/MediaLog.h"

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

} // namespace pd::server
