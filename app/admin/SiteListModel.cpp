#include "app/admin/SiteListModel.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::admin {

SiteListModel::SiteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SiteListModel::order()
{
    // A member site sorts under its portal: by (portal id, is member, id).
    std::ranges::sort(m_sites, [](const domain::Site &a, const domain::Site &b) {
        const qint64 pa = a.parentSiteId ? a.parentSiteId : a.id;
        const qint64 pb = b.parentSiteId ? b.parentSiteId : b.id;
        return std::tuple(pa, a.parentSiteId != 0, a.id) < std::tuple(pb, b.parentSiteId != 0, b.id);
    });
}

void SiteListModel::setSites(const QList<domain::Site> &sites)
{
    beginResetModel();
    m_sites = sites;
    order();
    endResetModel();
}

void SiteListModel::updateSite(const domain::Site &site)
{
    beginResetModel();
    const auto it = std::ranges::find(m_sites, site.id, &domain::Site::id);
    if (it == m_sites.end())
        m_sites.append(site);
    else
        *it = site;
    order();
    endResetModel();
}

const domain::Site *SiteListModel::siteAt(int row) const
{
    return row >= 0 && row < m_sites.size() ? &m_sites.at(row) : nullptr;
}

int SiteListModel::rowOf(qint64 siteId) const
{
    const auto it = std::ranges::find(m_sites, siteId, &domain::Site::id);
    return it == m_sites.cend() ? -1 : int(it - m_sites.cbegin());
}

QList<domain::Site> SiteListModel::portals() const
{
    QList<domain::Site> out;
    for (const domain::Site &s : m_sites)
        if (s.parentSiteId == 0)
            out.append(s);
    return out;
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    const domain::Site *site = index.isValid() ? siteAt(index.row()) : nullptr;
    if (!site)
        return {};
    if (role == SiteIdRole)
        return site->id;
    if (role == Qt::ForegroundRole && !site->enabled)
        return QBrush(QColor(0x66, 0x66, 0x66));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameSection:
        return site->parentSiteId ? u"    "_s + site->name : site->name;
    case CodeSection:
        return site->siteCode;
    case DomainSection:
        return site->domain;
    case PortalSection: {
        if (!site->parentSiteId)
            return tr("Portal");
        const int row = rowOf(site->parentSiteId);
        return row < 0 ? QString::number(site->parentSiteId) : m_sites.at(row).name;
    }
    case LevelsSection:
        return tr("%n level(s)", nullptr, site->reviewLevels);
    case StateSection:
        return site->enabled ? tr("In use") : tr("Disabled");
    }
    return {};
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameSection:
        return tr("Site");
    case CodeSection:
        return tr("Site ID code");
    case DomainSection:
        return tr("Domain");
    case PortalSection:
        return tr("Portal");
    case LevelsSection:
        return tr("Review");
    case StateSection:
        return tr("State");
    }
    return {};
}

} // namespace pd::admin
