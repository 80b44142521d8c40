#include "ui/mainwindow/MainWindow.h"

#include "ui/UiLog.h"
#include "app/domain/Column.h"
#include "app/domain/User.h"
#include "app/editing/BulkTransition.h"
#include "app/editing/Invalidation.h"
#include "app/editing/PublicPages.h"
#include "app/editing/ItemListModel.h"
#include "ui/editor/DraftRecoveryDialog.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/items/InvalidateDialog.h"
#include "ui/items/PullBackDialog.h"
#include "app/models/ColumnTreeModel.h"
#include "app/models/Workspace.h"
#include "ui/settings/Appearance.h"
#include "app/store/LocalStore.h"

#include <QAction>
#include <memory>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
// Data roles of a navigation entry: its id and, once added, the page it shows.
constexpr int NavigationIdRole = Qt::UserRole + 3;
constexpr int NavigationPageRole = Qt::UserRole + 4;
} // namespace

MainWindow::MainWindow(models::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    buildUi();
    connectSignals();

    updateTitle();
    updateStatus();
    updateUser();
    updateSites();

    const QSettings settings;
    restoreGeometry(settings.value(u"ui/mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"ui/mainWindow/state"_s).toByteArray());
    if (m_workspace.state() == models::Workspace::State::Online)
        applyFilter();
}

void MainWindow::buildUi()
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/portaldesk.svg"_s));
    resize(1100, 720);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"columnTree"_s);
    m_tree->setModel(m_workspace.columnModel());
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(models::ColumnTreeModel::NameSection, QHeaderView::Stretch);
    // Names at any depth in a narrow pane, without a sideways scroll bar: the kind and the update rule are in each
    // name's tooltip; the last publication stays, it is what turns a column red.
    m_tree->header()->setSectionHidden(models::ColumnTreeModel::KindSection, true);
    m_tree->header()->setSectionHidden(models::ColumnTreeModel::UpdateRuleSection, true);
    m_tree->header()->setSectionResizeMode(models::ColumnTreeModel::LastPublishedSection,
                                           QHeaderView::ResizeToContents);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setIndentation(m_tree->fontMetrics().horizontalAdvance(u"审"_s));
    m_tree->expandAll();
    m_tree->setAccessibleName(tr("Columns"));
    createNavigation();

    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_stale = new QLabel(this);
    m_stale->setObjectName(u"staleLabel"_s);
    m_user = new QLabel(this);
    m_user->setObjectName(u"userLabel"_s);
    m_outbox = new QLabel(this);
    m_outbox->setObjectName(u"outboxLabel"_s);
    m_outbox->setVisible(false);
    // One account, several sites of the group: switching here reloads the column tree and every page that follows
    // the workspace's site, on the same session.
    m_siteSwitcher = new QComboBox(this);
    m_siteSwitcher->setObjectName(u"siteSwitcher"_s);
    m_siteSwitcher->setAccessibleName(tr("Site"));
    m_siteSwitcher->setToolTip(tr("The site you are working on"));
    m_siteSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteSwitcher->setVisible(false);
    m_accountButton = new QToolButton(this);
    m_accountButton->setObjectName(u"accountButton"_s);
    m_accountButton->setAccessibleName(tr("Switch account"));
    m_accountButton->setToolTip(tr("Switch account (Ctrl+Shift+A)"));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setAutoRaise(true);
    m_connection->setAccessibleName(tr("Connection"));
    m_outbox->setAccessibleName(tr("Outbox"));
    m_user->setAccessibleName(tr("Account"));
    statusBar()->addWidget(m_connection, 1);
    // QStatusBar hides its normal widgets for a passing message only when they are visible at that moment: a message
    // given before the window is first shown (a column's warning at sign-in) was printed over the connection state.
    connect(statusBar(), &QStatusBar::messageChanged, m_connection,
            [this](const QString &message) { m_connection->setVisible(message.isEmpty()); });
    statusBar()->addPermanentWidget(m_stale);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_siteSwitcher);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_accountButton);

    createMenus();
    m_accountButton->setMenu(m_accountMenu);
    // The switcher is one key away from anywhere in the window.
    m_switchAccount = new QAction(tr("Switch account"), this);
    m_switchAccount->setObjectName(u"switchAccountAction"_s);
    m_switchAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addAction(m_switchAccount);
}

