#include "app/sync/ItemCacheSync.h"

#include "app/api/PortalClient.h"
#include "app/domain/IsoTime.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::sync {

namespace {
QString sinceKey(qint64 siteId)
{
    return u"items.updatedSince.%1"_s.arg(siteId);
}
} // namespace

ItemCacheSync::ItemCacheSync(store::LocalStore &store, api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
}

ItemCacheSync::~ItemCacheSync()
{
    cancel();
}

QString ItemCacheSync::since(qint64 siteId) const
{
    return m_store.value(sinceKey(siteId)).toString();
}

void ItemCacheSync::refresh(qint64 siteId)
{
    if (m_call != 0 && siteId == m_siteId)
        return;
    cancel();
    m_siteId = siteId;
    m_since = since(siteId);
    m_newest = m_since;
    m_changed = 0;
    fetch(QString());
}

bool ItemCacheSync::applyEvent(const QString &type, const QJsonObject &payload)
{
    if (type != u"item.changed"_s)
        return false;
    const qint64 id = payload.value(u"id").toInteger();
    const qint64 site = payload.value(u"site").toInteger();
    if (id <= 0)
        return false;
    if (payload.value(u"deleted").toBool()) {
        if (auto removed = m_store.removeCachedItem(id); !removed) {
            qCWarning(lcSync) << "cannot forget deleted item" << id << removed.error().message;
            return false;
        }
        Q_EMIT itemChanged(site, id, true);
        return true;
    }
    // A summary without a revision cannot be ordered against what is cached: leave it to the next refresh.
    if (!payload.contains(u"revision") || !payload.contains(u"title"))
        return false;
    if (auto stored = m_store.cacheItems({payload}); !stored) {
        qCWarning(lcSync) << "cannot cache item" << id << stored.error().message;
        return false;
    }
    Q_EMIT itemChanged(site, id, false);
    return true;
}

void ItemCacheSync::cancel()
{
    if (m_call != 0) {
        const quint64 call = std::exchange(m_call, 0);
        m_client.cancel(call);
    }
}

void ItemCacheSync::fetch(const QString &cursor)
{
    // Percent-encoded by hand: a '+' in the offset of updatedSince must not arrive as a space.
    QString query = u"site=%1&limit=200"_s.arg(m_siteId);
    if (!m_since.isEmpty())
        query += u"&updatedSince="_s + QString::fromLatin1(QUrl::toPercentEncoding(m_since));
    if (!cursor.isEmpty())
        query += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    const qint64 site = m_siteId;
    m_call = m_client.call("GET", u"/api/v1/items?"_s + query, {}, {}, this,
                           [this, site](Result<api::ApiReply> reply) {
        if (site != m_siteId || m_call == 0)
            return; // cancelled or replaced
        m_call = 0;
        if (!reply) {
            qCInfo(lcSync) << "item cache refresh of site" << site << "failed:" << reply.error().message;
            Q_EMIT refreshFailed(site, reply.error());
            return;
        }
        const QJsonObject page = reply->json.object();
        QList<QJsonObject> items;
        for (const QJsonValue &v : page.value(u"items").toArray()) {
            QJsonObject o = v.toObject();
            const QString updated = o.value(u"updatedAt").toString();
            // Compared as instants: the server may write offsets.
            if (m_newest.isEmpty()
                || domain::IsoTime::parse(updated) > domain::IsoTime::parse(m_newest))
                m_newest = updated;
            items.append(o);
        }
        if (!items.isEmpty()) {
            if (auto stored = m_store.cacheItems(items); !stored) {
                Q_EMIT refreshFailed(site, stored.error());
                return;
            }
            m_changed += int(items.size());
        }
        const QString next = page.value(u"nextCursor").toString();
        if (!next.isEmpty()) {
            fetch(next);
            return;
        }
        // Only a complete pass moves the mark: an interrupted one starts from the old mark again next time.
        if (!m_newest.isEmpty())
            m_store.setValue(sinceKey(site), m_newest);
        qCDebug(lcSync) << "item cache of site" << site << "refreshed," << m_changed << "changed";
        Q_EMIT refreshed(site, m_changed);
    });
}

} // namespace pd::sync
