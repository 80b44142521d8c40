#include "app/models/DisclosureCatalogModel.h"

#include "app/api/PortalClient.h"
#include "app/models/ModelsLog.h"
#include "app/store/LocalStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::models {

namespace {
/// Reads one level of the catalogue; false on anything that is not a node list.
bool readNodes(const QJsonArray &array, auto *parent, auto makeNode)
{
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        if (!o.contains(u"code") || !o.contains(u"name"))
            return false;
        auto *node = makeNode(parent, o);
        if (!readNodes(o.value(u"children").toArray(), node, makeNode))
            return false;
    }
    return true;
}
} // namespace

DisclosureCatalogModel::DisclosureCatalogModel(api::PortalClient &client, store::LocalStore *cache, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_cache(cache)
{
}

DisclosureCatalogModel::~DisclosureCatalogModel()
{
    if (m_call)
        m_client.cancel(m_call);
}

QString DisclosureCatalogModel::cacheKey() const
{
    return u"disclosure.catalog.%1"_s.arg(m_siteId);
}

void DisclosureCatalogModel::setSite(qint64 siteId)
{
    m_siteId = siteId;
    if (m_cache && m_cache->isOpen()) {
        const QJsonValue cached = m_cache->value(cacheKey());
        if (cached.isArray())
            setCatalog(cached.toArray());
    }
    refresh();
}

void DisclosureCatalogModel::refresh()
{
    if (m_siteId <= 0)
        return;
    if (m_call)
        m_client.cancel(m_call);
    m_loading = true;
    const qint64 site = m_siteId;
    m_call = m_client.call("GET", u"/api/v1/sites/%1/disclosure/catalog"_s.arg(site), {}, {}, this,
                           [this, site](Result<api::ApiReply> reply) {
                               m_call = 0;
                               if (site != m_siteId)
                                   return;
                               m_loading = false;
                               if (!reply) {
                                   if (reply.error().code != ErrorCode::Cancelled)
                                       Q_EMIT loadFailed(reply.error());
                                   return;
                               }
                               const QJsonArray catalog = reply->json.array();
                               if (!reply->json.isArray() || !setCatalog(catalog)) {
                                   Q_EMIT loadFailed(Error::make(
                                       ErrorCode::BadResponse, tr("The server sent a catalogue this program cannot read.")));
                                   return;
                               }
                               if (m_cache && m_cache->isOpen())
                                   m_cache->setValue(cacheKey(), catalog);
                               Q_EMIT loaded();
                           });
}

bool DisclosureCatalogModel::setCatalog(const QJsonArray &catalog)
{
    Node root;
    const auto makeNode = [](Node *parent, const QJsonObject &o) {
        auto node = std::make_unique<Node>();
        node->code = o.value(u"code").toString();
        node->name = o.value(u"name").toString();
        node->count = o.value(u"count").toInt();
        node->published = o.value(u"published").toInt();
        node->parent = parent;
        node->row = int(parent->children.size());
        parent->children.push_back(std::move(node));
        return parent->children.back().get();
    };
    if (!readNodes(catalog, &root, makeNode)) {
        qCWarning(lcModels) << "unreadable disclosure catalogue";
        return false;
    }
    beginResetModel();
    m_root.children = std::move(root.children);
    for (auto &child : m_root.children)
        child->parent = &m_root;
    endResetModel();
    return true;
}

int DisclosureCatalogModel::totalCount() const
{
    int total = 0;
    for (const auto &n : m_root.children)
        total += n->count;
    return total;
}

QModelIndex DisclosureCatalogModel::indexOfCode(const QString &code) const
{
    std::function<QModelIndex(const Node &, const QModelIndex &)> find = [&](const Node &n, const QModelIndex &at) {
        for (const auto &child : n.children) {
            const QModelIndex i = index(child->row, 0, at);
            if (child->code == code)
                return i;
            if (const QModelIndex deeper = find(*child, i); deeper.isValid())
                return deeper;
        }
        return QModelIndex();
    };
    return find(m_root, {});
}

DisclosureCatalogModel::Node *DisclosureCatalogModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex DisclosureCatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex DisclosureCatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    if (!node->parent || node->parent == &m_root)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int DisclosureCatalogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DisclosureCatalogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DisclosureCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return n->name;
        case CountColumn: return n->count;
        case PublishedColumn: return n->published;
        default: return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 (%2): %n item(s), %3 published", nullptr, n->count).arg(n->name, n->code).arg(n->published);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case CodeRole: return n->code;
    case CountRole: return n->count;
    case PublishedRole: return n->published;
    default: return {};
    }
}

QVariant DisclosureCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Topic category");
    case CountColumn: return tr("Items");
    case PublishedColumn: return tr("Published");
    default: return {};
    }
}

QHash<int, QByteArray> DisclosureCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(CountRole, "count");
    names.insert(PublishedRole, "published");
    return names;
}

} // namespace pd::models