void MainWindow::connectSignals()
{
    connect(m_workspace.columnModel(), &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_siteSwitcher, &QComboBox::activated, this, [this](int index) {
        m_workspace.selectSite(m_siteSwitcher->itemData(index).toLongLong());
    });
    connect(m_switchAccount, &QAction::triggered, m_accountButton, &QToolButton::showMenu);
    connect(&m_workspace, &models::Workspace::siteChanged, this, [this] {
        updateTitle();
        updateStatus();
        updateSites();
        applyFilter();
    });
    connect(&m_workspace, &models::Workspace::cachedSiteShown, this, [this] {
        updateTitle();
        updateStatus();
        updateSites();
        applyFilter();
    });
    connect(&m_workspace, &models::Workspace::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_workspace, &models::Workspace::signedIn, this, &MainWindow::updateUser);
    connect(&m_workspace, &models::Workspace::errorOccurred, this, &MainWindow::showError);
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    // Each entry is a preset filter of the item list (id, label, type, states, only mine) until a page is added for it.
    struct Entry {
        QString id;
        QString label;
        QString type;
        QString states;
        bool mine;
    };
    const QList<Entry> entries{
        {u"workbench"_s, tr("Workbench"), {}, {}, true},
        {u"news"_s, tr("News"), u"news"_s, {}, false},
        {u"features"_s, tr("Features"), u"feature"_s, {}, false},
        {u"disclosure"_s, tr("Disclosure"), u"disclosure"_s, {}, false},
        {u"review"_s, tr("Review"), {}, u"submitted"_s, false},
    };
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(e.label, m_navigation);
        item->setData(NavigationIdRole, e.id);
        item->setData(Qt::UserRole, e.type);
        item->setData(Qt::UserRole + 1, e.states);
        item->setData(Qt::UserRole + 2, e.mine);
    }
    m_navigation->setCurrentRow(1);
    m_navigationHeight = m_navigation->sizeHintForRow(0) * int(entries.size()) + 8;
    m_navigation->setMaximumHeight(m_navigationHeight);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search titles and text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("All states"), QString());
    for (const domain::ItemState s : {domain::ItemState::Draft, domain::ItemState::Submitted,
                                      domain::ItemState::Rejected, domain::ItemState::Approved,
                                      domain::ItemState::Scheduled, domain::ItemState::Published,
                                      domain::ItemState::Withdrawn, domain::ItemState::Archived})
        m_stateFilter->addItem(domain::itemStateDisplayName(s), domain::itemStateCode(s));

    m_itemModel = new editing::ItemListModel(m_workspace.client(), this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_itemModel);
    m_sorted->setSortRole(editing::ItemListModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_items = new QTableView(this);
    m_items->setObjectName(u"itemView"_s);
    m_items->setAccessibleName(tr("Items"));
    m_items->setModel(m_sorted);
    m_items->setSortingEnabled(true);
    m_items->sortByColumn(-1, Qt::AscendingOrder); // server order (newest first) until the user sorts
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several at once for pulling content back; Enter and double-click still open the current one.
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setAlternatingRowColors(true);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(editing::ItemListModel::TitleSection, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(editing::ItemListModel::StateSection,
                                                      QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(editing::ItemListModel::UpdatedSection,
                                                      QHeaderView::ResizeToContents);
    m_items->setWordWrap(false);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(u"navigationSplitter"_s);
    left->addWidget(m_navigation);
    left->addWidget(m_tree);
    left->setStretchFactor(1, 1);

    m_itemPage = new QWidget(this);
    m_itemPage->setObjectName(u"itemPage"_s);
    auto *rl = new QVBoxLayout(m_itemPage);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateFilter);
    rl->addLayout(filters);
    rl->addWidget(m_items, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->setObjectName(u"mainSplitter"_s);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_itemPage);
    split->addWidget(left);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 800});
    setCentralWidget(split);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::navigationChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    // Only a deliberate click narrows the list to a column (the tree takes a current index when it gets focus).
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const qint64 column = index.siblingAtColumn(0).data(models::ColumnTreeModel::ColumnIdRole).toLongLong();
        m_columnFilter = column == m_columnFilter ? 0 : column;
        if (m_columnFilter == 0)
            m_tree->clearSelection();
        applyFilter();
    });
    connect(m_items, &QTableView::activated, this, &MainWindow::openCurrent);
    connect(m_itemModel, &editing::ItemListModel::errorOccurred, this, &MainWindow::showError);
    connect(m_itemModel, &editing::ItemListModel::loaded, this, [this] {
        if (m_itemModel->isFromCache())
            statusBar()->showMessage(tr("The portal cannot be reached: the list shows the items kept on this "
                                        "computer. Those you opened here before open as usual."),
                                     15000);
    });
    connect(m_items->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateItemActions);
    connect(m_itemModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateItemActions);
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateItemActions);
}

bool MainWindow::mayApply(domain::WorkflowAction action, const domain::Item &item) const
{
    return editing::BulkTransition::mayApply(action, item, m_workspace.user(), m_workspace.site().reviewLevels);
}

