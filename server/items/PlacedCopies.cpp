#include "server/items/PlacedCopies.h"

#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/items/ItemsLog.h"

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using domain::Item;
using domain::ItemState;
using domain::Placement;

bool mayPlaceFrom(const domain::User &user, qint64 siteId)
{
    return user.hasRole(QString(domain::roles::Editor), siteId) || user.hasRole(QString(domain::roles::Publisher), siteId);
}

QString kindName(Placement::Kind kind)
{
    return kind == Placement::Kind::Submit ? u"报送"_s : u"推送"_s;
}

bool isOff(ItemState s)
{
    return s == ItemState::Withdrawn || s == ItemState::Archived;
}

} // namespace

Result<Placement> PlacedCopies::place(const domain::User &caller, const Item &source, const Input &input,
                                      const QDateTime &now, Changed &changed)
{
    if (!mayPlaceFrom(caller, source.siteId))
        return fail(ErrorCode::Forbidden, u"只有本站点的编辑或签发人可以把稿件推送或报送到其他站点"_s);
    if (input.siteId <= 0)
        return std::unexpected(Error::validation(u"请选择目标站点"_s, {{u"site"_s, u"应为站点编号"_s}}));
    auto target = m_sites.site(input.siteId);
    if (!target)
        return std::unexpected(target.error());
    if (!target->has_value())
        return std::unexpected(Error::validation(u"目标站点不存在"_s, {{u"site"_s, u"没有编号为 %1 的站点"_s.arg(input.siteId)}}));
    auto home = m_sites.site(source.siteId);
    if (!home)
        return std::unexpected(home.error());
    if (!home->has_value())
        return fail(ErrorCode::NotFound, u"条目 %1 不存在"_s.arg(source.id));
    const domain::Site &to = **target;
    const domain::Site &from = **home;
    if (to.id == from.id)
        return std::unexpected(Error::validation(u"不能推送到条目所在的站点"_s, {{u"site"_s, u"请选择本站以外的站点"_s}}));

    // 报送: a member site sends to its own portal, which takes submissions from its members' editors and reviews them.
    // 推送 anywhere else needs the pusher to be an editor of the target site as well.
    const Placement::Kind kind = from.parentSiteId == to.id ? Placement::Kind::Submit : Placement::Kind::Push;
    if (kind == Placement::Kind::Push && !caller.hasRole(QString(domain::roles::Editor), to.id))
        return fail(ErrorCode::Forbidden, u"您不是“%1”的编辑，不能向该站点推送稿件；请改为报送上级门户，或请该站点授予编辑权限"_s
                                              .arg(to.name));
    if (!to.enabled)
        return std::unexpected(Error::validation(u"“%1”已停用，不能再接收稿件"_s.arg(to.name), {{u"site"_s, u"目标站点已停用"_s}}));

    if (source.type != domain::ItemType::News)
        return fail(ErrorCode::Conflict, u"只有新闻类稿件可以推送或报送；专题和政府信息公开条目由各站点自行发布"_s);
    if (source.workflow.state != ItemState::Published)
        return fail(ErrorCode::Conflict, u"只有已发布的稿件可以%1；这条稿件是“%2”状态"_s.arg(
                                             kindName(kind), domain::itemStateDisplayName(source.workflow.state)));
    auto origin = m_placements.ofCopy(source.id);
    if (!origin)
        return std::unexpected(origin.error());
    if (origin->has_value())
        return fail(ErrorCode::Conflict, u"这是从“%1”转来的稿件，请在来源站点推送原稿"_s.arg((*origin)->sourceSiteName));

    QList<FieldError> errors;
    if (input.columnIds.isEmpty())
        errors.append({u"columns"_s, u"请至少选择目标站点的一个栏目"_s});
    for (const qint64 columnId : input.columnIds) {
        auto column = m_sites.column(columnId);
        if (!column)
            return std::unexpected(column.error());
        if (!column->has_value() || (*column)->siteId != to.id) {
            errors.append({u"columns"_s, u"栏目 %1 不属于“%2”"_s.arg(columnId).arg(to.name)});
            break;
        }
        if (!(*column)->enabled) {
            errors.append({u"columns"_s, u"栏目“%1”已停用，不能再放入稿件"_s.arg((*column)->name)});
            break;
        }
        const domain::ColumnKind k = (*column)->kind;
        // The portal places news only, and only where news may stand.
        if (!domain::columnTakes(k, domain::ItemType::News)) {
            errors.append({u"columns"_s, u"栏目“%1”不能存放新闻类稿件"_s.arg((*column)->name)});
            break;
        }
    }
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"%1的目标栏目不合适"_s.arg(kindName(kind)), errors));

    auto existing = m_placements.ofSource(source.id);
    if (!existing)
        return std::unexpected(existing.error());
    for (const Placement &p : std::as_const(*existing))
        if (p.siteId == to.id && p.state != Placement::State::Withdrawn)
            return fail(ErrorCode::Conflict, u"这条稿件已%1到“%2”，不能重复；如需改栏目请先撤回"_s.arg(kindName(p.kind), to.name));

    auto policy = m_sites.reviewPolicy(to.id);
    if (!policy)
        return std::unexpected(policy.error());
    const bool reviewed = kind == Placement::Kind::Submit || !policy->has_value() || (*policy)->reviewPlacements;

    Item copy;
    copy.siteId = to.id;
    copy.type = source.type;
    copy.takeContentFrom(source);
    copy.columnIds = input.columnIds;
    // The copy's pages name where the text comes from (来源：市教育局).
    copy.source = from.name;
    copy.revision = 1;
    copy.createdBy = caller.id;
    copy.createdByName = caller.displayName;
    copy.createdAt = now;
    copy.updatedAt = now;
    if (reviewed) {
        copy.workflow = domain::WorkflowState{ItemState::Submitted, 1};
        copy.dueAt = m_calendar.forSite(to.workingHours).addWorkingHours(now, to.reviewHours);
    } else {
        copy.workflow = domain::WorkflowState{ItemState::Published, 0};
        copy.publishedAt = now;
        copy.publishedRevision = copy.revision;
    }
    auto copyId = m_items.insert(copy, caller.id);
    if (!copyId)
        return std::unexpected(copyId.error());
    if (!reviewed) {
        copy.publicUrl = u"/items/%1.html"_s.arg(copy.id);
        for (const qint64 column : std::as_const(copy.columnIds))
            if (auto r = m_sites.touchColumnPublished(column, now.toMSecsSinceEpoch()); !r)
                return std::unexpected(r.error());
    }
    auto id = m_placements.insert(source.id, to.id, copy.id, kind, caller.id, now);
    if (!id)
        return std::unexpected(id.error());
    const domain::WorkflowState draft{ItemState::Draft, 0};
    if (auto r = m_items.addAudit(copy.id, {now, caller.id, caller.username, caller.displayName, u"place"_s, draft,
                                            copy.workflow,
                                            u"%1自“%2”（条目 %3）%4"_s.arg(kindName(kind), from.name).arg(source.id)
                                                .arg(reviewed ? u"，待本站审核"_s : u"，按本站规则直接发布"_s)});
        !r)
        return std::unexpected(r.error());
    if (auto r = m_items.addAudit(source.id, {now, caller.id, caller.username, caller.displayName, u"place"_s,
                                              source.workflow, source.workflow,
                                              u"%1到“%2”（条目 %3）"_s.arg(kindName(kind), to.name).arg(copy.id)});
        !r)
        return std::unexpected(r.error());
    auto placed = m_placements.find(*id);
    if (!placed)
        return std::unexpected(placed.error());
    if (!placed->has_value())
        return fail(ErrorCode::Storage, u"推送记录 %1 写入后无法读取"_s.arg(*id));
    changed.append({copy.id, copy.siteId});
    qCInfo(lcItems).noquote() << "item" << source.id << "placed on site" << to.id << "as item" << copy.id
                              << (reviewed ? "for review" : "published");
    return **placed;
}

