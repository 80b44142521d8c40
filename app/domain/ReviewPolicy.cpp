#include "app/domain/ReviewPolicy.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject ReviewPolicy::toJson() const
{
    return QJsonObject{{u"levels"_s, levels},
                       {u"allowSameReviewerAcrossLevels"_s, allowSameReviewerAcrossLevels},
                       {u"allowAuthorReview"_s, allowAuthorReview},
                       {u"reviewPlacements"_s, reviewPlacements}};
}

ReviewPolicy ReviewPolicy::fromJson(const QJsonObject &json)
{
    ReviewPolicy p;
    p.levels = json.value(u"levels").toInt(p.levels);
    p.allowSameReviewerAcrossLevels = json.value(u"allowSameReviewerAcrossLevels").toBool(false);
    p.allowAuthorReview = json.value(u"allowAuthorReview").toBool(false);
    p.reviewPlacements = json.value(u"reviewPlacements").toBool(true);
    p.revision = json.value(u"revision").toInteger(0);
    return p;
}

} // namespace pd::domain
