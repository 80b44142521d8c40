#include "server/items/ItemService.h"

#include "app/checks/CheckEngine.h"
#include "server/db/Database.h"
#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/db/TraditionalStore.h"
#include "server/db/Transaction.h"
#include "app/domain/DisclosureVocabulary.h"
#include "app/domain/IndexNumber.h"
#include "app/domain/TopicCategoryCatalog.h"
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

/// A state as a problem detail names it: in Chinese, like the rest of the detail (portald loads no translations,
/// and neither the API code nor the client's English source word is something an editor should read).
QString stateName(ItemState state)
{
    switch (state) {
    case ItemState::Draft: return u"草稿"_s;
    case ItemState::Submitted: return u"审核中"_s;
    case ItemState::Approved: return u"已审核"_s;
    case ItemState::Scheduled: return u"定时发布"_s;
    case ItemState::Published: return u"已发布"_s;
    case ItemState::Rejected: return u"已退回"_s;
    case ItemState::Unpublished: return u"已下线"_s;
    case ItemState::Withdrawn: return u"已撤稿"_s;
    case ItemState::Archived: return u"已归档"_s;
    }
    return u"未知"_s;
}

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

} // namespace

ItemService::ItemService(Database &db, ItemRepository &items, SiteRepository &sites, ContentChecker &checker,
                         domain::WorkingCalendar calendar, ServerClock clock, QObject *parent)
    : QObject(parent), m_db(db), m_items(items), m_sites(sites), m_checker(checker), m_calendar(std::move(calendar)),
      m_clock(clock), m_copies(db, items, sites, m_calendar)
{
}

void ItemService::announce(const PlacedCopies::Changed &changed)
{
    for (const auto &[id, siteId] : changed)
        Q_EMIT itemChanged(id, siteId);
}

Result<QList<domain::Placement>> ItemService::placements(const domain::User &caller, qint64 id)
{
    if (auto item = load(caller, id); !item)
        return std::unexpected(item.error());
    return m_copies.of(id);
}

Result<domain::Placement> ItemService::place(const domain::User &caller, qint64 id, const PlacedCopies::Input &input)
{
    auto source = load(caller, id);
    if (!source)
        return std::unexpected(source.error());
    PlacedCopies::Changed changed;
    Transaction tx(m_db);
    auto placement = m_copies.place(caller, *source, input, m_clock.now(), changed);
    if (!placement)
        return placement;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    announce(changed);
    Q_EMIT itemChanged(source->id, source->siteId);
    return placement;
}

