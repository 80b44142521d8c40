#include "server/http/SiteFields.h"

#include "app/domain/IndexNumber.h"
#include "app/domain/WorkingCalendar.h"

#include <QHash>

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr int kMaxReviewLevels = 5;

/// What is wrong with a working-hours object, in Chinese and naming the part (an empty field when nothing is).
FieldError workingHoursProblem(const QJsonObject &json)
{
    static const QStringList known{u"days"_s, u"periods"_s, u"holidays"_s, u"workdays"_s, u"utcOffsetMinutes"_s};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return {u"workingHours."_s + it.key(), u"工作时间没有这一项"_s};
    const auto calendar = domain::WorkingCalendar::fromJson(json);
    if (!calendar) {
        const QString part = calendar.error().fields.isEmpty() ? QString() : calendar.error().fields.first().field;
        static const QHash<QString, QString> messages{
            {u"days"_s, u"工作日应为 1（星期一）到 7（星期日）的数字"_s},
            {u"periods"_s, u"工作时段应为 HH:mm 格式的起止时间，起早于止，各时段互不重叠"_s},
            {u"holidays"_s, u"节假日应写作 YYYY-MM-DD"_s},
            {u"workdays"_s, u"调休上班日应写作 YYYY-MM-DD"_s},
            {u"utcOffsetMinutes"_s, u"时区偏移应在 -840 到 840 分钟之间"_s}};
        return {part.isEmpty() ? u"workingHours"_s : u"workingHours."_s + part,
                messages.value(part, u"工作时间格式错误"_s)};
    }
    // Review deadlines count working time only: a calendar without any would never let one fall due.
    if (calendar->workingDays().isEmpty() || calendar->periods().isEmpty())
        return {u"workingHours"_s, u"工作时间至少需要一个工作日和一个工作时段"_s};
    return {};
}
}

QList<FieldError> SiteFields::apply(const QJsonObject &body, domain::Site &site)
{
    QList<FieldError> errors;
    const auto text = [&](const QString &key, QString &target) {
        if (!body.contains(key))
            return;
        if (!body.value(key).isString())
            errors.append({key, u"应为文字"_s});
        else
            target = body.value(key).toString().trimmed();
    };
    const auto flag = [&](const QString &key, bool &target) {
        if (!body.contains(key))
            return;
        if (!body.value(key).isBool())
            errors.append({key, u"应为 true 或 false"_s});
        else
            target = body.value(key).toBool();
    };
    text(u"name"_s, site.name);
    text(u"domain"_s, site.domain);
    text(u"siteCode"_s, site.siteCode);
    text(u"orgCode"_s, site.orgCode);
    text(u"publicUrl"_s, site.publicUrl);
    flag(u"traditional"_s, site.traditional);
    flag(u"enabled"_s, site.enabled);
    if (body.contains(u"reviewLevels"_s)) {
        const QJsonValue v = body.value(u"reviewLevels"_s);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            errors.append({u"reviewLevels"_s, u"审核级数应为 1 到 %1 的整数"_s.arg(kMaxReviewLevels)});
        else
            site.reviewLevels = v.toInt();
    }
    if (body.contains(u"reviewHours"_s)) {
        if (!body.value(u"reviewHours"_s).isDouble())
            errors.append({u"reviewHours"_s, u"每级审核时限应为工作小时数"_s});
        else
            site.reviewHours = body.value(u"reviewHours"_s).toDouble();
    }
    if (body.contains(u"workingHours"_s)) {
        const QJsonValue v = body.value(u"workingHours"_s);
        if (v.isNull())
            site.workingHours = {};
        else if (!v.isObject())
            errors.append({u"workingHours"_s, u"工作时间应为对象：days、periods、holidays、workdays、utcOffsetMinutes"_s});
        else if (const auto problem = workingHoursProblem(v.toObject()); !problem.field.isEmpty())
            errors.append(problem);
        else
            site.workingHours = domain::WorkingCalendar::fromJson(v.toObject())->toJson();
    }
    if (body.contains(u"parentSite"_s)) {
        const QJsonValue v = body.value(u"parentSite"_s);
        if (v.isNull())
            site.parentSiteId = 0;
        else if (!v.isDouble() || v.toInteger() < 1)
            errors.append({u"parentSite"_s, u"上级门户应为站点编号或 null"_s});
        else
            site.parentSiteId = v.toInteger();
    }
    return errors;
}

bool SiteFields::isSiteCode(const QString &code)
{
    static const QRegularExpression pattern(u"^(?:[0-9]{10}|bm[0-9]{8})$"_s);
    return pattern.match(code).hasMatch();
}

QList<FieldError> SiteFields::validate(const domain::Site &site)
{
    QList<FieldError> errors;
    if (site.name.isEmpty())
        errors.append({u"name"_s, u"请填写网站名称"_s});
    else if (site.name.size() > 100)
        errors.append({u"name"_s, u"网站名称不能超过 100 个字"_s});
    if (!isSiteCode(site.siteCode))
        errors.append({u"siteCode"_s, u"网站标识码应为 10 位：6 位行政区划代码加 4 位顺序号（如 3217000001），"
                                      u"部委网站为 bm 加 8 位数字"_s});
    if (auto r = domain::IndexNumber::validateOrgCode(site.orgCode); !r)
        errors.append({u"orgCode"_s, u"索引号机构代码格式错误：%1"_s.arg(r.error().fields.isEmpty()
                                                                          ? r.error().message
                                                                          : r.error().fields.first().message)});
    if (site.reviewLevels < 1 || site.reviewLevels > kMaxReviewLevels)
        errors.append({u"reviewLevels"_s, u"审核级数应为 1 到 %1 的整数"_s.arg(kMaxReviewLevels)});
    if (!(site.reviewHours > 0 && site.reviewHours <= 240))
        errors.append({u"reviewHours"_s, u"每级审核时限应在 0 到 240 个工作小时之间"_s});
    if (!site.publicUrl.isEmpty()) {
        const QUrl url(site.publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            errors.append({u"publicUrl"_s, u"访问地址应为 http:// 或 https:// 开头的完整网址"_s});
    }
    if (site.parentSiteId != 0 && site.parentSiteId == site.id)
        errors.append({u"parentSite"_s, u"站点不能以自己为上级门户"_s});
    return errors;
}

} // namespace pd::server
