#include "app/admin/ColumnArrangementModel.h"

#include "app/models/ColumnTreeModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>
#include <QMimeData>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::admin {

ColumnArrangementModel::ColumnArrangementModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ColumnArrangementModel::setColumns(const QList<domain::Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_children.clear();
    m_byId.clear();
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        m_byId.insert(m_columns.at(i).id, i);
    for (const domain::Column &c : std::as_const(m_columns)) {
        // A column whose parent is missing would be unreachable; show it at the top instead of losing it.
        const qint64 parent = m_byId.contains(c.parentId) ? c.parentId : 0;
        m_children[parent].append(c.id);
    }
    for (QList<qint64> &ids : m_children)
        std::ranges::stable_sort(ids, {}, [this](qint64 id) { return m_columns.at(m_byId.value(id)).sortOrder; });
    endResetModel();
}

const domain::Column *ColumnArrangementModel::column(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_columns.at(*it);
}

QList<qint64> ColumnArrangementModel::childIds(qint64 parentId) const
{
    return m_children.value(parentId);
}

QJsonObject ColumnArrangementModel::moveFields(qint64 parentId, int position)
{
    QJsonObject body{{u"parentId"_s, parentId > 0 ? QJsonValue(parentId) : QJsonValue()}};
    if (position >= 0)
        body.insert(u"position"_s, position);
    return body;
}

qint64 ColumnArrangementModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex ColumnArrangementModel::indexOf(qint64 id) const
{
    const domain::Column *c = column(id);
    if (!c)
        return {};
    const qint64 parent = m_byId.contains(c->parentId) ? c->parentId : 0;
    const int row = int(m_children.value(parent).indexOf(id));
    return createIndex(row, 0, quintptr(id));
}

QModelIndex ColumnArrangementModel::index(int row, int col, const QModelIndex &parent) const
{
    if (col < 0 || col >= SectionCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<qint64> ids = m_children.value(idOf(parent));
    if (row < 0 || row >= ids.size())
        return {};
    return createIndex(row, col, quintptr(ids.at(row)));
}

QModelIndex ColumnArrangementModel::parent(const QModelIndex &child) const
{
    const domain::Column *c = child.isValid() ? column(idOf(child)) : nullptr;
    if (!c || !m_byId.contains(c->parentId))
        return {};
    return indexOf(c->parentId);
}

int ColumnArrangementModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_children.value(idOf(parent)).size());
}

int ColumnArrangementModel::columnCount(const QModelIndex &) const
{
    return SectionCount;
}

QVariant ColumnArrangementModel::data(const QModelIndex &index, int role) const
{
    const domain::Column *c = index.isValid() ? column(idOf(index)) : nullptr;
    if (!c)
        return {};
    if (role == ColumnIdRole)
        return c->id;
    if (role == Qt::ForegroundRole && !c->enabled)
        return QBrush(QColor(0x66, 0x66, 0x66));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameSection: {
        QString name = c->name;
        if (!c->enabled)
            name = tr("%1 (disabled)").arg(name);
        if (c->inCatalogue)
            name = tr("%1 · catalogue").arg(name);
        return name;
    }
    case KindSection:
        return models::ColumnTreeModel::kindDisplayName(c->kind);
    case UpdateSection:
        return c->updateDays > 0 ? tr("every %n day(s)", nullptr, c->updateDays) : tr("no rule");
    }
    return {};
}

QVariant ColumnArrangementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameSection:
        return tr("Column");
    case KindSection:
        return tr("Kind");
    case UpdateSection:
        return tr("Update at least");
    }
    return {};
}

Qt::ItemFlags ColumnArrangementModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList ColumnArrangementModel::mimeTypes() const
{
    return {QString(MimeType)};
}

QMimeData *ColumnArrangementModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString(MimeType), QByteArray::number(idOf(indexes.first())));
    return data;
}

Qt::DropActions ColumnArrangementModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ColumnArrangementModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool ColumnArrangementModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                             const QModelIndex &) const
{
    // Every drop of a known column is passed on: where a move is not allowed, the server says why.
    return data && action == Qt::MoveAction && column(data->data(QString(MimeType)).toLongLong()) != nullptr;
}

bool ColumnArrangementModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                          const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const qint64 id = data->data(QString(MimeType)).toLongLong();
    const qint64 parentId = idOf(parent.siblingAtColumn(0));
    int position = row;
    if (row >= 0) {
        // The server counts the new place among the siblings without the column itself.
        const qsizetype from = m_children.value(parentId).indexOf(id);
        if (from >= 0 && from < row)
            --position;
        if (from == position && parentId == column(id)->parentId)
            return false; // dropped where it already is
    }
    Q_EMIT moveRequested(id, parentId, position);
    return false;
}

} // namespace pd::admin
