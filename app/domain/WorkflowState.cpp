#include "domain/WorkflowState.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {
// The codes are part of the REST contract; never rename one.
constexpr std::array<std::pair<ItemState, QStringView>, 9> kStateCodes{{
    {ItemState::Draft, u"draft"},
    {ItemState::Submitted, u"submitted"},
    {ItemState::Approved, u"approved"},
    {ItemState::Scheduled, u"scheduled"},
    {ItemState::Published, u"published"},
    {ItemState::Rejected, u"rejected"},
    {ItemState::Unpublished, u"unpublished"},
    {ItemState::Withdrawn, u"withdrawn"},
    {ItemState::Archived, u"archived"},
}};
} // namespace

QString itemStateCode(ItemState state)
{
    for (const auto &[s, code] : kStateCodes) {
        if (s == state)
            return code.toString();
    }
    return {};
}

std::optional<ItemState> itemStateFromCode(QStringView code)
{
    for (const auto &[s, c] : kStateCodes) {
        if (c == code)
            return s;
    }
    return std::nullopt;
}

} // namespace pd::domain
