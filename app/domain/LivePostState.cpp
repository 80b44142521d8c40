#include "app/domain/LivePostState.h"

#include <array>
#include <utility>

namespace pd::domain {

namespace {

constexpr std::array<std::pair<LivePostState, QStringView>, 4> kStates{{
    {LivePostState::Pending, u"pending"},
    {LivePostState::Published, u"published"},
    {LivePostState::Rejected, u"rejected"},
    {LivePostState::Retracted, u"retracted"},
}};
constexpr std::array<std::pair<LivePostAction, QStringView>, 5> kActions{{
    {LivePostAction::Approve, u"approve"},
    {LivePostAction::Reject, u"reject"},
    {LivePostAction::Pin, u"pin"},
    {LivePostAction::Unpin, u"unpin"},
    {LivePostAction::Retract, u"retract"},
}};

} // namespace

QString livePostStateCode(LivePostState state)
{
    for (const auto &[s, code] : kStates)
        if (s == state)
            return code.toString();
    return {};
}

std::optional<LivePostState> livePostStateFromCode(QStringView code)
{
    for (const auto &[s, c] : kStates)
        if (c == code)
            return s;
    return std::nullopt;
}

QString livePostActionCode(LivePostAction action)
{
    for (const auto &[a, code] : kActions)
        if (a == action)
            return code.toString();
    return {};
}

std::optional<LivePostAction> livePostActionFromCode(QStringView code)
{
    for (const auto &[a, c] : kActions)
        if (c == code)
            return a;
    return std::nullopt;
}

} // namespace pd::domain
