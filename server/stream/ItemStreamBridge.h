#pragma once
#include "app/domain/WorkflowState.h"

#include <QHash>
#include <QObject>

namespace pd::server {

class EventHub;
class ItemRepository;
class ItemService;

/// Turns the item service's change notifications into stream events: `item.changed` for everyone on the site,
/// `review.assigned` for the reviewers of the level an item just reached (and for publishers once it is approved).
class ItemStreamBridge : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemStreamBridge)

public:
    ItemStreamBridge(ItemService &service, ItemRepository &items, EventHub &hub, QObject *parent = nullptr);

private:
    void itemChanged(qint64 id, qint64 siteId);

    ItemRepository &m_items;
    EventHub &m_hub;
    QHash<qint64, domain::WorkflowState> m_lastState; ///< so an edit of a waiting item does not assign it again
};

} // namespace pd::server
