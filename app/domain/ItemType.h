#pragma once
#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// The three content types (domain.md "Content types"): 新闻, 专题, 政府信息公开.
enum class ItemType { News, Feature, Disclosure };

/// The API code: "news", "feature", "disclosure".
[[nodiscard]] QString itemTypeCode(ItemType type);
[[nodiscard]] std::optional<ItemType> itemTypeFromCode(QStringView code);

} // namespace pd::domain
