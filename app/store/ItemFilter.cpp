#include "app/store/ItemFilter.h"

namespace pd::store {

bool ItemFilter::narrows(const ItemFilter &wider) const
{
    // Only the text may differ, and only by getting longer around the old text: everything else must be equal.
    if (type != wider.type || states != wider.states || columnId != wider.columnId || category != wider.category
        || from != wider.from || to != wider.to)
        return false;
    return text.contains(wider.text, Qt::CaseInsensitive);
}

} // namespace pd::store
