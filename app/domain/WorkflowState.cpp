#include "app/domain/WorkflowState.h"

#include "app/domain/CodeTable.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {
// The codes are part of the REST contract; never rename one.
constexpr CodeTable<ItemState, 9> kStateCodes{{{
    {ItemState::Draft, u"draft"},
    {ItemState::Submitted, u"submitted"},
    {ItemState::Approved, u"approved"},
    {ItemState::Scheduled, u"scheduled"},
    {ItemState::Published, u"published"},
    {ItemState::Rejected, u"rejected"},
    {ItemState::Unpublished, u"unpublished"},
    {ItemState::Withdrawn, u"withdrawn"},
    {ItemState::Archived, u"archived"},
}}};
static_assert(kStateCodes.isOneToOne());
} // namespace

QString itemStateCode(ItemState state)
{
    return kStateCodes.code(state);
}

std::optional<ItemState> itemStateFromCode(QStringView code)
{
    return kStateCodes.fromCode(code);
}

QString itemStateDisplayName(ItemState state)
{
    switch (state) {
    case ItemState::Draft: return QCoreApplication::translate("pd::domain", "Draft");
    case ItemState::Submitted: return QCoreApplication::translate("pd::domain", "In review");
    case ItemState::Approved: return QCoreApplication::translate("pd::domain", "Approved");
    case ItemState::Scheduled: return QCoreApplication::translate("pd::domain", "Scheduled");
    case ItemState::Published: return QCoreApplication::translate("pd::domain", "Published");
    case ItemState::Rejected: return QCoreApplication::translate("pd::domain", "Rejected");
    case ItemState::Unpublished: return QCoreApplication::translate("pd::domain", "Unpublished");
    case ItemState::Withdrawn: return QCoreApplication::translate("pd::domain", "Withdrawn");
    case ItemState::Archived: return QCoreApplication::translate("pd::domain", "Archived");
    }
    return itemStateCode(state);
}

} // namespace pd::domain