void MainWindow::updateItemActions()
{
    const QModelIndexList rows = m_items->selectionModel() ? m_items->selectionModel()->selectedRows()
                                                           : QModelIndexList();
    for (auto it = m_pullBackActions.cbegin(); it != m_pullBackActions.cend(); ++it) {
        bool any = false;
        for (const QModelIndex &r : rows) {
            const int row = m_sorted->mapToSource(r).row();
            if (row >= 0 && mayApply(it.key(), m_itemModel->itemAt(row))) {
                any = true;
                break;
            }
        }
        it.value()->setEnabled(any);
    }
    const auto item = selectedItem();
    m_openAction->setEnabled(item.has_value());
    m_previewAction->setEnabled(item.has_value());
    m_submitAction->setEnabled(item && (item->workflow.state == domain::ItemState::Draft
                                        || item->workflow.state == domain::ItemState::Rejected));
    m_copyLinkAction->setEnabled(item && !editing::PublicPages::publicLink(*item, siteBase()).isEmpty());
    // One document at a time: each gets its own date and replacing document.
    if (!m_invalidateAction)
        return;
    m_invalidateAction->setEnabled(rows.size() == 1 && m_sorted->mapToSource(rows.constFirst()).row() >= 0
                                   && editing::Invalidation::mayApply(
                                       m_itemModel->itemAt(m_sorted->mapToSource(rows.constFirst()).row()),
                                       m_workspace.user()));
}

InvalidateDialog *MainWindow::invalidateSelected()
{
    const QModelIndexList rows = m_items->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const int row = m_sorted->mapToSource(rows.constFirst()).row();
    return row >= 0 ? invalidate(m_itemModel->itemAt(row), this) : nullptr;
}

InvalidateDialog *MainWindow::invalidate(const domain::Item &item, QWidget *over)
{
    if (!editing::Invalidation::mayApply(item, m_workspace.user()))
        return nullptr;
    auto *run = new editing::Invalidation(m_workspace.client(), this);
    auto *dialog = new InvalidateDialog(*run, item, over ? over : this);
    run->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &InvalidateDialog::marked, this,
            [this](const domain::Item &marked) { m_itemModel->applyTransition(marked, {}); });
    QHash<qint64, QString> names;
    for (const domain::Column &c : m_workspace.columnModel()->columns())
        names.insert(c.id, c.name);
    auto *pages = new editing::PublicPages(m_workspace.client(), dialog);
    pages->load(item, names, dialog, [dialog](const QStringList &found) { dialog->setPages(found); });
    dialog->open();
    return dialog;
}

PullBackDialog *MainWindow::pullBackSelected(domain::WorkflowAction action)
{
    QList<domain::Item> items;
    for (const QModelIndex &r : m_items->selectionModel()->selectedRows()) {
        const int row = m_sorted->mapToSource(r).row();
        if (row >= 0)
            items.append(m_itemModel->itemAt(row));
    }
    return pullBack(items, action);
}

PullBackDialog *MainWindow::pullBack(const QList<domain::Item> &chosen, domain::WorkflowAction action, QWidget *over)
{
    QList<editing::BulkTransition::Target> targets;
    QList<domain::Item> items;
    for (const domain::Item &item : chosen) {
        // Items the action does not apply to stay out rather than fail one by one.
        if (!mayApply(action, item))
            continue;
        targets.append({item.id, item.revision, item.title});
        items.append(item);
    }
    if (targets.isEmpty())
        return nullptr;
    auto *run = new editing::BulkTransition(m_workspace.client(), this);
    auto *dialog = new PullBackDialog(*run, action, targets, over ? over : this);
    run->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Each item's new state shows in the list as soon as it is answered, not only at the end of the run.
    connect(run, &editing::BulkTransition::progress, this, [this, run] {
        const auto &o = run->outcomes().constLast();
        if (o.ok)
            m_itemModel->applyTransition(o.item, run->reason());
    });
    QHash<qint64, QString> names;
    for (const domain::Column &c : m_workspace.columnModel()->columns())
        names.insert(c.id, c.name);
    auto *pages = new editing::PublicPages(m_workspace.client(), dialog);
    auto collected = std::make_shared<QStringList>();
    auto waiting = std::make_shared<int>(int(items.size()));
    for (const domain::Item &item : std::as_const(items)) {
        const QString prefix = items.size() > 1 ? item.title + u"："_s : QString();
        pages->load(item, names, dialog, [dialog, collected, waiting, prefix](const QStringList &found) {
            for (const QString &p : found)
                collected->append(prefix + p);
            if (--*waiting == 0)
                dialog->setPages(*collected);
        });
    }
    dialog->open();
    return dialog;
}

bool MainWindow::hasEntry(const QString &id) const
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(NavigationIdRole).toString() == id)
            return true;
    return false;
}

void MainWindow::setEntryVisible(const QString &id, bool visible)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *entry = m_navigation->item(row);
        if (entry->data(NavigationIdRole).toString() != id || entry->isHidden() == !visible)
            continue;
        entry->setHidden(!visible);
        if (!visible && m_navigation->currentItem() == entry)
            m_navigation->setCurrentRow(0);
        rebuildGoMenu();
        return;
    }
}

QListWidgetItem *MainWindow::entryFor(const QString &id, const QString &label)
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(NavigationIdRole).toString() == id)
            return m_navigation->item(row);
    auto *entry = new QListWidgetItem(label, m_navigation);
    entry->setData(NavigationIdRole, id);
    m_navigationHeight = m_navigation->sizeHintForRow(0) * m_navigation->count() + 8;
    if (m_tree->isVisibleTo(this))
        m_navigation->setMaximumHeight(m_navigationHeight);
    rebuildGoMenu();
    return entry;
}

