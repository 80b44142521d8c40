#include "app/store/LocalStore.h"

#include "app/domain/IsoTime.h"
#include "app/store/SqlTransaction.h"
#include "app/store/StoreLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

/// Schema versions, oldest first. A migration is a list of statements (QSQLITE runs one per exec) applied in
/// one transaction together with the new user_version, so a crash leaves the old schema or the new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        // 1: cache, drafts + journal, outbox, state
        {
            u"CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE sites (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL)"_s,
            u"CREATE TABLE columns (site_id INTEGER NOT NULL, id INTEGER NOT NULL, position INTEGER NOT NULL, "
            "json TEXT NOT NULL, PRIMARY KEY (site_id, id))"_s,
            u"CREATE TABLE items (id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, type TEXT NOT NULL, "
            "state TEXT NOT NULL, title TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT, json TEXT NOT NULL)"_s,
            u"CREATE INDEX items_site_updated ON items (site_id, updated_at DESC)"_s,
            u"CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, item_id INTEGER NOT NULL DEFAULT 0, "
            "base_revision INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL, updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE draft_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE, saved_at TEXT NOT NULL, "
            "json TEXT NOT NULL)"_s,
            u"CREATE INDEX draft_journal_draft ON draft_journal (draft_id, id)"_s,
            u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, "
            "resource TEXT NOT NULL, verb TEXT NOT NULL, path TEXT NOT NULL, body TEXT NOT NULL, "
            "if_match TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
            "created_at TEXT NOT NULL, next_attempt_at TEXT, last_error TEXT NOT NULL DEFAULT '', "
            "last_status INTEGER NOT NULL DEFAULT 0, result TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE INDEX outbox_state ON outbox (state, id)"_s,
        },
        // 2: the review queue and live posts, for offline browsing
        {
            u"CREATE TABLE review_queue (item_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, due_at TEXT, "
            "json TEXT NOT NULL)"_s,
            u"CREATE TABLE live_posts (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, seq INTEGER NOT NULL, "
            "json TEXT NOT NULL)"_s,
            u"CREATE INDEX live_posts_event ON live_posts (event_id, seq)"_s,
        },
        // 3: lean item columns, so 100,000 cached summaries load without parsing their JSON (ItemIndex)
        {
            u"ALTER TABLE items ADD COLUMN index_no TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE items ADD COLUMN category TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE items ADD COLUMN column_ids TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE items ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE items ADD COLUMN date_ms INTEGER NOT NULL DEFAULT 0"_s,
            u"UPDATE items SET "
            "index_no = coalesce(json_extract(json, '$.indexNo'), json_extract(json, '$.disclosure.indexNo'), ''), "
            "category = coalesce(json_extract(json, '$.topicCategory'), "
            "                    json_extract(json, '$.disclosure.topicCategory'), ''), "
            "column_ids = coalesce((SELECT group_concat(value, ',') FROM json_each(items.json, '$.columns')), ''), "
            "updated_ms = coalesce(CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0)"_s,
            u"UPDATE items SET date_ms = coalesce(CAST(round((julianday(json_extract(json, '$.publishedAt')) "
            "- 2440587.5) * 86400000) AS INTEGER), updated_ms)"_s,
            u"CREATE INDEX items_site_date ON items (site_id, date_ms DESC, id DESC)"_s,
        },
        // 4: a disclosure document's 失效 / 废止 for the catalogue browser (only once marked with a date)
        {
            u"ALTER TABLE items ADD COLUMN validity TEXT NOT NULL DEFAULT ''"_s,
            u"UPDATE items SET validity = coalesce(json_extract(json, '$.validity'), "
            "json_extract(json, '$.disclosure.validity'), '') "
            "WHERE coalesce(json_extract(json, '$.effectiveDate'), json_extract(json, '$.disclosure.effectiveDate')) "
            "IS NOT NULL"_s,
        },
    };
    return list;
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString timestamp(const QDateTime &t)
{
    return domain::IsoTime::format(t);
}

