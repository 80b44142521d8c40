#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"
#include "server/config/ServerClock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace pd::server {

class AdminAuditLog;
class ContentChecker;
class Database;
class ItemRepository;

/// Whole-site sweeps: the current content-check rules over every published item of a site, as a job that runs
/// beside publishing and the API (small batches on the event loop, a pause between them), reports its progress,
/// can be cancelled, and resumes where it stopped after a restart. Its findings are marked 已整改 (fixed, re-checked
/// first) or 忽略 (ignored, with a reason), both in the administration audit log.
class SweepService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepService)

public:
    struct Pace {
        int batch = 200;                      ///< items checked per turn of the event loop
        std::chrono::milliseconds pause{10};  ///< between turns, so requests are served in between
    };

    SweepService(Database &db, ItemRepository &items, ContentChecker &checker, AdminAuditLog &audit, ServerClock clock,
                 Pace pace, QObject *parent = nullptr);

    /// Starts a sweep of `siteId`'s published items; Conflict while one runs there already.
    Result<QJsonObject> start(const domain::User &caller, qint64 siteId);
    Result<QJsonObject> sweep(qint64 id);
    /// Stops a running sweep (Conflict when it is not running); its findings so far stay.
    Result<QJsonObject> cancel(const domain::User &caller, qint64 id);
    /// The sweep's findings, optionally only those in `state` (open, fixed, ignored).
    Result<QJsonArray> findings(qint64 sweepId, const QString &state);
    /// `fix` (re-checked: Conflict while the finding is still there) or `ignore` (Validation without a reason).
    Result<QJsonObject> resolve(const domain::User &caller, qint64 findingId, const QString &action,
                                const QString &reason);
    /// The site a sweep or a finding belongs to (for permission checks); nullopt when there is none.
    Result<std::optional<qint64>> siteOfSweep(qint64 id);
    Result<std::optional<qint64>> siteOfFinding(qint64 id);
    /// Picks up the sweeps a stopped portald left running.
    Result<void> resume();

private:
    void step();
    Result<bool> stepOne(qint64 sweepId);

    Database &m_db;
    ItemRepository &m_items;
    ContentChecker &m_checker;
    AdminAuditLog &m_audit;
    ServerClock m_clock;
    Pace m_pace;
    QTimer m_timer;
};

} // namespace pd::server
