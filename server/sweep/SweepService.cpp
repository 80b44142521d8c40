#include "server/sweep/SweepService.h"

#include "app/domain/IsoTime.h"
#include "server/db/AdminAuditLog.h"
#include "server/db/Database.h"
#include "server/db/ItemRepository.h"
#include "server/db/SqlValues.h"
#include "server/db/Transaction.h"
#include "server/items/ContentChecker.h"
#include "server/sweep/LinkSweeper.h"
#include "server/sweep/SweepLog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pd::server {

using sqlvalues::placeholders;

namespace {
QJsonValue timeJson(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return domain::IsoTime::format(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::UTC));
}

const QString kSweepSelect =
    u"SELECT s.id, s.site_id, s.state, s.total, s.checked, s.started_at, s.finished_at, "
    u"(SELECT COUNT(*) FROM sweep_findings f WHERE f.sweep_id = s.id), "
    u"(SELECT COUNT(*) FROM sweep_findings f WHERE f.sweep_id = s.id AND f.state = 'open'), "
    u"s.kind, s.rules_version, s.restarts, s.links, s.dead_links, s.home_dead_links, s.unchecked_links, s.external, "
    u"s.items_read, (SELECT COUNT(*) FROM sweep_rechecks r WHERE r.sweep_id = s.id) "
    u"FROM sweeps s "_s;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

SweepService::SweepService(Database &db, ItemRepository &items, ContentChecker &checker, AdminAuditLog &audit,
                           ServerClock clock, Pace pace, QObject *parent)
    : QObject(parent), m_db(db), m_items(items), m_checker(checker), m_audit(audit), m_clock(clock), m_pace(pace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_pace.pause);
    connect(&m_timer, &QTimer::timeout, this, &SweepService::step);
    for (char32_t c = 1; c < 0x10000; ++c) {
        const char16_t folded = m_folder.fold(char16_t(c));
        if (folded != char16_t(c))
            m_unfolded[folded].append(char16_t(c));
    }
}

namespace {
QJsonObject sweepFromQuery(const QSqlQuery &q, double deadLinkLimit)
{
    QJsonObject o{{u"id"_s, q.value(0).toLongLong()},
                  {u"site"_s, q.value(1).toLongLong()},
                  {u"kind"_s, q.value(9).toString()},
                  {u"state"_s, q.value(2).toString()},
                  {u"total"_s, q.value(3).toInt()},
                  {u"checked"_s, q.value(4).toInt()},
                  {u"startedAt"_s, timeJson(q.value(5))},
                  {u"finishedAt"_s, timeJson(q.value(6))},
                  {u"findings"_s, q.value(7).toInt()},
                  {u"open"_s, q.value(8).toInt()}};
    if (q.value(9).toString() == u"links"_s) {
        const int links = q.value(12).toInt();
        const int dead = q.value(13).toInt();
        const int unchecked = q.value(15).toInt();
        const int checkedLinks = links - unchecked;
        const double ratio = checkedLinks > 0 ? double(dead) / checkedLinks : 0.0;
        o.insert(u"links"_s, links);
        o.insert(u"deadLinks"_s, dead);
        o.insert(u"homeDeadLinks"_s, q.value(14).toInt());
        o.insert(u"uncheckedLinks"_s, unchecked);
        o.insert(u"external"_s, q.value(16).toInt() != 0);
        o.insert(u"deadLinkRatio"_s, ratio);
        o.insert(u"deadLinkLimit"_s, deadLinkLimit);
        o.insert(u"withinLimit"_s, ratio <= deadLinkLimit && q.value(14).toInt() == 0);
    } else {
        o.insert(u"rulesVersion"_s, q.value(10).toInt());
        o.insert(u"restarts"_s, q.value(11).toInt());
        o.insert(u"itemsRead"_s, q.value(17).toInt());
        o.insert(u"rechecks"_s, q.value(18).toInt());
    }
    return o;
}
} // namespace

