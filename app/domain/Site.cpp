#include "app/domain/Site.h"

#include "app/domain/WorkingCalendar.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject Site::toJson() const
{
    return QJsonObject{{u"id"_s, id},           {u"name"_s, name},
                       {u"domain"_s, domain},   {u"siteCode"_s, siteCode},
                       {u"orgCode"_s, orgCode}, {u"reviewLevels"_s, reviewLevels},
                       {u"reviewHours"_s, reviewHours}, {u"parentSite"_s, parentSiteId > 0 ? QJsonValue(parentSiteId) : QJsonValue()},
                       {u"enabled"_s, enabled},         {u"traditional"_s, traditional},
                       {u"publicUrl"_s, publicUrl},     {u"revision"_s, revision},
                       {u"workingHours"_s, workingHours.isEmpty() ? WorkingCalendar().toJson() : workingHours}};
}

Result<Site> Site::fromJson(const QJsonObject &json)
{
    Site s;
    s.id = json.value(u"id").toInteger();
    s.name = json.value(u"name").toString();
    s.domain = json.value(u"domain").toString();
    s.siteCode = json.value(u"siteCode").toString();
    s.orgCode = json.value(u"orgCode").toString();
    s.reviewLevels = json.value(u"reviewLevels").toInt(3);
    s.reviewHours = json.value(u"reviewHours").toDouble(4.0);
    s.parentSiteId = json.value(u"parentSite").toInteger();
    s.enabled = json.value(u"enabled").toBool(true);
    s.traditional = json.value(u"traditional").toBool(false);
    s.publicUrl = json.value(u"publicUrl").toString();
    s.revision = json.value(u"revision").toInteger(1);
    s.workingHours = json.value(u"workingHours").toObject();
    if (s.id <= 0 || s.name.isEmpty())
        return fail(ErrorCode::BadResponse, QCoreApplication::translate("pd::domain", "The server sent an incomplete site."));
    return s;
}

} // namespace pd::domain
