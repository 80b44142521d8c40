#pragma once
#include "app/domain/Error.h"
#include "app/domain/ItemType.h"
#include "app/domain/WorkflowAction.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace pd::domain {
struct Item;
}
namespace pd::models {
class Workspace;
}
namespace pd::store {
class LocalStore;
}
namespace pd::editing {
class ItemListModel;
}

namespace pd::ui {

class Appearance;
class InvalidateDialog;
class ItemEditorWindow;
class PullBackDialog;
class RichEditorPool;

/// The main window: navigation (工作台, 新闻, 专题, 信息公开, 审核, plus pages added by services such as 直播), the
/// site's column tree, the item list with search, state filter and sort, editors opened from it, and the connection
/// state and signed-in user in the status bar. Entries either filter the item list or show a page of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(models::Workspace &workspace, QWidget *parent = nullptr);

    ~MainWindow() override;

    [[nodiscard]] QTreeView *columnTree() const { return m_tree; }
    [[nodiscard]] QTableView *itemView() const { return m_items; }
    [[nodiscard]] editing::ItemListModel *itemModel() const { return m_itemModel; }
    /// The site switcher in the status bar: shown when the account works on more than one site.
    [[nodiscard]] QComboBox *siteSwitcher() const { return m_siteSwitcher; }

    /// The account's local store: editors' autosave journals and the outbox counted in the status bar (null:
    /// editors do not autosave, no outbox shown).
    void setDraftStore(store::LocalStore *store);
    /// Rich editor pages started ahead of need, handed to new editor windows (null: each starts its own).
    /// The pool must outlive the main window's editors.
    void setEditorPool(RichEditorPool *pool) { m_editorPool = pool; }
    /// The light/dark choice the 视图 → 外观 menu shows and changes (null: no such menu).
    void setAppearance(Appearance *appearance);
    /// The accounts the account switcher offers (menu 账户 and the status-bar button): (key, label) pairs, with
    /// `current` the key of the signed-in one.
    void setAccounts(const QList<std::pair<QString, QString>> &accounts, const QString &current);
    /// Offers the drafts a previous run left unsaved (after a crash) in a window-modal dialog; the chosen ones
    /// reopen in editors. Does nothing when there are none.
    void offerDraftRecovery();
    /// Opens the editor of an existing item.
    ItemEditorWindow *openItem(qint64 itemId);
    /// Asks to unpublish, withdraw or archive the items selected in the list (the 条目 menu and the list's context
    /// menu do this): a window-modal dialog listing their public pages and asking for the reason, which then runs
    /// the transition and reports each item; the list shows the new states and the reason. Null when nothing
    /// selected allows the action.
    PullBackDialog *pullBackSelected(domain::WorkflowAction action);
    /// The same for the given items (an editor's open item), the dialog modal over `over` (null: this window).
    PullBackDialog *pullBack(const QList<domain::Item> &items, domain::WorkflowAction action, QWidget *over = nullptr);
    /// Asks to mark the disclosure document selected in the list 失效 or 废止 (the 条目 menu and the context menu
    /// do this): a window-modal dialog with the date, the replacing document and the public pages; the list shows
    /// the validity afterwards. Null unless exactly one document is selected and the user may mark it.
    InvalidateDialog *invalidateSelected();
    /// The same for `item` (an editor's open document, the catalogue's), the dialog modal over `over` (null: this
    /// window). Null when the user may not mark it.
    InvalidateDialog *invalidate(const domain::Item &item, QWidget *over = nullptr);
    /// Closes every editor window; false when one of them kept its unsaved changes open (the user declined).
    bool closeEditors();
    /// Opens an editor for a new item of `type` in the selected (or first suitable) column.
    ItemEditorWindow *newItem(domain::ItemType type);

