#include "app/domain/SiteCategory.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::domain {

bool SiteCategory::isWellFormedCode(const QString &code, const QString &parent)
{
    static const QRegularExpression top(u"^[A-Z]{1,4}[0-9]{2}$"_s);
    if (parent.isEmpty())
        return top.match(code).hasMatch();
    static const QRegularExpression sub(u"^[A-Z]{1,4}[0-9]{4}$"_s);
    return top.match(parent).hasMatch() && sub.match(code).hasMatch() && code.size() == parent.size() + 2
        && code.startsWith(parent);
}

bool SiteCategory::hasSiteCodeShape(const QString &code)
{
    static const QRegularExpression shape(u"^[A-Z]{1,4}[0-9]{2}(?:[0-9]{2})?$"_s);
    return shape.match(code).hasMatch();
}

QJsonObject SiteCategory::toJson() const
{
    return QJsonObject{{u"code"_s, code},
                       {u"name"_s, name},
                       {u"parentCode"_s, parentCode.isEmpty() ? QJsonValue() : QJsonValue(parentCode)},
                       {u"site"_s, siteId},
                       {u"position"_s, position},
                       {u"revision"_s, revision}};
}

Result<SiteCategory> SiteCategory::fromJson(const QJsonObject &json)
{
    SiteCategory c;
    c.code = json.value(u"code"_s).toString();
    c.name = json.value(u"name"_s).toString();
    c.parentCode = json.value(u"parentCode"_s).toString();
    c.siteId = json.value(u"site"_s).toInteger();
    c.position = json.value(u"position"_s).toInt();
    c.revision = json.value(u"revision"_s).toInteger(1);
    if (c.code.isEmpty() || c.name.isEmpty())
        return fail(ErrorCode::BadResponse,
                    QCoreApplication::translate("pd::domain", "The server sent a topic category without code or name."));
    return c;
}

} // namespace pd::domain
