#include "app/editing/ColumnChoiceModel.h"

#include "app/api/PortalClient.h"
#include "app/domain/User.h"
#include "app/editing/EditingLog.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace pd::editing {

ColumnChoiceModel::ColumnChoiceModel(QObject *parent) : QAbstractItemModel(parent) {}

QString ColumnChoiceModel::pathSeparator()
{
    return u" / "_s;
}

void ColumnChoiceModel::setSites(const QList<domain::Site> &sites)
{
    QList<SiteEntry> next;
    for (const domain::Site &s : sites) {
        SiteEntry entry{s, {}, false, false};
        for (const SiteEntry &old : std::as_const(m_sites))
            if (old.site.id == s.id) {
                entry.columns = old.columns;
                entry.loaded = old.loaded;
            }
        next.append(entry);
    }
    m_sites = next;
    ++m_generation;
    rebuild();
}

void ColumnChoiceModel::setSiteColumns(qint64 siteId, const QList<domain::Column> &columns)
{
    bool found = false;
    for (SiteEntry &entry : m_sites)
        if (entry.site.id == siteId) {
            entry.columns = columns;
            entry.loaded = true;
            entry.failed = false;
            found = true;
        }
    if (!found) {
        // Columns of a site not (yet) in the list: keep them, the site named by its number until the list comes.
        domain::Site site;
        site.id = siteId;
        m_sites.append({site, columns, true, false});
    }
    rebuild();
}

void ColumnChoiceModel::load(api::PortalClient &client)
{
    if (m_sites.isEmpty() || std::ranges::all_of(m_sites, [](const SiteEntry &e) { return e.site.name.isEmpty(); })) {
        const quint64 generation = m_generation;
        client.sites(this, [this, &client, generation](Result<QList<domain::Site>> sites) {
            if (generation != m_generation)
                return;
            if (!sites) {
                qCInfo(lcEditing) << "sites of the group not loaded:" << sites.error().message;
                return;
            }
            setSites(*sites);
            loadColumns(client);
        });
        return;
    }
    loadColumns(client);
}

void ColumnChoiceModel::loadColumns(api::PortalClient &client)
{
    // The sites the signed-in user writes for: a new item may move to any of them.
    QSet<qint64> writable;
    for (const SiteEntry &entry : std::as_const(m_sites))
        if (client.session().user().hasRole(QString(domain::roles::Editor), entry.site.id))
            writable.insert(entry.site.id);
    setWritableSites(writable);
    const quint64 generation = m_generation;
    for (const SiteEntry &entry : std::as_const(m_sites)) {
        if (entry.loaded)
            continue;
        const qint64 siteId = entry.site.id;
        client.columns(siteId, this, [this, generation, siteId](Result<QList<domain::Column>> columns) {
            if (generation != m_generation)
                return;
            if (columns) {
                setSiteColumns(siteId, *columns);
                Q_EMIT siteLoaded(siteId, true);
                return;
            }
            qCInfo(lcEditing) << "columns of site" << siteId << "not loaded:" << columns.error().message;
            for (SiteEntry &e : m_sites)
                if (e.site.id == siteId)
                    e.failed = true;
            rebuild();
            Q_EMIT siteLoaded(siteId, false);
        });
    }
}

void ColumnChoiceModel::setItem(domain::ItemType type, qint64 siteId, qint64 columnId)
{
    if (type == m_type && siteId == m_itemSite && columnId == m_itemColumn)
        return;
    m_type = type;
    m_itemSite = siteId;
    m_itemColumn = columnId;
    rebuild();
}

void ColumnChoiceModel::setSiteMovable(bool movable)
{
    if (movable == m_siteMovable)
        return;
    m_siteMovable = movable;
    rebuild();
}

void ColumnChoiceModel::setWritableSites(const QSet<qint64> &siteIds)
{
    if (siteIds == m_writable)
        return;
    m_writable = siteIds;
    rebuild();
}

