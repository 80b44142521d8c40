#include "app/domain/LiveEventState.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

constexpr std::array<std::pair<LiveEventState, QStringView>, 4> kStates{{
    {LiveEventState::Scheduled, u"scheduled"},
    {LiveEventState::Live, u"live"},
    {LiveEventState::Paused, u"paused"},
    {LiveEventState::Ended, u"ended"},
}};
constexpr std::array<std::pair<LiveEventAction, QStringView>, 4> kActions{{
    {LiveEventAction::Start, u"start"},
    {LiveEventAction::Pause, u"pause"},
    {LiveEventAction::Resume, u"resume"},
    {LiveEventAction::End, u"end"},
}};
constexpr std::array<std::pair<LiveMode, QStringView>, 2> kModes{{
    {LiveMode::Direct, u"direct"},
    {LiveMode::Reviewed, u"reviewed"},
}};

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, QStringView>, N> &table, E value)
{
    for (const auto &[v, code] : table)
        if (v == value)
            return code.toString();
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QStringView>, N> &table, QStringView code)
{
    for (const auto &[v, c] : table)
        if (c == code)
            return v;
    return std::nullopt;
}

} // namespace

QString liveEventStateCode(LiveEventState state) { return codeOf(kStates, state); }
std::optional<LiveEventState> liveEventStateFromCode(QStringView code) { return valueOf(kStates, code); }
QString liveEventActionCode(LiveEventAction action) { return codeOf(kActions, action); }
std::optional<LiveEventAction> liveEventActionFromCode(QStringView code) { return valueOf(kActions, code); }
QString liveModeCode(LiveMode mode) { return codeOf(kModes, mode); }
std::optional<LiveMode> liveModeFromCode(QStringView code) { return valueOf(kModes, code); }

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
