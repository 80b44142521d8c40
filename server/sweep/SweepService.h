#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"
#include "server/config/ServerClock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace pd::server {

class AdminAuditLog;
class ContentChecker;
class Database;
class ItemRepository;
class LinkSweeper;

/// Whole-site sweeps: the current content-check rules over every published item of a site, or every link of its
/// public pages (`LinkSweeper`), as jobs that run beside publishing and the API (short slices on the event loop, a
/// pause between them), report their progress, can be cancelled, and resume where they stopped after a restart.
/// Their findings are marked 已整改 (fixed, re-checked first) or 忽略 (ignored, with a reason), both in the
/// administration audit log. A content sweep checks with one rule-set version: when the rules change under it, it
/// starts over from the first item with the new ones (findings already settled stay settled).
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

private:
    void step();
    Result<bool> stepOne(qint64 sweepId);
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
    QTimer m_timer;
};

} // namespace pd::server
