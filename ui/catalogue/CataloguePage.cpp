#include "ui/catalogue/CataloguePage.h"

#include "app/api/EventStream.h"

#include "app/editing/BulkTransition.h"
#include "app/editing/Invalidation.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/DisclosureCatalogModel.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "app/sync/ItemCacheSync.h"


#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

CataloguePage::CataloguePage(models::Workspace &workspace, store::LocalStore &store, api::EventStream *stream,
                             QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(store)
    , m_catalog(new models::DisclosureCatalogModel(workspace.client(), &store, this))
    , m_itemModel(new models::CachedItemListModel(this))
    , m_sync(new sync::ItemCacheSync(store, workspace.client(), this))
{
    buildUi();
    connectSignals(stream);
    updateCount();
}

CataloguePage::~CataloguePage() = default;

void CataloguePage::buildUi()
{
    setObjectName(u"cataloguePage"_s);
    store::ItemFilter filter;
    filter.type = domain::ItemType::Disclosure;
    m_itemModel->setFilter(filter);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"categoryTree"_s);
    m_tree->setAccessibleName(tr("Topic categories"));
    m_tree->setModel(m_catalog);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(models::DisclosureCatalogModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(models::DisclosureCatalogModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(models::DisclosureCatalogModel::PublishedColumn,
                                           QHeaderView::ResizeToContents);
    m_allCategories = new QPushButton(tr("All categories"), this);
    m_allCategories->setObjectName(u"allCategoriesButton"_s);
    m_allCategories->setAccessibleName(tr("Show all categories"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"catalogueSearch"_s);
    m_search->setAccessibleName(tr("Search the catalogue"));
    m_search->setPlaceholderText(tr("Title or index number"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"catalogueCount"_s);
    m_count->setAccessibleName(tr("Items shown"));

    m_items = new QTableView(this);
    m_items->setObjectName(u"catalogueItems"_s);
    m_items->setAccessibleName(tr("Disclosure items"));
    m_items->setModel(m_itemModel);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several at once for pulling documents back; Enter still opens the current one.
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setAlternatingRowColors(true);
    m_items->setWordWrap(false);
    m_items->setSortingEnabled(true);
    m_items->sortByColumn(models::CachedItemListModel::DateColumn, Qt::DescendingOrder);
    // With tens of thousands of rows nothing may be measured per row: fixed row heights, no row header, and
    // column widths from the font (so they grow with the screen's scale) instead of from the contents.
    m_items->verticalHeader()->hide();
    m_items->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_items->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    QHeaderView *header = m_items->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(models::CachedItemListModel::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'中');
    header->resizeSection(models::CachedItemListModel::StateColumn, em * 5);
    header->resizeSection(models::CachedItemListModel::DateColumn, em * 8);
    // An index number (the body's 18-character code, the year, the number) is read whole, never cut: the column
    // is as wide as a full one in the list's font.
    header->resizeSection(models::CachedItemListModel::IndexNoColumn,
                          std::max(em * 16, m_items->fontMetrics().horizontalAdvance(u"11000000000000000M/2026-00000"_s)
                                                + em));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_allCategories);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_items, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"catalogueSplitter"_s);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    for (const domain::WorkflowAction a :
         {domain::WorkflowAction::Unpublish, domain::WorkflowAction::Withdraw, domain::WorkflowAction::Archive}) {
        auto *action = new QAction(tr("%1…").arg(domain::workflowActionDisplayName(a)), m_items);
        action->setObjectName(domain::workflowActionCode(a) + u"Action"_s);
        action->setEnabled(false);
        m_items->addAction(action);
        m_pullBackActions.insert(a, action);
    }
    m_invalidateAction = new QAction(tr("Mark as no longer in force (失效 / 废止)…"), m_items);
    m_invalidateAction->setObjectName(u"invalidateAction"_s);
    m_invalidateAction->setEnabled(false);
    m_items->addAction(m_invalidateAction);
}

void CataloguePage::connectSignals(api::EventStream *stream)
{
    // Filtering works on the in-memory index, fast enough for every keystroke.
    connect(m_search, &QLineEdit::textChanged, m_itemModel, &models::CachedItemListModel::setTextFilter);
    // The selection, not the current index: a view takes a current row when it merely gets the focus.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CataloguePage::categoryChosen);
    connect(m_allCategories, &QPushButton::clicked, m_tree, &QTreeView::clearSelection);
    connect(m_items, &QTableView::activated, this, &CataloguePage::openCurrent);
    for (auto it = m_pullBackActions.cbegin(); it != m_pullBackActions.cend(); ++it)
        connect(it.value(), &QAction::triggered, this, [this, a = it.key()] {
            const QList<domain::Item> items = selectedItems();
            if (!items.isEmpty())
                Q_EMIT pullBackRequested(items, a);
        });
    connect(m_invalidateAction, &QAction::triggered, this, [this] {
        const QList<domain::Item> items = selectedItems();
        if (items.size() == 1)
            Q_EMIT invalidateRequested(items.constFirst());
    });
    connect(m_items->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CataloguePage::updatePullBackActions);
    connect(m_itemModel, &models::CachedItemListModel::loaded, this, &CataloguePage::updateCount);
    connect(m_itemModel, &models::CachedItemListModel::filtered, this, &CataloguePage::updateCount);
    connect(m_itemModel, &models::CachedItemListModel::loadFailed, &m_workspace, &models::Workspace::reportError);
    connect(m_catalog, &models::DisclosureCatalogModel::loaded, m_tree, [this] {
        m_tree->expandToDepth(0);
        updateCount();
    });
    connect(m_catalog, &models::DisclosureCatalogModel::loadFailed, &m_workspace, &models::Workspace::reportError);
    connect(m_sync, &sync::ItemCacheSync::refreshed, this, [this](qint64 siteId, int changed) {
        if (siteId == m_siteId && changed > 0)
            m_itemModel->reload();
    });
    connect(m_sync, &sync::ItemCacheSync::refreshFailed, this,
            [this](qint64, const pd::Error &error) { m_workspace.reportError(error); });
    connect(&m_workspace, &models::Workspace::siteChanged, this, &CataloguePage::siteChanged);
    // A changed item lands in the cache at once; the list and the category counts follow once a burst is over.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(400);
    connect(&m_refreshSoon, &QTimer::timeout, this, [this] {
        m_itemModel->reload();
        refresh();
    });
    if (stream)
        connect(stream, &api::EventStream::eventReceived, this,
                [this](qint64, const QString &type, const QJsonObject &payload) {
                    if (m_wanted && m_store.isOpen() && m_sync->applyEvent(type, payload))
                        m_refreshSoon.start();
                });
}

void CataloguePage::showCache(const QString &databasePath, qint64 siteId)
{
    m_siteId = siteId;
    m_itemModel->load(databasePath, siteId);
}

void CataloguePage::refresh()
{
    if (m_siteId == 0 || !m_store.isOpen())
        return;
    m_catalog->setSite(m_siteId);
    m_sync->refresh(m_siteId);
}

void CataloguePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_wanted) {
        // Only a user who opens the catalogue pays for fetching it.
        m_wanted = true;
        siteChanged();
    }
}