Result<void> PlacedCopies::remove(const domain::User &caller, const Item &source, qint64 placementId,
                                  const QDateTime &now, Changed &changed)
{
    auto placement = m_placements.find(placementId);
    if (!placement)
        return std::unexpected(placement.error());
    if (!placement->has_value() || (*placement)->sourceItemId != source.id)
        return fail(ErrorCode::NotFound, u"条目 %1 没有编号为 %2 的推送"_s.arg(source.id).arg(placementId));
    const Placement &p = **placement;
    // The original's side or the target's editors and publishers may end a placement.
    if (!mayPlaceFrom(caller, source.siteId) && !mayPlaceFrom(caller, p.siteId))
        return fail(ErrorCode::Forbidden, u"只有来源站点或目标站点的编辑、签发人可以撤回推送"_s);
    auto copy = m_items.find(p.copyItemId);
    if (!copy)
        return std::unexpected(copy.error());
    // A copy offline only because its original is (unpublished with it) would come back with the original: ending
    // the placement is how its editors keep it away.
    auto live = m_placements.liveOfSource(source.id);
    if (!live)
        return std::unexpected(live.error());
    const bool ended = std::ranges::none_of(*live, [&](const Placement &l) { return l.id == p.id; });
    const bool offWithOriginal = copy->has_value() && (*copy)->workflow.state == ItemState::Unpublished;
    if (ended || (p.state == Placement::State::Withdrawn && !offWithOriginal))
        return fail(ErrorCode::Conflict, u"这次%1已撤回或已被撤下"_s.arg(kindName(p.kind)));
    if (auto r = m_placements.markRemoved(p.id, caller.id, now); !r)
        return r;
    if (copy->has_value())
        if (auto r = setCopyState(**copy, ItemState::Withdrawn, caller, u"withdraw"_s,
                                  u"撤回%1（来源条目 %2）"_s.arg(kindName(p.kind)).arg(source.id), now, changed);
            !r)
            return r;
    return m_items.addAudit(source.id, {now, caller.id, caller.username, caller.displayName, u"unplace"_s,
                                        source.workflow, source.workflow,
                                        u"撤回%1到“%2”的稿件（条目 %3）"_s.arg(kindName(p.kind), p.siteName).arg(p.copyItemId)});
}