void MainWindow::addPage(const QString &id, const QString &label, QWidget *page)
{
    QListWidgetItem *entry = entryFor(id, label);
    m_pageFactories.remove(id);
    page->setParent(m_pages);
    m_pages->addWidget(page);
    entry->setData(NavigationPageRole, QVariant::fromValue(static_cast<QObject *>(page)));
    if (entry == m_navigation->currentItem())
        navigationChanged();
}

void MainWindow::addLazyPage(const QString &id, const QString &label, std::function<QWidget *()> create)
{
    entryFor(id, label);
    m_pageFactories.insert(id, std::move(create));
    if (const QListWidgetItem *current = m_navigation->currentItem();
        current && current->data(NavigationIdRole).toString() == id)
        navigationChanged();
}

QWidget *MainWindow::buildPage(const QString &id)
{
    const auto factory = m_pageFactories.find(id);
    if (factory == m_pageFactories.end())
        return nullptr;
    const std::function<QWidget *()> create = std::move(factory.value());
    m_pageFactories.erase(factory);
    QWidget *built = create();
    if (!built)
        return nullptr;
    QListWidgetItem *entry = entryFor(id, QString());
    built->setParent(m_pages);
    m_pages->addWidget(built);
    entry->setData(NavigationPageRole, QVariant::fromValue(static_cast<QObject *>(built)));
    return built;
}

void MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(NavigationIdRole).toString() == id)
            m_navigation->setCurrentRow(row);
}

bool MainWindow::showColumn(qint64 columnId)
{
    QAbstractItemModel *model = m_tree->model();
    const QModelIndexList hit = model->match(model->index(0, 0), models::ColumnTreeModel::ColumnIdRole, columnId, 1,
                                             Qt::MatchExactly | Qt::MatchRecursive);
    if (hit.isEmpty())
        return false;
    showPage(u"news"_s);
    m_tree->setCurrentIndex(hit.first());
    m_columnFilter = columnId;
    applyFilter();
    return true;
}

QWidget *MainWindow::page(const QString &id) const
{
    // Asking for a page is using it: a lazily added one is built now.
    if (m_pageFactories.contains(id))
        return const_cast<MainWindow *>(this)->buildPage(id);
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem *entry = m_navigation->item(row);
        if (entry->data(NavigationIdRole).toString() == id)
            return qobject_cast<QWidget *>(entry->data(NavigationPageRole).value<QObject *>());
    }
    return nullptr;
}

void MainWindow::navigationChanged()
{
    const QListWidgetItem *entry = m_navigation->currentItem();
    auto *page = entry ? qobject_cast<QWidget *>(entry->data(NavigationPageRole).value<QObject *>()) : nullptr;
    if (!page && entry)
        page = buildPage(entry->data(NavigationIdRole).toString());
    m_pages->setCurrentWidget(page ? page : m_itemPage);
    showColumnTree(!page);
    if (!page)
        applyFilter();
}

void MainWindow::showColumnTree(bool show)
{
    // The column tree narrows the item list; a page of its own (审核, 直播, 工作台 …) gets that width instead, which
    // on a 1366-pixel screen is what lets its tables show every column.
    if (m_tree->isVisibleTo(this) == show)
        return;
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (!show) {
        m_treePaneWidth = sizes.value(0);
        const int navigationWidth =
            m_navigation->sizeHintForColumn(0) + 3 * m_navigation->fontMetrics().horizontalAdvance(u"审"_s);
        m_tree->hide();
        m_navigation->setMaximumHeight(QWIDGETSIZE_MAX);
        m_split->setSizes({navigationWidth, std::max(total - navigationWidth, 0)});
    } else {
        m_tree->show();
        m_navigation->setMaximumHeight(m_navigationHeight);
        if (m_treePaneWidth > 0)
            m_split->setSizes({m_treePaneWidth, std::max(total - m_treePaneWidth, 0)});
    }
}

void MainWindow::applyFilter()
{
    if (m_workspace.site().id == 0)
        return;
    QHash<qint64, QString> names;
    for (const domain::Column &c : m_workspace.columnModel()->columns())
        names.insert(c.id, c.name);
    m_itemModel->setColumnNames(names);
    editing::ItemFilter filter;
    filter.siteId = m_workspace.site().id;
    if (const QListWidgetItem *nav = m_navigation->currentItem()) {
        filter.type = nav->data(Qt::UserRole).toString();
        filter.states = nav->data(Qt::UserRole + 1).toString();
        filter.mine = nav->data(Qt::UserRole + 2).toBool();
    }
    if (const QString state = m_stateFilter->currentData().toString(); !state.isEmpty())
        filter.states = state;
    filter.text = m_search->text();
    filter.columnId = m_columnFilter;
    // While a warm start shows the cached column tree, the list shows the cached items: the sign-in brings the
    // portal's (it emits siteChanged), and when it cannot reach the portal they stay.
    if (m_workspace.state() == models::Workspace::State::SigningIn) {
        m_itemModel->showCached(filter);
        return;
    }
    m_itemModel->setFilter(filter, true);
}