QDateTime fromTimestamp(const QVariant &v)
{
    return domain::IsoTime::parse(v.toString());
}

QString now()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

bool looksCorrupt(const QSqlError &e)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), in whatever words the driver reports them.
    const QString code = e.nativeErrorCode();
    return code == u"11"_s || code == u"26"_s || e.databaseText().contains(u"malformed"_s)
           || e.databaseText().contains(u"not a database"_s);
}

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.resource = q.value(2).toString();
    e.verb = q.value(3).toString().toLatin1();
    e.path = q.value(4).toString();
    e.body = toObject(q.value(5));
    e.ifMatch = q.value(6).toString();
    e.state = OutboxEntry::stateFromCode(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.createdAt = fromTimestamp(q.value(9));
    e.nextAttemptAt = fromTimestamp(q.value(10));
    e.lastError = q.value(11).toString();
    e.lastStatus = q.value(12).toInt();
    e.result = toObject(q.value(13));
    return e;
}

constexpr auto kOutboxColumns = "id, idempotency_key, resource, verb, path, body, if_match, state, attempts, "
                                "created_at, next_attempt_at, last_error, last_status, result";

} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
{
    static std::atomic<quint64> counter{0};
    m_connection = u"pd.store.%1"_s.arg(++counter);
}

LocalStore::~LocalStore()
{
    close();
}

int LocalStore::latestSchemaVersion()
{
    return int(migrations().size());
}

QString LocalStore::pathForAccount(const QString &dataDir, const QUrl &server, const QString &user)
{
    const QString scheme = server.scheme().toLower();
    const int port = server.port(scheme == u"https"_s ? 443 : 80);
    const QString host = server.host().toLower();
    // A hash, not a sanitised name: any two distinct (server, user) pairs get distinct files, whatever script the
    // user name is written in. The raw name goes in as it is; the server is reduced to what identifies it.
    const QByteArray identity = u"%1://%2:%3\n%4"_s.arg(scheme, host, QString::number(port), user).toUtf8();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));
    const QDir dir(dataDir);
    const QString path = dir.filePath(u"accounts/%1.sqlite"_s.arg(digest));

    // Earlier releases named the file after host, port and user with every other character replaced by '_'.
    // Such a file is adopted only when that old name could belong to this account alone (nothing was replaced);
    // otherwise it may hold another account's drafts and outbox, and handing it over would replay them under
    // this user's token.
    const QString legacyRaw = u"%1_%2_%3"_s.arg(server.host(), QString::number(port), user);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString legacyName = legacyRaw;
    legacyName.replace(unsafe, u"_"_s);
    const QString legacy = dir.filePath(u"accounts/%1.sqlite"_s.arg(legacyName));
    if (legacy == path || QFileInfo::exists(path) || !QFileInfo::exists(legacy))
        return path;
    if (legacyName != legacyRaw) {
        qCWarning(lcStore).noquote() << "left" << legacy << "where it is: its name may be shared by several accounts";
        return path;
    }
    // The write-ahead log holds committed changes not yet in the main file, so it moves with it.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (!QFileInfo::exists(legacy + suffix))
            continue;
        if (!QFile::rename(legacy + suffix, path + suffix))
            qCWarning(lcStore).noquote() << "could not move" << legacy + suffix << "to" << path + suffix;
    }
    qCInfo(lcStore).noquote() << "moved the local database" << legacy << "to" << path;
    return path;
}

QSqlDatabase LocalStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

Error LocalStore::storageError(const QString &what, const QString &detail) const
{
    qCWarning(lcStore) << what << detail << m_path;
    return Error::make(ErrorCode::Storage,
                       QCoreApplication::translate("pd::store::LocalStore",
                                                   "The local database %1 could not be used (%2): %3")
                           .arg(QDir::toNativeSeparators(m_path), what, detail));
}

