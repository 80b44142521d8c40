#include "app/domain/LiveEventState.h"

#include "app/domain/CodeTable.h"

namespace pd::domain {

namespace {

// Part of the REST contract (a live event's "state" and "mode", its transitions' "action"); never rename one.
constexpr CodeTable<LiveEventState, 4> kStates{{{
    {LiveEventState::Scheduled, u"scheduled"},
    {LiveEventState::Live, u"live"},
    {LiveEventState::Paused, u"paused"},
    {LiveEventState::Ended, u"ended"},
}}};
static_assert(kStates.isOneToOne());
constexpr CodeTable<LiveEventAction, 4> kActions{{{
    {LiveEventAction::Start, u"start"},
    {LiveEventAction::Pause, u"pause"},
    {LiveEventAction::Resume, u"resume"},
    {LiveEventAction::End, u"end"},
}}};
static_assert(kActions.isOneToOne());
constexpr CodeTable<LiveMode, 2> kModes{{{
    {LiveMode::Direct, u"direct"},
    {LiveMode::Reviewed, u"reviewed"},
}}};
static_assert(kModes.isOneToOne());

} // namespace

QString liveEventStateCode(LiveEventState state) { return kStates.code(state); }
std::optional<LiveEventState> liveEventStateFromCode(QStringView code) { return kStates.fromCode(code); }
QString liveEventActionCode(LiveEventAction action) { return kActions.code(action); }
std::optional<LiveEventAction> liveEventActionFromCode(QStringView code) { return kActions.fromCode(code); }
QString liveModeCode(LiveMode mode) { return kModes.code(mode); }
std::optional<LiveMode> liveModeFromCode(QStringView code) { return kModes.fromCode(code); }

std::optional<LiveEventState> liveEventStateAfter(LiveEventState from, LiveEventAction action)
{
    switch (action) {
    case LiveEventAction::Start:
        if (from == LiveEventState::Scheduled || from == LiveEventState::Paused)
            return LiveEventState::Live;
        break;
    case LiveEventAction::Pause:
        if (from == LiveEventState::Live)
            return LiveEventState::Paused;
        break;
    case LiveEventAction::Resume:
        if (from == LiveEventState::Paused)
            return LiveEventState::Live;
        break;
    case LiveEventAction::End:
        if (from != LiveEventState::Ended)
            return LiveEventState::Ended;
        break;
    }
    return std::nullopt;
}

} // namespace pd::domain
