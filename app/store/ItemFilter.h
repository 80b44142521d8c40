#pragma once
#include "app/domain/ItemType.h"
#include "app/domain/WorkflowState.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd::store {

/// What the cached item list shows: every criterion that is set must hold (empty = any).
struct ItemFilter {
    QString text;                          ///< in the title or the 索引号, case-insensitive
    std::optional<domain::ItemType> type;
    QList<domain::ItemState> states;
    qint64 columnId = 0;                   ///< the item is filed in this column
    QString category;                      ///< 主题分类 code or its prefix ("01" = 综合政务 and its sub-categories)
    QDate from;                            ///< date (published, else last changed) on or after, local time
    QDate to;                              ///< … on or before

    /// Whether every item this filter lets through is also let through by `wider` (so narrowing a previous
    /// result is enough, e.g. one more character typed).
    [[nodiscard]] bool narrows(const ItemFilter &wider) const;

    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};

} // namespace pd::store