Result<void> LocalStore::exec(const QString &sql, const QVariantList &bind)
{
    QSqlQuery q(db());
    if (!q.prepare(sql))
        return std::unexpected(storageError(u"prepare"_s, q.lastError().text()));
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(storageError(u"exec"_s, q.lastError().text()));
    return {};
}

void LocalStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> LocalStore::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    m_corruptCopy.clear();
    auto opened = openFile(path, targetVersion);
    if (opened)
        return opened;
    if (!m_damaged || !QFile::exists(path))
        return opened;

    // Damaged: keep the evidence, start afresh; the server still has everything that was sent.
    close();
    const QString aside = path + u".corrupt-"_s
                          + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (!QFile::rename(path, aside))
        return std::unexpected(storageError(u"rename"_s, u"cannot move the damaged file aside"_s));
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    m_corruptCopy = aside;
    qCWarning(lcStore) << "damaged database moved to" << aside;
    return openFile(path, targetVersion);
}

Result<void> LocalStore::openFile(const QString &path, int targetVersion)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    d.setDatabaseName(path);
    if (!d.open())
        return std::unexpected(storageError(u"open"_s, d.lastError().text()));

    m_damaged = false;
    auto corrupt = [this](const QSqlError &e) {
        m_damaged = true;
        return std::unexpected(storageError(u"check"_s, e.text()));
    };
    QSqlQuery q(d);
    // WAL: readers never block the writer; FULL sync: a returned write survives a crash or power cut.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s}) {
        if (!q.exec(pragma))
            return looksCorrupt(q.lastError()) ? corrupt(q.lastError())
                                               : std::unexpected(storageError(pragma, q.lastError().text()));
    }
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return looksCorrupt(q.lastError()) ? corrupt(q.lastError())
                                           : std::unexpected(storageError(u"quick_check"_s, q.lastError().text()));
    if (q.value(0).toString() != u"ok"_s) {
        QSqlError e(q.value(0).toString(), q.value(0).toString(), QSqlError::StatementError, u"11"_s);
        return corrupt(e);
    }
    q.finish();
    if (auto m = migrate(targetVersion); !m)
        return m;
    // An entry caught on the wire by a crash or kill goes out again; its idempotency key prevents a duplicate.
    return exec(u"UPDATE outbox SET state = 'queued' WHERE state = 'sending'"_s);
}

int LocalStore::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> LocalStore::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return std::unexpected(storageError(u"user_version"_s, db().lastError().text()));
    if (current > latestSchemaVersion())
        return std::unexpected(storageError(
            u"migrate"_s, u"schema version %1 is newer than this program (%2)"_s.arg(current).arg(latestSchemaVersion())));
    QSqlDatabase d = db();
    for (int v = current; v < targetVersion && v < latestSchemaVersion(); ++v) {
        SqlTransaction tx(d);
        if (!tx.isOpen())
            return std::unexpected(storageError(u"begin"_s, d.lastError().text()));
        QSqlQuery q(d);
        for (const QString &sql : migrations().at(v)) {
            if (!q.exec(sql))
                return std::unexpected(storageError(u"migration %1"_s.arg(v + 1), q.lastError().text()));
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(v + 1)))
            return std::unexpected(storageError(u"user_version"_s, q.lastError().text()));
        q.finish();
        if (!tx.commit())
            return std::unexpected(storageError(u"commit"_s, d.lastError().text()));
        qCInfo(lcStore) << "schema migrated to version" << v + 1;
    }
    return {};
}

Result<void> LocalStore::setValue(const QString &key, const QJsonValue &value)
{
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return exec(u"INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                {key, text});
}

QJsonValue LocalStore::value(const QString &key, const QJsonValue &fallback) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT value FROM kv WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fallback;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array().at(0);
}

