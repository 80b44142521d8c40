#include "server/sweep/SweepService.h"

#include "app/domain/IsoTime.h"
#include "server/db/AdminAuditLog.h"
#include "server/db/Database.h"
#include "server/db/ItemRepository.h"
#include "server/db/Transaction.h"
#include "server/items/ContentChecker.h"
#include "server/sweep/SweepLog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
QJsonValue timeJson(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return domain::IsoTime::format(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::UTC));
}
} // namespace

SweepService::SweepService(Database &db, ItemRepository &items, ContentChecker &checker, AdminAuditLog &audit,
                           ServerClock clock, Pace pace, QObject *parent)
    : QObject(parent), m_db(db), m_items(items), m_checker(checker), m_audit(audit), m_clock(clock), m_pace(pace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_pace.pause);
    connect(&m_timer, &QTimer::timeout, this, &SweepService::step);
}

Result<QJsonObject> SweepService::sweep(qint64 id)
{
    auto q = m_db.exec(u"SELECT s.id, s.site_id, s.state, s.total, s.checked, s.started_at, s.finished_at, "
                       u"(SELECT COUNT(*) FROM sweep_findings f WHERE f.sweep_id = s.id), "
                       u"(SELECT COUNT(*) FROM sweep_findings f WHERE f.sweep_id = s.id AND f.state = 'open') "
                       u"FROM sweeps s WHERE s.id = ?"_s,
                       {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, u"巡检任务不存在"_s);
    return QJsonObject{{u"id"_s, q->value(0).toLongLong()},
                       {u"site"_s, q->value(1).toLongLong()},
                       {u"kind"_s, u"content"_s},
                       {u"state"_s, q->value(2).toString()},
                       {u"total"_s, q->value(3).toInt()},
                       {u"checked"_s, q->value(4).toInt()},
                       {u"startedAt"_s, timeJson(q->value(5))},
                       {u"finishedAt"_s, timeJson(q->value(6))},
                       {u"findings"_s, q->value(7).toInt()},
                       {u"open"_s, q->value(8).toInt()}};
}

Result<QJsonObject> SweepService::start(const domain::User &caller, qint64 siteId)
{
    auto running = m_db.scalar(u"SELECT id FROM sweeps WHERE site_id = ? AND state = 'running'"_s, {siteId});
    if (!running)
        return std::unexpected(running.error());
    if (running->isValid())
        return fail(ErrorCode::Conflict, u"该网站已有巡检正在进行（编号 %1），请等它完成或先取消"_s.arg(running->toLongLong()));
    auto total = m_db.scalar(u"SELECT COUNT(*) FROM items WHERE site_id = ? AND state = 'published'"_s, {siteId});
    if (!total)
        return std::unexpected(total.error());
    auto id = m_db.insert(u"INSERT INTO sweeps (site_id, state, total, started_by, started_at) VALUES (?, 'running', ?, ?, ?)"_s,
                          {siteId, total->toInt(), caller.id, m_clock.now().toMSecsSinceEpoch()});
    if (!id)
        return std::unexpected(id.error());
    qCInfo(lcSweep) << "sweep" << *id << "of site" << siteId << "started over" << total->toInt() << "items";
    m_timer.start();
    return sweep(*id);
}

Result<QJsonObject> SweepService::cancel(const domain::User &caller, qint64 id)
{
    auto before = sweep(id);
    if (!before)
        return before;
    if (before->value(u"state").toString() != u"running"_s)
        return fail(ErrorCode::Conflict, u"巡检已经结束，无法取消"_s);
    Transaction tx(m_db);
    if (auto r = m_db.exec(u"UPDATE sweeps SET state = 'cancelled', finished_at = ? WHERE id = ?"_s,
                           {m_clock.now().toMSecsSinceEpoch(), id});
        !r)
        return std::unexpected(r.error());
    auto after = sweep(id);
    if (!after)
        return after;
    if (auto r = m_audit.record(caller, u"sweep"_s, QString::number(id), u"cancel"_s, *before, *after); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return after;
}

Result<void> SweepService::resume()
{
    auto running = m_db.scalar(u"SELECT COUNT(*) FROM sweeps WHERE state = 'running'"_s);
    if (!running)
        return std::unexpected(running.error());
    if (running->toInt() > 0) {
        qCInfo(lcSweep) << "resuming" << running->toInt() << "sweep(s) left running";
        m_timer.start();
    }
    return {};
}

void SweepService::step()
{
    auto ids = m_db.exec(u"SELECT id FROM sweeps WHERE state = 'running' ORDER BY id"_s);
    if (!ids) {
        qCWarning(lcSweep).noquote() << "cannot read the running sweeps:" << ids.error().message;
        return;
    }
    QList<qint64> running;
    while (ids->next())
        running.append(ids->value(0).toLongLong());
    bool more = false;
    for (const qint64 id : std::as_const(running)) {
        auto r = stepOne(id);
        if (!r)
            qCWarning(lcSweep).noquote() << "sweep" << id << "batch failed, retried next turn:" << r.error().message;
        more = more || !r || *r;
    }
    if (more)
        m_timer.start();
}

Result<bool> SweepService::stepOne(qint64 sweepId)
{
    auto q = m_db.exec(u"SELECT site_id, last_item_id FROM sweeps WHERE id = ?"_s, {sweepId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return false;
    const qint64 siteId = q->value(0).toLongLong();
    const qint64 after = q->value(1).toLongLong();
    auto batch = m_db.exec(u"SELECT id FROM items WHERE site_id = ? AND state = 'published' AND id > ? ORDER BY id LIMIT ?"_s,
                           {siteId, after, m_pace.batch});
    if (!batch)
        return std::unexpected(batch.error());
    QList<qint64> itemIds;
    while (batch->next())
        itemIds.append(batch->value(0).toLongLong());

    // One transaction per batch: the findings and the resume point move together, so a crash repeats a batch at
    // most, never records it twice.
    Transaction tx(m_db);
    for (const qint64 itemId : std::as_const(itemIds)) {
        auto item = m_items.find(itemId);
        if (!item)
            return std::unexpected(item.error());
        if (!item->has_value())
            continue;
        auto found = m_checker.check(**item);
        if (!found)
            return std::unexpected(found.error());
        for (const checks::Finding &f : std::as_const(*found)) {
            if (auto r = m_db.insert(u"INSERT INTO sweep_findings (sweep_id, item_id, rule_id, field, finding) VALUES (?, ?, ?, ?, ?)"_s,
                                     {sweepId, itemId, f.ruleId, f.field,
                                      QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact))});
                !r)
                return std::unexpected(r.error());
        }
    }
    const bool done = itemIds.size() < m_pace.batch;
    auto r = m_db.exec(done ? u"UPDATE sweeps SET checked = checked + ?, last_item_id = ?, state = 'done', finished_at = ? "
                              u"WHERE id = ? AND state = 'running'"_s
                            : u"UPDATE sweeps SET checked = checked + ?, last_item_id = ?, finished_at = ? "
                              u"WHERE id = ? AND state = 'running'"_s,
                       {int(itemIds.size()), itemIds.isEmpty() ? after : itemIds.last(),
                        done ? QVariant(m_clock.now().toMSecsSinceEpoch()) : QVariant(), sweepId});
    if (!r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    if (done)
        qCInfo(lcSweep) << "sweep" << sweepId << "done";
    return !done;
}

Result<QJsonArray> SweepService::findings(qint64 sweepId, const QString &state)
{
    QVariantList binds{sweepId};
    if (!state.isEmpty())
        binds.append(state);
    auto q = m_db.exec(u"SELECT id, item_id, finding, state, reason, resolved_at FROM sweep_findings WHERE sweep_id = ? "_s
                           + (state.isEmpty() ? QString() : u"AND state = ? "_s) + u"ORDER BY item_id, id"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QJsonArray out;
    while (q->next()) {
        QJsonObject o = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        o.insert(u"id"_s, q->value(0).toLongLong());
        o.insert(u"sweep"_s, sweepId);
        o.insert(u"item"_s, q->value(1).toLongLong());
        o.insert(u"state"_s, q->value(3).toString());
        o.insert(u"reason"_s, q->value(4).toString());
        o.insert(u"resolvedAt"_s, timeJson(q->value(5)));
        out.append(o);
    }
    return out;
}

Result<std::optional<qint64>> SweepService::siteOfSweep(qint64 id)
{
    auto v = m_db.scalar(u"SELECT site_id FROM sweeps WHERE id = ?"_s, {id});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? std::optional<qint64>(v->toLongLong()) : std::nullopt;
}

Result<std::optional<qint64>> SweepService::siteOfFinding(qint64 id)
{
    auto v = m_db.scalar(u"SELECT s.site_id FROM sweep_findings f JOIN sweeps s ON s.id = f.sweep_id WHERE f.id = ?"_s, {id});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? std::optional<qint64>(v->toLongLong()) : std::nullopt;
}

Result<QJsonObject> SweepService::resolve(const domain::User &caller, qint64 findingId, const QString &action,
                                          const QString &reason)
{
    auto q = m_db.exec(u"SELECT sweep_id, item_id, rule_id, field, state FROM sweep_findings WHERE id = ?"_s, {findingId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, u"巡检问题不存在"_s);
    const qint64 sweepId = q->value(0).toLongLong();
    const qint64 itemId = q->value(1).toLongLong();
    const QString ruleId = q->value(2).toString();
    const QString field = q->value(3).toString();
    if (action != u"fix"_s && action != u"ignore"_s) {
        Error e = Error::make(ErrorCode::Validation, u"操作应为 fix（已整改）或 ignore（忽略）"_s);
        e.fields = {{u"action"_s, u"未知的操作"_s}};
        return std::unexpected(e);
    }
    if (action == u"ignore"_s && reason.trimmed().isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"忽略巡检问题需要说明理由"_s);
        e.fields = {{u"reason"_s, u"请填写忽略的理由，审核人员和审计日志都会看到"_s}};
        return std::unexpected(e);
    }
    if (action == u"fix"_s) {
        // 已整改 is believed only after the item passes the same rule again.
        auto item = m_items.find(itemId);
        if (!item)
            return std::unexpected(item.error());
        if (item->has_value() && (*item)->workflow.state == domain::ItemState::Published) {
            auto found = m_checker.check(**item);
            if (!found)
                return std::unexpected(found.error());
            for (const checks::Finding &f : std::as_const(*found))
                if (f.ruleId == ruleId && f.field == field)
                    return fail(ErrorCode::Conflict, u"复查仍发现该问题（%1），请先修改并发布后再标记已整改"_s.arg(f.excerpt));
        }
    }
    auto before = findings(sweepId, {});
    if (!before)
        return std::unexpected(before.error());
    QJsonObject old;
    for (const QJsonValue &v : std::as_const(*before))
        if (v.toObject().value(u"id").toInteger() == findingId)
            old = v.toObject();
    Transaction tx(m_db);
    if (auto r = m_db.exec(u"UPDATE sweep_findings SET state = ?, reason = ?, resolved_by = ?, resolved_at = ? WHERE id = ?"_s,
                           {action == u"fix"_s ? u"fixed"_s : u"ignored"_s,
                            // A null string would be bound as SQL NULL; the column holds '' when no reason is given.
                            reason.trimmed().isEmpty() ? u""_s : reason.trimmed(), caller.id,
                            m_clock.now().toMSecsSinceEpoch(), findingId});
        !r)
        return std::unexpected(r.error());
    auto after = findings(sweepId, {});
    if (!after)
        return std::unexpected(after.error());
    QJsonObject now;
    for (const QJsonValue &v : std::as_const(*after))
        if (v.toObject().value(u"id").toInteger() == findingId)
            now = v.toObject();
    if (auto r = m_audit.record(caller, u"finding"_s, QString::number(findingId), action, old, now); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return now;
}

} // namespace pd::server
