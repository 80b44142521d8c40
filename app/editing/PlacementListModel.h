#pragma once
#include "app/domain/Placement.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::editing {

/// Where an item is co-published (站群): one row per placement with the target site, 报送 or 推送, and the copy's
/// state there (待审 / 已发布 / 未采用 / 已撤) — the answer to "where is this item published".
class PlacementListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementListModel)

public:
    enum Section { SiteSection, KindSection, StateSection, SinceSection, SectionCount };
    enum Role {
        PlacementIdRole = Qt::UserRole + 1, ///< qlonglong
        StateRole,                          ///< QString: pending | published | rejected | withdrawn
        SiteIdRole,                         ///< qlonglong
    };

    explicit PlacementListModel(QObject *parent = nullptr);

    void setPlacements(QList<domain::Placement> placements);
    [[nodiscard]] const QList<domain::Placement> &placements() const { return m_rows; }
    /// The row of placement `id`, -1 when there is none.
    [[nodiscard]] int rowOf(qint64 id) const;

    [[nodiscard]] static QString kindText(domain::Placement::Kind kind);
    [[nodiscard]] static QString stateText(domain::Placement::State state);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Placement> m_rows;
};

} // namespace pd::editing
