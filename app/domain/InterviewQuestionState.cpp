#include "app/domain/InterviewQuestionState.h"

#include <array>
#include <utility>

namespace pd::domain {

namespace {

using S = InterviewQuestionState;
using A = InterviewQuestionAction;

constexpr std::array<std::pair<S, QStringView>, 7> kStates{{
    {S::Pending, u"pending"},
    {S::Accepted, u"accepted"},
    {S::Queued, u"queued"},
    {S::Asked, u"asked"},
    {S::Answered, u"answered"},
    {S::Declined, u"declined"},
    {S::Merged, u"merged"},
}};
constexpr std::array<std::pair<A, QStringView>, 5> kActions{{
    {A::Accept, u"accept"},
    {A::Decline, u"decline"},
    {A::Queue, u"queue"},
    {A::Ask, u"ask"},
    {A::Merge, u"merge"},
}};

} // namespace

QString interviewQuestionStateCode(InterviewQuestionState state)
{
    for (const auto &[s, code] : kStates)
        if (s == state)
            return code.toString();
    return {};
}

std::optional<InterviewQuestionState> interviewQuestionStateFromCode(QStringView code)
{
    for (const auto &[s, c] : kStates)
        if (c == code)
            return s;
    return std::nullopt;
}

QString interviewQuestionActionCode(InterviewQuestionAction action)
{
    for (const auto &[a, code] : kActions)
        if (a == action)
            return code.toString();
    return {};
}

std::optional<InterviewQuestionAction> interviewQuestionActionFromCode(QStringView code)
{
    for (const auto &[a, c] : kActions)
        if (c == code)
            return a;
    return std::nullopt;
}

std::optional<InterviewQuestionState> interviewQuestionStateAfter(InterviewQuestionState from,
                                                                  InterviewQuestionAction action)
{
    const bool screening = from == S::Pending || from == S::Accepted;
    switch (action) {
    case A::Accept:
        return from == S::Pending ? std::optional(S::Accepted) : std::nullopt;
    case A::Decline:
        return screening || from == S::Queued ? std::optional(S::Declined) : std::nullopt;
    case A::Queue:
        return screening ? std::optional(S::Queued) : std::nullopt;
    case A::Ask:
        return from == S::Queued ? std::optional(S::Asked) : std::nullopt;
    case A::Merge:
        return screening ? std::optional(S::Merged) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace pd::domain
