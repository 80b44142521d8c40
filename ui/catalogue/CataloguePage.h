#pragma once
#include "app/domain/Item.h"
#include "app/domain/WorkflowAction.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;
class QTreeView;

namespace pd::api {
class EventStream;
}
namespace pd::models {
class CachedItemListModel;
class DisclosureCatalogModel;
class Workspace;
} // namespace pd::models
namespace pd::store {
class LocalStore;
}
namespace pd::sync {
class ItemCacheSync;
}

namespace pd::ui {

/// 信息公开目录: the site's 主题分类 tree with item counts beside its disclosure items (34,000+ in a city
/// catalogue) read from the account's local cache, narrowed as the user types or picks a category; Enter or a
/// double-click opens an item. The cache is brought up to date the first time the page is shown and then kept
/// current from the event stream (item.changed), so a colleague's new item appears without a refresh.
class CataloguePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CataloguePage)

public:
    /// stream may be null (no live updates; F5 / refresh() still bring the cache up to date).
    CataloguePage(models::Workspace &workspace, store::LocalStore &store, api::EventStream *stream = nullptr,
                  QWidget *parent = nullptr);
    ~CataloguePage() override;

    /// Shows the cached items of `siteId` from the LocalStore file `databasePath` (without contacting the server).
    void showCache(const QString &databasePath, qint64 siteId);
    /// Asks the server for what changed (items and the category counts).
    void refresh();

    [[nodiscard]] QTreeView *categoryTree() const { return m_tree; }
    [[nodiscard]] QTableView *itemView() const { return m_items; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] models::CachedItemListModel *itemModel() const { return m_itemModel; }
    [[nodiscard]] models::DisclosureCatalogModel *catalogModel() const { return m_catalog; }

Q_SIGNALS:
    void openItemRequested(qint64 itemId);
    /// The user asked to unpublish, withdraw or archive the selected items (as the cache knows them).
    void pullBackRequested(const QList<pd::domain::Item> &items, pd::domain::WorkflowAction action);
    /// The user asked to mark the selected document 失效 or 废止 (as the cache knows it).
    void invalidateRequested(const pd::domain::Item &item);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's two steps: the widgets and their layout, then the signals between them and the services.
    void buildUi();
    void connectSignals(api::EventStream *stream);
    void siteChanged();
    void categoryChosen();
    void openCurrent();
    void updateCount();
    [[nodiscard]] QList<domain::Item> selectedItems() const;
    void updatePullBackActions();

    models::Workspace &m_workspace;
    store::LocalStore &m_store;
    models::DisclosureCatalogModel *m_catalog = nullptr;
    models::CachedItemListModel *m_itemModel = nullptr;
    sync::ItemCacheSync *m_sync = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_items = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_allCategories = nullptr;
    QHash<domain::WorkflowAction, QAction *> m_pullBackActions;
    QAction *m_invalidateAction = nullptr;
    QTimer m_refreshSoon; ///< coalesces a burst of stream events (an import, a review round) into one reload
    qint64 m_siteId = 0;
    bool m_wanted = false; ///< shown at least once: keep the cache and the tree current from now on
};

} // namespace pd::ui
