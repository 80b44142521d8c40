#include "app/models/CachedItemListModel.h"

#include "app/models/ModelsLog.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::models {

CachedItemListModel::CachedItemListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CachedItemListModel::onLoaded);
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &CachedItemListModel::onFirstRows);
}

CachedItemListModel::~CachedItemListModel() = default;

void CachedItemListModel::load(const QString &databasePath, qint64 siteId)
{
    m_path = databasePath;
    m_siteId = siteId;
    if (m_loading) {
        // One read at a time; the newest request wins once the running one is in.
        m_reloadQueued = true;
        return;
    }
    m_loading = true;
    using Loaded = Result<std::shared_ptr<const store::ItemIndex>>;
    // Two results: the first screen from a LIMIT query (shown at once), then the whole index.
    m_watcher.setFuture(QtConcurrent::run([path = m_path, site = m_siteId, first = !m_index](QPromise<Loaded> &promise) {
        if (first)
            promise.addResult(store::ItemIndex::load(path, site, firstScreen));
        if (!promise.isCanceled())
            promise.addResult(store::ItemIndex::load(path, site));
    }));
}

void CachedItemListModel::reload()
{
    if (!m_path.isEmpty())
        load(m_path, m_siteId);
}

void CachedItemListModel::onFirstRows(int resultIndex)
{
    // Only a first load shows a first screen; a reload keeps the complete old rows until the new ones are in.
    if (resultIndex != 0 || m_reloadQueued || m_watcher.future().resultCount() > 1)
        return;
    const auto result = m_watcher.future().resultAt(0);
    if (!result || m_index)
        return;
    show(*result);
    Q_EMIT firstRowsShown(int(m_visible.size()));
}

void CachedItemListModel::show(std::shared_ptr<const store::ItemIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_visible = m_index->filter(m_filter);
    applySort();
    m_recent.clear();
    m_recent.emplace_back(m_filter, m_visible);
    endResetModel();
}

void CachedItemListModel::onLoaded()
{
    m_loading = false;
    const QFuture<Result<std::shared_ptr<const store::ItemIndex>>> future = m_watcher.future();
    if (future.resultCount() == 0)
        return;
    const auto result = future.resultAt(future.resultCount() - 1);
    if (m_reloadQueued) {
        m_reloadQueued = false;
        load(m_path, m_siteId);
        return;
    }
    if (!result) {
        qCWarning(lcModels) << "cached items not loaded:" << result.error().message;
        Q_EMIT loadFailed(result.error());
        return;
    }
    show(*result);
    Q_EMIT loaded(int(m_index->size()));
}

void CachedItemListModel::setFilter(const store::ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowOnly = filter.narrows(m_filter);
    m_filter = filter;
    applyFilter(narrowOnly);
}

void CachedItemListModel::setTextFilter(const QString &text)
{
    store::ItemFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void CachedItemListModel::setCategoryFilter(const QString &categoryCode)
{
    store::ItemFilter f = m_filter;
    f.category = categoryCode;
    setFilter(f);
}

void CachedItemListModel::setColumnFilter(qint64 columnId)
{
    store::ItemFilter f = m_filter;
    f.columnId = columnId;
    setFilter(f);
}

void CachedItemListModel::applyFilter(bool narrowOnly)
{
    if (!m_index)
        return;
    constexpr size_t kRecent = 16;
    beginResetModel();
    const auto known = std::ranges::find_if(m_recent, [this](const auto &r) { return r.first == m_filter; });
    if (known != m_recent.end()) {
        // A character deleted (or a filter chosen again): that result is at hand.
        m_visible = known->second;
    } else if (narrowOnly) {
        // One more character typed: only the rows shown so far can still match, and their order stays.
        m_visible = m_index->filter(m_filter, &m_visible);
    } else {
        m_visible = m_index->filter(m_filter);
        applySort();
    }
    if (known == m_recent.end()) {
        if (m_recent.size() == kRecent)
            m_recent.erase(m_recent.begin());
        m_recent.emplace_back(m_filter, m_visible);
    }
    endResetModel();
    Q_EMIT filtered(int(m_visible.size()));
}

void CachedItemListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_index)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids.append(itemId(i.row()));
    applySort();
    m_recent.clear();
    m_recent.emplace_back(m_filter, m_visible);
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int row = rowOf(ids.at(k));
        changePersistentIndex(before.at(k), row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CachedItemListModel::applySort()
{
    if (!m_index)
        return;
    const store::ItemIndex &idx = *m_index;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // The index is newest first already: date order needs no sorting, only (maybe) reversing.
    if (m_sortColumn == DateColumn) {
        std::ranges::sort(m_visible);
        if (!descending)
            std::ranges::reverse(m_visible);
        return;
    }
    const auto key = [&](int a, int b) {
        const auto &ra = idx.row(a);
        const auto &rb = idx.row(b);
        switch (m_sortColumn) {
        case TitleColumn: return idx.title(ra).compare(idx.title(rb));
        case StateColumn: return int(ra.state) - int(rb.state);
        default: return idx.indexNo(ra).compare(idx.indexNo(rb));
        }
    };
    std::ranges::stable_sort(m_visible, [&](int a, int b) {
        const int c = key(a, b);
        return descending ? c > 0 : c < 0;
    });
}

qint64 CachedItemListModel::itemId(int row) const
{
    if (!m_index || row < 0 || row >= int(m_visible.size()))
        return 0;
    return m_index->row(m_visible[size_t(row)]).id;
}

int CachedItemListModel::rowOf(qint64 id) const
{
    if (!m_index)
        return -1;
    for (int r = 0; r < int(m_visible.size()); ++r)
        if (m_index->row(m_visible[size_t(r)]).id == id)
            return r;
    return -1;
}

int CachedItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CachedItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CachedItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_index)
        return {};
    const store::ItemIndex::Row &r = m_index->row(m_visible[size_t(index.row())]);
    const auto time = [](qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime() : QDateTime(); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: return m_index->title(r).toString();
        case StateColumn:
            // A document no longer in force says so where its state is read.
            return r.validity == 0 ? domain::itemStateDisplayName(r.state)
                                   : tr("%1 · %2").arg(domain::itemStateDisplayName(r.state),
                                                       store::ItemIndex::validityName(r.validity));
        case DateColumn: return r.dateMs > 0 ? time(r.dateMs).date().toString(Qt::ISODate) : QString();
        case IndexNoColumn: return m_index->indexNo(r).toString();
        default: return {};
        }
    case IdRole: return r.id;
    case TypeRole: return int(r.type);
    case StateRole: return int(r.state);
    case StateCodeRole: return domain::itemStateCode(r.state);
    case ColumnsRole: return QVariant::fromValue(m_index->columns(r));
    case CategoryRole: return r.category;
    case DateRole: return time(r.dateMs);
    case UpdatedRole: return time(r.updatedMs);
    case IndexNoRole: return m_index->indexNo(r).toString();
    case TitleRole: return m_index->title(r).toString();
    default: return {};
    }
}

QVariant CachedItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case StateColumn: return tr("State");
    case DateColumn: return tr("Date");
    case IndexNoColumn: return tr("Index number");
    default: return {};
    }
}

QHash<int, QByteArray> CachedItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(TypeRole, "type");
    names.insert(StateRole, "state");
    names.insert(StateCodeRole, "stateCode");
    names.insert(ColumnsRole, "columns");
    names.insert(CategoryRole, "category");
    names.insert(DateRole, "date");
    names.insert(UpdatedRole, "updated");
    names.insert(IndexNoRole, "indexNo");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace pd::models