Result<QJsonObject> SweepService::sweep(qint64 id)
{
    auto q = m_db.exec(kSweepSelect + u"WHERE s.id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, u"巡检任务不存在"_s);
    return sweepFromQuery(*q, m_links ? m_links->deadLinkLimit() : 0.0);
}

Result<QJsonArray> SweepService::list(qint64 siteId, const QString &kind, int limit)
{
    QVariantList binds{siteId};
    if (!kind.isEmpty())
        binds.append(kind);
    binds.append(limit);
    auto q = m_db.exec(kSweepSelect + u"WHERE s.site_id = ? "_s + (kind.isEmpty() ? QString() : u"AND s.kind = ? "_s)
                           + u"ORDER BY s.id DESC LIMIT ?"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QJsonArray out;
    while (q->next())
        out.append(sweepFromQuery(*q, m_links ? m_links->deadLinkLimit() : 0.0));
    return out;
}

Result<QJsonObject> SweepService::start(const domain::User &caller, qint64 siteId, const QString &kind)
{
    if (kind != u"content"_s && kind != u"links"_s) {
        Error e = Error::make(ErrorCode::Validation, u"巡检类型应为 content（内容）或 links（链接）"_s);
        e.fields = {{u"kind"_s, u"未知的巡检类型"_s}};
        return std::unexpected(e);
    }
    if (kind == u"links"_s && !m_links)
        return fail(ErrorCode::Conflict, u"portald 没有发布公开网站（未设置 --webroot），无法巡检链接"_s);
    auto running = m_db.scalar(u"SELECT id FROM sweeps WHERE site_id = ? AND kind = ? AND state = 'running'"_s,
                               {siteId, kind});
    if (!running)
        return std::unexpected(running.error());
    if (running->isValid())
        return fail(ErrorCode::Conflict, u"该网站已有巡检正在进行（编号 %1），请等它完成或先取消"_s.arg(running->toLongLong()));
    int total = 0;
    int rulesVersion = 0;
    bool external = false;
    if (kind == u"content"_s) {
        auto count = m_db.scalar(u"SELECT COUNT(*) FROM items WHERE site_id = ? AND state = 'published'"_s, {siteId});
        if (!count)
            return std::unexpected(count.error());
        total = count->toInt();
        auto rules = m_checker.rulesOf(siteId);
        if (!rules)
            return std::unexpected(rules.error());
        rulesVersion = rules->version;
    } else {
        auto pages = m_links->pageCount(siteId);
        if (!pages)
            return std::unexpected(pages.error());
        total = *pages;
        external = m_links->checksExternal();
    }
    auto id = m_db.insert(u"INSERT INTO sweeps (site_id, kind, state, total, started_by, started_at, rules_version, external) "
                          u"VALUES (?, ?, 'running', ?, ?, ?, ?, ?)"_s,
                          {siteId, kind, total, caller.id, m_clock.now().toMSecsSinceEpoch(), rulesVersion, int(external)});
    if (!id)
        return std::unexpected(id.error());
    qCInfo(lcSweep) << kind << "sweep" << *id << "of site" << siteId << "started over" << total
                    << (kind == u"content"_s ? "items" : "pages");
    if (kind == u"content"_s)
        m_timer.start(m_pace.pause);
    else
        m_links->run(*id);
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
    if (m_links && after->value(u"kind").toString() == u"links"_s)
        m_links->stop(id);
    return after;
}

Result<void> SweepService::resume()
{
    auto running = m_db.exec(u"SELECT id, kind FROM sweeps WHERE state = 'running' ORDER BY id"_s);
    if (!running)
        return std::unexpected(running.error());
    int content = 0;
    QList<qint64> links;
    while (running->next()) {
        if (running->value(1).toString() == u"links"_s)
            links.append(running->value(0).toLongLong());
        else
            ++content;
    }
    if (content > 0) {
        qCInfo(lcSweep) << "resuming" << content << "content sweep(s) left running";
        m_timer.start(m_pace.pause);
    }
    for (const qint64 id : std::as_const(links)) {
        if (m_links) {
            qCInfo(lcSweep) << "resuming link sweep" << id;
            m_links->run(id);
        } else if (auto r = m_db.exec(u"UPDATE sweeps SET state = 'cancelled', finished_at = ? WHERE id = ?"_s,
                                      {m_clock.now().toMSecsSinceEpoch(), id});
                   !r) {
            return std::unexpected(r.error());
        } else {
            qCWarning(lcSweep) << "link sweep" << id << "cancelled: this portald publishes no public site";
        }
    }
    return {};
}

void SweepService::step()
{
    auto ids = m_db.exec(u"SELECT id FROM sweeps WHERE state = 'running' AND kind = 'content' ORDER BY id"_s);
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
    if (!more)
        return;
    // Someone saved, submitted or published since the last turn: the next one waits longer, so a publishing round
    // trip (several requests in a row) mostly finds the loop free.
    const quint64 activity = m_activity ? m_activity() : 0;
    m_timer.start(activity != m_lastActivity ? std::max(m_pace.yield, m_pace.pause) : m_pace.pause);
    m_lastActivity = activity;
}

namespace {

/// What a rule change means for the findings already made: which rules' findings may be wrong now, which of those
/// rules still look for something (and for what), and which allowed phrases came or went.
struct RuleDiff {
    QStringList affected; ///< their open findings on checked items go
    QStringList recheck;  ///< of those, the ones still enabled: checked again
    QStringList phrases;  ///< folded patterns of `recheck`: an item without one of them cannot match
    QStringList allow;    ///< folded allowed phrases added or removed: findings inside them come or go
};

std::optional<checks::Rule> effective(const checks::Rule &rule)
{
    if (!rule.enabled || rule.pattern.isEmpty())
        return std::nullopt;
    return rule;
}

// Every title the engine recognises next to a leader's name comes from all rules, disabled ones included.
QSet<QString> titlesOf(const checks::RuleSet &set, const checks::VariantFolder &folder)
{
    QSet<QString> out;
    for (const checks::Rule &r : set.rules)
        for (const QString &t : r.titles)
            out.insert(folder.fold(t));
    return out;
}

RuleDiff diffRules(const checks::RuleSet &before, const checks::RuleSet &now, const checks::VariantFolder &folder)
{
    RuleDiff diff;
    QHash<QString, checks::Rule> old;
    for (const checks::Rule &r : before.rules)
        old.insert(r.id, r);
    QSet<QString> seen;
    QSet<QString> affected;
    const auto touch = [&](const QString &id, const std::optional<checks::Rule> &next) {
        if (affected.contains(id))
            return;
        affected.insert(id);
        diff.affected.append(id);
        if (next) {
            diff.recheck.append(id);
            diff.phrases.append(folder.fold(next->pattern));
        }
    };
    for (const checks::Rule &r : now.rules) {
        seen.insert(r.id);
        const auto was = old.contains(r.id) ? effective(old.value(r.id)) : std::nullopt;
        const auto is = effective(r);
        if (was != is)
            touch(r.id, is);
    }
    for (const checks::Rule &r : before.rules)
        if (!seen.contains(r.id) && effective(r))
            touch(r.id, std::nullopt);
    // Another set of titles changes what counts as a wrong title beside any leader's name.
    if (titlesOf(before, folder) != titlesOf(now, folder)) {
        for (const checks::Rule &r : now.rules)
            if (r.kind == checks::RuleKind::Leader && !r.titles.isEmpty() && effective(r))
                touch(r.id, r);
    }
    QSet<QString> allowBefore;
    QSet<QString> allowNow;
    for (const QString &a : before.allow)
        allowBefore.insert(folder.fold(a));
    for (const QString &a : now.allow)
        allowNow.insert(folder.fold(a));
    for (const QString &a : std::as_const(allowBefore))
        if (!allowNow.contains(a))
            diff.allow.append(a);
    for (const QString &a : std::as_const(allowNow))
        if (!allowBefore.contains(a))
            diff.allow.append(a);
    return diff;
}

const checks::RuleSet &ruleSetOf(const ContentChecker::Rules &rules)
{
    static const checks::RuleSet none{0, {}, {}};
    return rules.engine ? rules.engine->ruleSet() : none;
}

// Past these, a re-check reads every checked item with every rule: as many SQL terms would cost more than they save.
constexpr qsizetype kMaxRecheckRules = 300;
constexpr qsizetype kMaxRecheckPhrases = 64;

QString settledKey(qint64 item, const QString &rule, const QString &field, const QString &excerpt)
{
    return u"%1|%2|%3|%4"_s.arg(item).arg(rule, field, excerpt);
}

} // namespace

QString SweepService::candidateCondition(const QStringList &phrases, QVariantList &binds) const
{
    if (phrases.isEmpty() || phrases.size() > kMaxRecheckPhrases)
        return {};
    // An item's text can contain a phrase (after folding) only if its stored JSON holds, for each character of the
    // phrase, one of the characters that fold to it — or writes characters as numeric references, which the
    // check decodes. Only letters and digits are looked for: JSON and HTML write punctuation in other ways.
    QStringList anyPhrase;
    for (const QString &phrase : phrases) {
        QStringList allChars;
        QSet<char16_t> used;
        for (const QChar ch : phrase) {
            const char16_t f = ch.unicode();
            if (used.contains(f) || used.size() >= 4)
                continue;
            QList<char16_t> forms = m_unfolded.value(f);
            if (m_folder.fold(f) == f)
                forms.prepend(f);
            const bool plain = !forms.isEmpty() && std::ranges::all_of(forms, [](char16_t c) {
                return QChar(c).isLetterOrNumber() && c != u'_';
            });
            if (!plain)
                continue;
            used.insert(f);
            QStringList anyForm;
            for (const char16_t form : std::as_const(forms)) {
                anyForm.append(u"items.content LIKE ?"_s);
                binds.append(u"%"_s + QChar(form) + u"%"_s);
            }
            allChars.append(u"("_s + anyForm.join(u" OR "_s) + u")"_s);
        }
        if (allChars.isEmpty()) {
            binds.clear();
            return {}; // nothing to look for: every item is a candidate
        }
        anyPhrase.append(u"("_s + allChars.join(u" AND "_s) + u")"_s);
    }
    anyPhrase.append(u"items.content LIKE ?"_s);
    binds.append(u"%&#%"_s);
    return u"("_s + anyPhrase.join(u" OR "_s) + u")"_s;
}

Result<QSet<QString>> SweepService::settledBetween(qint64 sweepId, qint64 after, qint64 upto)
{
    QSet<QString> settled;
    auto s = m_db.exec(u"SELECT item_id, rule_id, field, finding FROM sweep_findings WHERE sweep_id = ? AND state <> 'open' "
                       u"AND item_id > ? AND item_id <= ?"_s,
                       {sweepId, after, upto});
    if (!s)
        return std::unexpected(s.error());
    while (s->next()) {
        const QJsonObject f = QJsonDocument::fromJson(s->value(3).toString().toUtf8()).object();
        settled.insert(settledKey(s->value(0).toLongLong(), s->value(1).toString(), s->value(2).toString(),
                                  f.value(u"excerpt"_s).toString()));
    }
    return settled;
}

Result<void> SweepService::recordFindings(qint64 sweepId, const domain::Item &item,
                                          const QList<checks::Finding> &found, const QSet<QString> &settled)
{
    for (const checks::Finding &f : found) {
        if (settled.contains(settledKey(item.id, f.ruleId, f.field, f.excerpt)))
            continue;
        if (auto r = m_db.insert(u"INSERT INTO sweep_findings (sweep_id, item_id, rule_id, field, finding) VALUES (?, ?, ?, ?, ?)"_s,
                                 {sweepId, item.id, f.ruleId, f.field, compact(f.toJson())});
            !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<bool> SweepService::followRules(qint64 sweepId, qint64 siteId, int sweptWith, qint64 checkedUpTo,
                                       const ContentChecker::Rules &rules)
{
    // The rules the sweep checked with: remembered from its last turn, or none at all when it began without any.
    const auto known = m_swept.constFind(siteId);
    const bool remembered = known != m_swept.cend() && known->sweepId == sweepId && known->rules.version == sweptWith;
    if (!remembered && sweptWith != 0)
        return false;
    const RuleDiff diff = diffRules(remembered ? ruleSetOf(known->rules) : ruleSetOf({}), ruleSetOf(rules), m_folder);
    qCInfo(lcSweep) << "sweep" << sweepId << "follows rules version" << sweptWith << "to" << rules.version << ":"
                    << diff.affected.size() << "rule(s) and" << diff.allow.size() << "allowed phrase(s) changed";
    if (checkedUpTo > 0) {
        for (qsizetype i = 0; i < diff.affected.size(); i += 200) {
            const QStringList chunk = diff.affected.mid(i, 200);
            QVariantList binds{sweepId, checkedUpTo};
            for (const QString &id : chunk)
                binds.append(id);
            if (auto r = m_db.exec(u"DELETE FROM sweep_findings WHERE sweep_id = ? AND state = 'open' AND item_id <= ? "
                                   u"AND rule_id IN ("_s + placeholders(chunk.size()) + u")"_s,
                                   binds);
                !r)
                return std::unexpected(r.error());
        }
        const auto queue = [&](const QStringList &ruleIds, const QStringList &phrases) -> Result<void> {
            const bool allRules = ruleIds.size() > kMaxRecheckRules;
            const QString idsJson = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(allRules ? QStringList{u"*"_s} : ruleIds)).toJson(QJsonDocument::Compact));
            const QString phrasesJson = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(phrases.size() > kMaxRecheckPhrases ? QStringList() : phrases))
                    .toJson(QJsonDocument::Compact));
            if (auto r = m_db.insert(u"INSERT INTO sweep_rechecks (sweep_id, upto_item_id, rules, phrases) VALUES (?, ?, ?, ?)"_s,
                                     {sweepId, checkedUpTo, idsJson, phrasesJson});
                !r)
                return std::unexpected(r.error());
            return {};
        };
        if (!diff.recheck.isEmpty())
            if (auto r = queue(diff.recheck, diff.phrases); !r)
                return std::unexpected(r.error());
        // An allowed phrase silences or frees findings of any rule, and only where it occurs.
        if (!diff.allow.isEmpty())
            if (auto r = queue({u"*"_s}, diff.allow); !r)
                return std::unexpected(r.error());
    }
    if (auto r = m_db.exec(u"UPDATE sweeps SET rules_version = ? WHERE id = ?"_s, {rules.version, sweepId}); !r)
        return std::unexpected(r.error());
    return true;
}

Result<SweepService::TurnDone> SweepService::checkTurn(
    qint64 sweepId, qint64 siteId, qint64 after, qint64 upto, const QString &condition, const QVariantList &binds,
    const std::function<Result<void>(const domain::Item &, const QSet<QString> &)> &check)
{
    // Only as many items are read (and their content parsed) as the last turns managed within their slice.
    TurnDone turn{.want = std::clamp(m_perTurn, 1, m_pace.batch), .last = after};
    auto batch = m_items.publishedBetween(siteId, after, upto, turn.want, condition, binds);
    if (!batch)
        return std::unexpected(batch.error());
    turn.read = int(batch->size());
    // Settled findings of this sweep (kept across a restart): the same finding found again is not reopened.
    auto settled = settledBetween(sweepId, after, upto);
    if (!settled)
        return std::unexpected(settled.error());
    // The turn ends after its time slice so requests waiting behind it are served.
    QElapsedTimer slice;
    slice.start();
    for (const domain::Item &item : std::as_const(*batch)) {
        if (auto r = check(item, *settled); !r)
            return std::unexpected(r.error());
        ++turn.done;
        turn.last = item.id;
        if (slice.durationElapsed() >= m_pace.slice)
            break;
    }
    turn.finished = turn.read < turn.want && turn.done == turn.read;
    return turn;
}

Result<bool> SweepService::recheckTurn(qint64 sweepId, qint64 siteId, const ContentChecker::Rules &rules)
{
    auto q = m_db.exec(u"SELECT id, upto_item_id, last_item_id, rules, phrases FROM sweep_rechecks WHERE sweep_id = ? "
                       u"ORDER BY id LIMIT 1"_s,
                       {sweepId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return false;
    const qint64 recheckId = q->value(0).toLongLong();
    const qint64 upto = q->value(1).toLongLong();
    const qint64 after = q->value(2).toLongLong();
    QStringList ruleIds;
    for (const QJsonValue &v : QJsonDocument::fromJson(q->value(3).toString().toUtf8()).array())
        ruleIds.append(v.toString());
    QStringList phrases;
    for (const QJsonValue &v : QJsonDocument::fromJson(q->value(4).toString().toUtf8()).array())
        phrases.append(v.toString());
    const bool allRules = ruleIds.contains(u"*"_s);

    // The changed rules alone, with everything else of the current set that shapes their findings (the allow-list,
    // every rule's titles): they find what the whole set finds for them, at a fraction of the matching.
    ContentChecker::Rules engine = rules;
    if (!allRules) {
        auto cached = m_recheckEngines.constFind(recheckId);
        if (cached != m_recheckEngines.cend() && cached->version == rules.version) {
            engine = *cached;
        } else {
            checks::RuleSet only = ruleSetOf(rules);
            const QSet<QString> wanted(ruleIds.cbegin(), ruleIds.cend());
            for (checks::Rule &r : only.rules)
                r.enabled = r.enabled && wanted.contains(r.id);
            engine = ContentChecker::Rules{rules.version, checks::CheckEngine(only)};
            m_recheckEngines.insert(recheckId, engine);
        }
    }

    QVariantList binds;
    const QString condition = candidateCondition(phrases, binds);
    auto turn = checkTurn(sweepId, siteId, after, upto, condition, binds,
                          [&](const domain::Item &item, const QSet<QString> &settled) -> Result<void> {
        // What this re-check finds replaces what the item had open for its rules (a later change may have queued
        // the same rules again: each pass leaves them as the current rules find them).
        QVariantList del{sweepId, item.id};
        for (const QString &id : std::as_const(ruleIds))
            del.append(id);
        if (auto r = m_db.exec(u"DELETE FROM sweep_findings WHERE sweep_id = ? AND item_id = ? AND state = 'open'"_s
                                   + (allRules ? QString() : u" AND rule_id IN ("_s + placeholders(ruleIds.size()) + u")"_s),
                               allRules ? QVariantList{sweepId, item.id} : del);
            !r)
            return std::unexpected(r.error());
        return recordFindings(sweepId, item, ContentChecker::check(engine, item), settled);
    });
    if (!turn)
        return std::unexpected(turn.error());
    const bool finished = turn->finished;
    auto moved = finished ? m_db.exec(u"DELETE FROM sweep_rechecks WHERE id = ?"_s, {recheckId})
                          : m_db.exec(u"UPDATE sweep_rechecks SET last_item_id = ? WHERE id = ?"_s, {turn->last, recheckId});
    if (!moved)
        return std::unexpected(moved.error());
    if (auto r = m_db.exec(u"UPDATE sweeps SET items_read = items_read + ? WHERE id = ?"_s, {turn->done, sweepId}); !r)
        return std::unexpected(r.error());
    if (finished) {
        m_recheckEngines.remove(recheckId);
        qCInfo(lcSweep) << "sweep" << sweepId << "re-check" << recheckId << "done";
    }
    return true;
}

Result<bool> SweepService::stepOne(qint64 sweepId)
{
    auto q = m_db.exec(u"SELECT site_id, last_item_id, rules_version, checked, total FROM sweeps WHERE id = ?"_s, {sweepId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return false;
    const qint64 siteId = q->value(0).toLongLong();
    qint64 after = q->value(1).toLongLong();
    const int sweptWith = q->value(2).toInt();
    int checked = q->value(3).toInt();
    int total = q->value(4).toInt();

    // One compiled engine for the whole batch: ten thousand rules are read and compiled once per rule-set version,
    // never per item.
    auto rules = m_checker.rulesOf(siteId);
    if (!rules)
        return std::unexpected(rules.error());

    Transaction tx(m_db);
    if (rules->version != sweptWith) {
        auto followed = followRules(sweepId, siteId, sweptWith, after, *rules);
        if (!followed)
            return std::unexpected(followed.error());
        if (!*followed) {
            // Which rules it swept with is not known any more (portald restarted since): what it found with the
            // old ones may be gone or incomplete, so it starts over with the new ones. Settled findings stay, and
            // the same finding is not reopened (see below).
            qCInfo(lcSweep) << "sweep" << sweepId << "starts over: rules went from version" << sweptWith << "to"
                            << rules->version;
            if (auto r = m_db.exec(u"DELETE FROM sweep_findings WHERE sweep_id = ? AND state = 'open'"_s, {sweepId}); !r)
                return std::unexpected(r.error());
            if (auto r = m_db.exec(u"DELETE FROM sweep_rechecks WHERE sweep_id = ?"_s, {sweepId}); !r)
                return std::unexpected(r.error());
            auto count = m_db.scalar(u"SELECT COUNT(*) FROM items WHERE site_id = ? AND state = 'published'"_s, {siteId});
            if (!count)
                return std::unexpected(count.error());
            total = count->toInt();
            if (auto r = m_db.exec(u"UPDATE sweeps SET checked = 0, last_item_id = 0, total = ?, rules_version = ?, "
                                   u"restarts = restarts + 1 WHERE id = ?"_s,
                                   {total, rules->version, sweepId});
                !r)
                return std::unexpected(r.error());
            after = 0;
            checked = 0;
        }
    }
    m_swept.insert(siteId, Swept{sweepId, *rules});

    // A change the sweep has to catch up with goes first: its re-checks are few items each.
    auto rechecked = recheckTurn(sweepId, siteId, *rules);
    if (!rechecked)
        return std::unexpected(rechecked.error());
    if (*rechecked) {
        if (auto c = tx.commit(); !c)
            return std::unexpected(c.error());
        return true;
    }

    // One transaction per turn: the findings and the resume point move together, so a crash repeats a turn at
    // most, never records it twice.
    auto turn = checkTurn(sweepId, siteId, after, std::numeric_limits<qint64>::max(), {}, {},
                          [&](const domain::Item &item, const QSet<QString> &settled) {
                              return recordFindings(sweepId, item, ContentChecker::check(*rules, item), settled);
                          });
    if (!turn)
        return std::unexpected(turn.error());
    const auto [read, want, done, last, finished] = *turn;
    if (done < read)
        m_perTurn = std::max(1, done + done / 4);
    else if (read == want)
        m_perTurn = std::min(m_pace.batch, want * 2);
    // Items published after a finished sweep took up a rule change are checked too; the total follows them.
    auto r = m_db.exec(finished ? u"UPDATE sweeps SET checked = checked + ?, items_read = items_read + ?, last_item_id = ?, "
                                  u"total = ?, state = 'done', finished_at = ? WHERE id = ? AND state = 'running'"_s
                                : u"UPDATE sweeps SET checked = checked + ?, items_read = items_read + ?, last_item_id = ?, "
                                  u"total = ?, finished_at = ? WHERE id = ? AND state = 'running'"_s,
                       {done, done, last, std::max(total, checked + done),
                        finished ? QVariant(m_clock.now().toMSecsSinceEpoch()) : QVariant(), sweepId});
    if (!r)
        return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    if (finished)
        qCInfo(lcSweep) << "sweep" << sweepId << "done";
    return !finished;
}

void SweepService::rulesChanged(qint64 siteId)
{
    auto q = m_db.exec(u"SELECT id, state, rules_version FROM sweeps WHERE site_id = ? AND kind = 'content' "
                       u"ORDER BY id DESC LIMIT 1"_s,
                       {siteId});
    if (!q || !q->next())
        return;
    const qint64 id = q->value(0).toLongLong();
    if (q->value(1).toString() == u"running"_s) {
        m_timer.start(m_pace.pause);
        return;
    }
    if (q->value(1).toString() != u"done"_s)
        return;
    // The findings of a finished sweep are what the inspection is prepared from: they follow the rules too.
    if (auto r = m_db.exec(u"UPDATE sweeps SET state = 'running', finished_at = NULL WHERE id = ? AND state = 'done'"_s, {id});
        !r) {
        qCWarning(lcSweep).noquote() << "sweep" << id << "cannot take up the rule change:" << r.error().message;
        return;
    }
    qCInfo(lcSweep) << "sweep" << id << "takes up the rule change of site" << siteId;
    m_timer.start(m_pace.pause);
}

Result<QJsonArray> SweepService::findingsWhere(const QString &where, const QVariantList &binds)
{
    // The item's title comes along: a findings list of item numbers alone tells an inspector nothing.
    // So is who settled it: a reviewer weighs an ignored finding by who ignored it as much as by the reason.
    auto q = m_db.exec(u"SELECT f.id, f.item_id, f.finding, f.state, f.reason, f.resolved_at, f.sweep_id, i.title, "
                       u"u.display_name FROM sweep_findings f LEFT JOIN items i ON i.id = f.item_id "
                       u"LEFT JOIN users u ON u.id = f.resolved_by WHERE "_s + where
                           + u" ORDER BY f.item_id, f.id"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QJsonArray out;
    while (q->next()) {
        QJsonObject o = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        o.insert(u"id"_s, q->value(0).toLongLong());
        o.insert(u"sweep"_s, q->value(6).toLongLong());
        o.insert(u"item"_s, q->value(1).toLongLong());
        o.insert(u"state"_s, q->value(3).toString());
        o.insert(u"reason"_s, q->value(4).toString());
        o.insert(u"resolvedAt"_s, timeJson(q->value(5)));
        o.insert(u"itemTitle"_s, q->value(7).toString());
        o.insert(u"resolvedBy"_s, q->value(8).toString());
        out.append(o);
    }
    return out;
}

Result<QJsonArray> SweepService::findings(qint64 sweepId, const QString &state)
{
    QVariantList binds{sweepId};
    if (!state.isEmpty())
        binds.append(state);
    return findingsWhere(u"f.sweep_id = ?"_s + (state.isEmpty() ? QString() : u" AND f.state = ?"_s), binds);
}

Result<QJsonArray> SweepService::findingsOfItem(qint64 itemId, const QString &state)
{
    QVariantList binds{itemId};
    if (!state.isEmpty())
        binds.append(state);
    return findingsWhere(u"f.item_id = ?"_s + (state.isEmpty() ? QString() : u" AND f.state = ?"_s), binds);
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

Result<std::optional<qint64>> SweepService::siteOfItem(qint64 id)
{
    auto v = m_db.scalar(u"SELECT site_id FROM items WHERE id = ?"_s, {id});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? std::optional<qint64>(v->toLongLong()) : std::nullopt;
}

Result<QJsonObject> SweepService::resolve(const domain::User &caller, qint64 findingId, const QString &action,
                                          const QString &reason)
{
    auto q = m_db.exec(u"SELECT f.sweep_id, f.item_id, f.rule_id, f.field, f.state, s.kind, s.site_id, f.finding "
                       u"FROM sweep_findings f JOIN sweeps s ON s.id = f.sweep_id WHERE f.id = ?"_s,
                       {findingId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, u"巡检问题不存在"_s);
    const qint64 itemId = q->value(1).toLongLong();
    const QString ruleId = q->value(2).toString();
    const QString field = q->value(3).toString();
    const bool linkFinding = q->value(5).toString() == u"links"_s;
    const qint64 siteId = q->value(6).toLongLong();
    const QJsonObject stored = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
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
    if (action == u"fix"_s && linkFinding && m_links) {
        auto still = m_links->recheck(siteId, stored);
        if (!still)
            return std::unexpected(still.error());
        if (still->has_value())
            return fail(ErrorCode::Conflict, **still);
    } else if (action == u"fix"_s) {
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
    auto one = [this](qint64 id) -> Result<QJsonObject> {
        auto list = findingsWhere(u"f.id = ?"_s, {id});
        if (!list)
            return std::unexpected(list.error());
        return list->isEmpty() ? QJsonObject() : list->first().toObject();
    };
    auto old = one(findingId);
    if (!old)
        return old;
    Transaction tx(m_db);
    if (auto r = m_db.exec(u"UPDATE sweep_findings SET state = ?, reason = ?, resolved_by = ?, resolved_at = ? WHERE id = ?"_s,
                           {action == u"fix"_s ? u"fixed"_s : u"ignored"_s,
                            // A null string would be bound as SQL NULL; the column holds '' when no reason is given.
                            reason.trimmed().isEmpty() ? u""_s : reason.trimmed(), caller.id,
                            m_clock.now().toMSecsSinceEpoch(), findingId});
        !r)
        return std::unexpected(r.error());
    auto now = one(findingId);
    if (!now)
        return now;
    if (auto r = m_audit.record(caller, u"finding"_s, QString::number(findingId), action, *old, *now); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return now;
}

} // namespace pd::server
