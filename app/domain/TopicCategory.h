#pragma once
#include <QString>

namespace pd::domain {

/// One entry of the national 主题分类 catalogue: a top category (code "01".."22") or a sub-category ("0101"…).
struct TopicCategory {
    QString code;
    QString name;       ///< Chinese name as the catalogue writes it, e.g. 政务公开
    QString parentCode; ///< empty for a top category

    [[nodiscard]] bool isTopLevel() const { return parentCode.isEmpty(); }
    friend bool operator==(const TopicCategory &, const TopicCategory &) = default;
};

} // namespace pd::domain
