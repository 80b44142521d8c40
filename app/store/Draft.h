#pragma once
#include <QDateTime>
#include <QJsonObject>

namespace pd::store {

/// Local work on an item that the server has not received yet; survives crashes through the autosave journal.
struct Draft {
    qint64 id = 0;           ///< local id
    qint64 itemId = 0;       ///< server id once known, 0 for a new item
    qint64 baseRevision = 0; ///< revision the edit started from (for If-Match and merges)
    QJsonObject content;     ///< the item as edited (Item::toJson form)
    QDateTime updatedAt;
    int journalEntries = 0;  ///< how many autosaves are kept

    /// The title as edited (empty when none was typed yet).
    [[nodiscard]] QString title() const { return content.value(QLatin1StringView("title")).toString(); }
};

} // namespace pd::store
