#include "app/domain/PendingRevision.h"

#include "app/domain/Item.h"

namespace pd::domain {

PendingRevision::PendingRevision(const Item &item)
    : m_item(std::make_shared<const Item>(item))
{
}

bool operator==(const PendingRevision &a, const PendingRevision &b)
{
    if (!a.m_item || !b.m_item)
        return !a.m_item && !b.m_item;
    return a.m_item == b.m_item || *a.m_item == *b.m_item;
}

} // namespace pd::domain
