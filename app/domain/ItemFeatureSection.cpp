#include "app/domain/ItemFeatureSection.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject ItemFeatureSection::toJson() const
{
    QJsonArray ids;
    for (const qint64 id : itemIds)
        ids.append(id);
    return QJsonObject{{u"id"_s, id}, {u"title"_s, title}, {u"itemIds"_s, ids}};
}

ItemFeatureSection ItemFeatureSection::fromJson(const QJsonObject &json)
{
    ItemFeatureSection s;
    s.id = json.value(u"id").toInteger();
    s.title = json.value(u"title").toString().trimmed();
    for (const QJsonValue &v : json.value(u"itemIds").toArray())
        s.itemIds.append(v.toInteger());
    return s;
}

} // namespace pd::domain
