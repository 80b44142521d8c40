#include "app/domain/StalenessPolicy.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::domain {

int StalenessPolicy::marginFor(int updateDays) const
{
    if (updateDays <= 0 || margins.isEmpty())
        return 0;
    auto it = margins.upperBound(updateDays);
    const int margin = it == margins.cbegin() ? it.value() : std::prev(it).value();
    return std::clamp(margin, 0, updateDays - 1);
}

Result<QMap<int, int>> StalenessPolicy::parseMargins(const QString &text)
{
    QMap<int, int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.trimmed().split(u'=');
        bool okRule = false;
        bool okMargin = false;
        const int rule = pair.size() == 2 ? pair.at(0).trimmed().toInt(&okRule) : 0;
        const int margin = pair.size() == 2 ? pair.at(1).trimmed().toInt(&okMargin) : 0;
        if (!okRule || !okMargin || rule <= 0 || margin < 0 || margin >= rule)
            return fail(ErrorCode::Validation,
                        u"预警天数“%1”无效：应写作 更新周期=提前天数，如 14=3,180=30，提前天数小于更新周期"_s.arg(part.trimmed()));
        out.insert(rule, margin);
    }
    if (out.isEmpty())
        return fail(ErrorCode::Validation, u"预警天数为空：应写作 14=3,180=30"_s);
    return out;
}

QString StalenessPolicy::formatMargins(const QMap<int, int> &margins)
{
    QStringList parts;
    for (auto it = margins.cbegin(); it != margins.cend(); ++it)
        parts.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u',');
}

} // namespace pd::domain
