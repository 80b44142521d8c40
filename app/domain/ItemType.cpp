#include "app/domain/ItemType.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QString itemTypeCode(ItemType type)
{
    switch (type) {
    case ItemType::News: return u"news"_s;
    case ItemType::Feature: return u"feature"_s;
    case ItemType::Disclosure: return u"disclosure"_s;
    }
    return u"news"_s;
}

std::optional<ItemType> itemTypeFromCode(QStringView code)
{
    if (code == u"news") return ItemType::News;
    if (code == u"feature") return ItemType::Feature;
    if (code == u"disclosure") return ItemType::Disclosure;
    return std::nullopt;
}

} // namespace pd::domain
