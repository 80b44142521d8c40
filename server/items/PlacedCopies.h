#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/Placement.h"
#include "app/domain/Site.h"
#include "app/domain/User.h"
#include "app/domain/WorkflowAction.h"
#include "app/domain/WorkingCalendar.h"
#include "server/db/PlacementRepository.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace pd::server {

class Database;
class ItemRepository;
class SiteRepository;

/// Co-publishing (站群) for ItemService: a copy of a published item placed in columns of another site of the group
/// (推送, or 报送 to the site's parent portal), taken away again, and every new published text or take-down of the
/// original carried to its copies. The copy is an ordinary item of the target site, so the target's review queue,
/// lists and public pages treat it like their own; its 来源 names the original's site. Callers hold the transaction.
class PlacedCopies
{
public:
    struct Input {
        qint64 siteId = 0;
        QList<qint64> columnIds;
    };
    /// Items (id, site) whose state or text changed, for ItemService to announce.
    using Changed = QList<QPair<qint64, qint64>>;

    PlacedCopies(Database &db, ItemRepository &items, SiteRepository &sites, const domain::WorkingCalendar &calendar)
        : m_items(items), m_sites(sites), m_placements(db), m_calendar(calendar)
    {
    }

    /// Places a copy of `source` as `input` says. 403 without the right to place there, 409 when `source` is not
    /// published news or is placed there already, 422 for a disabled site or an unsuitable column.
    Result<domain::Placement> place(const domain::User &caller, const domain::Item &source, const Input &input,
                                    const QDateTime &now, Changed &changed);
    /// Takes the copy of one placement of `source` off its site (withdrawn there) and ends the placement.
    Result<void> remove(const domain::User &caller, const domain::Item &source, qint64 placementId, const QDateTime &now,
                        Changed &changed);
    Result<QList<domain::Placement>> of(qint64 sourceId) { return m_placements.ofSource(sourceId); }
    Result<std::optional<domain::Placement>> ofCopy(qint64 itemId) { return m_placements.ofCopy(itemId); }
    Result<QHash<qint64, domain::Placement>> liveCopiesOn(qint64 siteId) { return m_placements.liveCopiesOn(siteId); }

    /// `source` has a new published text: every copy still in force takes it (a copy in review is then reviewed on
    /// the new text; a published copy shows it at once, the original's review having passed it). A copy that went
    /// offline with the original (unpublished with it) comes back with it, under the same rule as a new placement:
    /// into the target's review queue for a 报送 or where the target reviews pushes, public at once otherwise. A copy
    /// its own site took off, or whose placement was ended, stays off.
    Result<void> followPublished(const domain::Item &source, const domain::User &actor, const QDateTime &now,
                                 Changed &changed);
    /// `source` was unpublished, withdrawn or archived: its copies go the same way (a withdrawal takes every copy off,
    /// in review or public; unpublishing and archiving touch the public ones).
    Result<void> followTakenDown(const domain::Item &source, domain::WorkflowAction action, const domain::User &actor,
                                 const QString &comment, const QDateTime &now, Changed &changed);

private:
    /// Whether `copy` is offline because the original was unpublished: its last change is the unpublishing the
    /// original's own unpublishing carried to it (same moment), not a decision of its site.
    Result<bool> wentOfflineWithSource(const domain::Item &copy, qint64 sourceId);
    /// Puts a copy that went offline with its original back, reviewed or public as `reviewed` says.
    Result<void> bringBack(domain::Item copy, const domain::Site &target, bool reviewed, const domain::Item &source,
                           const domain::User &actor, const QDateTime &now, Changed &changed);
    Result<void> setCopyState(domain::Item copy, domain::ItemState to, const domain::User &actor, const QString &action,
                              const QString &comment, const QDateTime &now, Changed &changed);

    ItemRepository &m_items;
    SiteRepository &m_sites;
    PlacementRepository m_placements;
    const domain::WorkingCalendar &m_calendar;
};

} // namespace pd::server
