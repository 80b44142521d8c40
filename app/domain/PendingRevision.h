#pragma once
#include <memory>

namespace pd::domain {

struct Item;

/// The pending revision of a published item (an edit waiting for review while the published text stays public): an
/// Item held inside another Item. Copies share the one immutable value, so an Item stays a plain copyable value;
/// equality compares the values, not the pointers.
class PendingRevision
{
public:
    PendingRevision() = default;
    explicit PendingRevision(const Item &item);

    [[nodiscard]] explicit operator bool() const { return bool(m_item); }
    [[nodiscard]] const Item &operator*() const { return *m_item; }
    [[nodiscard]] const Item *operator->() const { return m_item.get(); }
    void reset() { m_item.reset(); }

    friend bool operator==(const PendingRevision &a, const PendingRevision &b);

private:
    std::shared_ptr<const Item> m_item;
};

} // namespace pd::domain