Result<void> LocalStore::cacheSites(const QList<domain::Site> &sites)
{
    QSqlDatabase d = db();
    SqlTransaction tx(d);
    if (auto r = exec(u"DELETE FROM sites"_s); !r)
        return r;
    for (qsizetype i = 0; i < sites.size(); ++i)
        if (auto r = exec(u"INSERT INTO sites (id, position, json) VALUES (?, ?, ?)"_s,
                          {sites.at(i).id, int(i), toText(sites.at(i).toJson())});
            !r)
            return r;
    if (!tx.commit())
        return std::unexpected(storageError(u"commit"_s, d.lastError().text()));
    return {};
}

Result<QList<domain::Site>> LocalStore::cachedSites() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT json FROM sites ORDER BY position"_s))
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    QList<domain::Site> sites;
    while (q.next())
        if (auto s = domain::Site::fromJson(toObject(q.value(0))))
            sites.append(*s);
    return sites;
}

Result<void> LocalStore::cacheColumns(qint64 siteId, const QList<domain::Column> &columns)
{
    QSqlDatabase d = db();
    SqlTransaction tx(d);
    if (auto r = exec(u"DELETE FROM columns WHERE site_id = ?"_s, {siteId}); !r)
        return r;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (auto r = exec(u"INSERT INTO columns (site_id, id, position, json) VALUES (?, ?, ?, ?)"_s,
                          {siteId, columns.at(i).id, int(i), toText(columns.at(i).toJson())});
            !r)
            return r;
    if (!tx.commit())
        return std::unexpected(storageError(u"commit"_s, d.lastError().text()));
    return {};
}

Result<QList<domain::Column>> LocalStore::cachedColumns(qint64 siteId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT json FROM columns WHERE site_id = ? ORDER BY position"_s);
    q.addBindValue(siteId);
    if (!q.exec())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    QList<domain::Column> columns;
    while (q.next())
        if (auto c = domain::Column::fromJson(toObject(q.value(0))))
            columns.append(*c);
    return columns;
}

Result<void> LocalStore::cacheItems(const QList<QJsonObject> &items)
{
    QSqlDatabase d = db();
    SqlTransaction tx(d);
    QSqlQuery q(d);
    q.prepare(u"INSERT INTO items (id, site_id, type, state, title, revision, updated_at, json, index_no, category, "
              "column_ids, updated_ms, date_ms, validity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, "
              "type = excluded.type, state = excluded.state, title = excluded.title, revision = excluded.revision, "
              "updated_at = excluded.updated_at, "
              "json = CASE WHEN excluded.revision = items.revision AND instr(excluded.json, '\"bodyHtml\"') = 0 "
              "THEN items.json ELSE excluded.json END, index_no = excluded.index_no, "
              "category = excluded.category, column_ids = excluded.column_ids, updated_ms = excluded.updated_ms, "
              "date_ms = excluded.date_ms, validity = excluded.validity WHERE excluded.revision >= items.revision"_s);
    const auto ms = [](const QJsonValue &v) {
        const QDateTime t = domain::IsoTime::parse(v.toString());
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
    };
    // NOT NULL text columns: an absent value is stored as '' (a null QString would bind as NULL).
    const auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    for (const QJsonObject &item : items) {
        const qint64 id = item.value(u"id").toInteger();
        if (id <= 0)
            continue;
        const QJsonObject disclosure = item.value(u"disclosure").toObject();
        QStringList columns;
        for (const QJsonValue &c : item.value(u"columns").toArray())
            columns.append(QString::number(c.toInteger()));
        const qint64 updatedMs = ms(item.value(u"updatedAt"));
        const qint64 publishedMs = ms(item.value(u"publishedAt"));
        q.addBindValue(id);
        q.addBindValue(item.value(u"site").toInteger(item.value(u"siteId").toInteger()));
        q.addBindValue(item.value(u"type").toString());
        q.addBindValue(item.value(u"state").toString());
        q.addBindValue(item.value(u"title").toString());
        q.addBindValue(item.value(u"revision").toInteger());
        q.addBindValue(item.value(u"updatedAt").toString());
        q.addBindValue(toText(item));
        q.addBindValue(text(item.value(u"indexNo").toString(disclosure.value(u"indexNo").toString())));
        q.addBindValue(text(item.value(u"topicCategory").toString(disclosure.value(u"topicCategory").toString())));
        q.addBindValue(text(columns.join(u',')));
        q.addBindValue(updatedMs);
        q.addBindValue(publishedMs > 0 ? publishedMs : updatedMs);
        // A summary carries the validity beside the 索引号, a full item inside its metadata; only a marked one counts.
        const bool marked = item.contains(u"effectiveDate") || disclosure.contains(u"effectiveDate");
        q.addBindValue(marked ? text(item.value(u"validity").toString(disclosure.value(u"validity").toString()))
                              : QString(u""_s));
        if (!q.exec())
            return std::unexpected(storageError(u"cache items"_s, q.lastError().text()));
    }
    q.finish();
    if (!tx.commit())
        return std::unexpected(storageError(u"commit"_s, d.lastError().text()));
    return {};
}

