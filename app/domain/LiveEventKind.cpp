#include "app/domain/LiveEventKind.h"

#include <array>
#include <utility>

namespace pd::domain {

namespace {

constexpr std::array<std::pair<LiveEventKind, QStringView>, 4> kKinds{{
    {LiveEventKind::Forum, u"forum"},
    {LiveEventKind::Press, u"press"},
    {LiveEventKind::Hearing, u"hearing"},
    {LiveEventKind::Interview, u"interview"},
}};

} // namespace

QString liveEventKindCode(LiveEventKind kind)
{
    for (const auto &[k, code] : kKinds)
        if (k == kind)
            return code.toString();
    return {};
}

std::optional<LiveEventKind> liveEventKindFromCode(QStringView code)
{
    for (const auto &[k, c] : kKinds)
        if (c == code)
            return k;
    return std::nullopt;
}

LiveMode defaultLiveMode(LiveEventKind kind)
{
    return kind == LiveEventKind::Hearing || kind == LiveEventKind::Interview ? LiveMode::Reviewed : LiveMode::Direct;
}

} // namespace pd::domain
