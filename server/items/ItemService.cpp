#include "server/items/ItemService.h"

#include "app/checks/CheckEngine.h"
#include "server/db/Database.h"
#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/db/Transaction.h"
#include "app/domain/IndexNumber.h"
#include "app/domain/Workflow.h"
#include "server/items/ContentChecker.h"
#include "server/items/ItemsLog.h"
#include "server/log/LogText.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using domain::Item;
using domain::ItemState;

bool canSee(const domain::User &user, qint64 siteId)
{
    return std::ranges::any_of(user.roles, [&](const domain::RoleGrant &g) { return g.siteId == 0 || g.siteId == siteId; });
}

bool canWrite(const domain::User &user, qint64 siteId)
{
    return user.hasRole(QString(domain::roles::Editor), siteId);
}

bool isEditable(ItemState s)
{
    return s == ItemState::Draft || s == ItemState::Rejected || s == ItemState::Unpublished;
}

Error validation(const QString &detail, QList<FieldError> fields)
{
    Error e = Error::make(ErrorCode::Validation, detail);
    e.fields = std::move(fields);
    return e;
}

/// The scheduler acts as a publisher of the item's site.
domain::User schedulerActor(qint64 siteId)
{
    domain::User u;
    u.id = 0;
    u.username = u"portald"_s;
    u.displayName = u"定时发布"_s;
    u.roles = {domain::RoleGrant{QString(domain::roles::Publisher), siteId, 0}};
    return u;
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

ItemService::ItemService(Database &db, ItemRepository &items, SiteRepository &sites, ContentChecker &checker,
                         domain::WorkingCalendar calendar, QObject *parent)
    : QObject(parent), m_db(db), m_items(items), m_sites(sites), m_checker(checker), m_calendar(std::move(calendar))
{
}

Result<domain::Site> ItemService::siteOf(qint64 siteId)
{
    auto site = m_sites.site(siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value())
        return std::unexpected(validation(u"站点不存在"_s, {{u"site"_s, u"没有编号为 %1 的站点"_s.arg(siteId)}}));
    return **site;
}

Result<void> ItemService::prepareContent(Item &item, const domain::Site &site)
{
    // Stored HTML is always the sanitised form, whatever the client sent.
    auto clean = m_sanitizer.sanitize(item.bodyHtml);
    if (!clean)
        return std::unexpected(clean.error());
    item.bodyHtml = *clean;

    QList<FieldError> errors = item.validate();
    for (const qint64 columnId : std::as_const(item.columnIds)) {
        auto column = m_sites.column(columnId);
        if (!column)
            return std::unexpected(column.error());
        if (!column->has_value() || (*column)->siteId != site.id) {
            errors.append({u"columns"_s, u"栏目 %1 不属于本站点"_s.arg(columnId)});
            break;
        }
        // A column holds one kind of content: disclosure documents only in the 信息公开 catalogue, and so on.
        const domain::ColumnKind kind = (*column)->kind;
        const bool fits = item.type == domain::ItemType::Disclosure ? kind == domain::ColumnKind::Disclosure
                          : item.type == domain::ItemType::Feature  ? kind == domain::ColumnKind::Feature
                                                                    : kind == domain::ColumnKind::News
                                                                          || kind == domain::ColumnKind::Notice
                                                                          || kind == domain::ColumnKind::Policy;
        if (!fits) {
            errors.append({u"columns"_s, u"栏目“%1”不能存放这类内容"_s.arg((*column)->name)});
            break;
        }
    }
    if (item.feature) {
        for (qsizetype i = 0; i < item.feature->sections.size(); ++i) {
            domain::ItemFeatureSection &section = item.feature->sections[i];
            if (section.id <= 0)
                section.id = i + 1;
            auto existing = m_items.existingOnSite(site.id, section.itemIds);
            if (!existing)
                return std::unexpected(existing.error());
            if (existing->size() != section.itemIds.size() || section.itemIds.contains(item.id))
                errors.append({u"feature.sections[%1].itemIds"_s.arg(i), u"引用的条目不存在、不属于本站点或引用了专题自身"_s});
        }
    }
    if (!errors.isEmpty())
        return std::unexpected(validation(u"内容校验未通过，共 %1 处问题"_s.arg(errors.size()), errors));
    return {};
}

Result<Item> ItemService::load(const domain::User &caller, qint64 id)
{
    auto item = m_items.find(id);
    if (!item)
        return std::unexpected(item.error());
    if (!item->has_value() || !canSee(caller, (*item)->siteId))
        return fail(ErrorCode::NotFound, u"条目 %1 不存在"_s.arg(id));
    return **item;
}

Result<void> ItemService::checkRevision(const Item &current, std::optional<qint64> ifMatch)
{
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"修改已有内容需要 If-Match 请求头（取自读取时的 ETag）"_s);
    if (*ifMatch != current.revision) {
        Error e = Error::make(ErrorCode::PreconditionFailed,
                              u"条目已被修改：您编辑的是第 %1 版，当前是第 %2 版"_s.arg(*ifMatch).arg(current.revision));
        e.body.insert(u"current"_s, current.toJson());
        return std::unexpected(e);
    }
    return {};
}