    /// Gives the navigation entry `id` its own page (the main window takes ownership). The built-in entries are
    /// "workbench", "news", "features", "disclosure" and "review"; an entry without a page shows the item list
    /// filtered for it. An unknown id appends a new entry labelled `label` (e.g. "live" for the live desk).
    void addPage(const QString &id, const QString &label, QWidget *page);
    /// Like addPage(), but `create` builds the page when the entry is first shown (or page(id) is asked for): a page
    /// that is expensive to build (a web view, a first query) then stays out of the application's start.
    void addLazyPage(const QString &id, const QString &label, std::function<QWidget *()> create);
    /// Whether the navigation has an entry `id` (visible or not).
    [[nodiscard]] bool hasEntry(const QString &id) const;
    /// Shows or hides the navigation entry `id` (e.g. 管理 for administrators only); hiding the current entry goes
    /// back to the first one. Does nothing for an unknown id.
    void setEntryVisible(const QString &id, bool visible);
    /// Selects the navigation entry `id` (and shows its page or filtered list).
    void showPage(const QString &id);
    /// Shows the news list narrowed to the column `columnId`, selected in the column tree, as a click on it would
    /// (but a second call keeps the column rather than toggling it off). False for a column the tree does not have.
    bool showColumn(qint64 columnId);
    /// The page of entry `id`, or null when it shows the item list.
    [[nodiscard]] QWidget *page(const QString &id) const;
    /// The 工具 (Tools) menu, for actions that services outside the main window contribute (settings, rules, plugins).
    [[nodiscard]] QMenu *toolsMenu() const { return m_tools; }

Q_SIGNALS:
    /// The user chose to sign out (the workspace is already signed out).
    void signedOut();
    /// The user picked a UI language; it applies from the next start.
    void languageChosen(const QString &code);
    /// The user picked another account in the account switcher (its key, as given to setAccounts()).
    void accountChosen(const QString &key);
    /// The user asked to add an account.
    void addAccountRequested();
    /// The user asked for the settings dialog.
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The column tree, the navigation, the status bar and the menus.
    void buildUi();
    /// What the tree, the site switcher, the account shortcut and the workspace's changes set off.
    void connectSignals();
    void createNavigation();
    void navigationChanged();
    /// Shows the column tree beside the item list, or only the navigation beside a page of its own.
    void showColumnTree(bool show);
    /// Builds the lazily added page of entry `id`, if it has one still to build.
    QWidget *buildPage(const QString &id);
    QListWidgetItem *entryFor(const QString &id, const QString &label);
    void applyFilter();
    void openCurrent();
    ItemEditorWindow *createEditor();
    void updateTitle();
    void updateStatus();
    void updateUser();
    void updateSites();
    void updateOutbox();
    void rebuildAccountMenu();
    void rebuildGoMenu();
    void showError(const pd::Error &error);
    void updateItemActions();
    /// The item of the current list row, if exactly that one is selected.
    [[nodiscard]] std::optional<domain::Item> selectedItem() const;
    /// Opens the selected item's editor and runs `then` on it once the item is loaded.
    void withSelectedEditor(const std::function<void(ItemEditorWindow *)> &then);
    void createToolBar(const QList<QAction *> &newActions, QAction *refresh);
    void createItemActions();
    /// Where the site's public pages are: its public address, else the portal's own.
    [[nodiscard]] QUrl siteBase() const;
    [[nodiscard]] bool mayApply(domain::WorkflowAction action, const domain::Item &item) const;
    void createMenus();

    models::Workspace &m_workspace;
    QTreeView *m_tree = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_user = nullptr;
    QComboBox *m_siteSwitcher = nullptr;
    QLabel *m_stale = nullptr;
    QLabel *m_outbox = nullptr;
    QToolButton *m_accountButton = nullptr;
    QAction *m_switchAccount = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    Appearance *m_appearance = nullptr;
    QList<std::pair<QString, QString>> m_accounts;
    QString m_currentAccount;
    QListWidget *m_navigation = nullptr;
    QSplitter *m_split = nullptr; ///< navigation and column tree | pages
    int m_navigationHeight = 0;   ///< the navigation's height above the column tree
    int m_treePaneWidth = 0;      ///< the left pane's width with the column tree, while a page hides it
    QStackedWidget *m_pages = nullptr;
    QWidget *m_itemPage = nullptr; ///< the filtered item list, shown by entries without a page of their own
    QMenu *m_tools = nullptr;
    QHash<QString, std::function<QWidget *()>> m_pageFactories;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTableView *m_items = nullptr;
    editing::ItemListModel *m_itemModel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    store::LocalStore *m_drafts = nullptr;
    RichEditorPool *m_editorPool = nullptr;
    qint64 m_columnFilter = 0; ///< the column the user clicked, 0 for all
    QHash<domain::WorkflowAction, QAction *> m_pullBackActions;
    QAction *m_openAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_invalidateAction = nullptr;
};

} // namespace pd::ui
