#include "app/domain/InterviewStats.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject InterviewStats::toJson() const
{
    // Four decimals are plenty for a percentage and keep the figure stable across platforms.
    return QJsonObject{{u"questionsReceived"_s, received},
                       {u"questionsAccepted"_s, accepted},
                       {u"questionsAnswered"_s, answered},
                       {u"answerRate"_s, std::round(answerRate() * 10000.0) / 10000.0}};
}

InterviewStats InterviewStats::fromJson(const QJsonObject &json)
{
    return InterviewStats{json.value(u"questionsReceived").toInteger(), json.value(u"questionsAccepted").toInteger(),
                          json.value(u"questionsAnswered").toInteger()};
}

} // namespace pd::domain
