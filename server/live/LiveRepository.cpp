#include "server/live/LiveRepository.h"

#include "server/db/Database.h"
#include "server/db/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using sqlvalues::ms;
using sqlvalues::nn;
using sqlvalues::fromMs;
using sqlvalues::bindsOf;
using sqlvalues::placeholders;

/// The first column of every row of an id query, in the query's order.
Result<QList<qint64>> idsFrom(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

const QString kEventColumns =
    u"id, site_id, title, venue, summary, state, mode, starts_at, content, revision, created_by, created_at, updated_at"_s;

domain::LiveEvent eventFrom(const QSqlQuery &q)
{
    domain::LiveEvent e;
    e.id = q.value(0).toLongLong();
    e.siteId = q.value(1).toLongLong();
    e.title = q.value(2).toString();
    e.venue = q.value(3).toString();
    e.summary = q.value(4).toString();
    e.state = domain::liveEventStateFromCode(q.value(5).toString()).value_or(domain::LiveEventState::Scheduled);
    e.mode = domain::liveModeFromCode(q.value(6).toString()).value_or(domain::LiveMode::Direct);
    e.startsAt = fromMs(q.value(7));
    e.takeContent(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    // Events stored before guests had ids get them on reading, the same every time (1, 2, … in list order), and
    // keep them from their next save on.
    e.assignGuestIds({});
    e.revision = q.value(9).toLongLong();
    e.createdBy = q.value(10).toLongLong();
    e.createdAt = fromMs(q.value(11));
    e.updatedAt = fromMs(q.value(12));
    return e;
}

const QString kPostColumns =
    u"p.id, p.event_id, e.site_id, p.seq, p.kind, p.state, p.text, p.speaker, p.photos, p.pinned, p.revision, "
    u"p.created_by, u.display_name, p.created_at, p.updated_at, p.published_at, p.correction_note, p.corrected_at, "
    u"p.reason, p.review, p.session_id FROM live_posts p JOIN live_events e ON e.id = p.event_id LEFT JOIN users u ON u.id = p.created_by"_s;

domain::LivePost postFrom(const QSqlQuery &q)
{
    domain::LivePost p;
    p.id = q.value(0).toLongLong();
    p.eventId = q.value(1).toLongLong();
    p.siteId = q.value(2).toLongLong();
    p.seq = q.value(3).toLongLong();
    p.kind = q.value(4).toString();
    p.state = domain::livePostStateFromCode(q.value(5).toString()).value_or(domain::LivePostState::Pending);
    p.text = q.value(6).toString();
    p.speaker = q.value(7).toString();
    p.photos = domain::LivePost::photosFromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array());
    p.pinned = q.value(9).toInt() != 0;
    p.revision = q.value(10).toLongLong();
    p.createdBy = q.value(11).toLongLong();
    p.createdByName = q.value(12).toString();
    p.createdAt = fromMs(q.value(13));
    p.updatedAt = fromMs(q.value(14));
    p.publishedAt = fromMs(q.value(15));
    p.correctionNote = q.value(16).toString();
    p.correctedAt = fromMs(q.value(17));
    p.reason = q.value(18).toString();
    const QJsonObject review = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
    for (const QJsonValue &v : review.value(u"approvals").toArray())
        p.approvals.append(domain::LiveApproval::fromJson(v.toObject()));
    p.pendingChange = domain::LivePost::changeFromJson(review.value(u"pendingChange"));
    p.session = q.value(20).toLongLong();
    return p;
}

const QString kCommentColumns =
    u"id, event_id, state, author_name, text, address, created_at, moderated_by, moderated_at FROM live_comments"_s;

domain::LiveComment commentFrom(const QSqlQuery &q)
{
    domain::LiveComment c;
    c.id = q.value(0).toLongLong();
    c.eventId = q.value(1).toLongLong();
    c.state = domain::LiveComment::stateFromCode(q.value(2).toString()).value_or(domain::LiveComment::State::Pending);
    c.name = q.value(3).toString();
    c.text = q.value(4).toString();
    c.address = q.value(5).toString();
    c.createdAt = fromMs(q.value(6));
    c.moderatedBy = q.value(7).toLongLong();
    c.moderatedAt = fromMs(q.value(8));
    return c;
}

/// The review round of a post as one document: its approvals and the change (if any) they are for.
QString reviewDocument(const domain::LivePost &p)
{
    QJsonArray approvals;
    for (const domain::LiveApproval &a : p.approvals)
        approvals.append(a.toJson());
    return compact(QJsonObject{{u"approvals"_s, approvals},
                               {u"pendingChange"_s, domain::LivePost::changeJson(p.pendingChange)}});
}

} // namespace

