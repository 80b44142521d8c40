#include "app/editing/ColumnChoiceFilter.h"

#include "app/editing/ColumnChoiceModel.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::editing {

ColumnChoiceFilter::ColumnChoiceFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A match keeps the rows above it, so a column is always seen under its site and parents.
    setRecursiveFilteringEnabled(true);
}

void ColumnChoiceFilter::setFilterText(const QString &text)
{
    static const QRegularExpression separators(u"[\\s/]+"_s);
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool ColumnChoiceFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Structure is shown only above a column that can be chosen: the recursive filtering brings it back then.
    if (!index.data(ColumnChoiceModel::ChoosableRole).toBool())
        return false;
    const QString path = index.data(ColumnChoiceModel::PathRole).toString();
    return std::ranges::all_of(m_words, [&](const QString &w) { return path.contains(w, Qt::CaseInsensitive); });
}

QModelIndex ColumnChoiceFilter::firstChoosable(const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex i = index(row, 0, parent);
        if (i.data(ColumnChoiceModel::ChoosableRole).toBool())
            return i;
        if (const QModelIndex below = firstChoosable(i); below.isValid())
            return below;
    }
    return {};
}

} // namespace pd::editing
