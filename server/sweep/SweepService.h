#pragma once
#include "app/checks/VariantFolder.h"
#include "app/domain/Error.h"
#include "app/domain/User.h"
#include "server/config/ServerClock.h"
#include "server/items/ContentChecker.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace pd::server {

class AdminAuditLog;
class Database;
class ItemRepository;
class LinkSweeper;

/// Whole-site sweeps: the current content-check rules over every published item of a site, or every link of its
/// public pages (`LinkSweeper`), as jobs that run beside publishing and the API (short slices on the event loop, a
/// pause between them), report their progress, can be cancelled, and resume where they stopped after a restart.
/// Their findings are marked 已整改 (fixed, re-checked first) or 忽略 (ignored, with a reason), both in the
/// administration audit log. When the rules change under a content sweep (or after the site's latest one finished),
/// it catches up by re-checking only what the change could affect — the changed rules, and only on the items already
/// checked that contain their words — so its findings are those a full sweep with the new rules would make; the
/// rest of the site is checked with the new rules as it comes. Findings already settled stay settled.
class SweepService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepService)

public:
    struct Pace {
        int batch = 200;                      ///< at most so many items per turn of the event loop
        std::chrono::milliseconds pause{10};  ///< between turns, so requests are served in between
        std::chrono::milliseconds slice{4};   ///< a turn ends after this long even before `batch` items
        std::chrono::milliseconds yield{50};  ///< the rest instead of `pause` while the API is being written to
    };
    /// A count that moves whenever someone writes through the API (saves, submits, publishing).
    using Activity = std::function<quint64()>;

    SweepService(Database &db, ItemRepository &items, ContentChecker &checker, AdminAuditLog &audit, ServerClock clock,
                 Pace pace, QObject *parent = nullptr);

    /// Link sweeps need the public site; without one (no web root) only content sweeps run.
    void setLinkSweeper(LinkSweeper *links) { m_links = links; }
    /// While the count moves, sweeps rest longer between turns: publishing goes first.
    void setActivity(Activity activity) { m_activity = std::move(activity); }

    /// Starts a sweep of `kind` ("content" or "links") over `siteId`; Conflict while one of that kind runs there.
    Result<QJsonObject> start(const domain::User &caller, qint64 siteId, const QString &kind);
    Result<QJsonObject> sweep(qint64 id);
    /// The site's sweeps, newest first, optionally of one kind.
    Result<QJsonArray> list(qint64 siteId, const QString &kind, int limit);
    /// Stops a running sweep (Conflict when it is not running); its findings so far stay.
    Result<QJsonObject> cancel(const domain::User &caller, qint64 id);
    /// The sweep's findings, optionally only those in `state` (open, fixed, ignored).
    Result<QJsonArray> findings(qint64 sweepId, const QString &state);
    /// Findings of every sweep about one item, optionally only those in `state` — what its reviewers see.
    Result<QJsonArray> findingsOfItem(qint64 itemId, const QString &state);
    /// `fix` (re-checked: Conflict while the finding is still there) or `ignore` (Validation without a reason).
    Result<QJsonObject> resolve(const domain::User &caller, qint64 findingId, const QString &action,
                                const QString &reason);
    /// The site a sweep or a finding belongs to (for permission checks); nullopt when there is none.
    Result<std::optional<qint64>> siteOfSweep(qint64 id);
    Result<std::optional<qint64>> siteOfFinding(qint64 id);
    Result<std::optional<qint64>> siteOfItem(qint64 id);
    /// Picks up the sweeps a stopped portald left running.
    Result<void> resume();
    /// The site's check rules changed: its latest content sweep, if it finished, takes up the change (a running one
    /// notices it on its next turn).
    void rulesChanged(qint64 siteId);

private:
    void step();
    Result<bool> stepOne(qint64 sweepId);
    /// The rules went from `sweptWith` to `rules` after the sweep checked the items up to `checkedUpTo`: drops the
    /// open findings the change may have made wrong there and queues the re-checks that find them anew. false when
    /// the rules it swept with are not known any more (portald restarted): then it starts over.
    Result<bool> followRules(qint64 sweepId, qint64 siteId, int sweptWith, qint64 checkedUpTo,
                             const ContentChecker::Rules &rules);
    /// What a turn did: items read and wanted, how many it checked before its time slice ran out, the last one's id
    /// (the turn's `after` when none), and whether that was the end of its range.
    struct TurnDone
    {
        int read = 0;
        int want = 0;
        int done = 0;
        qint64 last = 0;
        bool finished = false;
    };
    /// One turn of either kind: the published items of the site in (after, upto] that `condition` admits, as many
    /// as the last turns managed within their slice, each given to `check` with the sweep's settled findings there
    /// until the turn's time slice is used up.
    Result<TurnDone> checkTurn(qint64 sweepId, qint64 siteId, qint64 after, qint64 upto, const QString &condition,
                               const QVariantList &binds,
                               const std::function<Result<void>(const domain::Item &, const QSet<QString> &)> &check);
    /// One turn of the sweep's oldest pending re-check; false when none is pending.
    Result<bool> recheckTurn(qint64 sweepId, qint64 siteId, const ContentChecker::Rules &rules);
    /// Settled findings of the sweep on items in (after, upto]: the same finding found again is not reopened.
    Result<QSet<QString>> settledBetween(qint64 sweepId, qint64 after, qint64 upto);
    /// Stores the item's `found` findings in the sweep, all but those `settled` (keys of settledBetween()).
    Result<void> recordFindings(qint64 sweepId, const domain::Item &item, const QList<checks::Finding> &found,
                                const QSet<QString> &settled);
    /// SQL over `items` true for every item whose text could contain one of the folded `phrases`.
    [[nodiscard]] QString candidateCondition(const QStringList &phrases, QVariantList &binds) const;
    Result<QJsonArray> findingsWhere(const QString &where, const QVariantList &binds);

    Database &m_db;
    ItemRepository &m_items;
    ContentChecker &m_checker;
    AdminAuditLog &m_audit;
    LinkSweeper *m_links = nullptr;
    ServerClock m_clock;
    Pace m_pace;
    Activity m_activity;
    quint64 m_lastActivity = 0;
    int m_perTurn = 20; ///< items read for the next turn: what fits in a slice, learnt as it goes
    /// Per site: the rules its latest content sweep last checked with, to tell what a change of them touched.
    struct Swept {
        qint64 sweepId = 0;
        ContentChecker::Rules rules;
    };
    QHash<qint64, Swept> m_swept;
    /// Per pending re-check: the engine of its rules alone, and the rule-set version it was made from.
    QHash<qint64, ContentChecker::Rules> m_recheckEngines;
    checks::VariantFolder m_folder;
    QHash<char16_t, QList<char16_t>> m_unfolded; ///< folded character → every character folding to it
    QTimer m_timer;
};

} // namespace pd::server
