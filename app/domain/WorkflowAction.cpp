#include "app/domain/WorkflowAction.h"

#include "app/domain/CodeTable.h"

#include <QCoreApplication>
#include <QList>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {
// The codes are part of the REST contract (POST /items/{id}/transitions {"action": …}); never rename one.
constexpr CodeTable<WorkflowAction, 8> kActionCodes{{{
    {WorkflowAction::Submit, u"submit"},
    {WorkflowAction::Approve, u"approve"},
    {WorkflowAction::Reject, u"reject"},
    {WorkflowAction::Publish, u"publish"},
    {WorkflowAction::Schedule, u"schedule"},
    {WorkflowAction::Unpublish, u"unpublish"},
    {WorkflowAction::Withdraw, u"withdraw"},
    {WorkflowAction::Archive, u"archive"},
}}};
static_assert(kActionCodes.isOneToOne());
} // namespace

QString workflowActionCode(WorkflowAction action)
{
    return kActionCodes.code(action);
}

std::optional<WorkflowAction> workflowActionFromCode(QStringView code)
{
    return kActionCodes.fromCode(code);
}

QString workflowActionDisplayName(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Submit: return QCoreApplication::translate("pd::domain", "Submit for review");
    case WorkflowAction::Approve: return QCoreApplication::translate("pd::domain", "Approve");
    case WorkflowAction::Reject: return QCoreApplication::translate("pd::domain", "Reject");
    case WorkflowAction::Publish: return QCoreApplication::translate("pd::domain", "Publish");
    case WorkflowAction::Schedule: return QCoreApplication::translate("pd::domain", "Schedule");
    case WorkflowAction::Unpublish: return QCoreApplication::translate("pd::domain", "Unpublish");
    case WorkflowAction::Withdraw: return QCoreApplication::translate("pd::domain", "Withdraw");
    case WorkflowAction::Archive: return QCoreApplication::translate("pd::domain", "Archive");
    }
    return workflowActionCode(action);
}

QList<WorkflowAction> allWorkflowActions()
{
    return kActionCodes.values();
}

} // namespace pd::domain
