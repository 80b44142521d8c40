#include "app/domain/LivePostState.h"

#include "app/domain/CodeTable.h"

namespace pd::domain {

namespace {

// Part of the REST contract (a live post's "state", its transitions' "action"); never rename one.
constexpr CodeTable<LivePostState, 4> kStates{{{
    {LivePostState::Pending, u"pending"},
    {LivePostState::Published, u"published"},
    {LivePostState::Rejected, u"rejected"},
    {LivePostState::Retracted, u"retracted"},
}}};
static_assert(kStates.isOneToOne());
constexpr CodeTable<LivePostAction, 5> kActions{{{
    {LivePostAction::Approve, u"approve"},
    {LivePostAction::Reject, u"reject"},
    {LivePostAction::Pin, u"pin"},
    {LivePostAction::Unpin, u"unpin"},
    {LivePostAction::Retract, u"retract"},
}}};
static_assert(kActions.isOneToOne());

} // namespace

QString livePostStateCode(LivePostState state)
{
    return kStates.code(state);
}

std::optional<LivePostState> livePostStateFromCode(QStringView code)
{
    return kStates.fromCode(code);
}

QString livePostActionCode(LivePostAction action)
{
    return kActions.code(action);
}

std::optional<LivePostAction> livePostActionFromCode(QStringView code)
{
    return kActions.fromCode(code);
}

} // namespace pd::domain