ItemEditorWindow *MainWindow::createEditor()
{
    auto *editor =
        new ItemEditorWindow(m_workspace.client(), m_drafts, m_workspace.columnModel()->columns(), this, m_editorPool);
    editor->setWindowFlag(Qt::Window);
    connect(editor, &ItemEditorWindow::itemSaved, this, [this] { m_itemModel->reload(); });
    editor->setPullBackFilter(
        [this](domain::WorkflowAction action, const domain::Item &item) { return mayApply(action, item); });
    // Only a publisher of the item's site may republish without review; the portal checks the role again.
    editor->setUrgentCorrectionFilter([this](const domain::Item &item) {
        return m_workspace.user().hasRole(QString(domain::roles::Publisher), item.siteId);
    });
    connect(editor, &ItemEditorWindow::pullBackRequested, this, [this, editor](domain::WorkflowAction action) {
        PullBackDialog *dialog = pullBack({editor->session().item()}, action, editor);
        if (!dialog)
            return;
        // The editor shows the item as the transition left it (its state, and read-only where that applies).
        connect(dialog->findChild<editing::BulkTransition *>(), &editing::BulkTransition::finished, editor,
                [editor] { editor->session().open(editor->session().item().id); });
    });
    editor->setInvalidateFilter(
        [this](const domain::Item &item) { return editing::Invalidation::mayApply(item, m_workspace.user()); });
    connect(editor, &ItemEditorWindow::invalidateRequested, this, [this, editor] {
        InvalidateDialog *dialog = invalidate(editor->session().item(), editor);
        if (!dialog)
            return;
        // The editor shows the document as the portal marked it.
        connect(dialog, &InvalidateDialog::marked, editor,
                [editor] { editor->session().open(editor->session().item().id); });
    });
    connect(editor, &ItemEditorWindow::traditionalVersionReady, this, [this](qint64 copyId) {
        m_itemModel->reload();
        openItem(copyId);
    });
    return editor;
}

void MainWindow::openCurrent()
{
    const QModelIndex index = m_items->currentIndex();
    if (!index.isValid())
        return;
    openItem(index.data(editing::ItemListModel::ItemIdRole).toLongLong());
}

ItemEditorWindow *MainWindow::openItem(qint64 itemId)
{
    // One editor per item: a second request brings the open one forward.
    for (ItemEditorWindow *open : findChildren<ItemEditorWindow *>(Qt::FindDirectChildrenOnly)) {
        if (open->session().item().id == itemId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    ItemEditorWindow *editor = createEditor();
    editor->openItem(itemId);
    editor->show();
    return editor;
}

ItemEditorWindow *MainWindow::newItem(domain::ItemType type)
{
    ItemEditorWindow *editor = createEditor();
    qint64 columnId = 0;
    if (const QModelIndex column = m_workspace.columnModel()->indexForColumn(m_columnFilter);
        m_columnFilter > 0 && column.isValid()) {
        const auto kind = domain::columnKindFromCode(
            column.siblingAtColumn(0).data(models::ColumnTreeModel::KindCodeRole).toString());
        if (kind && domain::columnTakes(*kind, type))
            columnId = column.siblingAtColumn(0).data(models::ColumnTreeModel::ColumnIdRole).toLongLong();
    }
    editor->newItem(type, m_workspace.site().id, columnId);
    editor->show();
    return editor;
}

void MainWindow::offerDraftRecovery()
{
    if (!m_drafts || !m_drafts->isOpen())
        return;
    auto drafts = m_drafts->drafts();
    if (!drafts || drafts->isEmpty())
        return;
    auto *dialog = new DraftRecoveryDialog(*drafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const store::Draft &d : dialog->chosen()) {
            ItemEditorWindow *editor = createEditor();
            editor->restoreDraft(d);
            editor->show();
        }
        for (const store::Draft &d : dialog->discarded())
            if (auto r = m_drafts->removeDraft(d.id); !r)
                showError(r.error());
    });
    dialog->open();
}