Result<Item> ItemService::get(const domain::User &caller, qint64 id)
{
    return load(caller, id);
}

Result<Item> ItemService::create(const domain::User &caller, const Item &input)
{
    auto site = siteOf(input.siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!canWrite(caller, site->id))
        return fail(ErrorCode::Forbidden, u"只有本站点的编辑可以新建内容"_s);

    Item item;
    item.siteId = site->id;
    item.type = input.type;
    item.takeContentFrom(input);
    if (item.disclosure)
        item.disclosure->indexNo.clear();
    if (auto r = prepareContent(item, *site); !r)
        return std::unexpected(r.error());

    const QDateTime now = nowUtc();
    item.workflow = domain::WorkflowState{ItemState::Draft, 0};
    item.revision = 1;
    item.createdBy = caller.id;
    item.createdByName = caller.displayName;
    item.createdAt = now;
    item.updatedAt = now;

    Transaction tx(m_db);
    if (item.disclosure) {
        // Numbered inside the same transaction as the insert: a failed create gives its number back, and the one
        // writer means concurrent creates queue up and get consecutive numbers.
        const int year = now.toTimeZone(m_calendar.timeZone()).date().year();
        auto seq = m_items.nextIndexSequence(site->orgCode, year);
        if (!seq)
            return std::unexpected(seq.error());
        item.disclosure->indexNo = domain::IndexNumber::format(site->orgCode, year, *seq);
    }
    auto id = m_items.insert(item, caller.id);
    if (!id)
        return std::unexpected(id.error());
    if (auto r = m_items.addAudit(item.id, {now, caller.id, caller.username, caller.displayName, u"create"_s,
                                            item.workflow, item.workflow, {}});
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT itemChanged(item.id, item.siteId);
    return item;
}

Result<Item> ItemService::update(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch, const Item &input)
{
    auto current = load(caller, id);
    if (!current)
        return current;
    if (!canWrite(caller, current->siteId))
        return fail(ErrorCode::Forbidden, u"只有本站点的编辑可以修改内容"_s);
    if (auto r = checkRevision(*current, ifMatch); !r)
        return std::unexpected(r.error());
    if (!isEditable(current->workflow.state))
        return fail(ErrorCode::Conflict, u"“%1”状态的条目不能修改；草稿、被退回或已下线的条目才能修改"_s.arg(
                                             domain::itemStateCode(current->workflow.state)));
    auto site = siteOf(current->siteId);
    if (!site)
        return std::unexpected(site.error());

    Item item = *current;
    item.takeContentFrom(input);
    if (auto r = prepareContent(item, *site); !r)
        return std::unexpected(r.error());
    const QDateTime now = nowUtc();
    item.revision = current->revision + 1;
    item.updatedAt = now;

    Transaction tx(m_db);
    if (auto r = m_items.update(item, caller.id); !r)
        return std::unexpected(r.error());
    if (auto r = m_items.addAudit(item.id, {now, caller.id, caller.username, caller.displayName, u"update"_s,
                                            item.workflow, item.workflow, {}});
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT itemChanged(item.id, item.siteId);
    return item;
}

Result<void> ItemService::remove(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch)
{
    auto current = load(caller, id);
    if (!current)
        return std::unexpected(current.error());
    if (!canWrite(caller, current->siteId))
        return fail(ErrorCode::Forbidden, u"只有本站点的编辑可以删除内容"_s);
    if (auto r = checkRevision(*current, ifMatch); !r)
        return r;
    if (current->workflow.state != ItemState::Draft)
        return fail(ErrorCode::Conflict, u"只能删除草稿；已进入流程的条目请撤稿或归档"_s);
    if (current->type == domain::ItemType::Disclosure)
        return fail(ErrorCode::Conflict, u"政府信息公开条目已分配索引号，不能删除（索引号须连续），请修改后使用"_s);

    const QDateTime now = nowUtc();
    Transaction tx(m_db);
    if (auto r = m_items.remove(id); !r)
        return r;
    if (auto r = m_items.addAudit(id, {now, caller.id, caller.username, caller.displayName, u"delete"_s,
                                       current->workflow, current->workflow, {}});
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT itemChanged(id, current->siteId);
    return {};
}

Result<Item> ItemService::transition(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                     const TransitionInput &input)
{
    auto current = load(caller, id);
    if (!current)
        return current;
    if (auto r = checkRevision(*current, ifMatch); !r)
        return std::unexpected(r.error());
    auto site = siteOf(current->siteId);
    if (!site)
        return std::unexpected(site.error());
    Transaction tx(m_db);
    auto item = applyTransition(*current, *site, caller, input, nowUtc());
    if (!item)
        return item;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT itemChanged(item->id, item->siteId);
    return item;
}

Result<Item> ItemService::applyTransition(Item item, const domain::Site &site, const domain::User &actor,
                                          const TransitionInput &input, const QDateTime &now)
{
    const auto action = domain::workflowActionFromCode(input.action);
    if (!action)
        return std::unexpected(validation(u"未知的操作：%1"_s.arg(input.action),
                                          {{u"action"_s, u"应为 submit、approve、reject、publish、schedule、unpublish、withdraw、archive 之一"_s}}));
    const domain::Workflow workflow(site.reviewLevels);
    const domain::TransitionRequest request{*action, input.comment.trimmed(), input.publishAt, now};
    auto next = workflow.apply(item.workflow, request, actor, site.id);
    if (!next)
        return std::unexpected(next.error());

    if (*action == domain::WorkflowAction::Submit) {
        // What was saved must still be complete, and the site's rules must not block it.
        const QList<FieldError> problems = item.validate();
        if (!problems.isEmpty())
            return std::unexpected(validation(u"内容不完整，不能送审"_s, problems));
        auto findings = m_checker.check(item);
        if (!findings)
            return std::unexpected(findings.error());
        if (checks::CheckEngine::hasBlocking(*findings)) {
            QList<FieldError> fields;
            QJsonArray list;
            for (const checks::Finding &f : std::as_const(*findings)) {
                list.append(f.toJson());
                if (f.severity == checks::Severity::Block)
                    fields.append({f.field, f.suggestion.isEmpty() ? f.message
                                                                   : u"%1（建议：%2）"_s.arg(f.message, f.suggestion)});
            }
            Error e = validation(u"内容检查发现 %1 处必须修改的问题，不能送审"_s.arg(fields.size()), fields);
            e.body.insert(u"findings"_s, list);
            return std::unexpected(e);
        }
    }

    const domain::WorkflowState from = item.workflow;
    item.workflow = *next;
    item.revision += 1;
    item.updatedAt = now;
    item.dueAt = item.workflow.state == ItemState::Submitted ? m_calendar.addWorkingHours(now, site.reviewHours)
                                                             : QDateTime();
    switch (*action) {
    case domain::WorkflowAction::Schedule:
        item.publishAt = input.publishAt.toUTC();
        break;
    case domain::WorkflowAction::Publish:
        item.publishAt = QDateTime();
        if (!item.publishedAt.isValid())
            item.publishedAt = now;
        item.publicUrl = u"/items/%1.html"_s.arg(item.id);
        for (const qint64 column : std::as_const(item.columnIds))
            if (auto r = m_sites.touchColumnPublished(column, now.toMSecsSinceEpoch()); !r)
                return std::unexpected(r.error());
        break;
    case domain::WorkflowAction::Unpublish:
    case domain::WorkflowAction::Withdraw:
        item.publicUrl.clear();
        item.publishAt = QDateTime();
        break;
    case domain::WorkflowAction::Archive:
        item.publishAt = QDateTime();
        break;
    default:
        break;
    }
    if (auto r = m_items.update(item, actor.id); !r)
        return std::unexpected(r.error());
    if (auto r = m_items.addAudit(item.id, {now, actor.id, actor.username, actor.displayName, input.action, from,
                                            item.workflow, request.comment});
        !r)
        return std::unexpected(r.error());
    if (*action == domain::WorkflowAction::Withdraw)
        if (auto r = removeFromFeatures(item, actor.id, now); !r)
            return std::unexpected(r.error());
    qCInfo(lcItems).noquote() << "item" << item.id << domain::itemStateCode(from.state) << "->"
                              << domain::itemStateCode(item.workflow.state) << "by" << logText(actor.username);
    return item;
}

Result<void> ItemService::removeFromFeatures(const Item &withdrawn, qint64 actorId, const QDateTime &now)
{
    auto features = m_items.featuresReferencing(withdrawn.siteId, withdrawn.id);
    if (!features)
        return std::unexpected(features.error());
    for (Item feature : std::as_const(*features)) {
        feature.feature->removeItem(withdrawn.id);
        feature.revision += 1;
        feature.updatedAt = now;
        if (auto r = m_items.update(feature, actorId); !r)
            return r;
        if (auto r = m_items.addAudit(feature.id, {now, actorId, {}, {}, u"update"_s, feature.workflow, feature.workflow,
                                                   u"条目 %1 已撤稿，自动移出本专题"_s.arg(withdrawn.id)});
            !r)
            return r;
        Q_EMIT itemChanged(feature.id, feature.siteId);
    }
    return {};
}

Result<int> ItemService::archiveEndedFeatures(const QDateTime &now)
{
    auto ids = m_items.publishedFeatures();
    if (!ids)
        return std::unexpected(ids.error());
    const auto ended = [&](const Item &item) {
        return item.feature && item.feature->endsAt.isValid() && item.feature->endsAt <= now;
    };
    return applyScheduled(*ids, TransitionInput{u"archive"_s, u"专题已到结束日期，自动归档"_s, {}}, ended, now);
}

Result<int> ItemService::publishDue(const QDateTime &now)
{
    auto due = m_items.dueScheduled(now);
    if (!due)
        return std::unexpected(due.error());
    return applyScheduled(*due, TransitionInput{u"publish"_s, {}, {}}, [](const Item &) { return true; }, now);
}

Result<int> ItemService::applyScheduled(const QList<qint64> &ids, const TransitionInput &input,
                                        const std::function<bool(const Item &)> &applies, const QDateTime &now)
{
    int applied = 0;
    for (const qint64 id : ids) {
        auto item = m_items.find(id);
        if (!item)
            return std::unexpected(item.error());
        if (!item->has_value() || !applies(**item))
            continue;
        auto site = siteOf((*item)->siteId);
        if (!site)
            return std::unexpected(site.error());
        Transaction tx(m_db);
        // One item failing (e.g. changed meanwhile) must not hold up the others; it is logged and retried next tick.
        if (auto done = applyTransition(**item, *site, schedulerActor(site->id), input, now); !done) {
            qCWarning(lcItems) << input.action << "by the scheduler failed for item" << id << ":" << done.error().message;
            continue;
        }
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        ++applied;
        Q_EMIT itemChanged(id, site->id);
    }
    return applied;
}

} // namespace pd::server
