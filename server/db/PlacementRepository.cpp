#include "server/db/PlacementRepository.h"

#include "app/domain/WorkflowState.h"
#include "server/db/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using domain::Placement;

const QString kSelect =
    u"SELECT p.id, p.source_id, src.site_id, source_site.name, p.site_id, target_site.name, copy.column_ids, "
    u"p.item_id, p.kind, copy.state, p.removed_at, p.created_by, COALESCE(users.display_name, ''), p.created_at "
    u"FROM item_placements p "
    u"JOIN items copy ON copy.id = p.item_id "
    u"JOIN items src ON src.id = p.source_id "
    u"JOIN sites source_site ON source_site.id = src.site_id "
    u"JOIN sites target_site ON target_site.id = p.site_id "
    u"LEFT JOIN users ON users.id = p.created_by"_s;

Placement::State stateOf(const QString &copyState, bool removed)
{
    if (removed)
        return Placement::State::Withdrawn;
    switch (domain::itemStateFromCode(copyState).value_or(domain::ItemState::Draft)) {
    case domain::ItemState::Draft:
    case domain::ItemState::Submitted:
    case domain::ItemState::Approved:
    case domain::ItemState::Scheduled:
        return Placement::State::Pending;
    case domain::ItemState::Published:
        return Placement::State::Published;
    case domain::ItemState::Rejected:
        return Placement::State::Rejected;
    case domain::ItemState::Unpublished:
    case domain::ItemState::Withdrawn:
    case domain::ItemState::Archived:
        return Placement::State::Withdrawn;
    }
    return Placement::State::Pending;
}

Placement fromRow(const QSqlQuery &q)
{
    Placement p;
    p.id = q.value(0).toLongLong();
    p.sourceItemId = q.value(1).toLongLong();
    p.sourceSiteId = q.value(2).toLongLong();
    p.sourceSiteName = q.value(3).toString();
    p.siteId = q.value(4).toLongLong();
    p.siteName = q.value(5).toString();
    for (const QString &c : q.value(6).toString().split(u',', Qt::SkipEmptyParts))
        p.columnIds.append(c.toLongLong());
    p.copyItemId = q.value(7).toLongLong();
    p.kind = Placement::kindFromCode(q.value(8).toString()).value_or(Placement::Kind::Push);
    p.state = stateOf(q.value(9).toString(), !q.value(10).isNull());
    if (p.state == Placement::State::Published)
        p.publicUrl = u"/items/%1.html"_s.arg(p.copyItemId);
    p.createdBy = q.value(11).toLongLong();
    p.createdByName = q.value(12).toString();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), QTimeZone::UTC);
    return p;
}

} // namespace

Result<qint64> PlacementRepository::insert(qint64 sourceId, qint64 siteId, qint64 copyId, Placement::Kind kind,
                                           qint64 createdBy, const QDateTime &at)
{
    return m_db.insert(u"INSERT INTO item_placements (source_id, site_id, item_id, kind, created_by, created_at) "
                       u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {sourceId, siteId, copyId, Placement::kindCode(kind), createdBy, at.toMSecsSinceEpoch()});
}

Result<QList<Placement>> PlacementRepository::select(const QString &where, const QVariantList &binds)
{
    auto q = m_db.exec(kSelect + u" WHERE "_s + where + u" ORDER BY p.id"_s, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Placement> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<QList<Placement>> PlacementRepository::ofSource(qint64 sourceId)
{
    return select(u"p.source_id = ?"_s, {sourceId});
}

Result<QList<Placement>> PlacementRepository::liveOfSource(qint64 sourceId)
{
    return select(u"p.source_id = ? AND p.removed_at IS NULL"_s, {sourceId});
}

Result<std::optional<Placement>> PlacementRepository::find(qint64 id)
{
    auto list = select(u"p.id = ?"_s, {id});
    if (!list)
        return std::unexpected(list.error());
    return list->isEmpty() ? std::optional<Placement>() : std::optional<Placement>(list->first());
}

Result<std::optional<Placement>> PlacementRepository::ofCopy(qint64 copyItemId)
{
    auto list = select(u"p.item_id = ?"_s, {copyItemId});
    if (!list)
        return std::unexpected(list.error());
    return list->isEmpty() ? std::optional<Placement>() : std::optional<Placement>(list->first());
}

Result<QHash<qint64, Placement>> PlacementRepository::liveCopiesOn(qint64 siteId)
{
    auto list = select(u"p.site_id = ? AND p.removed_at IS NULL"_s, {siteId});
    if (!list)
        return std::unexpected(list.error());
    QHash<qint64, Placement> out;
    for (const Placement &p : std::as_const(*list))
        out.insert(p.copyItemId, p);
    return out;
}

Result<void> PlacementRepository::markRemoved(qint64 id, qint64 by, const QDateTime &at)
{
    auto r = m_db.exec(u"UPDATE item_placements SET removed_at = ?, removed_by = ? WHERE id = ?"_s,
                       {at.toMSecsSinceEpoch(), by, id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace pd::server
