#pragma once
#include "app/domain/Site.h"

#include <QAbstractTableModel>

namespace pd::admin {

/// The sites of the group on the 站点 screen: name, 网站标识码, domain, the portal a member site belongs to, review
/// levels and whether it is in use. Portals come first, each followed by its member sites.
class SiteListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteListModel)

public:
    enum Section { NameSection, CodeSection, DomainSection, PortalSection, LevelsSection, StateSection, SectionCount };
    enum Role { SiteIdRole = Qt::UserRole + 1 };

    explicit SiteListModel(QObject *parent = nullptr);

    void setSites(const QList<domain::Site> &sites);
    /// Adds a new site or replaces one after an edit.
    void updateSite(const domain::Site &site);

    [[nodiscard]] const QList<domain::Site> &sites() const { return m_sites; }
    /// The site shown in `row`, or null.
    [[nodiscard]] const domain::Site *siteAt(int row) const;
    [[nodiscard]] int rowOf(qint64 siteId) const;
    /// The sites that can be a portal (those without a portal of their own), for the parent-portal picker.
    [[nodiscard]] QList<domain::Site> portals() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void order();

    QList<domain::Site> m_sites;
};

} // namespace pd::admin
