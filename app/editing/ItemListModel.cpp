#include "app/editing/ItemListModel.h"

#include "app/api/PortalClient.h"
#include "app/editing/EditingLog.h"
#include "app/editing/Invalidation.h"
#include "app/store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::editing {

ItemListModel::ItemListModel(api::PortalClient &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

void ItemListModel::setFilter(const ItemFilter &filter, bool force)
{
    if (filter == m_filter && !force)
        return;
    m_filter = filter;
    reload();
}

void ItemListModel::showCached(const ItemFilter &filter)
{
    if (!m_cache || !m_cache->isOpen())
        return;
    if (m_call != 0) {
        const quint64 call = m_call;
        m_call = 0;
        m_client.cancel(call);
    }
    ++m_generation;
    m_filter = filter;
    m_nextCursor.clear();
    beginResetModel();
    m_items = cachedRows();
    m_fromCache = true;
    endResetModel();
    Q_EMIT loaded();
}

void ItemListModel::reload()
{
    if (m_call != 0) {
        const quint64 call = m_call;
        m_call = 0;
        m_client.cancel(call);
    }
    ++m_generation;
    m_nextCursor.clear();
    request(true);
}

void ItemListModel::setColumnNames(const QHash<qint64, QString> &names)
{
    m_columnNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ColumnSection), index(int(m_items.size()) - 1, ColumnSection));
}

int ItemListModel::rowOf(qint64 itemId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return int(i);
    return -1;
}

void ItemListModel::applyTransition(const domain::Item &updated, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        m_reasons.remove(updated.id);
    else
        m_reasons.insert(updated.id, reason.trimmed());
    const int row = rowOf(updated.id);
    if (row < 0)
        return;
    domain::Item &item = m_items[row];
    item.workflow = updated.workflow;
    item.revision = updated.revision;
    if (updated.disclosure)
        item.disclosure = updated.disclosure; // a 失效 / 废止 shows at once
    if (updated.updatedAt.isValid())
        item.updatedAt = updated.updatedAt;
    Q_EMIT dataChanged(index(row, 0), index(row, SectionCount - 1));
}

QString ItemListModel::stateText(const domain::Item &item)
{
    QString state = domain::itemStateDisplayName(item.workflow.state);
    if (item.workflow.state == domain::ItemState::Submitted && item.workflow.level > 0)
        state = tr("%1 (level %2)").arg(state).arg(item.workflow.level);
    if (const QString validity = Invalidation::validityText(item); !validity.isEmpty())
        state = tr("%1 · %2").arg(state, validity);
    // The public keeps reading the published text while an edit of it waits; the list says both.
    if (!item.pendingRevision)
        return state;
    const domain::WorkflowState &pending = item.pendingRevision->workflow;
    QString edit;
    switch (pending.state) {
    case domain::ItemState::Submitted:
        edit = pending.level > 0 ? tr("edit in review (level %1)").arg(pending.level) : tr("edit in review");
        break;
    case domain::ItemState::Approved: edit = tr("edit approved, waiting to be published"); break;
    case domain::ItemState::Rejected: edit = tr("edit rejected"); break;
    default: edit = tr("edit not submitted yet"); break;
    }
    return tr("%1 · %2").arg(state, edit);
}

QString ItemListModel::reasonShown(const domain::Item &item) const
{
    // A reason belongs to the pulled-back state it was given for; an item back in review has left it behind.
    const domain::ItemState s = item.workflow.state;
    const bool pulledBack = s == domain::ItemState::Withdrawn || s == domain::ItemState::Unpublished
                            || s == domain::ItemState::Archived;
    return pulledBack ? m_reasons.value(item.id) : QString();
}

