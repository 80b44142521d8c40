#pragma once
#include "app/domain/Column.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>

namespace pd::admin {

/// A site's column tree on the 栏目 screen, arranged by drag and drop. A drop does not move anything here: it asks
/// for the move (moveRequested) and the tree changes only when the server's answer comes back through
/// setColumns(); a refused move leaves the tree as it was, so the view snaps back.
class ColumnArrangementModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnArrangementModel)

public:
    enum Section { NameSection, KindSection, UpdateSection, SectionCount };
    enum Role { ColumnIdRole = Qt::UserRole + 1 };
    static constexpr QLatin1StringView MimeType{"application/x-portaldesk-column"};

    explicit ColumnArrangementModel(QObject *parent = nullptr);

    /// The whole tree of one site (as `GET /api/v1/sites/{site}/columns` lists it).
    void setColumns(const QList<domain::Column> &columns);
    [[nodiscard]] const QList<domain::Column> &columns() const { return m_columns; }
    [[nodiscard]] const domain::Column *column(qint64 id) const;
    [[nodiscard]] QModelIndex indexOf(qint64 id) const;
    /// The column ids under `parentId` (0: top level) in their order.
    [[nodiscard]] QList<qint64> childIds(qint64 parentId) const;
    /// The body of the move a drop asks for: the new parent (null for the top level) and, unless the column goes
    /// last, its place among its new siblings counted without itself.
    [[nodiscard]] static QJsonObject moveFields(qint64 parentId, int position);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Emits moveRequested() and returns false: nothing moves until the server agrees.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// The user dropped `columnId` under `parentId` (0: top level) at `position` among its new siblings (-1: last).
    void moveRequested(qint64 columnId, qint64 parentId, int position);

private:
    [[nodiscard]] qint64 idOf(const QModelIndex &index) const;

    QList<domain::Column> m_columns;
    QHash<qint64, QList<qint64>> m_children; ///< parent id (0: top) → child ids in order
    QHash<qint64, qsizetype> m_byId;
};

} // namespace pd::admin
