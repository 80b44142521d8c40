#include "app/review/ReviewQueueFilter.h"

#include "app/models/ReviewQueueModel.h"

using namespace Qt::StringLiterals;
using pd::models::ReviewQueueModel;

namespace pd::review {

ReviewQueueFilter::ReviewQueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewQueueModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ReviewQueueFilter::setSearchText(const QString &text)
{
    if (m_search == text.trimmed())
        return;
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void ReviewQueueFilter::setLightFilter(LightFilter filter)
{
    if (m_light == filter)
        return;
    m_light = filter;
    invalidateRowsFilter();
}

void ReviewQueueFilter::setTypeFilter(const QString &type)
{
    if (m_type == type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void ReviewQueueFilter::hideItem(qint64 id)
{
    if (id == 0 || m_hidden.contains(id))
        return;
    m_hidden.insert(id);
    invalidateRowsFilter();
}

void ReviewQueueFilter::unhideItem(qint64 id)
{
    if (id == 0 ? m_hidden.isEmpty() : !m_hidden.remove(id))
        return;
    if (id == 0)
        m_hidden.clear();
    invalidateRowsFilter();
}

bool ReviewQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex light = model->index(sourceRow, ReviewQueueModel::LightSection, sourceParent);
    if (!m_hidden.isEmpty() && m_hidden.contains(light.data(ReviewQueueModel::ItemIdRole).toLongLong()))
        return false;
    if (m_light != LightFilter::All) {
        const bool dated = light.data(ReviewQueueModel::DueAtRole).toDateTime().isValid();
        const QString code = light.data(ReviewQueueModel::LightRole).toString();
        const QString wanted = m_light == LightFilter::Overdue   ? u"red"_s
                               : m_light == LightFilter::DueSoon ? u"yellow"_s
                                                                 : u"green"_s;
        if (!dated || code != wanted)
            return false;
    }
    if (!m_type.isEmpty() && light.data(ReviewQueueModel::TypeRole).toString() != m_type)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const int section : {ReviewQueueModel::TitleSection, ReviewQueueModel::AuthorSection,
                              ReviewQueueModel::ColumnSection})
        if (model->index(sourceRow, section, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace pd::review
