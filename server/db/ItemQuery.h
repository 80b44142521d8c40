#pragma once
#include "app/domain/ItemType.h"
#include "app/domain/WorkflowState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pd::server {

/// Filters and paging of `GET /api/v1/items`.
struct ItemQuery {
    QList<qint64> siteIds;                    ///< the sites to look in (already restricted to the caller's)
    std::optional<domain::ItemType> type;
    QList<domain::ItemState> states;          ///< any of these; empty: all
    qint64 columnId = 0;
    QString text;                             ///< q=
    qint64 createdBy = 0;                     ///< mine=
    QDateTime updatedSince;                   ///< incremental sync: oldest first, strictly after this
    QString cursor;                           ///< opaque, from the previous page's nextCursor
    int limit = 50;
};

} // namespace pd::server
