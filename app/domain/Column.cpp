#include "app/domain/Column.h"

#include "app/domain/CodeTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {
// Part of the REST contract ("kind" of a column); never rename one.
constexpr CodeTable<ColumnKind, 6> kKinds{{{
    {ColumnKind::News, u"news"},
    {ColumnKind::Notice, u"notice"},
    {ColumnKind::Policy, u"policy"},
    {ColumnKind::Feature, u"feature"},
    {ColumnKind::Disclosure, u"disclosure"},
    {ColumnKind::Live, u"live"},
}}};
static_assert(kKinds.isOneToOne());
} // namespace

QString columnKindCode(ColumnKind kind)
{
    return kKinds.code(kind);
}

std::optional<ColumnKind> columnKindFromCode(QStringView code)
{
    return kKinds.fromCode(code);
}

bool Column::isStale(const QDateTime &now) const
{
    if (updateDays <= 0)
        return false;
    if (!lastPublishedAt.isValid())
        return true;
    return lastPublishedAt.addDays(updateDays) < now;
}

QJsonObject Column::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"parentId"_s, parentId == 0 ? QJsonValue() : QJsonValue(parentId)},
                  {u"site"_s, siteId},
                  {u"name"_s, name},
                  {u"kind"_s, columnKindCode(kind)},
                  {u"updateDays"_s, updateDays},
                  {u"sortOrder"_s, sortOrder},
                  {u"inCatalogue"_s, inCatalogue},
                  {u"enabled"_s, enabled},
                  {u"revision"_s, revision}};
    o.insert(u"lastPublishedAt"_s, lastPublishedAt.isValid()
                                        ? QJsonValue(lastPublishedAt.toOffsetFromUtc(lastPublishedAt.offsetFromUtc())
                                                         .toString(Qt::ISODate))
                                        : QJsonValue());
    return o;
}

Result<Column> Column::fromJson(const QJsonObject &json)
{
    Column c;
    c.id = json.value(u"id").toInteger();
    c.parentId = json.value(u"parentId").toInteger();
    c.siteId = json.value(u"site").toInteger();
    c.name = json.value(u"name").toString();
    const auto kind = columnKindFromCode(json.value(u"kind").toString());
    if (c.id <= 0 || c.name.isEmpty() || !kind)
        return fail(ErrorCode::BadResponse, QCoreApplication::translate("pd::domain", "The server sent an incomplete column."));
    c.kind = *kind;
    c.updateDays = json.value(u"updateDays").toInt();
    c.sortOrder = json.value(u"sortOrder").toInt();
    c.inCatalogue = json.value(u"inCatalogue").toBool(false);
    c.enabled = json.value(u"enabled").toBool(true);
    c.revision = json.value(u"revision").toInteger(1);
    const QString last = json.value(u"lastPublishedAt").toString();
    if (!last.isEmpty())
        c.lastPublishedAt = QDateTime::fromString(last, Qt::ISODate);
    return c;
}

bool columnTakes(ColumnKind kind, ItemType type)
{
    switch (type) {
    case ItemType::Disclosure: return kind == ColumnKind::Disclosure;
    case ItemType::Feature: return kind == ColumnKind::Feature;
    case ItemType::News: return kind == ColumnKind::News || kind == ColumnKind::Notice || kind == ColumnKind::Policy;
    }
    return false;
}

} // namespace pd::domain