Result<void> PlacedCopies::followPublished(const Item &source, const domain::User &actor, const QDateTime &now,
                                           Changed &changed)
{
    auto placements = m_placements.liveOfSource(source.id);
    if (!placements)
        return std::unexpected(placements.error());
    for (const Placement &p : std::as_const(*placements)) {
        if (p.state == Placement::State::Rejected)
            continue;
        auto found = m_items.find(p.copyItemId);
        if (!found)
            return std::unexpected(found.error());
        if (!found->has_value())
            continue;
        if (p.state == Placement::State::Withdrawn) {
            if ((*found)->workflow.state != ItemState::Unpublished)
                continue;
            auto withSource = wentOfflineWithSource(**found, source.id);
            if (!withSource)
                return std::unexpected(withSource.error());
            if (!*withSource)
                continue;
            auto target = m_sites.site(p.siteId);
            if (!target)
                return std::unexpected(target.error());
            if (!target->has_value())
                continue;
            auto policy = m_sites.reviewPolicy(p.siteId);
            if (!policy)
                return std::unexpected(policy.error());
            // The same rule as a new placement: the target's reviewers judged the copy for their site, and the text
            // may have changed while it was offline.
            const bool reviewed = p.kind == Placement::Kind::Submit || !policy->has_value() || (*policy)->reviewPlacements;
            if (auto r = bringBack(**found, **target, reviewed, source, actor, now, changed); !r)
                return r;
            continue;
        }
        Item copy = **found;
        const QList<qint64> columns = copy.columnIds;
        const QString origin = copy.source;
        copy.takeContentFrom(source);
        copy.columnIds = columns;
        copy.source = origin;
        copy.revision += 1;
        copy.updatedAt = now;
        if (copy.workflow.state == ItemState::Published) {
            copy.publishedRevision = copy.revision;
            for (const qint64 column : std::as_const(copy.columnIds))
                if (auto r = m_sites.touchColumnPublished(column, now.toMSecsSinceEpoch()); !r)
                    return std::unexpected(r.error());
        }
        if (auto r = m_items.update(copy, actor.id); !r)
            return r;
        if (auto r = m_items.addAudit(copy.id, {now, actor.id, actor.username, actor.displayName, u"update"_s,
                                                copy.workflow, copy.workflow,
                                                u"随来源条目 %1 的新发布版本更新"_s.arg(source.id)});
            !r)
            return r;
        changed.append({copy.id, copy.siteId});
    }
    return {};
}

Result<void> PlacedCopies::followTakenDown(const Item &source, domain::WorkflowAction action, const domain::User &actor,
                                           const QString &comment, const QDateTime &now, Changed &changed)
{
    auto placements = m_placements.liveOfSource(source.id);
    if (!placements)
        return std::unexpected(placements.error());
    for (const Placement &p : std::as_const(*placements)) {
        auto found = m_items.find(p.copyItemId);
        if (!found)
            return std::unexpected(found.error());
        if (!found->has_value())
            continue;
        const ItemState state = (*found)->workflow.state;
        // A copy offline with its unpublished original would come back with it; a withdrawal makes that final.
        if (p.state == Placement::State::Withdrawn
            && !(action == domain::WorkflowAction::Withdraw && state == ItemState::Unpublished))
            continue;
        QString note;
        ItemState to = state;
        switch (action) {
        case domain::WorkflowAction::Withdraw:
            to = ItemState::Withdrawn;
            note = u"来源条目 %1 已撤稿"_s.arg(source.id);
            break;
        case domain::WorkflowAction::Unpublish:
            if (state == ItemState::Published)
                to = ItemState::Unpublished;
            note = u"来源条目 %1 已下线"_s.arg(source.id);
            break;
        case domain::WorkflowAction::Archive:
            if (state == ItemState::Published)
                to = ItemState::Archived;
            note = u"来源条目 %1 已归档"_s.arg(source.id);
            break;
        default:
            break;
        }
        if (to == state || isOff(state))
            continue;
        if (!comment.trimmed().isEmpty())
            note += u"：%1"_s.arg(comment.trimmed());
        if (auto r = setCopyState(**found, to, actor, domain::workflowActionCode(action), note, now, changed); !r)
            return r;
    }
    return {};
}

