#pragma once
#include "app/domain/WorkflowAction.h"
#include "app/editing/BulkTransition.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

/// Confirms an unpublication (取消发布), withdrawal (撤稿) or archiving (归档) of one or more items: it names the
/// items and every public page they are on, asks for the reason (required for a withdrawal, refused in place when
/// missing), then runs the transition and lists each item's result — what went through and, for what did not,
/// what to do. The work is the core's `BulkTransition`; the dialog only shows it.
class PullBackDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullBackDialog)

public:
    PullBackDialog(editing::BulkTransition &run, domain::WorkflowAction action,
                   const QList<editing::BulkTransition::Target> &targets, QWidget *parent = nullptr);

    /// Shows the public pages the items are on (arriving from the portal after the dialog opened).
    void setPages(const QStringList &pages);

    [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QListWidget *pageList() const { return m_pages; }
    [[nodiscard]] QListWidget *resultList() const { return m_results; }
    /// The refusal of the last attempt to confirm (empty when none).
    [[nodiscard]] QString errorText() const;

    /// Starts the transition when the reason is complete; otherwise shows why and stays open.
    void confirm();

private:
    void showProgress(int done, int total);
    void showFinished();

    editing::BulkTransition &m_run;
    domain::WorkflowAction m_action;
    QList<editing::BulkTransition::Target> m_targets;
    QListWidget *m_pages = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_results = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace pd::ui
