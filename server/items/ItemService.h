#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/Placement.h"
#include "app/domain/Site.h"
#include "app/domain/TopicCategoryCatalog.h"
#include "app/domain/User.h"
#include "app/domain/WorkflowAction.h"
#include "app/domain/WorkingCalendar.h"
#include "server/items/PlacedCopies.h"
#include "server/config/ServerClock.h"
#include "server/items/TransitionInput.h"
#include "server/sanitize/HtmlSanitizer.h"

#include <QObject>
#include <functional>
#include <optional>

namespace pd::server {

class ContentChecker;
class Database;
class ItemRepository;
class SiteRepository;
class Transaction;

/// The rules around items: who may create and edit what, sanitising, validation, 索引号 assignment, workflow
/// transitions (with checks on submit, deadlines, audit, feature clean-up on withdrawal) and scheduled publishing.
class ItemService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemService)

public:
    ItemService(Database &db, ItemRepository &items, SiteRepository &sites, ContentChecker &checker,
                domain::WorkingCalendar calendar, ServerClock clock, QObject *parent = nullptr);

    /// The item if `caller` may see it (NotFound otherwise — unknown and invisible look alike).
    Result<domain::Item> get(const domain::User &caller, qint64 id);
    Result<domain::Item> create(const domain::User &caller, const domain::Item &input);
    /// `ifMatch`: the revision the caller edited; nullopt → 428, stale → 412 with the current item.
    Result<domain::Item> update(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                const domain::Item &input);
    Result<void> remove(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch);
    Result<domain::Item> transition(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                    const TransitionInput &input);
    /// Publishes every scheduled item whose time has come (the scheduler's tick); returns how many.
    Result<int> publishDue(const QDateTime &now);
    /// Archives every published feature whose end date has passed (归档); returns how many.
    Result<int> archiveEndedFeatures(const QDateTime &now);

    /// Co-publishing (站群): where an item is placed on other sites, with each copy's state there.
    Result<QList<domain::Placement>> placements(const domain::User &caller, qint64 id);
    /// Places a copy of a published item in columns of another site (推送, or 报送 to its portal); see PlacedCopies.
    Result<domain::Placement> place(const domain::User &caller, qint64 id, const PlacedCopies::Input &input);
    /// Ends a placement: its copy is taken off the target site.
    Result<void> removePlacement(const domain::User &caller, qint64 id, qint64 placementId);
    /// The copies placed on a site and still in force, by copy id (the review queue names their source).
    Result<QHash<qint64, domain::Placement>> placedCopiesOn(qint64 siteId) { return m_copies.liveCopiesOn(siteId); }

    [[nodiscard]] const domain::WorkingCalendar &calendar() const { return m_calendar; }
    /// The calendar `site`'s review deadlines count in: its own working hours over portald's calendar.
    [[nodiscard]] domain::WorkingCalendar calendarOf(const domain::Site &site) const
    {
        return m_calendar.forSite(site.workingHours);
    }
    [[nodiscard]] const ServerClock &clock() const { return m_clock; }

Q_SIGNALS:
    /// An item was created, edited, moved through the workflow or deleted (for the event stream and the scheduler).
    void itemChanged(qint64 id, qint64 siteId);

private:
    /// Applies a transition the scheduler makes (publish due, archive ended) to every listed item `applies` accepts.
    Result<int> applyScheduled(const QList<qint64> &ids, const TransitionInput &input,
                               const std::function<bool(const domain::Item &)> &applies, const QDateTime &now);
    Result<domain::Site> siteOf(qint64 siteId);
    /// The last steps of an edit that leaves the workflow state as it is (create, update, delete): `caller`'s audit
    /// entry `what` on item `itemId` of site `siteId`, `tx` committed, the change announced.
    Result<void> commitEdit(Transaction &tx, const domain::User &caller, qint64 itemId, qint64 siteId,
                            const QDateTime &now, const QString &what, const domain::WorkflowState &workflow,
                            const QString &comment = {});
    Result<void> prepareContent(domain::Item &item, const domain::Site &site);
    Result<domain::Item> load(const domain::User &caller, qint64 id);
    Result<void> checkRevision(const domain::Item &current, std::optional<qint64> ifMatch);
    /// Refuses publishing and scheduling on a disabled site (409).
    static Result<void> checkSitePublishes(const domain::Site &site, std::optional<domain::WorkflowAction> action);
    /// The site's 三审 rules for an approval: not by the item's author, not twice by one person in one round (403 / 409),
    /// unless the site's review policy allows it.
    Result<void> checkReviewPolicy(const domain::Item &item, const domain::Site &site, const domain::User &actor);
    Result<domain::Item> applyTransition(domain::Item item, const domain::Site &site, const domain::User &actor,
                                         const TransitionInput &input, const QDateTime &now);
    Result<void> removeFromFeatures(const domain::Item &withdrawn, qint64 actorId, const QDateTime &now);
    /// The content checks a submit (or an urgent republish) must pass: complete fields, no blocking finding.
    Result<void> checkForSubmit(const domain::Item &content);
    /// The national topic categories and the site's own, as its disclosure items may use them.
    Result<domain::TopicCategoryCatalog> catalogOf(qint64 siteId);
    /// PUT on a published item: stores (or replaces) its pending revision; the published text stays public.
    Result<domain::Item> updatePending(const domain::User &caller, const domain::Item &current,
                                       const domain::Item &input);
    /// submit / approve / reject / publish of the pending revision, or its urgent republication.
    Result<domain::Item> applyPendingTransition(domain::Item item, const domain::Site &site, const domain::User &actor,
                                                const TransitionInput &input, const QDateTime &now);
    /// The pending revision becomes the published text.
    Result<domain::Item> publishPending(domain::Item item, const domain::User &actor, const QString &comment,
                                        const QDateTime &now);
    /// 失效 / 废止 of a published disclosure item, with the link to (and from) the replacing document.
    Result<domain::Item> applyInvalidate(domain::Item item, const domain::Site &site, const domain::User &actor,
                                         const TransitionInput &input, const QDateTime &now);
    /// Unpublishing, withdrawing or archiving an item does the same to its published 繁体 copy, whose pages show
    /// the same text.
    Result<void> followWithTraditionalCopy(const domain::Item &source, const domain::Site &site,
                                           const domain::User &actor, const TransitionInput &input,
                                           const QDateTime &now);

    /// Announces the copies a placement change or a follow-up touched.
    void announce(const PlacedCopies::Changed &changed);

    Database &m_db;
    ItemRepository &m_items;
    SiteRepository &m_sites;
    ContentChecker &m_checker;
    domain::WorkingCalendar m_calendar;
    ServerClock m_clock;
    HtmlSanitizer m_sanitizer;
    PlacedCopies m_copies; ///< after m_calendar, which it refers to
};

} // namespace pd::server
