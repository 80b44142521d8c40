#pragma once
#include <QStringList>

namespace pd::domain {

/// The closed value lists of disclosure metadata. Values are the Chinese terms themselves (they are what the
/// catalogue publishes and what other portals exchange), not UI strings.
namespace disclosure {

[[nodiscard]] QStringList genres();     ///< 体裁分类: 命令 决定 公告 通告 通知 通报 议案 报告 请示 批复 意见 函 会议纪要
[[nodiscard]] QStringList audiences();  ///< 服务对象: 面向公民 面向法人
[[nodiscard]] QStringList modes();      ///< 公开方式: 主动公开 依申请公开 不予公开
[[nodiscard]] QStringList terms();      ///< 公开时限: 长期 限时
[[nodiscard]] QStringList scopes();     ///< 公开范围: 面向社会 面向申请人
[[nodiscard]] QStringList validities(); ///< 有效性: 有效 失效 废止

/// The 公开方式 that requires a stated reason.
[[nodiscard]] QString withheldMode(); ///< 不予公开

} // namespace disclosure
} // namespace pd::domain
