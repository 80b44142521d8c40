#pragma once
#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// A live post's moderation state: `pending` → `published` | `rejected`; `published` → `retracted`.
enum class LivePostState { Pending, Published, Rejected, Retracted };
/// What moderators and reviewers do to a post (`POST /api/v1/live/posts/{id}/transitions`).
enum class LivePostAction { Approve, Reject, Pin, Unpin, Retract };

/// The API codes ("pending", "approve", …); part of the REST contract, never renamed.
[[nodiscard]] QString livePostStateCode(LivePostState state);
[[nodiscard]] std::optional<LivePostState> livePostStateFromCode(QStringView code);
[[nodiscard]] QString livePostActionCode(LivePostAction action);
[[nodiscard]] std::optional<LivePostAction> livePostActionFromCode(QStringView code);

} // namespace pd::domain
