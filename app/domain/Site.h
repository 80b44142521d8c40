#pragma once
#include "app/domain/Error.h"

#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// A site of the portal group (the city portal or a department site), as `GET /api/v1/sites` lists it.
struct Site {
    qint64 id = 0;
    QString name;      ///< 网站名称, e.g. 市人民政府门户网站
    QString domain;    ///< SiteDomain
    QString siteCode;  ///< 网站标识码 SiteIDCode
    QString orgCode;   ///< publisher org code for 索引号 (18-char 统一社会信用代码 or 9-char legacy code)
    int reviewLevels = 3;
    double reviewHours = 4.0; ///< working hours allowed per review level
    qint64 parentSiteId = 0;  ///< the portal a member site (部门 / 区县网站) belongs to; 0 for a portal
    bool enabled = true;      ///< a disabled site keeps its content but takes no new work
    bool traditional = false; ///< the site offers a 繁体 variant
    QString publicUrl;        ///< where readers find the site, e.g. https://www.example.gov.cn/
    /// The office hours review deadlines count in (WorkingCalendar JSON: days, periods, holidays, 调休 workdays,
    /// utcOffsetMinutes); empty: the default calendar (Mon–Fri 09:00–12:00 and 13:30–17:30, UTC+8).
    QJsonObject workingHours;
    qint64 revision = 1;      ///< bumped by every administrative change (If-Match)

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Site> fromJson(const QJsonObject &json);
    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace pd::domain
