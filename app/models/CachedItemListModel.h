#pragma once
#include "app/domain/Error.h"
#include "app/store/ItemFilter.h"
#include "app/store/ItemIndex.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <memory>
#include <vector>

namespace pd::models {

/// The items of a site as cached in the account's LocalStore, for big lists such as the 信息公开 catalogue
/// (34,000+ items): load() reads them on a worker thread with its own database connection (the UI thread never
/// waits), rows are materialised only when a view asks for them, and setFilter() works on the in-memory ItemIndex,
/// fast enough for every keystroke. Newest first (published, else last changed). Keep the cache fresh with
/// sync::ItemCacheSync and call reload() when it reports changes.
class CachedItemListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedItemListModel)

public:
    enum Column { TitleColumn, StateColumn, DateColumn, IndexNoColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        TypeRole,                  ///< domain::ItemType as int
        StateRole,                 ///< domain::ItemState as int
        StateCodeRole,             ///< "draft", "published", …
        ColumnsRole,               ///< QList<qint64>
        CategoryRole,              ///< 主题分类 code
        DateRole,                  ///< QDateTime (published, else last changed)
        UpdatedRole,               ///< QDateTime
        IndexNoRole,
        TitleRole,
    };

    explicit CachedItemListModel(QObject *parent = nullptr);
    ~CachedItemListModel() override;

    /// Starts reading the cached items of `siteId` from the LocalStore file `databasePath` (LocalStore::path()).
    /// The newest screenful comes first (firstRowsShown(), within milliseconds), then all of them (loaded(),
    /// or loadFailed()); until then the current rows stay and filters apply to what is there.
    void load(const QString &databasePath, qint64 siteId);
    /// load() again from the same source (after ItemCacheSync stored changes); the filter is kept.
    void reload();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /// Items in the cache, before filtering.
    [[nodiscard]] int totalCount() const { return m_index ? int(m_index->size()) : 0; }

    void setFilter(const store::ItemFilter &filter);
    [[nodiscard]] store::ItemFilter filter() const { return m_filter; }
    /// Shorthands for the search box and the catalogue tree; each keeps the other criteria.
    void setTextFilter(const QString &text);
    void setCategoryFilter(const QString &categoryCode);
    void setColumnFilter(qint64 columnId);

    [[nodiscard]] qint64 itemId(int row) const;
    /// The row showing item `id`, -1 when it is filtered out or not cached.
    [[nodiscard]] int rowOf(qint64 id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    /// Title (plain comparison) or date; the order survives filtering until the next load.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// How many of the newest items show before the whole index is in.
    static constexpr int firstScreen = 200;

Q_SIGNALS:
    /// The newest items (up to firstScreen) show; the rest follow with loaded().
    void firstRowsShown(int rows);
    /// Every cached item is in the model (filtered as set).
    void loaded(int total);
    void loadFailed(const pd::Error &error);
    /// The visible rows changed because the filter did (not emitted by load()).
    void filtered(int visible);

private:
    void applyFilter(bool narrowOnly);
    void applySort();
    void onLoaded();
    void onFirstRows(int resultIndex);
    void show(std::shared_ptr<const store::ItemIndex> index);

    std::shared_ptr<const store::ItemIndex> m_index;
    std::vector<int> m_visible; ///< positions into m_index, in display order
    /// Recent results in display order (cleared by load and sort): deleting a character goes back to one.
    std::vector<std::pair<store::ItemFilter, std::vector<int>>> m_recent;
    store::ItemFilter m_filter;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_path;
    qint64 m_siteId = 0;
    bool m_loading = false;
    bool m_reloadQueued = false;
    QFutureWatcher<Result<std::shared_ptr<const store::ItemIndex>>> m_watcher;
};

} // namespace pd::models
