#pragma once
#include "app/domain/Column.h"
#include "app/domain/Site.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

namespace pd::editing {

/// The sites of the group an item may be placed into (站群), each with its columns that take news, as a tree whose
/// columns the user ticks. A site the item is placed on already is listed but cannot be ticked again.
class PlacementTargetModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementTargetModel)

public:
    struct Target {
        domain::Site site;
        bool submission = false; ///< the item's parent portal: a 报送, reviewed there
        QList<domain::Column> columns;
    };
    /// One site with the columns ticked on it, as `POST /api/v1/items/{id}/placements` takes it.
    struct Selection {
        qint64 siteId = 0;
        QList<qint64> columnIds;
        friend bool operator==(const Selection &, const Selection &) = default;
    };
    enum Role {
        SiteIdRole = Qt::UserRole + 1, ///< qlonglong, on site and column rows
        ColumnIdRole,                  ///< qlonglong, column rows only
        SubmissionRole,                ///< bool, site rows: a 报送 to the parent portal
    };

    explicit PlacementTargetModel(QObject *parent = nullptr);

    /// Replaces the tree; ticks are cleared. Only columns of kind news, notice and policy are kept.
    void setTargets(QList<Target> targets);
    /// Sites that already carry a copy in force: shown, not tickable.
    void setPlacedSites(const QSet<qint64> &sites);
    [[nodiscard]] int siteCount() const { return int(m_targets.size()); }
    /// Ticks or unticks a column (false when it is not in the tree or its site is placed already).
    bool setColumnChecked(qint64 columnId, bool checked);
    /// The ticked columns, grouped by site, in tree order.
    [[nodiscard]] QList<Selection> selections() const;
    void clearChecks();

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The ticked columns changed.
    void selectionChanged();

private:
    /// Column rows carry their site's row + 1 as internal id; site rows carry 0.
    [[nodiscard]] bool isColumn(const QModelIndex &index) const { return index.isValid() && index.internalId() > 0; }
    [[nodiscard]] bool isPlaced(int siteRow) const;

    QList<Target> m_targets;
    QSet<qint64> m_checked; ///< column ids
    QSet<qint64> m_placed;  ///< site ids
};

} // namespace pd::editing
