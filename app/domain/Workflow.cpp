#include "app/domain/Workflow.h"

#include "app/domain/DomainLog.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

// More than a handful of levels is a configuration mistake, not a local rule; keep the state machine finite.
constexpr int kMaxReviewLevels = 9;

// User::hasRole takes a QStringView while the role constants are Latin-1 views.
bool has(const User &actor, QLatin1StringView role, qint64 siteId)
{
    return actor.hasRole(QString(role), siteId);
}

bool holdsBaseRole(WorkflowAction action, const User &actor, qint64 siteId)
{
    switch (action) {
    case WorkflowAction::Submit:
        return has(actor, roles::Editor, siteId);
    case WorkflowAction::Approve:
    case WorkflowAction::Reject:
        return !actor.reviewLevels(siteId).isEmpty();
    case WorkflowAction::Publish:
    case WorkflowAction::Schedule:
    case WorkflowAction::Unpublish:
    case WorkflowAction::Withdraw:
        return has(actor, roles::Publisher, siteId);
    case WorkflowAction::Archive:
        return has(actor, roles::Publisher, siteId) || has(actor, roles::Admin, siteId);
    }
    return false;
}

std::unexpected<Error> forbidden(WorkflowAction action)
{
    return fail(ErrorCode::Forbidden,
                QCoreApplication::translate("pd::domain", "You may not perform \"%1\" on this item.")
                    .arg(workflowActionDisplayName(action)));
}

std::unexpected<Error> conflict(WorkflowAction action, ItemState state)
{
    return fail(ErrorCode::Conflict,
                QCoreApplication::translate("pd::domain", "\"%1\" is not possible while the item is \"%2\".")
                    .arg(workflowActionDisplayName(action), itemStateDisplayName(state)));
}

std::unexpected<Error> fieldError(const QString &field, const QString &message)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.fields.append(FieldError{field, message});
    return std::unexpected(std::move(e));
}

} // namespace

Workflow::Workflow(int reviewLevels)
    : m_reviewLevels(std::clamp(reviewLevels, 1, kMaxReviewLevels))
{
    if (reviewLevels != m_reviewLevels)
        qCWarning(lcDomain) << "review levels" << reviewLevels << "out of range, using" << m_reviewLevels;
}

bool Workflow::requiresComment(WorkflowAction action)
{
    return action == WorkflowAction::Reject || action == WorkflowAction::Withdraw;
}

Result<WorkflowState> Workflow::target(WorkflowState from, WorkflowAction action, const User &actor,
                                       qint64 siteId) const
{
    if (!holdsBaseRole(action, actor, siteId))
        return forbidden(action);

    const ItemState s = from.state;
    auto in = [s](std::initializer_list<ItemState> states) { return std::ranges::find(states, s) != states.end(); };

    switch (action) {
    case WorkflowAction::Submit:
        if (!in({ItemState::Draft, ItemState::Rejected, ItemState::Unpublished}))
            return conflict(action, s);
        return WorkflowState{ItemState::Submitted, 1};
    case WorkflowAction::Approve:
    case WorkflowAction::Reject: {
        if (s != ItemState::Submitted || from.level < 1)
            return conflict(action, s);
        if (!actor.reviewLevels(siteId).contains(from.level))
            return fail(ErrorCode::Forbidden,
                        QCoreApplication::translate("pd::domain", "This item waits for review at level %1, "
                                                                  "which you do not review.")
                            .arg(from.level));
        if (action == WorkflowAction::Reject)
            return WorkflowState{ItemState::Rejected, 0};
        // An item can sit at a level above a site's (lowered) level count; its next approval is the last one.
        if (from.level >= m_reviewLevels)
            return WorkflowState{ItemState::Approved, 0};
        return WorkflowState{ItemState::Submitted, from.level + 1};
    }
    case WorkflowAction::Publish:
        if (!in({ItemState::Approved, ItemState::Scheduled}))
            return conflict(action, s);
        return WorkflowState{ItemState::Published, 0};
    case WorkflowAction::Schedule:
        if (!in({ItemState::Approved, ItemState::Scheduled}))
            return conflict(action, s);
        return WorkflowState{ItemState::Scheduled, 0};
    case WorkflowAction::Unpublish:
        if (s != ItemState::Published)
            return conflict(action, s);
        return WorkflowState{ItemState::Unpublished, 0};
    case WorkflowAction::Withdraw:
        if (!in({ItemState::Published, ItemState::Scheduled, ItemState::Unpublished}))
            return conflict(action, s);
        return WorkflowState{ItemState::Withdrawn, 0};
    case WorkflowAction::Archive:
        if (!in({ItemState::Published, ItemState::Unpublished, ItemState::Withdrawn}))
            return conflict(action, s);
        return WorkflowState{ItemState::Archived, 0};
    }
    return conflict(action, s);
}

Result<WorkflowState> Workflow::apply(WorkflowState from, const TransitionRequest &request, const User &actor,
                                      qint64 siteId) const
{
    Result<WorkflowState> next = target(from, request.action, actor, siteId);
    if (!next)
        return next;

    if (request.action == WorkflowAction::Reject && request.comment.trimmed().isEmpty())
        return fieldError(u"comment"_s,
                          QCoreApplication::translate("pd::domain", "A rejection needs a comment for the author."));
    if (request.action == WorkflowAction::Withdraw && request.comment.trimmed().isEmpty())
        return fieldError(u"comment"_s,
                          QCoreApplication::translate("pd::domain", "Withdrawing an item needs a reason."));
    if (request.action == WorkflowAction::Schedule) {
        const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
        if (!request.publishAt.isValid())
            return fieldError(u"publishAt"_s,
                              QCoreApplication::translate("pd::domain", "Scheduling needs a publish time."));
        if (request.publishAt <= now)
            return fieldError(u"publishAt"_s,
                              QCoreApplication::translate("pd::domain", "The publish time must be in the future."));
    }
    return next;
}

QList<WorkflowAction> Workflow::allowedActions(WorkflowState state, const User &actor, qint64 siteId) const
{
    QList<WorkflowAction> allowed;
    for (WorkflowAction action : allWorkflowActions()) {
        if (target(state, action, actor, siteId))
            allowed.append(action);
    }
    return allowed;
}

} // namespace pd::domain
