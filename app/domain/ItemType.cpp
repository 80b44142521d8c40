#include "app/domain/ItemType.h"

#include "app/domain/CodeTable.h"

namespace pd::domain {

namespace {
// Part of the REST contract ("type" of an item); never rename one.
constexpr CodeTable<ItemType, 3> kTypes{{{
    {ItemType::News, u"news"},
    {ItemType::Feature, u"feature"},
    {ItemType::Disclosure, u"disclosure"},
}}};
static_assert(kTypes.isOneToOne());
} // namespace

QString itemTypeCode(ItemType type)
{
    return kTypes.code(type);
}

std::optional<ItemType> itemTypeFromCode(QStringView code)
{
    return kTypes.fromCode(code);
}

} // namespace pd::domain