bool MainWindow::closeEditors()
{
    // Editors ask about their own unsaved changes.
    for (ItemEditorWindow *editor : findChildren<ItemEditorWindow *>(Qt::FindDirectChildrenOnly))
        if (editor->isVisible() && !editor->close())
            return false;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The main window stays open if an editor declines to close.
    if (!closeEditors()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"ui/mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"ui/mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tools && event->type() == QEvent::ActionAdded)
        m_tools->menuAction()->setVisible(true);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createItemActions()
{
    // The list's context menu offers, in this order, what a row is most often opened for.
    m_openAction = new QAction(tr("&Open"), this);
    m_openAction->setObjectName(u"openItemAction"_s);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCurrent);
    m_previewAction = new QAction(tr("&Preview"), this);
    m_previewAction->setObjectName(u"previewItemAction"_s);
    connect(m_previewAction, &QAction::triggered, this,
            [this] { withSelectedEditor([](ItemEditorWindow *editor) { editor->showPreview(); }); });
    m_submitAction = new QAction(tr("&Submit for review"), this);
    m_submitAction->setObjectName(u"submitItemAction"_s);
    // Through the editor, whose checks decide whether it may go.
    connect(m_submitAction, &QAction::triggered, this,
            [this] { withSelectedEditor([](ItemEditorWindow *editor) { editor->submit(); }); });
    m_copyLinkAction = new QAction(tr("&Copy public link"), this);
    m_copyLinkAction->setObjectName(u"copyLinkAction"_s);
    connect(m_copyLinkAction, &QAction::triggered, this, [this] {
        if (const auto item = selectedItem()) {
            const QUrl link = editing::PublicPages::publicLink(*item, siteBase());
            QApplication::clipboard()->setText(link.toString());
            statusBar()->showMessage(tr("Copied: %1").arg(link.toString()), 5000);
        }
    });
    for (QAction *a : {m_openAction, m_previewAction, m_submitAction}) {
        a->setEnabled(false);
        m_items->addAction(a);
    }
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_items->addAction(separator);
}

QUrl MainWindow::siteBase() const
{
    const QUrl site(m_workspace.site().publicUrl);
    return site.isValid() && !site.isEmpty() ? site : m_workspace.serverUrl();
}

std::optional<domain::Item> MainWindow::selectedItem() const
{
    if (!m_items->selectionModel())
        return std::nullopt;
    const QModelIndexList rows = m_items->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    const int row = m_sorted->mapToSource(rows.constFirst()).row();
    if (row < 0)
        return std::nullopt;
    return m_itemModel->itemAt(row);
}

void MainWindow::withSelectedEditor(const std::function<void(ItemEditorWindow *)> &then)
{
    const auto item = selectedItem();
    if (!item)
        return;
    ItemEditorWindow *editor = openItem(item->id);
    if (editor->session().item().id == item->id) {
        then(editor);
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(&editor->session(), &editing::DocumentSession::loaded, editor, [editor, then, once] {
        QObject::disconnect(*once);
        then(editor);
    });
}

void MainWindow::createToolBar(const QList<QAction *> &newActions, QAction *refresh)
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // 新建 writes a news item, the commonest kind; its arrow offers the others.
    auto *newButton = new QToolButton(bar);
    newButton->setObjectName(u"newButton"_s);
    newButton->setText(tr("New"));
    newButton->setAccessibleName(tr("New item"));
    newButton->setToolTip(tr("New news item (Ctrl+N); the arrow offers the other kinds"));
    newButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *newMenu = new QMenu(newButton);
    newMenu->addActions(newActions);
    newButton->setMenu(newMenu);
    connect(newButton, &QToolButton::clicked, newActions.constFirst(), &QAction::trigger);
    bar->addWidget(newButton);
    bar->addSeparator();
    bar->addAction(m_openAction);
    bar->addAction(m_previewAction);
    bar->addAction(m_submitAction);
    bar->addSeparator();
    bar->addAction(refresh);
    for (QToolButton *b : bar->findChildren<QToolButton *>())
        if (b->accessibleName().isEmpty())
            b->setAccessibleName(b->defaultAction() ? b->defaultAction()->text().remove(u'&')
                                                    : tr("More tools"));
}

