#pragma once
#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// Where a netizen's question to an online interview stands: `pending` (as submitted) → `accepted` (screened by the
/// director) → `queued` (in the host's queue) → `asked` (the host put it to a guest) → `answered`; or `declined` (with
/// a reason kept internal), or `merged` into a duplicate that carries its askers on.
enum class InterviewQuestionState { Pending, Accepted, Queued, Asked, Answered, Declined, Merged };
/// What the director and host do to a question (`POST /api/v1/live/questions/{id}/transitions`). Answering is not
/// an action: it is `POST /api/v1/live/questions/{id}/answers`.
enum class InterviewQuestionAction { Accept, Decline, Queue, Ask, Merge };

/// The API codes ("pending", "accept", …); part of the REST contract, never renamed.
[[nodiscard]] QString interviewQuestionStateCode(InterviewQuestionState state);
[[nodiscard]] std::optional<InterviewQuestionState> interviewQuestionStateFromCode(QStringView code);
[[nodiscard]] QString interviewQuestionActionCode(InterviewQuestionAction action);
[[nodiscard]] std::optional<InterviewQuestionAction> interviewQuestionActionFromCode(QStringView code);

/// The state an action leads to; nullopt when the action is not allowed from `from`. Accept and queue may skip
/// ahead (a director who queues a pending question has screened it), nothing goes back, and an asked, answered,
/// declined or merged question is out of the director's hands.
[[nodiscard]] std::optional<InterviewQuestionState> interviewQuestionStateAfter(InterviewQuestionState from,
                                                                                InterviewQuestionAction action);
/// Whether a guest's answer may be recorded for a question in this state (only the one the host asked).
[[nodiscard]] inline bool interviewQuestionAnswerable(InterviewQuestionState state)
{
    return state == InterviewQuestionState::Asked;
}

} // namespace pd::domain
