#pragma once
#include "app/review/ReviewActions.h"

#include <QDialog>

class QDateTimeEdit;
class QKeyEvent;
class QLabel;
class QPlainTextEdit;

namespace pd::domain {
class WorkingCalendar;
}

namespace pd::ui {

/// Asks for what a decision needs — the comment of a rejection (or of a bulk approval), the time of a scheduled
/// publication with the site's working hours beside it — and refuses an incomplete one in place (the core's
/// validation message, in the dialog, which stays open). Ctrl+Enter confirms, Esc cancels.
class DecisionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    DecisionDialog(review::ReviewActions::Action action, int itemCount, const domain::WorkingCalendar &calendar,
                   QWidget *parent = nullptr);

    [[nodiscard]] review::ReviewActions::Decision decision() const;
    [[nodiscard]] QPlainTextEdit *commentEdit() const { return m_comment; }
    [[nodiscard]] QDateTimeEdit *timeEdit() const { return m_time; }
    /// The refusal shown for the last attempt to confirm (empty when none).
    [[nodiscard]] QString errorText() const;

    /// Confirms when the decision is complete; otherwise shows why and stays open.
    void confirm();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] static bool isConfirmKey(const QKeyEvent *event);

    review::ReviewActions::Action m_action;
    QPlainTextEdit *m_comment = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pd::ui
