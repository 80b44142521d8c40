#include "app/models/ColumnTreeModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pd::models {

ColumnTreeModel::ColumnTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_children.append(QList<int>()); // the root
}

void ColumnTreeModel::setColumns(const QList<domain::Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_positionById.clear();
    for (int i = 0; i < m_columns.size(); ++i)
        m_positionById.insert(m_columns.at(i).id, i);

    const int n = int(m_columns.size());
    m_children = QList<QList<int>>(n + 1);
    m_parent = QList<int>(n, -1);
    m_row = QList<int>(n, 0);
    for (int i = 0; i < n; ++i) {
        const qint64 parentId = m_columns.at(i).parentId;
        // A self-reference or an unknown parent would make the tree unreachable; show such columns at the top.
        int p = (parentId != 0 && parentId != m_columns.at(i).id) ? m_positionById.value(parentId, -1) : -1;
        // Guard against cycles: walk up, and if we meet ourselves, attach to the root.
        for (int q = p, steps = 0; q >= 0 && steps <= n; q = m_parent.at(q), ++steps) {
            if (q == i) {
                p = -1;
                break;
            }
        }
        m_parent[i] = p;
        QList<int> &siblings = p < 0 ? m_children[n] : m_children[p];
        m_row[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

void ColumnTreeModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, SectionCount - 1));
    // Children change too; a reset-free refresh of every level keeps views' expansion state.
    for (int i = 0; i < m_columns.size(); ++i) {
        const QList<int> &kids = m_children.at(i);
        if (kids.isEmpty())
            continue;
        const QModelIndex parentIndex = createIndex(m_row.at(i), 0, quintptr(i + 1));
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(kids.size()) - 1, SectionCount - 1, parentIndex));
    }
}

QDateTime ColumnTreeModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int ColumnTreeModel::staleCount() const
{
    const QDateTime t = now();
    return int(std::ranges::count_if(m_columns, [&](const domain::Column &c) { return c.isStale(t); }));
}

// internalId is position + 1 so that 0 never names a real column.
int ColumnTreeModel::positionOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return int(index.internalId()) - 1;
}

int ColumnTreeModel::parentPosition(int position) const
{
    return position < 0 ? -1 : m_parent.at(position);
}

QModelIndex ColumnTreeModel::indexForColumn(qint64 columnId) const
{
    const int pos = m_positionById.value(columnId, -1);
    if (pos < 0)
        return {};
    return createIndex(m_row.at(pos), 0, quintptr(pos + 1));
}

const domain::Column *ColumnTreeModel::column(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int pos = positionOf(index);
    return (pos >= 0 && pos < m_columns.size()) ? &m_columns.at(pos) : nullptr;
}

QModelIndex ColumnTreeModel::index(int row, int section, const QModelIndex &parent) const
{
    if (section < 0 || section >= SectionCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const int parentPos = positionOf(parent);
    const QList<int> &kids = parentPos < 0 ? m_children.constLast() : m_children.at(parentPos);
    if (row >= kids.size())
        return {};
    return createIndex(row, section, quintptr(kids.at(row) + 1));
}

QModelIndex ColumnTreeModel::parent(const QModelIndex &child) const
{
    const int pos = positionOf(child);
    if (pos < 0)
        return {};
    const int p = parentPosition(pos);
    if (p < 0)
        return {};
    return createIndex(m_row.at(p), 0, quintptr(p + 1));
}

int ColumnTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int pos = positionOf(parent);
    return int(pos < 0 ? m_children.constLast().size() : m_children.at(pos).size());
}

int ColumnTreeModel::columnCount(const QModelIndex &) const
{
    return SectionCount;
}

QString ColumnTreeModel::kindDisplayName(domain::ColumnKind kind)
{
    switch (kind) {
    case domain::ColumnKind::News: return tr("News");
    case domain::ColumnKind::Notice: return tr("Notices");
    case domain::ColumnKind::Policy: return tr("Policy documents");
    case domain::ColumnKind::Feature: return tr("Features");
    case domain::ColumnKind::Disclosure: return tr("Information disclosure");
    case domain::ColumnKind::Live: return tr("Live broadcasts");
    }
    return QString();
}

QVariant ColumnTreeModel::data(const QModelIndex &index, int role) const
{
    const domain::Column *c = column(index);
    if (!c)
        return {};
    const bool stale = c->isStale(now());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameSection: return c->name;
        case KindSection: return kindDisplayName(c->kind);
        case UpdateRuleSection:
            return c->updateDays > 0 ? tr("Every %n day(s)", nullptr, c->updateDays) : tr("No rule");
        case LastPublishedSection:
            return c->lastPublishedAt.isValid()
                       ? QLocale().toString(c->lastPublishedAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        }
        return {};
    case Qt::ToolTipRole:
        if (stale)
            return c->lastPublishedAt.isValid()
                       ? tr("Overdue: nothing published for more than %n day(s).", nullptr, c->updateDays)
                       : tr("Overdue: nothing has been published in this column yet.");
        return {};
    case Qt::ForegroundRole:
        if (stale && (index.column() == LastPublishedSection || index.column() == NameSection))
            return QBrush(QColor(0xb4, 0x23, 0x18)); // the red of the supervision systems' "亮灯"
        return {};
    case ColumnIdRole: return c->id;
    case KindCodeRole: return domain::columnKindCode(c->kind);
    case StaleRole: return stale;
    }
    return {};
}

QVariant ColumnTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameSection: return tr("Column");
    case KindSection: return tr("Type");
    case UpdateRuleSection: return tr("Update rule");
    case LastPublishedSection: return tr("Last published");
    }
    return {};
}

QHash<int, QByteArray> ColumnTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ColumnIdRole, "columnId");
    names.insert(KindCodeRole, "kind");
    names.insert(StaleRole, "stale");
    return names;
}

} // namespace pd::models
