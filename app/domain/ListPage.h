#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::domain {

/// One page of a list endpoint (`{items: [...], nextCursor}`) read with the item type's own codec.
template <typename T>
struct ListPage {
    QList<T> items;
    QString nextCursor; ///< empty on the last page

    [[nodiscard]] bool hasMore() const { return !nextCursor.isEmpty(); }

    [[nodiscard]] static ListPage fromJson(const QJsonObject &json)
    {
        ListPage page;
        const QJsonArray items = json.value(QLatin1StringView("items")).toArray();
        page.items.reserve(items.size());
        for (const QJsonValue &v : items)
            page.items.append(T::fromJson(v.toObject()));
        page.nextCursor = json.value(QLatin1StringView("nextCursor")).toString();
        return page;
    }
};

} // namespace pd::domain