bool ColumnChoiceModel::siteOpen(qint64 siteId) const
{
    return siteId == m_itemSite || (m_siteMovable && m_writable.contains(siteId));
}

int ColumnChoiceModel::addNode(int parent, Node node)
{
    const int position = int(m_nodes.size());
    node.parent = parent;
    QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
    node.row = int(siblings.size());
    siblings.append(position);
    if (node.columnId > 0)
        m_nodeByColumn.insert(node.columnId, position);
    m_nodes.append(std::move(node));
    return position;
}

void ColumnChoiceModel::addSite(const SiteEntry &entry)
{
    const qint64 siteId = entry.site.id;
    Node site;
    site.siteId = siteId;
    site.name = entry.site.name.isEmpty() ? tr("Site %1").arg(siteId) : entry.site.name;
    site.path = site.name;
    const bool open = siteOpen(siteId);
    if (!open)
        site.why = m_siteMovable ? tr("You do not write for this site.")
                                 : tr("A saved item stays on its site; use Other sites… to place it here too.");
    else if (entry.failed)
        site.why = tr("The columns of this site could not be loaded.");
    else if (!entry.loaded)
        site.why = tr("The columns of this site are being loaded.");
    const int siteNode = addNode(-1, site);

    // The tree of this site's columns; a self-reference, an unknown parent or a cycle puts a column at the top.
    QHash<qint64, int> position;
    for (int i = 0; i < entry.columns.size(); ++i)
        position.insert(entry.columns.at(i).id, i);
    const int n = int(entry.columns.size());
    QList<int> parentOf(n, -1);
    QList<QList<int>> children(n + 1);
    for (int i = 0; i < n; ++i) {
        const domain::Column &c = entry.columns.at(i);
        int p = (c.parentId != 0 && c.parentId != c.id) ? position.value(c.parentId, -1) : -1;
        for (int q = p, steps = 0; q >= 0 && steps <= n; q = parentOf.at(q), ++steps)
            if (q == i) {
                p = -1;
                break;
            }
        parentOf[i] = p;
        children[p < 0 ? n : p].append(i);
    }

    // A column is listed when it can be chosen, when the item is in it, or when something below it is listed.
    auto choosable = [&](const domain::Column &c) { return open && c.enabled && domain::columnTakes(c.kind, m_type); };
    QList<int> listed(n, -1); // -1 unknown, 0 no, 1 yes
    std::function<bool(int)> isListed = [&](int i) {
        if (listed.at(i) >= 0)
            return listed.at(i) == 1;
        listed[i] = 0; // a cycle cannot list itself
        const domain::Column &c = entry.columns.at(i);
        bool yes = choosable(c) || c.id == m_itemColumn;
        for (int child : children.at(i))
            yes = isListed(child) || yes;
        listed[i] = yes ? 1 : 0;
        return yes;
    };
    std::function<void(int, int, const QString &)> add = [&](int i, int parentNode, const QString &parentPath) {
        const domain::Column &c = entry.columns.at(i);
        Node node;
        node.siteId = siteId;
        node.columnId = c.id;
        node.name = c.name;
        node.path = parentPath + pathSeparator() + c.name;
        node.choosable = choosable(c);
        if (!node.choosable)
            node.why = !open       ? m_nodes.at(siteNode).why
                       : !c.enabled ? tr("This column is disabled and takes no new items.")
                                    : tr("This column does not take this kind of item.");
        const QString path = node.path;
        const int self = addNode(parentNode, std::move(node));
        for (int child : children.at(i))
            if (isListed(child))
                add(child, self, path);
    };
    for (int top : children.at(n))
        if (isListed(top))
            add(top, siteNode, m_nodes.at(siteNode).path);
    if (open && entry.loaded && m_nodes.at(siteNode).children.isEmpty())
        m_nodes[siteNode].why = tr("No column of this site takes this kind of item.");
}

void ColumnChoiceModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_nodeByColumn.clear();
    bool itemSiteListed = m_itemSite == 0;
    for (const SiteEntry &entry : std::as_const(m_sites)) {
        addSite(entry);
        itemSiteListed = itemSiteListed || entry.site.id == m_itemSite;
    }
    if (!itemSiteListed) {
        domain::Site site;
        site.id = m_itemSite;
        addSite({site, {}, false, false});
    }
    // The item's column when no loaded tree has it: listed under its site rather than the item silently moved.
    if (m_itemColumn > 0 && !m_nodeByColumn.contains(m_itemColumn)) {
        int siteNode = -1;
        for (int root : std::as_const(m_roots))
            if (m_nodes.at(root).siteId == m_itemSite)
                siteNode = root;
        Node node;
        node.siteId = m_itemSite;
        node.columnId = m_itemColumn;
        node.name = tr("Column %1 (not loaded)").arg(m_itemColumn);
        node.path = siteNode < 0 ? node.name : m_nodes.at(siteNode).path + pathSeparator() + node.name;
        node.choosable = true; // choosing it again keeps the item where it is
        addNode(siteNode, std::move(node));
    }
    endResetModel();
}

QString ColumnChoiceModel::path(qint64 columnId) const
{
    const int position = m_nodeByColumn.value(columnId, -1);
    return position < 0 ? QString() : m_nodes.at(position).path;
}

qint64 ColumnChoiceModel::siteOf(qint64 columnId) const
{
    const int position = m_nodeByColumn.value(columnId, -1);
    return position < 0 ? 0 : m_nodes.at(position).siteId;
}

bool ColumnChoiceModel::isChoosable(qint64 columnId) const
{
    const int position = m_nodeByColumn.value(columnId, -1);
    return position >= 0 && m_nodes.at(position).choosable;
}

QModelIndex ColumnChoiceModel::indexForColumn(qint64 columnId) const
{
    const int position = m_nodeByColumn.value(columnId, -1);
    return position < 0 ? QModelIndex() : createIndex(m_nodes.at(position).row, 0, quintptr(position + 1));
}

bool ColumnChoiceModel::isLoaded(qint64 siteId) const
{
    return std::ranges::any_of(m_sites, [siteId](const SiteEntry &e) { return e.site.id == siteId && e.loaded; });
}

const ColumnChoiceModel::Node *ColumnChoiceModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype position = qsizetype(index.internalId()) - 1;
    return position >= 0 && position < m_nodes.size() ? &m_nodes.at(position) : nullptr;
}

QModelIndex ColumnChoiceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = node(parent);
    if (parent.isValid() && !p)
        return {};
    const QList<int> &siblings = p ? p->children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings.at(row) + 1));
}

QModelIndex ColumnChoiceModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent + 1));
}

int ColumnChoiceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    const Node *n = node(parent);
    return n && parent.column() == 0 ? int(n->children.size()) : 0;
}

int ColumnChoiceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ColumnChoiceModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole: return n->name;
    case Qt::ToolTipRole: return n->why.isEmpty() ? n->path : n->path + u'\n' + n->why;
    case Qt::AccessibleDescriptionRole: return n->why;
    case Qt::ForegroundRole:
        if (!n->choosable)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (n->columnId == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ColumnIdRole: return n->columnId;
    case SiteIdRole: return n->siteId;
    case PathRole: return n->path;
    case ChoosableRole: return n->choosable;
    }
    return {};
}

Qt::ItemFlags ColumnChoiceModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    // Structure stays reachable by the arrow keys (enabled) but cannot be selected.
    Qt::ItemFlags f = Qt::ItemIsEnabled;
    if (n->choosable)
        f |= Qt::ItemIsSelectable;
    if (n->children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> ColumnChoiceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ColumnIdRole, "columnId");
    names.insert(SiteIdRole, "siteId");
    names.insert(PathRole, "path");
    names.insert(ChoosableRole, "choosable");
    return names;
}

} // namespace pd::editing
