#pragma once
#include "domain/Error.h"
#include "domain/ItemType.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

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

class ItemEditorWindow;

/// The main window: navigation (工作台, 新闻, 专题, 信息公开, 审核), the site's column tree, the item list with search,
/// state filter and sort, editors opened from it, and the connection state and signed-in user in the status bar.
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

    /// The local store that keeps editors' autosave journals (null: editors do not autosave).
    void setDraftStore(store::LocalStore *store) { m_drafts = store; }
    /// Offers the drafts a previous run left unsaved (after a crash) in a window-modal dialog; the chosen ones
    /// reopen in editors. Does nothing when there are none.
    void offerDraftRecovery();
    /// Opens the editor of an existing item.
    ItemEditorWindow *openItem(qint64 itemId);
    /// Opens an editor for a new item of `type` in the selected (or first suitable) column.
    ItemEditorWindow *newItem(domain::ItemType type);

Q_SIGNALS:
    /// The user chose to sign out (the workspace is already signed out).
    void signedOut();
    /// The user picked a UI language; it applies from the next start.
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createNavigation();
    void applyFilter();
    void openCurrent();
    ItemEditorWindow *createEditor();
    void updateTitle();
    void updateStatus();
    void updateUser();
    void showError(const pd::Error &error);
    void createMenus();

    models::Workspace &m_workspace;
    QTreeView *m_tree = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_stale = nullptr;
    QListWidget *m_navigation = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTableView *m_items = nullptr;
    editing::ItemListModel *m_itemModel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    store::LocalStore *m_drafts = nullptr;
    qint64 m_columnFilter = 0; ///< the column the user clicked, 0 for all
};

} // namespace pd::ui
