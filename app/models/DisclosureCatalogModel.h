#pragma once
#include "app/domain/Error.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QPointer>

#include <memory>
#include <vector>

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
}

namespace pd::models {

/// The 信息公开 catalogue of a site (GET /api/v1/sites/{site}/disclosure/catalog): the 主题分类 tree (22 national
/// top categories and their sub-categories) with how many items each holds and how many of those are published.
/// The last answer is kept in the account's LocalStore, so the tree shows at once (and offline) and is then
/// refreshed. A node's code filters CachedItemListModel (setCategoryFilter).
class DisclosureCatalogModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisclosureCatalogModel)

public:
    enum Column { NameColumn, CountColumn, PublishedColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< "01", "0101", …
        CountRole,                   ///< int, sub-categories included
        PublishedRole,               ///< int
    };

    /// `cache` may be null (no offline copy).
    DisclosureCatalogModel(api::PortalClient &client, store::LocalStore *cache, QObject *parent = nullptr);
    ~DisclosureCatalogModel() override;

    /// Shows the cached catalogue of the site (if any) and asks the server for the current one.
    void setSite(qint64 siteId);
    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    void refresh();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /// Sum of the top categories' counts.
    [[nodiscard]] int totalCount() const;
    /// Fills the tree from a catalogue document (the API's array); false when it is not one.
    bool setCatalog(const QJsonArray &catalog);
    /// The index of the node with `code`, invalid when there is none.
    [[nodiscard]] QModelIndex indexOfCode(const QString &code) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const pd::Error &error);

private:
    struct Node {
        QString code;
        QString name;
        int count = 0;
        int published = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QString cacheKey() const;

    api::PortalClient &m_client;
    QPointer<store::LocalStore> m_cache;
    Node m_root;
    qint64 m_siteId = 0;
    quint64 m_call = 0;
    bool m_loading = false;
};

} // namespace pd::models