Result<void> LocalStore::removeCachedItem(qint64 id)
{
    return exec(u"DELETE FROM items WHERE id = ?"_s, {id});
}

Result<QList<QJsonObject>> LocalStore::cachedItems(qint64 siteId, int limit) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT json FROM items WHERE site_id = ? ORDER BY updated_at DESC, id DESC LIMIT ?"_s);
    q.addBindValue(siteId);
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    QList<QJsonObject> items;
    while (q.next())
        items.append(toObject(q.value(0)));
    return items;
}

Result<std::optional<QJsonObject>> LocalStore::cachedItem(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT json FROM items WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    if (!q.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(toObject(q.value(0)));
}

Result<qint64> LocalStore::createDraft(const QJsonObject &content, qint64 itemId, qint64 baseRevision)
{
    QSqlDatabase d = db();
    SqlTransaction tx(d);
    QSqlQuery q(d);
    q.prepare(u"INSERT INTO drafts (item_id, base_revision, json, updated_at) VALUES (?, ?, ?, ?)"_s);
    const QString stamp = now();
    q.addBindValue(itemId);
    q.addBindValue(baseRevision);
    q.addBindValue(toText(content));
    q.addBindValue(stamp);
    if (!q.exec())
        return std::unexpected(storageError(u"create draft"_s, q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = exec(u"INSERT INTO draft_journal (draft_id, saved_at, json) VALUES (?, ?, ?)"_s,
                      {id, stamp, toText(content)});
        !r)
        return std::unexpected(r.error());
    if (!tx.commit())
        return std::unexpected(storageError(u"commit"_s, d.lastError().text()));
    return id;
}

Result<void> LocalStore::saveDraft(qint64 draftId, const QJsonObject &content)
{
    QSqlDatabase d = db();
    SqlTransaction tx(d);
    const QString stamp = now();
    QSqlQuery q(d);
    q.prepare(u"UPDATE drafts SET json = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(toText(content));
    q.addBindValue(stamp);
    q.addBindValue(draftId);
    if (!q.exec())
        return std::unexpected(storageError(u"save draft"_s, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("pd::store::LocalStore",
                                                                     "The draft no longer exists."));
    if (auto r = exec(u"INSERT INTO draft_journal (draft_id, saved_at, json) VALUES (?, ?, ?)"_s,
                      {draftId, stamp, toText(content)});
        !r)
        return r;
    // Bounded history: the newest journalLimit() autosaves are enough to go back a few minutes.
    if (auto r = exec(u"DELETE FROM draft_journal WHERE draft_id = ? AND id NOT IN (SELECT id FROM draft_journal "
                      "WHERE draft_id = ? ORDER BY id DESC LIMIT ?)"_s,
                      {draftId, draftId, journalLimit()});
        !r)
        return r;
    if (!tx.commit())
        return std::unexpected(storageError(u"commit"_s, d.lastError().text()));
    return {};
}

Result<void> LocalStore::setDraftItem(qint64 draftId, qint64 itemId, qint64 baseRevision)
{
    return exec(u"UPDATE drafts SET item_id = ?, base_revision = ? WHERE id = ?"_s, {itemId, baseRevision, draftId});
}

Result<Draft> LocalStore::draft(qint64 draftId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT d.id, d.item_id, d.base_revision, d.json, d.updated_at, "
              "(SELECT COUNT(*) FROM draft_journal j WHERE j.draft_id = d.id) FROM drafts d WHERE d.id = ?"_s);
    q.addBindValue(draftId);
    if (!q.exec())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    if (!q.next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("pd::store::LocalStore",
                                                                     "The draft no longer exists."));
    return Draft{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), toObject(q.value(3)),
                 fromTimestamp(q.value(4)), q.value(5).toInt()};
}

Result<QList<Draft>> LocalStore::drafts() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT d.id, d.item_id, d.base_revision, d.json, d.updated_at, "
                "(SELECT COUNT(*) FROM draft_journal j WHERE j.draft_id = d.id) FROM drafts d "
                "ORDER BY d.updated_at DESC, d.id DESC"_s))
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    QList<Draft> list;
    while (q.next())
        list.append(Draft{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          toObject(q.value(3)), fromTimestamp(q.value(4)), q.value(5).toInt()});
    return list;
}