Result<void> ItemService::removePlacement(const domain::User &caller, qint64 id, qint64 placementId)
{
    auto source = load(caller, id);
    if (!source)
        return std::unexpected(source.error());
    PlacedCopies::Changed changed;
    Transaction tx(m_db);
    if (auto r = m_copies.remove(caller, *source, placementId, m_clock.now(), changed); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    announce(changed);
    Q_EMIT itemChanged(source->id, source->siteId);
    return {};
}

Result<void> ItemService::commitEdit(Transaction &tx, const domain::User &caller, qint64 itemId, qint64 siteId,
                                     const QDateTime &now, const QString &what, const domain::WorkflowState &workflow,
                                     const QString &comment)
{
    if (auto r = m_items.addAudit(itemId, {now, caller.id, caller.username, caller.displayName, what, workflow,
                                           workflow, comment});
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT itemChanged(itemId, siteId);
    return {};
}

Result<domain::Site> ItemService::siteOf(qint64 siteId)
{
    auto site = m_sites.site(siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value())
        return std::unexpected(Error::validation(u"站点不存在"_s, {{u"site"_s, u"没有编号为 %1 的站点"_s.arg(siteId)}}));
    return **site;
}

Result<void> ItemService::prepareContent(Item &item, const domain::Site &site)
{
    // Stored HTML is always the sanitised form, whatever the client sent.
    auto clean = m_sanitizer.sanitize(item.bodyHtml);
    if (!clean)
        return std::unexpected(clean.error());
    item.bodyHtml = *clean;

    auto catalog = catalogOf(site.id);
    if (!catalog)
        return std::unexpected(catalog.error());
    QList<FieldError> errors = item.validate(*catalog);
    for (const qint64 columnId : std::as_const(item.columnIds)) {
        auto column = m_sites.column(columnId);
        if (!column)
            return std::unexpected(column.error());
        if (!column->has_value() || (*column)->siteId != site.id) {
            errors.append({u"columns"_s, u"栏目 %1 不属于本站点"_s.arg(columnId)});
            break;
        }
        if (!(*column)->enabled) {
            errors.append({u"columns"_s, u"栏目“%1”已停用，不能再放入稿件"_s.arg((*column)->name)});
            break;
        }
        // A column holds one kind of content: disclosure documents only in the 信息公开 catalogue, and so on.
        const domain::ColumnKind kind = (*column)->kind;
        if (!domain::columnTakes(kind, item.type)) {
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
        return std::unexpected(Error::validation(u"内容校验未通过，共 %1 处问题"_s.arg(errors.size()), errors));
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

    const QDateTime now = m_clock.now();
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
    if (auto r = commitEdit(tx, caller, item.id, item.siteId, now, u"create"_s, item.workflow); !r)
        return std::unexpected(r.error());
    return item;
}

Result<Item> ItemService::update(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch, const Item &input)
{
    auto current = load(caller, id);
    if (!current)
        return current;
    // A publisher corrects what is published (紧急更正) without being an editor: the fix is saved as the pending
    // revision, which only review or the publisher's own urgent publish brings onto the public site.
    const bool published = current->workflow.state == ItemState::Published;
    const bool correcting = published && current->siteId > 0
                            && caller.hasRole(QString(domain::roles::Publisher), current->siteId);
    if (!canWrite(caller, current->siteId) && !correcting)
        return fail(ErrorCode::Forbidden, published ? u"只有本站点的编辑或签发人可以修改已发布的内容"_s
                                                    : u"只有本站点的编辑可以修改内容"_s);
    if (auto r = checkRevision(*current, ifMatch); !r)
        return std::unexpected(r.error());
    // A placed copy takes every published text of its original; an edit here would be overwritten (and is not the
    // source site's text any more).
    auto origin = m_copies.ofCopy(id);
    if (!origin)
        return std::unexpected(origin.error());
    if (origin->has_value())
        return fail(ErrorCode::Conflict, u"这是从“%1”%2来的稿件，内容随原稿更新；请在来源站点修改原稿"_s.arg(
                                             (*origin)->sourceSiteName,
                                             (*origin)->kind == domain::Placement::Kind::Submit ? u"报送"_s : u"推送"_s));
    if (published)
        return updatePending(caller, *current, input);
    if (!isEditable(current->workflow.state))
        return fail(ErrorCode::Conflict, u"“%1”状态的条目不能修改；草稿、被退回、已下线或已发布的条目才能修改"_s.arg(
                                             stateName(current->workflow.state)));
    auto site = siteOf(current->siteId);
    if (!site)
        return std::unexpected(site.error());

    Item item = *current;
    item.takeContentFrom(input);
    if (auto r = prepareContent(item, *site); !r)
        return std::unexpected(r.error());
    const QDateTime now = m_clock.now();
    item.revision = current->revision + 1;
    item.updatedAt = now;

    Transaction tx(m_db);
    if (auto r = m_items.update(item, caller.id); !r)
        return std::unexpected(r.error());
    if (auto r = commitEdit(tx, caller, item.id, item.siteId, now, u"update"_s, item.workflow); !r)
        return std::unexpected(r.error());
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

    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto r = m_items.remove(id); !r)
        return r;
    return commitEdit(tx, caller, id, current->siteId, now, u"delete"_s, current->workflow);
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
    const auto action = domain::workflowActionFromCode(input.action);
    if (auto r = checkSitePublishes(*site, action); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    const QDateTime now = m_clock.now();
    const bool revisionAction = action
                                && (*action == domain::WorkflowAction::Submit || *action == domain::WorkflowAction::Approve
                                    || *action == domain::WorkflowAction::Reject || *action == domain::WorkflowAction::Publish
                                    || *action == domain::WorkflowAction::Schedule);
    Result<Item> item;
    if (input.action == u"invalidate")
        item = applyInvalidate(*current, *site, caller, input, now);
    else if (current->workflow.state == ItemState::Published && revisionAction
             && (current->pendingRevision || input.urgent))
        item = applyPendingTransition(*current, *site, caller, input, now);
    else if (input.urgent)
        item = fail(ErrorCode::Conflict, u"紧急更正只用于已发布条目的修改稿；这条内容是“%1”状态，请按正常流程操作"_s.arg(
                                             stateName(current->workflow.state)));
    else
        item = applyTransition(*current, *site, caller, input, now);
    if (!item)
        return item;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT itemChanged(item->id, item->siteId);
    return item;
}

Result<void> ItemService::checkSitePublishes(const domain::Site &site, std::optional<domain::WorkflowAction> action)
{
    // A disabled site keeps its content but has no public pages: nothing new may go out on it.
    if (!site.enabled && action
        && (*action == domain::WorkflowAction::Publish || *action == domain::WorkflowAction::Schedule))
        return fail(ErrorCode::Conflict, u"网站“%1”已停用，其内容不能发布；请先由管理员启用该网站"_s.arg(site.name));
    return {};
}

Result<void> ItemService::checkReviewPolicy(const Item &item, const domain::Site &site, const domain::User &actor)
{
    auto policy = m_sites.reviewPolicy(site.id);
    if (!policy)
        return std::unexpected(policy.error());
    if (!policy->has_value())
        return {};
    if (!(*policy)->allowAuthorReview && item.createdBy == actor.id)
        return fail(ErrorCode::Forbidden, u"不能审核自己撰写的稿件：本站的审核规则要求由作者以外的人审核"_s);
    if ((*policy)->allowSameReviewerAcrossLevels)
        return {};
    auto audit = m_items.audit(item.id);
    if (!audit)
        return std::unexpected(audit.error());
    // Only this round of review counts: after a rejection and a new submission every level is reviewed afresh.
    for (auto entry = audit->crbegin(); entry != audit->crend(); ++entry) {
        if (entry->action == u"submit"_s)
            break;
        if (entry->action == u"approve"_s && entry->userId == actor.id)
            return fail(ErrorCode::Conflict, u"您已在第 %1 级审核通过此稿件；本站的审核规则要求每一级由不同的人审核"_s
                                                 .arg(entry->from.level));
    }
    return {};
}

Result<Item> ItemService::applyTransition(Item item, const domain::Site &site, const domain::User &actor,
                                          const TransitionInput &input, const QDateTime &now)
{
    const auto action = domain::workflowActionFromCode(input.action);
    if (!action)
        return std::unexpected(Error::validation(u"未知的操作：%1"_s.arg(input.action),
                                          {{u"action"_s, u"应为 submit、approve、reject、publish、schedule、unpublish、withdraw、archive、invalidate 之一"_s}}));
    const domain::Workflow workflow(site.reviewLevels);
    const domain::TransitionRequest request{*action, input.comment.trimmed(), input.publishAt, now};
    auto next = workflow.apply(item.workflow, request, actor, site.id);
    if (!next)
        return std::unexpected(next.error());
    if (*action == domain::WorkflowAction::Approve)
        if (auto r = checkReviewPolicy(item, site, actor); !r)
            return std::unexpected(r.error());

    if (*action == domain::WorkflowAction::Submit)
        if (auto r = checkForSubmit(item); !r)
            return std::unexpected(r.error());

    const domain::WorkflowState from = item.workflow;
    item.workflow = *next;
    item.revision += 1;
    item.updatedAt = now;
    item.dueAt = item.workflow.state == ItemState::Submitted ? calendarOf(site).addWorkingHours(now, site.reviewHours)
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
        item.publishedRevision = item.revision;
        for (const qint64 column : std::as_const(item.columnIds))
            if (auto r = m_sites.touchColumnPublished(column, now.toMSecsSinceEpoch()); !r)
                return std::unexpected(r.error());
        break;
    case domain::WorkflowAction::Unpublish:
        // Back in the editors' hands: an edit waiting for review becomes the text they work on, nothing is lost.
        if (item.pendingRevision) {
            item.takeContentFrom(*item.pendingRevision);
            item.pendingRevision.reset();
        }
        item.publicUrl.clear();
        item.publishAt = QDateTime();
        break;
    case domain::WorkflowAction::Withdraw:
        // The withdrawal is final; a pending edit stays readable in the revision history.
        item.pendingRevision.reset();
        item.publicUrl.clear();
        item.publishAt = QDateTime();
        break;
    case domain::WorkflowAction::Archive:
        item.pendingRevision.reset();
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
    if (*action == domain::WorkflowAction::Withdraw || *action == domain::WorkflowAction::Unpublish
        || *action == domain::WorkflowAction::Archive) {
        if (auto r = followWithTraditionalCopy(item, site, actor, input, now); !r)
            return std::unexpected(r.error());
        PlacedCopies::Changed changed;
        if (auto r = m_copies.followTakenDown(item, *action, actor, request.comment, now, changed); !r)
            return std::unexpected(r.error());
        announce(changed);
    }
    if (*action == domain::WorkflowAction::Publish) {
        PlacedCopies::Changed changed;
        if (auto r = m_copies.followPublished(item, actor, now, changed); !r)
            return std::unexpected(r.error());
        announce(changed);
    }
    qCInfo(lcItems).noquote() << "item" << item.id << domain::itemStateCode(from.state) << "->"
                              << domain::itemStateCode(item.workflow.state) << "by" << logText(actor.username);
    return item;
}

Result<domain::TopicCategoryCatalog> ItemService::catalogOf(qint64 siteId)
{
    // A disclosure item may be filed under the site's own topic categories as well as the national ones.
    auto own = m_sites.siteCategories(siteId);
    if (!own)
        return std::unexpected(own.error());
    QList<domain::TopicCategory> categories;
    for (const domain::SiteCategory &c : std::as_const(*own))
        categories.append(c.category());
    return domain::TopicCategoryCatalog(categories);
}

Result<void> ItemService::checkForSubmit(const Item &content)
{
    // What was saved must still be complete, and the site's rules must not block it.
    auto catalog = catalogOf(content.siteId);
    if (!catalog)
        return std::unexpected(catalog.error());
    const QList<FieldError> problems = content.validate(*catalog);
    if (!problems.isEmpty())
        return std::unexpected(Error::validation(u"内容不完整，不能送审"_s, problems));
    auto findings = m_checker.check(content);
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
        Error e = Error::validation(u"内容检查发现 %1 处必须修改的问题，不能送审"_s.arg(fields.size()), fields);
        e.body.insert(u"findings"_s, list);
        return std::unexpected(e);
    }
    return {};
}

Result<Item> ItemService::updatePending(const domain::User &caller, const Item &current, const Item &input)
{
    if (current.pendingRevision && current.pendingRevision->workflow.state != ItemState::Draft
        && current.pendingRevision->workflow.state != ItemState::Rejected)
        return fail(ErrorCode::Conflict,
                    u"这条已发布内容的修改稿正在审核（%1），不能再改；请等审核结束，或请审核人退回后再修改"_s.arg(
                        stateName(current.pendingRevision->workflow.state)));
    auto site = siteOf(current.siteId);
    if (!site)
        return std::unexpected(site.error());

    Item pending = current.pendingRevision ? *current.pendingRevision : current;
    if (!current.pendingRevision) {
        pending.workflow = domain::WorkflowState{ItemState::Draft, 0};
        pending.pendingRevision.reset();
    }
    pending.takeContentFrom(input);
    if (auto r = prepareContent(pending, *site); !r)
        return std::unexpected(r.error());

    const QDateTime now = m_clock.now();
    Item item = current;
    item.revision = current.revision + 1;
    item.updatedAt = now;
    // Items published before pending revisions existed: what is public now is the current revision's text.
    if (item.publishedRevision <= 0)
        item.publishedRevision = current.revision;
    pending.revision = item.revision;
    pending.updatedAt = now;
    pending.dueAt = QDateTime();
    pending.publicUrl.clear();
    pending.publishedRevision = item.publishedRevision;
    item.pendingRevision = domain::PendingRevision(pending);

    Transaction tx(m_db);
    if (auto r = m_items.update(item, caller.id); !r)
        return std::unexpected(r.error());
    if (auto r = commitEdit(tx, caller, item.id, item.siteId, now, u"update"_s, pending.workflow,
                            u"修改已发布的内容（修改稿，待审核）"_s);
        !r)
        return std::unexpected(r.error());
    return item;
}

Result<Item> ItemService::applyPendingTransition(Item item, const domain::Site &site, const domain::User &actor,
                                                 const TransitionInput &input, const QDateTime &now)
{
    const domain::WorkflowAction action = *domain::workflowActionFromCode(input.action);
    const QString comment = input.comment.trimmed();
    if (input.urgent) {
        if (action != domain::WorkflowAction::Publish)
            return std::unexpected(Error::validation(u"urgent 只能用于 publish"_s,
                                              {{u"urgent"_s, u"紧急更正是立即发布修改稿，请用 action=publish"_s}}));
        if (!actor.hasRole(QString(domain::roles::Publisher), site.id))
            return fail(ErrorCode::Forbidden, u"只有签发人可以紧急更正已发布的内容；请把修改稿送审，或请签发人处理"_s);
        if (!item.pendingRevision)
            return fail(ErrorCode::Conflict, u"这条内容没有修改稿：请先保存修改（PUT），再紧急发布"_s);
        if (comment.isEmpty())
            return std::unexpected(Error::validation(u"紧急更正必须说明原因"_s,
                                              {{u"comment"_s, u"请填写紧急更正的原因，它会记入审计日志"_s}}));
        if (auto r = checkForSubmit(*item.pendingRevision); !r)
            return std::unexpected(r.error());
        return publishPending(std::move(item), actor, u"紧急更正：%1"_s.arg(comment), now);
    }
    if (action == domain::WorkflowAction::Schedule)
        return fail(ErrorCode::Conflict, u"已发布内容的修改稿不能定时发布；审核通过后请直接发布"_s);

    Item pending = *item.pendingRevision;
    const domain::Workflow workflow(site.reviewLevels);
    const domain::TransitionRequest request{action, comment, input.publishAt, now};
    auto next = workflow.apply(pending.workflow, request, actor, site.id);
    if (!next)
        return std::unexpected(next.error());
    // An edit of a published item is reviewed under the same 三审 rules as the item was.
    if (action == domain::WorkflowAction::Approve)
        if (auto r = checkReviewPolicy(pending, site, actor); !r)
            return std::unexpected(r.error());
    if (action == domain::WorkflowAction::Submit)
        if (auto r = checkForSubmit(pending); !r)
            return std::unexpected(r.error());
    if (next->state == ItemState::Published)
        return publishPending(std::move(item), actor, comment, now);

    const domain::WorkflowState from = pending.workflow;
    item.revision += 1;
    item.updatedAt = now;
    pending.workflow = *next;
    pending.revision = item.revision;
    pending.updatedAt = now;
    pending.dueAt = next->state == ItemState::Submitted ? calendarOf(site).addWorkingHours(now, site.reviewHours) : QDateTime();
    // The row's deadline orders the review queue: the edit's, while it waits for review.
    item.dueAt = pending.dueAt;
    item.pendingRevision = domain::PendingRevision(pending);
    if (auto r = m_items.update(item, actor.id); !r)
        return std::unexpected(r.error());
    if (auto r = m_items.addAudit(item.id, {now, actor.id, actor.username, actor.displayName, input.action, from,
                                            pending.workflow, comment});
        !r)
        return std::unexpected(r.error());
    qCInfo(lcItems).noquote() << "item" << item.id << "pending revision" << domain::itemStateCode(from.state) << "->"
                              << domain::itemStateCode(pending.workflow.state) << "by" << actor.username;
    return item;
}

Result<Item> ItemService::publishPending(Item item, const domain::User &actor, const QString &comment,
                                         const QDateTime &now)
{
    const domain::WorkflowState from = item.pendingRevision->workflow;
    item.takeContentFrom(*item.pendingRevision);
    item.pendingRevision.reset();
    item.revision += 1;
    item.updatedAt = now;
    item.dueAt = QDateTime();
    item.publishedRevision = item.revision;
    for (const qint64 column : std::as_const(item.columnIds))
        if (auto r = m_sites.touchColumnPublished(column, now.toMSecsSinceEpoch()); !r)
            return std::unexpected(r.error());
    if (auto r = m_items.update(item, actor.id); !r)
        return std::unexpected(r.error());
    if (auto r = m_items.addAudit(item.id, {now, actor.id, actor.username, actor.displayName, u"publish"_s, from,
                                            item.workflow, comment});
        !r)
        return std::unexpected(r.error());
    PlacedCopies::Changed changed;
    if (auto r = m_copies.followPublished(item, actor, now, changed); !r)
        return std::unexpected(r.error());
    announce(changed);
    qCInfo(lcItems).noquote() << "item" << item.id << "pending revision published by" << actor.username;
    return item;
}

Result<Item> ItemService::applyInvalidate(Item item, const domain::Site &site, const domain::User &actor,
                                          const TransitionInput &input, const QDateTime &now)
{
    if (!actor.hasRole(QString(domain::roles::Publisher), site.id))
        return fail(ErrorCode::Forbidden, u"只有签发人可以把文件标注为失效或废止"_s);
    if (item.type != domain::ItemType::Disclosure || !item.disclosure)
        return fail(ErrorCode::Conflict, u"只有政府信息公开条目有有效性，新闻和专题不能标注失效或废止"_s);
    if (item.workflow.state != ItemState::Published)
        return fail(ErrorCode::Conflict, u"只有已发布的文件可以标注失效或废止；这条内容是“%1”状态"_s.arg(
                                             stateName(item.workflow.state)));
    if (item.disclosure->effectiveDate.isValid())
        return fail(ErrorCode::Conflict, u"这份文件已标注为%1（%2 起），不能再次标注"_s.arg(
                                             item.disclosure->validity, item.disclosure->effectiveDate.toString(Qt::ISODate)));

    QList<FieldError> errors;
    const QString validity = input.validity.trimmed();
    if (validity != u"失效" && validity != u"废止")
        errors.append({u"validity"_s, u"应为“失效”或“废止”"_s});
    const QDate effective = QDate::fromString(input.effectiveDate.trimmed(), u"yyyy-MM-dd");
    if (!effective.isValid())
        errors.append({u"effectiveDate"_s, u"请填写生效日期，格式 YYYY-MM-DD，例如 2026-12-01"_s});
    std::optional<Item> replacement;
    if (input.replacedBy != 0) {
        auto found = m_items.find(input.replacedBy);
        if (!found)
            return std::unexpected(found.error());
        if (input.replacedBy == item.id || !found->has_value() || (*found)->siteId != item.siteId
            || (*found)->type != domain::ItemType::Disclosure || (*found)->workflow.state != ItemState::Published
            || !(*found)->disclosure)
            errors.append({u"replacedBy"_s, u"替代文件须是本站点另一条已发布的政府信息公开条目"_s});
        else
            replacement = **found;
    }
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"有效性标注不完整，共 %1 处问题"_s.arg(errors.size()), errors));

    const auto mark = [&](Item &target) {
        target.disclosure->validity = validity;
        target.disclosure->effectiveDate = effective;
        target.disclosure->replacedBy = input.replacedBy;
    };
    mark(item);
    if (item.pendingRevision && item.pendingRevision->disclosure) {
        // The edit under review must not bring the old validity back when it is published.
        Item pending = *item.pendingRevision;
        mark(pending);
        item.pendingRevision = domain::PendingRevision(pending);
    }
    item.revision += 1;
    item.updatedAt = now;
    QString note = u"%1，%2 起"_s.arg(validity, effective.toString(Qt::ISODate));
    if (replacement)
        note += u"；由条目 %1（%2）取代"_s.arg(replacement->id).arg(replacement->title);
    if (!input.comment.trimmed().isEmpty())
        note += u"。"_s + input.comment.trimmed();
    if (auto r = m_items.update(item, actor.id); !r)
        return std::unexpected(r.error());
    if (auto r = m_items.addAudit(item.id, {now, actor.id, actor.username, actor.displayName, u"invalidate"_s,
                                            item.workflow, item.workflow, note});
        !r)
        return std::unexpected(r.error());
    if (replacement) {
        if (!replacement->disclosure->replaces.contains(item.id))
            replacement->disclosure->replaces.append(item.id);
        replacement->revision += 1;
        replacement->updatedAt = now;
        if (auto r = m_items.update(*replacement, actor.id); !r)
            return std::unexpected(r.error());
        if (auto r = m_items.addAudit(replacement->id, {now, actor.id, actor.username, actor.displayName, u"update"_s,
                                                        replacement->workflow, replacement->workflow,
                                                        u"取代条目 %1（%2）"_s.arg(item.id).arg(item.title)});
            !r)
            return std::unexpected(r.error());
        Q_EMIT itemChanged(replacement->id, replacement->siteId);
    }
    return item;
}

Result<void> ItemService::followWithTraditionalCopy(const Item &source, const domain::Site &site,
                                                    const domain::User &actor, const TransitionInput &input,
                                                    const QDateTime &now)
{
    TraditionalStore links(m_db);
    auto link = links.linkOf(source.id);
    if (!link)
        return std::unexpected(link.error());
    if (!link->has_value())
        return {};
    auto copy = m_items.find((*link)->itemId);
    if (!copy)
        return std::unexpected(copy.error());
    if (!copy->has_value())
        return {};
    // Only a copy the public can read follows; a copy still in review goes its own way.
    const ItemState state = (*copy)->workflow.state;
    if (state != ItemState::Published && state != ItemState::Scheduled)
        return {};
    TransitionInput follow = input;
    follow.comment = input.comment.trimmed().isEmpty() ? u"随简体版（条目 %1）"_s.arg(source.id)
                                                       : u"%1（随简体版，条目 %2）"_s.arg(input.comment.trimmed()).arg(source.id);
    auto done = applyTransition(**copy, site, actor, follow, now);
    if (!done) {
        // A scheduled copy cannot be archived, and so on: the source's own action still stands.
        if (done.error().code == ErrorCode::Conflict)
            return {};
        return std::unexpected(done.error());
    }
    Q_EMIT itemChanged(done->id, done->siteId);
    return {};
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
    TransitionInput archive;
    archive.action = u"archive"_s;
    archive.comment = u"专题已到结束日期，自动归档"_s;
    return applyScheduled(*ids, archive, ended, now);
}

Result<int> ItemService::publishDue(const QDateTime &now)
{
    auto due = m_items.dueScheduled(now);
    if (!due)
        return std::unexpected(due.error());
    TransitionInput publish;
    publish.action = u"publish"_s;
    return applyScheduled(*due, publish, [](const Item &) { return true; }, now);
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
        if (auto r = checkSitePublishes(*site, domain::workflowActionFromCode(input.action)); !r)
            continue; // scheduled on a site disabled since: it goes out once the site is enabled again
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
