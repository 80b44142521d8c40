#pragma once
#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// Where a live event stands: 预告 scheduled → 直播中 live ⇄ 暂停 paused → 已结束 ended.
enum class LiveEventState { Scheduled, Live, Paused, Ended };
/// What the people running an event do to its state.
enum class LiveEventAction { Start, Pause, Resume, End };
/// `direct`: reporters' posts go out at once; `reviewed`: each post (and each change of a published one) waits for
/// the approvals the event's review names.
enum class LiveMode { Direct, Reviewed };

/// The API codes ("scheduled", "start", "reviewed", …); part of the REST contract, never renamed.
[[nodiscard]] QString liveEventStateCode(LiveEventState state);
[[nodiscard]] std::optional<LiveEventState> liveEventStateFromCode(QStringView code);
[[nodiscard]] QString liveEventActionCode(LiveEventAction action);
[[nodiscard]] std::optional<LiveEventAction> liveEventActionFromCode(QStringView code);
[[nodiscard]] QString liveModeCode(LiveMode mode);
[[nodiscard]] std::optional<LiveMode> liveModeFromCode(QStringView code);

/// The state an action leads to; nullopt when the action is not allowed from `from`.
[[nodiscard]] std::optional<LiveEventState> liveEventStateAfter(LiveEventState from, LiveEventAction action);

} // namespace pd::domain
