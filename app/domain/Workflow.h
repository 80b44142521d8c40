#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"
#include "app/domain/WorkflowAction.h"
#include "app/domain/WorkflowState.h"

#include <QList>

namespace pd::domain {

/// The review state machine of one site, shared by portald (which enforces it) and the client (which reflects it).
///
/// Transitions (N = the site's review levels, default 3):
///   submit     draft | rejected | unpublished        -> submitted L1        editor
///   approve    submitted Lk (k < N)                  -> submitted Lk+1      reviewer at level k
///   approve    submitted LN                          -> approved            reviewer at level N
///   reject     submitted Lk                          -> rejected            reviewer at level k, comment required
///   publish    approved | scheduled                  -> published           publisher (the scheduler acts as one)
///   schedule   approved | scheduled                  -> scheduled           publisher, publishAt after now
///   unpublish  published                             -> unpublished         publisher
///   withdraw   published | scheduled | unpublished   -> withdrawn           publisher, reason (comment) required
///   archive    published | unpublished | withdrawn   -> archived            publisher or admin
///
/// An edit of a published item is a pending revision (Item::pendingRevision) with a state of its own: submit, approve,
/// reject and publish apply to it by the same rules (draft | rejected -> submitted L1 … -> approved -> published),
/// while the item itself stays published until the pending revision is published. A publisher may republish it at
/// once with a reason (紧急更正). `invalidate` (失效 / 废止 of a published disclosure document) leaves the state as it is.
///
/// Choices the design left open:
/// - An unpublished item goes back through review (submit) rather than straight back online: it may have been
///   edited while offline, and the workflow cannot tell.
/// - Withdrawn (撤稿) is final apart from archiving: the withdrawal is on the public record; a corrected text is a
///   new item.
/// - admin manages users, sites and rules, and gets no review or publishing power from that role; archiving is the
///   one exception because cleaning up old content is an administrative task.
/// - Checks run in this order: the actor lacks the action's role on the site at all -> Forbidden; the action is not
///   possible from the current state -> Conflict; a reviewer at the wrong level -> Forbidden; a missing comment,
///   reason or publish time -> Validation.
class Workflow
{
public:
    explicit Workflow(int reviewLevels = 3);

    [[nodiscard]] int reviewLevels() const { return m_reviewLevels; }

    /// The state after `request`, or why it is refused (Forbidden, Conflict, Validation; fields() names the field).
    [[nodiscard]] Result<WorkflowState> apply(WorkflowState from, const TransitionRequest &request, const User &actor,
                                              qint64 siteId) const;

    /// The actions `actor` may take on an item in `state` (ignoring the comment / publish time they will need).
    [[nodiscard]] QList<WorkflowAction> allowedActions(WorkflowState state, const User &actor, qint64 siteId) const;

    /// Whether an action needs a non-empty comment (reject: the reviewer's comment, withdraw: the reason).
    [[nodiscard]] static bool requiresComment(WorkflowAction action);

private:
    [[nodiscard]] Result<WorkflowState> target(WorkflowState from, WorkflowAction action, const User &actor,
                                               qint64 siteId) const;

    int m_reviewLevels;
};

} // namespace pd::domain
