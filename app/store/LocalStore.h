#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/Site.h"
#include "app/store/Draft.h"
#include "app/store/DraftStore.h"
#include "app/store/ItemCache.h"
#include "app/store/Outbox.h"
#include "app/store/OutboxEntry.h"
#include "app/store/StoreDatabase.h"

#include <QJsonValue>
#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <optional>

namespace pd::store {

/// The client's local database for one account (SQLite, WAL): cache for offline browsing and instant start,
/// drafts with an autosave journal, and the outbox of mutations not yet accepted by the server.
/// Every write is its own transaction and durable when the call returns. The three parts are their own classes
/// (ItemCache, DraftStore, Outbox) over the one connection this class opens, migrates and closes; the calls below
/// hand over to them.
class LocalStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    /// Opens (creating if needed) and migrates the database at `path`. A damaged file is moved aside
    /// (corruptCopy() names it) and a fresh database is created: the app keeps working and says so.
    Result<void> open(const QString &path, int targetVersion = latestSchemaVersion());
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    /// Where the last open() put a damaged database; empty when nothing was wrong.
    [[nodiscard]] QString corruptCopy() const { return m_corruptCopy; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();
    /// The account's database file under `dataDir`, named by a hash of the normalised server and the raw user
    /// name. A file left under an earlier release's name is moved there first when that name was this
    /// account's alone.
    [[nodiscard]] static QString pathForAccount(const QString &dataDir, const QUrl &server, const QString &user);

    // Small state values (last event-stream seq, last sync time, …).
    Result<void> setValue(const QString &key, const QJsonValue &value);
    [[nodiscard]] QJsonValue value(const QString &key, const QJsonValue &fallback = {}) const;

    // Cache.
    Result<void> cacheSites(const QList<domain::Site> &sites);
    [[nodiscard]] Result<QList<domain::Site>> cachedSites() const;
    Result<void> cacheColumns(qint64 siteId, const QList<domain::Column> &columns);
    [[nodiscard]] Result<QList<domain::Column>> cachedColumns(qint64 siteId) const;
    /// Inserts or updates items (Item::toJson or summary form); an older revision never replaces a newer one, and a
    /// summary never replaces the full item of the same revision (what opens offline).
    Result<void> cacheItems(const QList<QJsonObject> &items);
    Result<void> removeCachedItem(qint64 id);
    /// Cached items of a site, most recently updated first.
    [[nodiscard]] Result<QList<QJsonObject>> cachedItems(qint64 siteId, int limit = -1) const;
    [[nodiscard]] Result<std::optional<QJsonObject>> cachedItem(qint64 id) const;

    // Drafts and their autosave journal.
    Result<qint64> createDraft(const QJsonObject &content, qint64 itemId = 0, qint64 baseRevision = 0);
    /// Autosave: records the content in the journal and as the draft's current state, atomically.
    Result<void> saveDraft(qint64 draftId, const QJsonObject &content);
    Result<void> setDraftItem(qint64 draftId, qint64 itemId, qint64 baseRevision);
    [[nodiscard]] Result<Draft> draft(qint64 draftId) const;
    [[nodiscard]] Result<QList<Draft>> drafts() const;
    /// The autosaved versions of a draft, oldest first (at most journalLimit() are kept).
    [[nodiscard]] Result<QList<QJsonObject>> draftJournal(qint64 draftId) const;
    Result<void> removeDraft(qint64 draftId);
    [[nodiscard]] static int journalLimit() { return DraftStore::journalLimit(); }

    // Outbox.
    /// Writes a mutation with a fresh idempotency key (or `idempotencyKey`, when a first attempt already went out
    /// under it); it is durable before this returns. A path may name the item that an earlier entry of the same
    /// resource creates as `{id}`, and `ifMatch` may be `{etag}`: the revision that the previous entry of the
    /// resource left behind (see OutboxSync), for changes queued on top of changes not yet delivered.
    Result<OutboxEntry> enqueue(const QString &resource, const QByteArray &verb, const QString &path,
                                const QJsonObject &body, const QString &ifMatch = {},
                                const QString &idempotencyKey = {});
    /// Entries in id order; Sent ones only when asked.
    [[nodiscard]] Result<QList<OutboxEntry>> outbox(bool includeSent = false) const;
    /// The first undelivered entry of each resource, in id order: what may go out next.
    [[nodiscard]] Result<QList<OutboxEntry>> outboxHeads() const;
    [[nodiscard]] Result<std::optional<OutboxEntry>> outboxEntry(qint64 id) const;
    [[nodiscard]] Result<int> pendingCount() const;
    /// Whether `resource` has entries waiting to go out (queued or sending; not those parked for a person).
    [[nodiscard]] Result<bool> hasWaiting(const QString &resource) const;
    /// The most recently delivered entry of `resource` (its `result` is the server's answer), if any is kept.
    [[nodiscard]] Result<std::optional<OutboxEntry>> lastSent(const QString &resource) const;
    Result<void> markSending(qint64 id);
    Result<void> markSent(qint64 id, int status, const QJsonObject &result);
    Result<void> markRetry(qint64 id, const QDateTime &notBefore, const QString &error, int status);
    Result<void> markNeedsAttention(qint64 id, const QString &error, int status, const QJsonObject &problem);
    /// Sends an entry again after a person dealt with it (optionally against a newer revision).
    Result<void> requeue(qint64 id, const QString &ifMatch = {}, const QJsonObject &body = {});
    Result<void> discard(qint64 id);
    /// Forgets delivered entries older than `before`.
    Result<void> pruneSent(const QDateTime &before);

Q_SIGNALS:
    void outboxChanged();

private:
    Result<void> openFile(const QString &path, int targetVersion);
    Result<void> migrate(int targetVersion);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Error storageError(const QString &what, const QString &detail) const;
    Result<void> exec(const QString &sql, const QVariantList &bind = {});

    StoreDatabase m_database; ///< before the parts, which hold on to it
    ItemCache m_cache;
    DraftStore m_drafts;
    Outbox m_outbox;
    QString m_connection;
    QString m_path;
    QString m_corruptCopy;
    bool m_damaged = false; ///< the last openFile() failed because the file is not a sound database
};

} // namespace pd::store
