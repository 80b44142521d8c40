#pragma once
#include "app/domain/Error.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
}

namespace pd::sync {

/// Keeps the LocalStore's item cache of a site fresh: the first refresh() pages through every item summary
/// (GET /api/v1/items?site=…, 200 a page); later ones ask only for what changed since the newest change already
/// cached (`updatedSince`, kept in the store per site). Pages are written as they arrive, one transaction each.
class ItemCacheSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemCacheSync)

public:
    ItemCacheSync(store::LocalStore &store, api::PortalClient &client, QObject *parent = nullptr);
    ~ItemCacheSync() override;

    /// Starts a refresh of `siteId` (a running one for the same site is kept, another site's is replaced).
    void refresh(qint64 siteId);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_call != 0; }
    /// The `updatedSince` the next refresh of `siteId` will use; empty before the first complete one.
    [[nodiscard]] QString since(qint64 siteId) const;
    /// Applies an event-stream message (connect EventStream::eventReceived here): `item.changed` stores the
    /// summary it carries, or forgets a deleted item. Returns whether the cache changed (itemChanged follows).
    /// Events missed while offline are caught up by the next refresh().
    bool applyEvent(const QString &type, const QJsonObject &payload);

Q_SIGNALS:
    /// A refresh finished; `changed` summaries were written (0: the cache was already current).
    void refreshed(qint64 siteId, int changed);
    void refreshFailed(qint64 siteId, const pd::Error &error);
    /// One cached item changed or went (from applyEvent); a list model reloads, coalescing bursts.
    void itemChanged(qint64 siteId, qint64 id, bool deleted);

private:
    void fetch(const QString &cursor);

    store::LocalStore &m_store;
    api::PortalClient &m_client;
    qint64 m_siteId = 0;
    QString m_since;   ///< the updatedSince of the running refresh
    QString m_newest;  ///< newest updatedAt seen in it
    quint64 m_call = 0;
    int m_changed = 0;
};

} // namespace pd::sync