Result<QList<QJsonObject>> LocalStore::draftJournal(qint64 draftId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT json FROM draft_journal WHERE draft_id = ? ORDER BY id"_s);
    q.addBindValue(draftId);
    if (!q.exec())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    QList<QJsonObject> list;
    while (q.next())
        list.append(toObject(q.value(0)));
    return list;
}

Result<void> LocalStore::removeDraft(qint64 draftId)
{
    return exec(u"DELETE FROM drafts WHERE id = ?"_s, {draftId});
}

Result<OutboxEntry> LocalStore::enqueue(const QString &resource, const QByteArray &verb, const QString &path,
                                        const QJsonObject &body, const QString &ifMatch, const QString &idempotencyKey)
{
    OutboxEntry e;
    e.idempotencyKey = idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    e.resource = resource;
    e.verb = verb;
    e.path = path;
    e.body = body;
    e.ifMatch = ifMatch;
    e.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO outbox (idempotency_key, resource, verb, path, body, if_match, state, created_at) "
              "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), 'queued', ?)"_s);
    q.addBindValue(e.idempotencyKey);
    q.addBindValue(resource);
    q.addBindValue(QString::fromLatin1(verb));
    q.addBindValue(path);
    q.addBindValue(toText(body));
    q.addBindValue(ifMatch);
    q.addBindValue(timestamp(e.createdAt));
    if (!q.exec())
        return std::unexpected(storageError(u"enqueue"_s, q.lastError().text()));
    e.id = q.lastInsertId().toLongLong();
    Q_EMIT outboxChanged();
    return e;
}

Result<QList<OutboxEntry>> LocalStore::outbox(bool includeSent) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const QString where = includeSent ? QString() : u" WHERE state <> 'sent'"_s;
    if (!q.exec(u"SELECT %1 FROM outbox%2 ORDER BY id"_s.arg(QLatin1StringView(kOutboxColumns), where)))
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    QList<OutboxEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<QList<OutboxEntry>> LocalStore::outboxHeads() const
{
    // Only the first undelivered entry of each resource can go out next; reading just those keeps a drain of
    // thousands of entries linear (the whole list would be read and parsed once per delivery otherwise).
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM outbox WHERE id IN (SELECT MIN(id) FROM outbox WHERE state <> 'sent' "
                "GROUP BY resource) ORDER BY id"_s.arg(QLatin1StringView(kOutboxColumns))))
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    QList<OutboxEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<std::optional<OutboxEntry>> LocalStore::outboxEntry(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(QLatin1StringView(kOutboxColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(q));
}

Result<int> LocalStore::pendingCount() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')"_s) || !q.next())
        return std::unexpected(storageError(u"count"_s, q.lastError().text()));
    return q.value(0).toInt();
}

