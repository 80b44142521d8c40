#include "server/stream/ItemStreamBridge.h"

#include "server/db/ItemRepository.h"
#include "server/items/ItemService.h"
#include "server/stream/EventHub.h"
#include "server/stream/StreamLog.h"

using namespace Qt::StringLiterals;

namespace pd::server {

ItemStreamBridge::ItemStreamBridge(ItemService &service, ItemRepository &items, EventHub &hub, QObject *parent)
    : QObject(parent), m_items(items), m_hub(hub)
{
    connect(&service, &ItemService::itemChanged, this, &ItemStreamBridge::itemChanged);
}

void ItemStreamBridge::itemChanged(qint64 id, qint64 siteId)
{
    auto found = m_items.find(id);
    if (!found) {
        qCWarning(lcStream).noquote() << "item" << id << "changed but cannot be read:" << found.error().message;
        return;
    }
    if (!found->has_value()) {
        m_lastState.remove(id);
        if (auto r = m_hub.publish(u"item.changed"_s, {{u"id"_s, id}, {u"site"_s, siteId}, {u"deleted"_s, true}},
                                   Audience::site(siteId));
            !r)
            qCWarning(lcStream).noquote() << "item.changed not recorded:" << r.error().message;
        return;
    }
    const domain::Item &item = **found;
    const QJsonObject summary = item.toSummaryJson();
    if (auto r = m_hub.publish(u"item.changed"_s, summary, Audience::site(item.siteId)); !r)
        qCWarning(lcStream).noquote() << "item.changed not recorded:" << r.error().message;

    // An edit of a published item waits for its reviewers like a new item does.
    const domain::WorkflowState state = item.workflow.state == domain::ItemState::Published && item.pendingRevision
                                            ? item.pendingRevision->workflow
                                            : item.workflow;
    const auto previous = m_lastState.constFind(id);
    const bool moved = previous == m_lastState.constEnd() || *previous != state;
    m_lastState.insert(id, state);
    if (!moved)
        return;
    std::optional<Audience> waiting;
    if (state.state == domain::ItemState::Submitted && state.level > 0)
        waiting = Audience::reviewers(item.siteId, state.level);
    else if (state.state == domain::ItemState::Approved)
        waiting = Audience::withRoles(item.siteId, {QString(domain::roles::Publisher)});
    if (waiting) {
        if (auto r = m_hub.publish(u"review.assigned"_s, summary, *waiting); !r)
            qCWarning(lcStream).noquote() << "review.assigned not recorded:" << r.error().message;
    }
}

} // namespace pd::server
