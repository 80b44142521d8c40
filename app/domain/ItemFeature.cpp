#include "app/domain/ItemFeature.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject ItemFeature::toJson() const
{
    QJsonArray s;
    for (const ItemFeatureSection &section : sections)
        s.append(section.toJson());
    return QJsonObject{{u"slug"_s, slug},
                       {u"bannerMediaId"_s, bannerMediaId > 0 ? QJsonValue(bannerMediaId) : QJsonValue()},
                       {u"sections"_s, s},
                       {u"endsAt"_s, endsAt.isValid() ? QJsonValue(endsAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()}};
}

ItemFeature ItemFeature::fromJson(const QJsonObject &json)
{
    ItemFeature f;
    f.slug = json.value(u"slug").toString().trimmed();
    f.bannerMediaId = json.value(u"bannerMediaId").toInteger();
    for (const QJsonValue &v : json.value(u"sections").toArray())
        f.sections.append(ItemFeatureSection::fromJson(v.toObject()));
    const QString ends = json.value(u"endsAt").toString();
    if (!ends.isEmpty())
        f.endsAt = QDateTime::fromString(ends, Qt::ISODateWithMs);
    return f;
}

QList<FieldError> ItemFeature::validate() const
{
    QList<FieldError> errors;
    static const QRegularExpression slugPattern(u"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"_s);
    if (!slugPattern.match(slug).hasMatch())
        errors.append({u"feature.slug"_s,
                       QCoreApplication::translate("pd::domain", "The slug must be 1 to 64 lower-case letters, digits or hyphens.")});
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).title.isEmpty())
            errors.append({u"feature.sections[%1].title"_s.arg(i),
                           QCoreApplication::translate("pd::domain", "Every section needs a title.")});
        for (const qint64 id : sections.at(i).itemIds) {
            if (id <= 0) {
                errors.append({u"feature.sections[%1].itemIds"_s.arg(i),
                               QCoreApplication::translate("pd::domain", "Item references must be item ids.")});
                break;
            }
        }
    }
    return errors;
}

QList<qint64> ItemFeature::referencedItems() const
{
    QList<qint64> ids;
    for (const ItemFeatureSection &s : sections)
        for (const qint64 id : s.itemIds)
            if (!ids.contains(id))
                ids.append(id);
    return ids;
}

bool ItemFeature::removeItem(qint64 itemId)
{
    bool removed = false;
    for (ItemFeatureSection &s : sections)
        removed = s.itemIds.removeAll(itemId) > 0 || removed;
    return removed;
}

} // namespace pd::domain
