#pragma once
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// A workflow transition a person (or the scheduler) asks for.
enum class WorkflowAction { Submit, Approve, Reject, Publish, Schedule, Unpublish, Withdraw, Archive };

/// The API code of an action: the lower-case English word ("submit", "approve", …).
[[nodiscard]] QString workflowActionCode(WorkflowAction action);
[[nodiscard]] std::optional<WorkflowAction> workflowActionFromCode(QStringView code);

/// The action's name for a button or menu (translated, context "pd::domain"): Submit → 送审 …
[[nodiscard]] QString workflowActionDisplayName(WorkflowAction action);

/// Every action, in the order a UI offers them.
[[nodiscard]] QList<WorkflowAction> allWorkflowActions();

/// One transition request: the action plus what it needs (a comment for reject, a reason for withdraw,
/// a future publish time for schedule). `now` is the caller's clock so rules stay testable; invalid means "now".
struct TransitionRequest {
    WorkflowAction action = WorkflowAction::Submit;
    QString comment;
    QDateTime publishAt;
    QDateTime now;
};

} // namespace pd::domain