void MainWindow::createMenus()
{
    createItemActions();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newNews = file->addAction(tr("&New news item"), QKeySequence::New, this,
                                       [this] { newItem(domain::ItemType::News); });
    newNews->setObjectName(u"newNewsAction"_s);
    QAction *newDisclosure = file->addAction(tr("New &disclosure item"), this,
                                             [this] { newItem(domain::ItemType::Disclosure); });
    newDisclosure->setObjectName(u"newDisclosureAction"_s);
    QAction *newFeature = file->addAction(tr("New &feature"), this, [this] { newItem(domain::ItemType::Feature); });
    newFeature->setObjectName(u"newFeatureAction"_s);
    file->addSeparator();
    QAction *refresh = file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        m_workspace.refresh();
        m_itemModel->reload();
    });
    refresh->setObjectName(u"refreshAction"_s);
    createToolBar({newNews, newDisclosure, newFeature}, refresh);
    QAction *find = file->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setObjectName(u"findAction"_s);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, [this] {
        m_workspace.signOut();
        Q_EMIT signedOut();
    });
    signOut->setObjectName(u"signOutAction"_s);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *itemMenu = menuBar()->addMenu(tr("&Item"));
    itemMenu->setObjectName(u"itemMenu"_s);
    for (const domain::WorkflowAction a :
         {domain::WorkflowAction::Unpublish, domain::WorkflowAction::Withdraw, domain::WorkflowAction::Archive}) {
        QAction *action = itemMenu->addAction(tr("%1…").arg(domain::workflowActionDisplayName(a)), this,
                                              [this, a] { pullBackSelected(a); });
        action->setObjectName(domain::workflowActionCode(a) + u"Action"_s);
        action->setEnabled(false);
        m_items->addAction(action);
        m_pullBackActions.insert(a, action);
    }
    m_invalidateAction = itemMenu->addAction(tr("Mark as no longer in force (失效 / 废止)…"), this,
                                             [this] { invalidateSelected(); });
    m_invalidateAction->setObjectName(u"invalidateAction"_s);
    m_invalidateAction->setEnabled(false);
    m_items->addAction(m_invalidateAction);
    itemMenu->addSeparator();
    itemMenu->addAction(m_copyLinkAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_items->addAction(separator);
    m_items->addAction(m_copyLinkAction);
    itemMenu->insertActions(itemMenu->actions().value(0), {m_openAction, m_previewAction, m_submitAction});
    itemMenu->insertSeparator(itemMenu->actions().value(3));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_goMenu = m_viewMenu->addMenu(tr("&Go to"));
    m_goMenu->setObjectName(u"goMenu"_s);
    rebuildGoMenu();
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    // Language names are shown in their own language so that anyone can find theirs.
    QAction *zh = language->addAction(u"简体中文"_s, this, [this] { Q_EMIT languageChosen(u"zh_CN"_s); });
    QAction *en = language->addAction(u"English"_s, this, [this] { Q_EMIT languageChosen(u"en"_s); });
    for (QAction *a : {zh, en}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (chinese ? zh : en)->setChecked(true);

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(u"accountMenu"_s);
    rebuildAccountMenu();

    m_tools = menuBar()->addMenu(tr("&Tools"));
    m_tools->setObjectName(u"toolsMenu"_s);
    // Hidden until a service contributes an action (see eventFilter), so the menu bar never shows an empty menu.
    m_tools->menuAction()->setVisible(false);
    m_tools->installEventFilter(this);
    QAction *settingsAction = m_tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this,
                                                 &MainWindow::settingsRequested);
    settingsAction->setObjectName(u"settingsAction"_s);
    // Not every platform has a standard preferences key; Ctrl+, is what desktop users expect.
    if (QKeySequence(QKeySequence::Preferences).isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PortalDesk"), this, [this] {
        QMessageBox::about(this, tr("About PortalDesk"),
                           tr("<p><b>PortalDesk %1</b></p><p>The desktop back office of the government portal: "
                              "writing, review, publishing, information disclosure and live broadcasts.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setDraftStore(store::LocalStore *store)
{
    if (m_drafts)
        disconnect(m_drafts, &store::LocalStore::outboxChanged, this, &MainWindow::updateOutbox);
    m_drafts = store;
    m_itemModel->setCache(m_drafts);
    // A window opened from the cache before the sign-in finished lists the cached items once it is on screen.
    if (m_drafts && m_workspace.state() == models::Workspace::State::SigningIn)
        QMetaObject::invokeMethod(this, &MainWindow::applyFilter, Qt::QueuedConnection);
    if (m_drafts)
        connect(m_drafts, &store::LocalStore::outboxChanged, this, &MainWindow::updateOutbox);
    updateOutbox();
}

void MainWindow::updateOutbox()
{
    const auto pending = m_drafts && m_drafts->isOpen() ? m_drafts->pendingCount() : Result<int>(0);
    m_outbox->setVisible(m_drafts && m_drafts->isOpen());
    if (!pending) {
        m_outbox->setText(tr("Outbox unavailable"));
        m_outbox->setToolTip(pending.error().message);
        return;
    }
    m_outbox->setText(*pending > 0 ? tr("Outbox: %n change(s) waiting", nullptr, *pending) : tr("Outbox: all sent"));
    // What waits, in the order it goes out (the first ones; a long import would not fit a tooltip).
    QStringList lines{tr("Saved changes are kept in the local outbox until the server has accepted them.")};
    if (const auto waiting = m_drafts->outbox(); waiting && !waiting->isEmpty()) {
        constexpr qsizetype kShown = 10;
        for (qsizetype i = 0; i < std::min(kShown, waiting->size()); ++i)
            lines.append(u"• "_s + waiting->at(i).describe());
        if (waiting->size() > kShown)
            lines.append(tr("… and %n more", nullptr, int(waiting->size() - kShown)));
    }
    m_outbox->setToolTip(lines.join(u'\n'));
}

void MainWindow::setAppearance(Appearance *appearance)
{
    m_appearance = appearance;
    delete m_appearanceMenu;
    m_appearanceMenu = nullptr;
    if (!m_appearance)
        return;
    m_appearanceMenu = m_viewMenu->addMenu(tr("&Appearance"));
    m_appearanceMenu->setObjectName(u"appearanceMenu"_s);
    auto *group = new QActionGroup(m_appearanceMenu);
    for (const Appearance::Scheme scheme : {Appearance::Scheme::System, Appearance::Scheme::Light,
                                            Appearance::Scheme::Dark}) {
        QAction *action = m_appearanceMenu->addAction(Appearance::displayName(scheme), this,
                                                      [this, scheme] { m_appearance->setScheme(scheme); });
        action->setObjectName(u"appearance_%1"_s.arg(Appearance::code(scheme)));
        action->setCheckable(true);
        action->setChecked(m_appearance->scheme() == scheme);
        group->addAction(action);
    }
    connect(m_appearance, &Appearance::schemeChanged, m_appearanceMenu, [group](Appearance::Scheme scheme) {
        for (QAction *action : group->actions())
            action->setChecked(action->objectName().endsWith(Appearance::code(scheme)));
    });
}

void MainWindow::setAccounts(const QList<std::pair<QString, QString>> &accounts, const QString &current)
{
    m_accounts = accounts;
    m_currentAccount = current;
    rebuildAccountMenu();
}

void MainWindow::rebuildAccountMenu()
{
    m_accountMenu->clear();
    auto *group = new QActionGroup(m_accountMenu);
    for (int i = 0; i < m_accounts.size(); ++i) {
        const auto &[key, label] = m_accounts.at(i);
        QAction *action = m_accountMenu->addAction(label);
        action->setObjectName(u"account_%1"_s.arg(i));
        action->setCheckable(true);
        action->setChecked(key == m_currentAccount);
        group->addAction(action);
        // Choosing the signed-in account again changes nothing.
        connect(action, &QAction::triggered, this, [this, key] {
            if (key != m_currentAccount)
                Q_EMIT accountChosen(key);
        });
    }
    if (!m_accounts.isEmpty())
        m_accountMenu->addSeparator();
    QAction *add = m_accountMenu->addAction(tr("&Add account…"), this, &MainWindow::addAccountRequested);
    add->setObjectName(u"addAccountAction"_s);
    QAction *manage = m_accountMenu->addAction(tr("&Manage accounts…"), this, &MainWindow::settingsRequested);
    manage->setObjectName(u"manageAccountsAction"_s);
    updateUser();
}

void MainWindow::rebuildGoMenu()
{
    // Ctrl+1 … Ctrl+9 select the navigation entries in their order, pages added by services included.
    m_goMenu->clear();
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->isHidden())
            continue;
        const QString id = m_navigation->item(row)->data(NavigationIdRole).toString();
        QAction *action = m_goMenu->addAction(m_navigation->item(row)->text(), this, [this, id] { showPage(id); });
        action->setObjectName(u"go_%1"_s.arg(id));
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
}

void MainWindow::updateTitle()
{
    const QString site = m_workspace.site().name;
    // The product name stays bilingual in every language: it is how the portal team refers to the tool.
    setWindowTitle(site.isEmpty() ? u"门户编辑台 PortalDesk"_s : u"门户编辑台 PortalDesk — %1"_s.arg(site));
}

void MainWindow::updateStatus()
{
    m_connection->setText(m_workspace.stateText());
    const int stale = m_workspace.columnModel()->staleCount();
    m_stale->setText(stale > 0 ? tr("%n column(s) overdue for an update", nullptr, stale) : QString());
    m_stale->setVisible(stale > 0);
}

void MainWindow::updateUser()
{
    const domain::User &user = m_workspace.user();
    QString current;
    for (const auto &[key, label] : std::as_const(m_accounts))
        if (key == m_currentAccount)
            current = label;
    // An account is named by user and address, which can be long: the status bar keeps room for the rest.
    const QString label = current.isEmpty() ? tr("Accounts") : current;
    m_accountButton->setText(
        m_accountButton->fontMetrics().elidedText(label, Qt::ElideMiddle,
                                                  m_accountButton->fontMetrics().horizontalAdvance(u"审"_s) * 16));
    m_accountButton->setToolTip(tr("%1 — switch account (Ctrl+Shift+A)").arg(label));
    if (user.username.isEmpty()) {
        m_user->clear();
        return;
    }
    QStringList roles;
    for (const domain::RoleGrant &g : user.roles) {
        const QString name = domain::roleDisplayName(g.role);
        if (!roles.contains(name))
            roles.append(name);
    }
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    m_user->setText(tr("Signed in: %1 (%2)").arg(name, roles.join(tr(", "))));
    m_user->setToolTip(user.username);
}

void MainWindow::updateSites()
{
    const QSignalBlocker blocker(m_siteSwitcher);
    m_siteSwitcher->clear();
    for (const domain::Site &site : m_workspace.sites()) {
        m_siteSwitcher->addItem(site.enabled ? site.name : tr("%1 (disabled)").arg(site.name), site.id);
        if (site.id == m_workspace.site().id)
            m_siteSwitcher->setCurrentIndex(m_siteSwitcher->count() - 1);
    }
    m_siteSwitcher->setVisible(m_siteSwitcher->count() > 1);
}

void MainWindow::showError(const pd::Error &error)
{
    qCInfo(lcUi) << "showing error" << error.message;
    statusBar()->showMessage(error.message, 10000);
}

} // namespace pd::ui
