#include "app/admin/CategoryListModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::admin {

CategoryListModel::CategoryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CategoryListModel::order()
{
    // Each top category, then its sub-categories; both in their positions.
    QHash<QString, int> topPosition;
    for (const domain::SiteCategory &c : std::as_const(m_rows))
        if (c.parentCode.isEmpty())
            topPosition.insert(c.code, c.position);
    std::ranges::sort(m_rows, [&](const domain::SiteCategory &a, const domain::SiteCategory &b) {
        const QString ta = a.parentCode.isEmpty() ? a.code : a.parentCode;
        const QString tb = b.parentCode.isEmpty() ? b.code : b.parentCode;
        return std::tuple(topPosition.value(ta), ta, !a.parentCode.isEmpty(), a.position, a.code)
             < std::tuple(topPosition.value(tb), tb, !b.parentCode.isEmpty(), b.position, b.code);
    });
}

void CategoryListModel::setCategories(const QList<domain::SiteCategory> &categories)
{
    beginResetModel();
    m_rows = categories;
    order();
    endResetModel();
}

void CategoryListModel::updateCategory(const domain::SiteCategory &category)
{
    beginResetModel();
    const auto it = std::ranges::find(m_rows, category.code, &domain::SiteCategory::code);
    if (it == m_rows.end())
        m_rows.append(category);
    else
        *it = category;
    order();
    endResetModel();
}

void CategoryListModel::removeCategory(const QString &code)
{
    const int row = rowOf(code);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

const domain::SiteCategory *CategoryListModel::categoryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CategoryListModel::rowOf(const QString &code) const
{
    const auto it = std::ranges::find(m_rows, code, &domain::SiteCategory::code);
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QList<domain::SiteCategory> CategoryListModel::topCategories() const
{
    QList<domain::SiteCategory> out;
    for (const domain::SiteCategory &c : m_rows)
        if (c.parentCode.isEmpty())
            out.append(c);
    return out;
}

QString CategoryListModel::suggestCode(const QString &parentCode, const QString &prefix) const
{
    const QString stem = parentCode.isEmpty() ? prefix : parentCode;
    int highest = 0;
    for (const domain::SiteCategory &c : m_rows)
        if (c.parentCode == parentCode && c.code.startsWith(stem) && c.code.size() == stem.size() + 2)
            highest = std::max(highest, c.code.right(2).toInt());
    if (highest >= 99)
        return {};
    return stem + u"%1"_s.arg(highest + 1, 2, 10, QChar(u'0'));
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CategoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    const domain::SiteCategory *c = index.isValid() ? categoryAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == CodeRole)
        return c->code;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case CodeSection:
        return c->code;
    case NameSection:
        return c->parentCode.isEmpty() ? c->name : u"    "_s + c->name;
    }
    return {};
}

QVariant CategoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeSection:
        return tr("Code");
    case NameSection:
        return tr("Category");
    }
    return {};
}

} // namespace pd::admin
