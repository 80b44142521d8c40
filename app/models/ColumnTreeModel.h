#pragma once
#include "app/domain/Column.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace pd::models {

/// The column tree (栏目) of one site with each column's kind, update rule and staleness, for a QTreeView.
class ColumnTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnTreeModel)

public:
    enum Section { NameSection, KindSection, UpdateRuleSection, LastPublishedSection, SectionCount };
    enum Role {
        ColumnIdRole = Qt::UserRole + 1,
        KindCodeRole,
        StaleRole, ///< bool: the column breaks its update rule now
    };

    explicit ColumnTreeModel(QObject *parent = nullptr);

    /// Replaces the whole tree; columns whose parent is unknown become top-level.
    void setColumns(const QList<domain::Column> &columns);
    [[nodiscard]] const QList<domain::Column> &columns() const { return m_columns; }
    /// The moment staleness is judged against (tests pin it; the UI uses the current time).
    void setNow(const QDateTime &now);
    [[nodiscard]] int staleCount() const;
    [[nodiscard]] QModelIndex indexForColumn(qint64 columnId) const;
    [[nodiscard]] const domain::Column *column(const QModelIndex &index) const;

    [[nodiscard]] QModelIndex index(int row, int section, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] static QString kindDisplayName(domain::ColumnKind kind);

private:
    /// Position of a column in m_columns, or -1 for the invisible root.
    [[nodiscard]] int positionOf(const QModelIndex &index) const;
    [[nodiscard]] int parentPosition(int position) const;
    [[nodiscard]] QDateTime now() const;

    QList<domain::Column> m_columns;        // in server order
    QList<QList<int>> m_children;           // per position: child positions; last entry is the root's
    QList<int> m_parent;                    // per position: parent position, -1 for top level
    QList<int> m_row;                       // per position: row under its parent
    QHash<qint64, int> m_positionById;
    QDateTime m_now;
};

} // namespace pd::models
