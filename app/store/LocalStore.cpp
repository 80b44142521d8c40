#include "app/store/LocalStore.h"

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

bool looksCorrupt(const QSqlError &e)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), in whatever words the driver reports them.
    const QString code = e.nativeErrorCode();
    return code == u"11"_s || code == u"26"_s || e.databaseText().contains(u"malformed"_s)
           || e.databaseText().contains(u"not a database"_s);
}


} // namespace

namespace {
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"pd.store.%1"_s.arg(++counter);
}
} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_database(nextConnectionName())
    , m_cache(m_database)
    , m_drafts(m_database)
    , m_outbox(m_database, [this] { Q_EMIT outboxChanged(); })
{
    m_connection = m_database.connectionName();
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
    return m_database.error(what, detail);
}

Result<void> LocalStore::exec(const QString &sql, const QVariantList &bind)
{
    return m_database.exec(sql, bind);
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
    m_database.setPath(path);
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

// The parts, each on the connection opened above.

Result<void> LocalStore::cacheSites(const QList<domain::Site> &sites) { return m_cache.cacheSites(sites); }
Result<QList<domain::Site>> LocalStore::cachedSites() const { return m_cache.cachedSites(); }
Result<void> LocalStore::cacheColumns(qint64 siteId, const QList<domain::Column> &columns)
{
    return m_cache.cacheColumns(siteId, columns);
}
Result<QList<domain::Column>> LocalStore::cachedColumns(qint64 siteId) const { return m_cache.cachedColumns(siteId); }
Result<void> LocalStore::cacheItems(const QList<QJsonObject> &items) { return m_cache.cacheItems(items); }
Result<void> LocalStore::removeCachedItem(qint64 id) { return m_cache.removeCachedItem(id); }
Result<QList<QJsonObject>> LocalStore::cachedItems(qint64 siteId, int limit) const
{
    return m_cache.cachedItems(siteId, limit);
}
Result<std::optional<QJsonObject>> LocalStore::cachedItem(qint64 id) const { return m_cache.cachedItem(id); }

Result<qint64> LocalStore::createDraft(const QJsonObject &content, qint64 itemId, qint64 baseRevision)
{
    return m_drafts.createDraft(content, itemId, baseRevision);
}
Result<void> LocalStore::saveDraft(qint64 draftId, const QJsonObject &content)
{
    return m_drafts.saveDraft(draftId, content);
}
Result<void> LocalStore::setDraftItem(qint64 draftId, qint64 itemId, qint64 baseRevision)
{
    return m_drafts.setDraftItem(draftId, itemId, baseRevision);
}
Result<Draft> LocalStore::draft(qint64 draftId) const { return m_drafts.draft(draftId); }
Result<QList<Draft>> LocalStore::drafts() const { return m_drafts.drafts(); }
Result<QList<QJsonObject>> LocalStore::draftJournal(qint64 draftId) const { return m_drafts.draftJournal(draftId); }
Result<void> LocalStore::removeDraft(qint64 draftId) { return m_drafts.removeDraft(draftId); }

Result<OutboxEntry> LocalStore::enqueue(const QString &resource, const QByteArray &verb, const QString &path,
                                        const QJsonObject &body, const QString &ifMatch, const QString &idempotencyKey)
{
    return m_outbox.enqueue(resource, verb, path, body, ifMatch, idempotencyKey);
}
Result<QList<OutboxEntry>> LocalStore::outbox(bool includeSent) const { return m_outbox.entries(includeSent); }
Result<QList<OutboxEntry>> LocalStore::outboxHeads() const { return m_outbox.heads(); }
Result<std::optional<OutboxEntry>> LocalStore::outboxEntry(qint64 id) const { return m_outbox.entry(id); }
Result<int> LocalStore::pendingCount() const { return m_outbox.pendingCount(); }
Result<bool> LocalStore::hasWaiting(const QString &resource) const { return m_outbox.hasWaiting(resource); }
Result<std::optional<OutboxEntry>> LocalStore::lastSent(const QString &resource) const
{
    return m_outbox.lastSent(resource);
}
Result<void> LocalStore::markSending(qint64 id) { return m_outbox.markSending(id); }
Result<void> LocalStore::markSent(qint64 id, int status, const QJsonObject &result)
{
    return m_outbox.markSent(id, status, result);
}
Result<void> LocalStore::markRetry(qint64 id, const QDateTime &notBefore, const QString &error, int status)
{
    return m_outbox.markRetry(id, notBefore, error, status);
}
Result<void> LocalStore::markNeedsAttention(qint64 id, const QString &error, int status, const QJsonObject &problem)
{
    return m_outbox.markNeedsAttention(id, error, status, problem);
}
Result<void> LocalStore::requeue(qint64 id, const QString &ifMatch, const QJsonObject &body)
{
    return m_outbox.requeue(id, ifMatch, body);
}
Result<void> LocalStore::discard(qint64 id) { return m_outbox.discard(id); }
Result<void> LocalStore::pruneSent(const QDateTime &before) { return m_outbox.pruneSent(before); }

} // namespace pd::store
