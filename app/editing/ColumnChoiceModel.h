#pragma once
#include "app/domain/Column.h"
#include "app/domain/ItemType.h"
#include "app/domain/Site.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// The sites of the group and their column trees, as the editor's 栏目 chooser offers them for one item: which
/// columns take the item's kind (the rest greyed as structure, or left out when nothing below them can be chosen),
/// each column's full path (市政府门户 / 政务公开 / 通知公告), and the item's own column even when it is not loaded.
class ColumnChoiceModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChoiceModel)

public:
    enum Role {
        ColumnIdRole = Qt::UserRole + 1, ///< qlonglong; 0 on site rows
        SiteIdRole,                      ///< qlonglong
        PathRole,                        ///< QString: site and columns down to this row, joined by " / "
        ChoosableRole,                   ///< bool: the item may be put here
    };

    explicit ColumnChoiceModel(QObject *parent = nullptr);

    /// What joins the names of a path.
    [[nodiscard]] static QString pathSeparator();

    /// The sites of the group, in the order shown; columns already given for a site that stays are kept.
    void setSites(const QList<domain::Site> &sites);
    /// A site's columns, flattened in server order (parents before children), as PortalClient::columns gives them.
    void setSiteColumns(qint64 siteId, const QList<domain::Column> &columns);
    /// Asks the portal for the sites of the group (unless given) and the columns of every site not known yet; the
    /// signed-in user's editor roles say which other sites a new item may move to. `client` must outlive the calls.
    void load(api::PortalClient &client);
    /// The item being placed: its kind, its site and its column now (0: none). That column is always listed.
    void setItem(domain::ItemType type, qint64 siteId, qint64 columnId);
    /// Whether the item may still move to another site: only until it is first saved.
    void setSiteMovable(bool movable);
    /// The sites other than the item's own that the user writes for (an item may move only there).
    void setWritableSites(const QSet<qint64> &siteIds);

    /// The full path of a listed column ("" when it is not listed).
    [[nodiscard]] QString path(qint64 columnId) const;
    /// The site a listed column belongs to (0 when it is not listed).
    [[nodiscard]] qint64 siteOf(qint64 columnId) const;
    [[nodiscard]] bool isChoosable(qint64 columnId) const;
    [[nodiscard]] QModelIndex indexForColumn(qint64 columnId) const;
    /// Whether the columns of `siteId` have arrived.
    [[nodiscard]] bool isLoaded(qint64 siteId) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The columns of a site arrived (or could not be loaded: `ok` false); the tree was rebuilt.
    void siteLoaded(qint64 siteId, bool ok);

private:
    struct SiteEntry {
        domain::Site site;
        QList<domain::Column> columns;
        bool loaded = false;
        bool failed = false;
    };
    struct Node {
        int parent = -1;
        int row = 0;
        QList<int> children;
        qint64 siteId = 0;
        qint64 columnId = 0;
        QString name;
        QString path;
        QString why; ///< why it cannot be chosen, for the tooltip
        bool choosable = false;
    };

    void loadColumns(api::PortalClient &client);
    void rebuild();
    int addNode(int parent, Node node);
    void addSite(const SiteEntry &entry);
    [[nodiscard]] bool siteOpen(qint64 siteId) const;
    [[nodiscard]] const Node *node(const QModelIndex &index) const;

    QList<SiteEntry> m_sites;
    domain::ItemType m_type = domain::ItemType::News;
    qint64 m_itemSite = 0;
    qint64 m_itemColumn = 0;
    bool m_siteMovable = false;
    QSet<qint64> m_writable;

    QList<Node> m_nodes; // internal id of a row: its position + 1
    QList<int> m_roots;
    QHash<qint64, int> m_nodeByColumn;
    quint64 m_generation = 0; ///< loads started for an older list of sites are ignored
};

} // namespace pd::editing
