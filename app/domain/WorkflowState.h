#pragma once
#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// Where an item stands in the review workflow (domain.md "Workflow").
enum class ItemState { Draft, Submitted, Approved, Scheduled, Published, Rejected, Unpublished, Withdrawn, Archived };

/// The API code of a state: the lower-case English word ("draft", "submitted", …).
[[nodiscard]] QString itemStateCode(ItemState state);
[[nodiscard]] std::optional<ItemState> itemStateFromCode(QStringView code);

/// The state's name for display (translated, context "pd::domain"): Draft → 草稿 …
[[nodiscard]] QString itemStateDisplayName(ItemState state);

/// An item's workflow position: its state and, while Submitted, the review level (1..N) it waits at.
struct WorkflowState {
    ItemState state = ItemState::Draft;
    int level = 0; ///< 1..N while Submitted, 0 otherwise
    friend bool operator==(const WorkflowState &, const WorkflowState &) = default;
};

} // namespace pd::domain
