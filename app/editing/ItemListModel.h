#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
}

namespace pd::editing {

/// Which items a list shows; every field maps to a query parameter of GET /api/v1/items.
struct ItemFilter {
    qint64 siteId = 0;
    QString type;   ///< news | feature | disclosure; empty: all
    QString states; ///< comma-separated state codes; empty: all
    qint64 columnId = 0;
    QString text;   ///< full-text search (q)
    bool mine = false;
    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};

/// A page-by-page list of item summaries from the server (fetchMore follows nextCursor), for the main window. With a
/// local store it keeps what the portal sent there and, while the portal cannot be reached, lists the items kept
/// there instead (the most recently changed ones), so the desk goes on showing and opening them.
class ItemListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemListModel)

public:
    enum Section { TitleSection, StateSection, ColumnSection, AuthorSection, UpdatedSection, SectionCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        StateCodeRole,
        TypeCodeRole,
        SortRole,   ///< a value that sorts naturally (dates as QDateTime)
        ReasonRole, ///< why the item was withdrawn, unpublished or archived from this desk (empty when unknown)
    };

    explicit ItemListModel(api::PortalClient &client, QObject *parent = nullptr);

    /// Sets the filter and reloads from the first page (nothing happens when it did not change, unless forced).
    void setFilter(const ItemFilter &filter, bool force = false);
    [[nodiscard]] const ItemFilter &filter() const { return m_filter; }
    /// Shows the cached items that pass `filter` without asking the portal (a warm start, before the sign-in has
    /// answered); a later setFilter() or reload() asks the portal again. Nothing happens without a cache.
    void showCached(const ItemFilter &filter);
    void reload();
    /// Column id → name, for the column section.
    void setColumnNames(const QHash<qint64, QString> &names);
    /// Items per request.
    void setPageSize(int size) { m_pageSize = size; }
    /// The account's local store (null: none): each page the portal sends is kept there, and a list asked for
    /// while the portal is unreachable is read from there. The store must outlive the model.
    void setCache(store::LocalStore *store) { m_cache = store; }
    /// Whether the rows shown are the local copies (the portal could not be reached for them).
    [[nodiscard]] bool isFromCache() const { return m_fromCache; }
    /// How many of the most recently changed cached items an offline list looks through.
    static constexpr int OfflineLimit = 2000;
    [[nodiscard]] bool isLoading() const { return m_call != 0; }
    [[nodiscard]] const domain::Item &itemAt(int row) const { return m_items.at(row); }
    /// Shows the item as a transition left it (state, revision) with the reason given, kept across reloads for
    /// this session: the list summaries carry no reason, the audit log does.
    void applyTransition(const domain::Item &updated, const QString &reason);
    /// The state column's text without a pull-back reason: the state, its review level, and for a published item
    /// with an edit on its way what became of the edit (已发布 · 修改审核中 (第 2 级)).
    [[nodiscard]] static QString stateText(const domain::Item &item);
    /// The row of an item, -1 when not loaded.
    [[nodiscard]] int rowOf(qint64 itemId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A page arrived (the first one after reload(), or one more).
    void loaded();
    void errorOccurred(const pd::Error &error);

private:
    void request(bool first);
    /// The cached items that pass the filter, most recently changed first.
    [[nodiscard]] QList<domain::Item> cachedRows() const;
    [[nodiscard]] QString reasonShown(const domain::Item &item) const;
    [[nodiscard]] QString queryPath(const QString &cursor) const;

    api::PortalClient &m_client;
    store::LocalStore *m_cache = nullptr;
    bool m_fromCache = false;
    ItemFilter m_filter;
    QList<domain::Item> m_items;
    QHash<qint64, QString> m_columnNames;
    QHash<qint64, QString> m_reasons;
    QString m_nextCursor;
    quint64 m_call = 0;
    quint64 m_generation = 0;
    int m_pageSize = 100;
};

} // namespace pd::editing