Result<qint64> LiveRepository::insertEvent(domain::LiveEvent &e)
{
    auto id = m_db.insert(u"INSERT INTO live_events (site_id, title, venue, summary, state, mode, starts_at, content, "
                          u"revision, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {e.siteId, nn(e.title), nn(e.venue), nn(e.summary), domain::liveEventStateCode(e.state),
                           domain::liveModeCode(e.mode), ms(e.startsAt), compact(e.contentJson()), e.revision, e.createdBy, ms(e.createdAt), ms(e.updatedAt)});
    if (id)
        e.id = *id;
    return id;
}

Result<void> LiveRepository::updateEvent(const domain::LiveEvent &e)
{
    auto q = m_db.exec(u"UPDATE live_events SET title = ?, venue = ?, summary = ?, state = ?, mode = ?, starts_at = ?, "
                       u"content = ?, revision = ?, updated_at = ? WHERE id = ?"_s,
                       {nn(e.title), nn(e.venue), nn(e.summary), domain::liveEventStateCode(e.state), domain::liveModeCode(e.mode),
                        ms(e.startsAt), compact(e.contentJson()),
                        e.revision, ms(e.updatedAt), e.id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<domain::LiveEvent>> LiveRepository::findEvent(qint64 id)
{
    auto q = m_db.exec(u"SELECT %1 FROM live_events WHERE id = ?"_s.arg(kEventColumns), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::LiveEvent>();
    return eventFrom(*q);
}

Result<QList<domain::LiveEvent>> LiveRepository::events(const QList<qint64> &siteIds,
                                                        std::optional<domain::LiveEventState> state)
{
    QList<domain::LiveEvent> out;
    if (siteIds.isEmpty())
        return out;
    QVariantList binds = bindsOf(siteIds);
    QString sql =
        u"SELECT %1 FROM live_events WHERE site_id IN (%2)"_s.arg(kEventColumns, placeholders(siteIds.size()));
    if (state) {
        sql += u" AND state = ?"_s;
        binds << domain::liveEventStateCode(*state);
    }
    auto q = m_db.exec(sql + u" ORDER BY starts_at DESC, id DESC"_s, binds);
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        out.append(eventFrom(*q));
    return out;
}

Result<QList<qint64>> LiveRepository::eventIds(qint64 siteId)
{
    return idsFrom(m_db.exec(u"SELECT id FROM live_events WHERE site_id = ? ORDER BY id"_s, {siteId}));
}

Result<QList<qint64>> LiveRepository::runningEventIds()
{
    return idsFrom(m_db.exec(u"SELECT id FROM live_events WHERE state IN (?, ?) ORDER BY id"_s,
                             {domain::liveEventStateCode(domain::LiveEventState::Live),
                              domain::liveEventStateCode(domain::LiveEventState::Paused)}));
}

Result<qint64> LiveRepository::insertPost(domain::LivePost &p)
{
    auto next = m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) + 1 FROM live_posts WHERE event_id = ?"_s, {p.eventId});
    if (!next)
        return std::unexpected(next.error());
    p.seq = next->toLongLong();
    auto id = m_db.insert(u"INSERT INTO live_posts (event_id, seq, kind, state, text, speaker, photos, pinned, revision, "
                          u"created_by, created_at, updated_at, published_at, correction_note, corrected_at, reason, review, "
                          u"session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {p.eventId, p.seq, p.kind, domain::livePostStateCode(p.state), nn(p.text), nn(p.speaker),
                           compact(domain::LivePost::photosJson(p.photos)), p.pinned ? 1 : 0, p.revision, p.createdBy,
                           ms(p.createdAt), ms(p.updatedAt), ms(p.publishedAt), nn(p.correctionNote), ms(p.correctedAt),
                           nn(p.reason), reviewDocument(p), p.session});
    if (id)
        p.id = *id;
    return id;
}

Result<void> LiveRepository::updatePost(const domain::LivePost &p)
{
    auto q = m_db.exec(u"UPDATE live_posts SET kind = ?, state = ?, text = ?, speaker = ?, photos = ?, pinned = ?, "
                       u"revision = ?, updated_at = ?, published_at = ?, correction_note = ?, corrected_at = ?, "
                       u"reason = ?, review = ? WHERE id = ?"_s,
                       {p.kind, domain::livePostStateCode(p.state), nn(p.text), nn(p.speaker),
                        compact(domain::LivePost::photosJson(p.photos)), p.pinned ? 1 : 0, p.revision, ms(p.updatedAt),
                        ms(p.publishedAt), nn(p.correctionNote), ms(p.correctedAt), nn(p.reason), reviewDocument(p),
                        p.id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<domain::LivePost>> LiveRepository::findPost(qint64 id)
{
    auto q = m_db.exec(u"SELECT %1 WHERE p.id = ?"_s.arg(kPostColumns), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::LivePost>();
    return postFrom(*q);
}

Result<QList<domain::LivePost>> LiveRepository::posts(qint64 eventId, qint64 after, int limit, bool publicOnly,
                                                     std::optional<qint64> session)
{
    QVariantList binds{eventId, after};
    if (session)
        binds << *session;
    binds << limit;
    auto q = m_db.exec(u"SELECT %1 WHERE p.event_id = ? AND p.seq > ?%2%3 ORDER BY p.seq LIMIT ?"_s.arg(
                           kPostColumns, session ? u" AND p.session_id = ?"_s : QString(),
                           publicOnly ? u" AND p.state = 'published'"_s : QString()),
                       binds);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::LivePost> out;
    while (q->next())
        out.append(postFrom(*q));
    return out;
}

Result<QHash<qint64, qint64>> LiveRepository::postsPerSession(qint64 eventId)
{
    auto q = m_db.exec(u"SELECT session_id, COUNT(*) FROM live_posts WHERE event_id = ? GROUP BY session_id"_s, {eventId});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, qint64> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return out;
}

Result<void> LiveRepository::addHistory(qint64 postId, const HistoryEntry &h)
{
    auto q = m_db.exec(u"INSERT INTO live_post_history (post_id, revision, saved_at, saved_by, note, snapshot, action) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {postId, h.revision, ms(h.savedAt), h.savedBy, nn(h.note), compact(h.snapshot), nn(h.action)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<LiveRepository::HistoryEntry>> LiveRepository::history(qint64 postId)
{
    auto q = m_db.exec(u"SELECT revision, saved_at, saved_by, note, snapshot, action FROM live_post_history "
                       u"WHERE post_id = ? "
                       u"ORDER BY revision"_s,
                       {postId});
    if (!q)
        return std::unexpected(q.error());
    QList<HistoryEntry> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), fromMs(q->value(1)), q->value(2).toLongLong(), q->value(3).toString(),
                    QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object(), q->value(5).toString()});
    return out;
}

Result<qint64> LiveRepository::insertComment(domain::LiveComment &c)
{
    auto id = m_db.insert(u"INSERT INTO live_comments (event_id, state, author_name, text, address, created_at) "
                          u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {c.eventId, domain::LiveComment::stateCode(c.state), nn(c.name), nn(c.text), nn(c.address), ms(c.createdAt)});
    if (id)
        c.id = *id;
    return id;
}

Result<void> LiveRepository::updateComment(const domain::LiveComment &c)
{
    auto q = m_db.exec(u"UPDATE live_comments SET state = ?, moderated_by = ?, moderated_at = ? WHERE id = ?"_s,
                       {domain::LiveComment::stateCode(c.state), c.moderatedBy, ms(c.moderatedAt), c.id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<domain::LiveComment>> LiveRepository::findComment(qint64 id)
{
    auto q = m_db.exec(u"SELECT %1 WHERE id = ?"_s.arg(kCommentColumns), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::LiveComment>();
    return commentFrom(*q);
}

Result<LiveRepository::CommentPage> LiveRepository::comments(qint64 eventId, const CommentQuery &query)
{
    QString sql = u"SELECT %1 WHERE event_id = ?"_s.arg(kCommentColumns);
    QVariantList binds{eventId};
    if (query.state) {
        sql += u" AND state = ?"_s;
        binds << domain::LiveComment::stateCode(*query.state);
    }
    if (query.before > 0) {
        sql += u" AND id < ?"_s;
        binds << query.before;
    }
    if (!query.search.isEmpty()) {
        // LOWER on both sides: PostgreSQL's LIKE tells case apart, SQLite's does not (for ASCII); the same answer on both.
        QString pattern = query.search.toLower();
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        sql += u" AND (LOWER(text) LIKE ? ESCAPE '\\' OR LOWER(author_name) LIKE ? ESCAPE '\\')"_s;
        binds << pattern << pattern;
    }
    // One more than asked: whether it comes back says if there is a next page, without a COUNT over thousands.
    binds << query.limit + 1;
    auto q = m_db.exec(sql + u" ORDER BY id DESC LIMIT ?"_s, binds);
    if (!q)
        return std::unexpected(q.error());
    CommentPage page;
    while (q->next())
        page.items.append(commentFrom(*q));
    if (page.items.size() > query.limit) {
        page.items.resize(query.limit);
        page.nextBefore = page.items.last().id;
    }
    return page;
}

Result<LiveRepository::Counts> LiveRepository::counts(qint64 eventId)
{
    Counts c;
    auto q = m_db.exec(u"SELECT text, photos FROM live_posts WHERE event_id = ? AND state = 'published'"_s, {eventId});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        ++c.posts;
        c.characters += q->value(0).toString().size();
        c.photos += QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array().size();
    }
    auto comments = m_db.exec(u"SELECT state, COUNT(*) FROM live_comments WHERE event_id = ? GROUP BY state"_s, {eventId});
    if (!comments)
        return std::unexpected(comments.error());
    while (comments->next()) {
        const qint64 n = comments->value(1).toLongLong();
        c.commentsReceived += n;
        const auto state = domain::LiveComment::stateFromCode(comments->value(0).toString());
        if (state == domain::LiveComment::State::Pending)
            c.commentsPending = n;
        else if (state == domain::LiveComment::State::Approved)
            c.commentsApproved = n;
    }
    auto v = m_db.exec(u"SELECT page_views, viewers_peak FROM live_events WHERE id = ?"_s, {eventId});
    if (!v)
        return std::unexpected(v.error());
    if (v->next()) {
        c.pageViews = v->value(0).toLongLong();
        c.viewersPeak = v->value(1).toLongLong();
    }
    return c;
}

Result<void> LiveRepository::addPageView(qint64 eventId)
{
    auto q = m_db.exec(u"UPDATE live_events SET page_views = page_views + 1 WHERE id = ?"_s, {eventId});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<void> LiveRepository::raiseViewersPeak(qint64 eventId, int viewers)
{
    auto q = m_db.exec(u"UPDATE live_events SET viewers_peak = ? WHERE id = ? AND viewers_peak < ?"_s,
                       {viewers, eventId, viewers});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace pd::server
