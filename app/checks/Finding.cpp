#include "app/checks/Finding.h"

using namespace Qt::StringLiterals;

namespace pd::checks {

QJsonObject Finding::toJson() const
{
    return QJsonObject{{u"ruleId"_s, ruleId},
                       {u"kind"_s, ruleKindCode(kind)},
                       {u"severity"_s, severityCode(severity)},
                       {u"field"_s, field},
                       {u"start"_s, start},
                       {u"length"_s, length},
                       {u"excerpt"_s, excerpt},
                       {u"suggestion"_s, suggestion},
                       {u"message"_s, message}};
}

} // namespace pd::checks