Result<bool> LocalStore::hasWaiting(const QString &resource) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM outbox WHERE resource = ? AND state IN ('queued', 'sending'))"_s);
    q.addBindValue(resource);
    if (!q.exec() || !q.next())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    return q.value(0).toBool();
}

Result<std::optional<OutboxEntry>> LocalStore::lastSent(const QString &resource) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT %1 FROM outbox WHERE resource = ? AND state = 'sent' ORDER BY id DESC LIMIT 1"_s.arg(
        QLatin1StringView(kOutboxColumns)));
    q.addBindValue(resource);
    if (!q.exec())
        return std::unexpected(storageError(u"select"_s, q.lastError().text()));
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(q));
}

Result<void> LocalStore::setOutboxState(qint64 id, const QString &sql, const QVariantList &bind, bool durable)
{
    QVariantList all = bind;
    all.append(id);
    // Delivery bookkeeping need not wait for the disk: in WAL mode a NORMAL commit survives a crash of the
    // program, only a power cut can lose it, and then the entry is merely sent again under its idempotency key
    // (a replay on the server). Two flushes per delivery were most of a long drain's time.
    if (!durable)
        exec(u"PRAGMA synchronous = NORMAL"_s);
    auto r = exec(sql, all);
    if (!durable)
        exec(u"PRAGMA synchronous = FULL"_s);
    if (r)
        Q_EMIT outboxChanged();
    return r;
}

Result<void> LocalStore::markSending(qint64 id)
{
    return setOutboxState(id, u"UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?"_s, {},
                          false);
}

Result<void> LocalStore::markSent(qint64 id, int status, const QJsonObject &result)
{
    return setOutboxState(id,
                          u"UPDATE outbox SET state = 'sent', last_status = ?, result = ?, last_error = '' "
                          "WHERE id = ?"_s,
                          {status, toText(result)}, false);
}

Result<void> LocalStore::markRetry(qint64 id, const QDateTime &notBefore, const QString &error, int status)
{
    return setOutboxState(id,
                          u"UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = COALESCE(?, ''), last_status = ? "
                          "WHERE id = ?"_s,
                          {timestamp(notBefore), error, status}, false);
}

Result<void> LocalStore::markNeedsAttention(qint64 id, const QString &error, int status, const QJsonObject &problem)
{
    return setOutboxState(id,
                          u"UPDATE outbox SET state = 'attention', last_error = COALESCE(?, ''), last_status = ?, result = ? "
                          "WHERE id = ?"_s,
                          {error, status, toText(problem)});
}

Result<void> LocalStore::requeue(qint64 id, const QString &ifMatch, const QJsonObject &body)
{
    if (body.isEmpty())
        return setOutboxState(id,
                              u"UPDATE outbox SET state = 'queued', next_attempt_at = NULL, "
                              "if_match = CASE WHEN COALESCE(?, '') = '' THEN if_match ELSE ? END WHERE id = ?"_s,
                              {ifMatch, ifMatch});
    return setOutboxState(id,
                          u"UPDATE outbox SET state = 'queued', next_attempt_at = NULL, "
                          "if_match = CASE WHEN COALESCE(?, '') = '' THEN if_match ELSE ? END, body = ? WHERE id = ?"_s,
                          {ifMatch, ifMatch, toText(body)});
}

Result<void> LocalStore::discard(qint64 id)
{
    return setOutboxState(id, u"DELETE FROM outbox WHERE id = ?"_s, {});
}

Result<void> LocalStore::pruneSent(const QDateTime &before)
{
    return exec(u"DELETE FROM outbox WHERE state = 'sent' AND created_at < ?"_s, {timestamp(before)});
}

} // namespace pd::store