void CataloguePage::siteChanged()
{
    const qint64 site = m_workspace.site().id;
    if (!m_wanted || site == 0 || !m_store.isOpen())
        return;
    if (site != m_siteId || m_itemModel->totalCount() == 0)
        showCache(m_store.path(), site);
    // Without the portal (a start from the cache, a lost connection) the kept documents are what there is.
    if (m_workspace.state() == models::Workspace::State::Online)
        refresh();
}

void CataloguePage::categoryChosen()
{
    const QModelIndexList chosen = m_tree->selectionModel()->selectedRows();
    m_itemModel->setCategoryFilter(
        chosen.isEmpty() ? QString() : chosen.constFirst().data(models::DisclosureCatalogModel::CodeRole).toString());
}

void CataloguePage::openCurrent()
{
    const QModelIndex index = m_items->currentIndex();
    if (index.isValid())
        Q_EMIT openItemRequested(m_itemModel->itemId(index.row()));
}

QList<domain::Item> CataloguePage::selectedItems() const
{
    // The lean index has no revision: the cached copy has, and it is what the user saw.
    QList<domain::Item> items;
    for (const QModelIndex &r : m_items->selectionModel()->selectedRows()) {
        const auto cached = m_store.cachedItem(m_itemModel->itemId(r.row()));
        if (!cached || !*cached)
            continue;
        if (auto item = domain::Item::fromJson(**cached))
            items.append(*item);
    }
    return items;
}

void CataloguePage::updatePullBackActions()
{
    const QList<domain::Item> items = selectedItems();
    for (auto it = m_pullBackActions.cbegin(); it != m_pullBackActions.cend(); ++it)
        it.value()->setEnabled(std::ranges::any_of(items, [this, action = it.key()](const domain::Item &item) {
            return editing::BulkTransition::mayApply(action, item, m_workspace.user(), m_workspace.site().reviewLevels);
        }));
    m_invalidateAction->setEnabled(items.size() == 1
                                   && editing::Invalidation::mayApply(items.constFirst(), m_workspace.user()));
}

void CataloguePage::updateCount()
{
    // Out of the catalogue's own count (the cache also holds the site's other items).
    const QLocale locale;
    const int all = m_catalog->totalCount();
    m_count->setText(all > 0 ? tr("%1 of %2 items").arg(locale.toString(m_itemModel->rowCount()), locale.toString(all))
                             : tr("%n item(s)", nullptr, m_itemModel->rowCount()));
}

} // namespace pd::ui
