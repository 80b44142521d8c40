#include "app/editing/PlacementTargetModel.h"

using namespace Qt::StringLiterals;

namespace pd::editing {

PlacementTargetModel::PlacementTargetModel(QObject *parent) : QAbstractItemModel(parent) {}

void PlacementTargetModel::setTargets(QList<Target> targets)
{
    for (Target &t : targets) {
        QList<domain::Column> kept;
        for (const domain::Column &c : std::as_const(t.columns))
            if (c.enabled && domain::columnTakes(c.kind, domain::ItemType::News))
                kept.append(c);
        t.columns = kept;
    }
    beginResetModel();
    m_targets = std::move(targets);
    m_checked.clear();
    endResetModel();
    Q_EMIT selectionChanged();
}

void PlacementTargetModel::setPlacedSites(const QSet<qint64> &sites)
{
    m_placed = sites;
    bool dropped = false;
    for (const Target &t : std::as_const(m_targets))
        if (m_placed.contains(t.site.id))
            for (const domain::Column &c : t.columns)
                dropped = m_checked.remove(c.id) || dropped;
    if (!m_targets.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
        for (int row = 0; row < m_targets.size(); ++row)
            if (!m_targets.at(row).columns.isEmpty())
                Q_EMIT dataChanged(index(0, 0, index(row, 0)), index(int(m_targets.at(row).columns.size()) - 1, 0, index(row, 0)));
    }
    if (dropped)
        Q_EMIT selectionChanged();
}

bool PlacementTargetModel::isPlaced(int siteRow) const
{
    return m_placed.contains(m_targets.at(siteRow).site.id);
}

bool PlacementTargetModel::setColumnChecked(qint64 columnId, bool checked)
{
    for (int row = 0; row < m_targets.size(); ++row) {
        const QList<domain::Column> &columns = m_targets.at(row).columns;
        for (int c = 0; c < columns.size(); ++c)
            if (columns.at(c).id == columnId)
                return setData(index(c, 0, index(row, 0)), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    return false;
}

QList<PlacementTargetModel::Selection> PlacementTargetModel::selections() const
{
    QList<Selection> out;
    for (const Target &t : m_targets) {
        Selection s{t.site.id, {}};
        for (const domain::Column &c : t.columns)
            if (m_checked.contains(c.id))
                s.columnIds.append(c.id);
        if (!s.columnIds.isEmpty())
            out.append(s);
    }
    return out;
}

void PlacementTargetModel::clearChecks()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    for (int row = 0; row < m_targets.size(); ++row)
        if (!m_targets.at(row).columns.isEmpty())
            Q_EMIT dataChanged(index(0, 0, index(row, 0)), index(int(m_targets.at(row).columns.size()) - 1, 0, index(row, 0)),
                               {Qt::CheckStateRole});
    Q_EMIT selectionChanged();
}

QModelIndex PlacementTargetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlacementTargetModel::parent(const QModelIndex &child) const
{
    if (!isColumn(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PlacementTargetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_targets.size());
    if (isColumn(parent) || parent.column() != 0)
        return 0;
    return int(m_targets.at(parent.row()).columns.size());
}

int PlacementTargetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PlacementTargetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!isColumn(index)) {
        const Target &t = m_targets.at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            const QString how = t.submission ? tr("submit (报送), reviewed there") : tr("push (推送)");
            return isPlaced(index.row()) ? tr("%1 — placed already").arg(t.site.name)
                                         : tr("%1 — %2").arg(t.site.name, how);
        }
        case Qt::ToolTipRole:
            return t.submission ? tr("The portal this site belongs to: the item enters its review queue")
                                : tr("A site of the group you write for: its review policy decides whether the copy "
                                     "is reviewed there");
        case SiteIdRole: return t.site.id;
        case SubmissionRole: return t.submission;
        default: return {};
        }
    }
    const int siteRow = int(index.internalId() - 1);
    const Target &t = m_targets.at(siteRow);
    const domain::Column &c = t.columns.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return c.name;
    case Qt::CheckStateRole: return m_checked.contains(c.id) ? Qt::Checked : Qt::Unchecked;
    case SiteIdRole: return t.site.id;
    case ColumnIdRole: return c.id;
    default: return {};
    }
}

bool PlacementTargetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isColumn(index) || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole)
        return false;
    const int siteRow = int(index.internalId() - 1);
    if (isPlaced(siteRow))
        return false;
    const qint64 id = m_targets.at(siteRow).columns.at(index.row()).id;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT selectionChanged();
    return true;
}

Qt::ItemFlags PlacementTargetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (!isColumn(index))
        return isPlaced(index.row()) ? Qt::NoItemFlags : Qt::ItemIsEnabled;
    if (isPlaced(int(index.internalId() - 1)))
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QVariant PlacementTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Sites and columns");
    return {};
}

} // namespace pd::editing
