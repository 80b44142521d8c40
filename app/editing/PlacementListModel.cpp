#include "app/editing/PlacementListModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pd::editing {

PlacementListModel::PlacementListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlacementListModel::setPlacements(QList<domain::Placement> placements)
{
    beginResetModel();
    m_rows = std::move(placements);
    endResetModel();
}

int PlacementListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QString PlacementListModel::kindText(domain::Placement::Kind kind)
{
    return kind == domain::Placement::Kind::Submit ? tr("Submitted (报送)") : tr("Pushed (推送)");
}

QString PlacementListModel::stateText(domain::Placement::State state)
{
    switch (state) {
    case domain::Placement::State::Pending: return tr("Awaiting review");
    case domain::Placement::State::Published: return tr("Published");
    case domain::Placement::State::Rejected: return tr("Not accepted");
    case domain::Placement::State::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

int PlacementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlacementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant PlacementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Placement &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SiteSection: return p.siteName;
        case KindSection: return kindText(p.kind);
        case StateSection: return stateText(p.state);
        case SinceSection:
            return p.createdAt.isValid() ? QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return p.publicUrl.isEmpty() ? QVariant() : QVariant(tr("Public at %1").arg(p.publicUrl));
    case PlacementIdRole: return p.id;
    case StateRole: return domain::Placement::stateCode(p.state);
    case SiteIdRole: return p.siteId;
    default: return {};
    }
}

QVariant PlacementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SiteSection: return tr("Site");
    case KindSection: return tr("How");
    case StateSection: return tr("State");
    case SinceSection: return tr("Since");
    }
    return {};
}

} // namespace pd::editing