Result<bool> PlacedCopies::wentOfflineWithSource(const Item &copy, qint64 sourceId)
{
    auto copyAudit = m_items.audit(copy.id);
    if (!copyAudit)
        return std::unexpected(copyAudit.error());
    if (copyAudit->isEmpty())
        return false;
    const domain::ItemAuditEntry &last = copyAudit->constLast();
    if (last.action != domain::workflowActionCode(domain::WorkflowAction::Unpublish)
        || last.to.state != ItemState::Unpublished)
        return false;
    // The original's unpublishing and the copy's follow-up are written in one transaction with one timestamp; the
    // target's own publisher taking the copy off leaves a moment of its own.
    auto sourceAudit = m_items.audit(sourceId);
    if (!sourceAudit)
        return std::unexpected(sourceAudit.error());
    return std::ranges::any_of(*sourceAudit, [&](const domain::ItemAuditEntry &e) {
        return e.action == last.action && e.to.state == ItemState::Unpublished && e.at == last.at;
    });
}

Result<void> PlacedCopies::bringBack(Item copy, const domain::Site &target, bool reviewed, const Item &source,
                                     const domain::User &actor, const QDateTime &now, Changed &changed)
{
    const domain::WorkflowState from = copy.workflow;
    const QList<qint64> columns = copy.columnIds;
    const QString origin = copy.source;
    copy.takeContentFrom(source);
    copy.columnIds = columns;
    copy.source = origin;
    copy.revision += 1;
    copy.updatedAt = now;
    copy.pendingRevision.reset();
    QString action;
    QString note;
    if (reviewed) {
        copy.workflow = domain::WorkflowState{ItemState::Submitted, 1};
        copy.dueAt = m_calendar.forSite(target.workingHours).addWorkingHours(now, target.reviewHours);
        action = domain::workflowActionCode(domain::WorkflowAction::Submit);
        note = u"来源条目 %1 已重新发布，转本站重新审核"_s.arg(source.id);
    } else {
        copy.workflow = domain::WorkflowState{ItemState::Published, 0};
        copy.dueAt = QDateTime();
        copy.publishedRevision = copy.revision;
        if (!copy.publishedAt.isValid())
            copy.publishedAt = now;
        copy.publicUrl = u"/items/%1.html"_s.arg(copy.id);
        for (const qint64 column : std::as_const(copy.columnIds))
            if (auto r = m_sites.touchColumnPublished(column, now.toMSecsSinceEpoch()); !r)
                return r;
        action = domain::workflowActionCode(domain::WorkflowAction::Publish);
        note = u"来源条目 %1 已重新发布，按本站规则随之恢复发布"_s.arg(source.id);
    }
    if (auto r = m_items.update(copy, actor.id); !r)
        return r;
    if (auto r = m_items.addAudit(copy.id, {now, actor.id, actor.username, actor.displayName, action, from,
                                            copy.workflow, note});
        !r)
        return r;
    changed.append({copy.id, copy.siteId});
    qCInfo(lcItems).noquote() << "item" << copy.id << "back with its original" << source.id
                              << (reviewed ? "for review" : "published");
    return {};
}

Result<void> PlacedCopies::setCopyState(Item copy, ItemState to, const domain::User &actor, const QString &action,
                                        const QString &comment, const QDateTime &now, Changed &changed)
{
    if (isOff(copy.workflow.state))
        return {};
    const domain::WorkflowState from = copy.workflow;
    copy.workflow = domain::WorkflowState{to, 0};
    copy.revision += 1;
    copy.updatedAt = now;
    copy.dueAt = QDateTime();
    copy.publishAt = QDateTime();
    copy.pendingRevision.reset();
    if (to != ItemState::Archived)
        copy.publicUrl.clear();
    if (auto r = m_items.update(copy, actor.id); !r)
        return r;
    if (auto r = m_items.addAudit(copy.id, {now, actor.id, actor.username, actor.displayName, action, from,
                                            copy.workflow, comment});
        !r)
        return r;
    changed.append({copy.id, copy.siteId});
    return {};
}

} // namespace pd::server
