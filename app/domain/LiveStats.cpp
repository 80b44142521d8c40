#include "app/domain/LiveStats.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject LiveStats::toJson() const
{
    return QJsonObject{{u"posts"_s, posts},
                       {u"photos"_s, photos},
                       {u"characters"_s, characters},
                       {u"viewersNow"_s, viewersNow},
                       {u"viewersPeak"_s, viewersPeak},
                       {u"pageViews"_s, pageViews},
                       {u"commentsPending"_s, commentsPending},
                       {u"commentsReceived"_s, commentsReceived},
                       {u"commentsApproved"_s, commentsApproved}};
}

LiveStats LiveStats::fromJson(const QJsonObject &json)
{
    return LiveStats{json.value(u"posts").toInteger(),       json.value(u"photos").toInteger(),
                     json.value(u"characters").toInteger(),  json.value(u"viewersNow").toInteger(),
                     json.value(u"viewersPeak").toInteger(), json.value(u"pageViews").toInteger(),
                     json.value(u"commentsPending").toInteger(), json.value(u"commentsReceived").toInteger(),
                     json.value(u"commentsApproved").toInteger()};
}

} // namespace pd::domain