QString ItemListModel::queryPath(const QString &cursor) const
{
    // Built by hand: every value percent-encoded exactly once (search text is Chinese and may hold & or +).
    QStringList parts;
    const auto add = [&parts](QStringView key, const QString &value) {
        parts.append(key.toString() + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (m_filter.siteId > 0)
        add(u"site", QString::number(m_filter.siteId));
    if (!m_filter.type.isEmpty())
        add(u"type", m_filter.type);
    if (!m_filter.states.isEmpty())
        add(u"state", m_filter.states);
    if (m_filter.columnId > 0)
        add(u"column", QString::number(m_filter.columnId));
    if (!m_filter.text.trimmed().isEmpty())
        add(u"q", m_filter.text.trimmed());
    if (m_filter.mine)
        add(u"mine", u"1"_s);
    if (!cursor.isEmpty())
        add(u"cursor", cursor);
    add(u"limit", QString::number(m_pageSize));
    return u"/api/v1/items?"_s + parts.join(u'&');
}

void ItemListModel::request(bool first)
{
    const quint64 generation = m_generation;
    m_call = m_client.call("GET", queryPath(first ? QString() : m_nextCursor), {}, {}, this,
                           [this, first, generation](Result<api::ApiReply> result) {
                               if (generation != m_generation)
                                   return;
                               m_call = 0;
                               if (!result) {
                                   if (result.error().code == ErrorCode::Cancelled)
                                       return;
                                   Q_EMIT errorOccurred(result.error());
                                   const bool unreachable = result.error().code == ErrorCode::Network
                                                            || result.error().code == ErrorCode::Timeout;
                                   if (first && unreachable && m_cache && m_cache->isOpen()) {
                                       // What this computer kept stands in for the portal until it answers.
                                       qCInfo(lcEditing) << "portal unreachable; the list shows cached items";
                                       showCached(m_filter);
                                   }
                                   return;
                               }
                               QList<domain::Item> page;
                               QList<QJsonObject> raw;
                               const QJsonObject body = result->json.object();
                               for (const QJsonValue &v : body.value(u"items").toArray()) {
                                   auto item = domain::Item::fromJson(v.toObject());
                                   if (item) {
                                       page.append(*item);
                                       raw.append(v.toObject());
                                   } else {
                                       qCWarning(lcEditing) << "unreadable item summary:" << item.error().message;
                                   }
                               }
                               // The summaries as the portal sent them: the store keeps a full copy over a summary
                               // of the same revision, so items opened here before still open offline.
                               if (m_cache && m_cache->isOpen() && !raw.isEmpty())
                                   if (auto kept = m_cache->cacheItems(raw); !kept)
                                       qCWarning(lcEditing) << "list not kept locally:" << kept.error().message;
                               if (first)
                                   m_fromCache = false;
                               m_nextCursor = body.value(u"nextCursor").toString();
                               if (first) {
                                   beginResetModel();
                                   m_items = page;
                                   endResetModel();
                               } else if (!page.isEmpty()) {
                                   beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size()) - 1);
                                   m_items.append(page);
                                   endInsertRows();
                               }
                               Q_EMIT loaded();
                           });
}

QList<domain::Item> ItemListModel::cachedRows() const
{
    QList<domain::Item> rows;
    const auto cached = m_cache->cachedItems(m_filter.siteId, OfflineLimit);
    if (!cached) {
        qCWarning(lcEditing) << "cached items unreadable:" << cached.error().message;
        return rows;
    }
    const QStringList states = m_filter.states.split(u',', Qt::SkipEmptyParts);
    const QString text = m_filter.text.trimmed();
    const qint64 me = m_client.session().user().id;
    for (const QJsonObject &json : *cached) {
        auto item = domain::Item::fromJson(json);
        if (!item)
            continue;
        // The same criteria the portal applies to GET /api/v1/items, as far as a summary can tell (the search
        // looks at titles and 索引号 here, the body text being on the portal).
        if (!m_filter.type.isEmpty() && domain::itemTypeCode(item->type) != m_filter.type)
            continue;
        if (!states.isEmpty() && !states.contains(domain::itemStateCode(item->workflow.state)))
            continue;
        if (m_filter.columnId > 0 && !item->columnIds.contains(m_filter.columnId))
            continue;
        if (m_filter.mine && item->createdBy != me)
            continue;
        if (!text.isEmpty() && !item->title.contains(text, Qt::CaseInsensitive)
            && !(item->disclosure && item->disclosure->indexNo.contains(text, Qt::CaseInsensitive)))
            continue;
        rows.append(*item);
    }
    return rows;
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Item &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole: return item.id;
    case StateCodeRole: return domain::itemStateCode(item.workflow.state);
    case TypeCodeRole: return domain::itemTypeCode(item.type);
    case ReasonRole: return reasonShown(item);
    case Qt::ToolTipRole:
        if (index.column() == TitleSection)
            return item.title;
        if (index.column() == StateSection && !reasonShown(item).isEmpty())
            return tr("Reason: %1").arg(reasonShown(item));
        return {};
    case SortRole:
        if (index.column() == UpdatedSection)
            return item.updatedAt;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Section(index.column())) {
        case TitleSection: return item.title;
        case StateSection: {
            QString state = stateText(item);
            if (const QString reason = reasonShown(item); !reason.isEmpty())
                state = tr("%1 · %2").arg(state, reason);
            return state;
        }
        case ColumnSection: {
            QStringList names;
            for (const qint64 c : item.columnIds)
                names.append(m_columnNames.value(c, QString::number(c)));
            return names.join(u'、');
        }
        case AuthorSection: return item.author.isEmpty() ? item.createdByName : item.author;
        case UpdatedSection:
            return QLocale().toString(item.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case SectionCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Section(section)) {
    case TitleSection: return tr("Title");
    case StateSection: return tr("State");
    case ColumnSection: return tr("Column");
    case AuthorSection: return tr("Author");
    case UpdatedSection: return tr("Updated");
    case SectionCount: break;
    }
    return {};
}

bool ItemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextCursor.isEmpty() && m_call == 0;
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(false);
}

} // namespace pd::editing
