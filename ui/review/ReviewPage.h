#pragma once
#include "ui/review/DecisionDialog.h"
#include "app/review/ReviewActions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace pd::api {
class EventStream;
}
namespace pd::models {
class Workspace;
}
namespace pd::review {
class ReviewDesk;
}

namespace pd::ui {

class ReviewPane;
class ReviewTray;

/// The 审核 page: the queue (light, title, type, column, author, level, submitted, due; sort, filter, search),
/// the review pane of the current item, bulk decisions over a selection with per-item results, and the tray
/// icon. Keyboard: J/K next/previous, A approve, R reject, P publish, S schedule, Enter open in the editor,
/// Ctrl+Enter confirms a dialog, Ctrl+F search, F5 reload, Ctrl+Z takes back an approval or publication in the
/// seconds before it is sent. The logic lives in review::ReviewDesk.
class ReviewPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    /// `stream` (may be null) feeds the queue with review.assigned / item.changed events.
    ReviewPage(models::Workspace &workspace, api::EventStream *stream, QWidget *parent = nullptr);
    ~ReviewPage() override;

    [[nodiscard]] review::ReviewDesk &desk() { return *m_desk; }
    [[nodiscard]] QTableView *queueView() const { return m_view; }
    [[nodiscard]] ReviewPane *pane() const { return m_pane; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QListWidget *resultsView() const { return m_results; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    /// The bar that names the decision waiting to be sent, with its undo button (hidden while nothing waits).
    [[nodiscard]] QWidget *undoBar() const { return m_undoBar; }
    [[nodiscard]] QPushButton *undoButton() const { return m_undoButton; }
    /// The decision dialog open right now, if any.
    [[nodiscard]] DecisionDialog *openDialog() const { return m_dialog; }

    /// Moves to the next (+1) or previous (-1) queue row and shows it.
    void step(int delta);
    /// Decides on the selected items: one → the current item (with a dialog where the action needs input);
    /// several (approve, reject) → one comment for all, results listed per item.
    void decide(review::ReviewActions::Action action);

Q_SIGNALS:
    /// Enter on a row: open the item in the editor window.
    void openItemRequested(qint64 itemId);

private:
    /// The search bar, the queue with its results and undo bar beside the pane, and the tray icon.
    void buildUi();
    /// What the filters, the queue, the desk, the pane, the tray, `stream` and the workspace set off.
    void connectSignals(api::EventStream *stream);
    /// The reviewer's keys (J/K, A/R/P/S, Ctrl+Z, Ctrl+F, F5, Esc).
    void addShortcuts();
    void start();
    void currentRowChanged();
    void apply(review::ReviewActions::Action action, const QList<qint64> &ids,
               const review::ReviewActions::Decision &decision);
    [[nodiscard]] QList<qint64> selectedIds() const;
    void updateCount();
    void showBulkResults();
    void updateUndoBar();
    /// Forgets what the previous account saw: the queue, the pane and its buttons.
    void signedOut();
    void addShortcut(const QKeySequence &keys, const QString &name, std::function<void()> what);

    models::Workspace &m_workspace;
    std::unique_ptr<review::ReviewDesk> m_desk;
    QLineEdit *m_search = nullptr;
    QComboBox *m_light = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QListWidget *m_results = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undoButton = nullptr;
    ReviewPane *m_pane = nullptr;
    ReviewTray *m_tray = nullptr;
    QPointer<DecisionDialog> m_dialog;
    qint64 m_keepId = 0;
    int m_keepRow = -1;
};

} // namespace pd::ui
