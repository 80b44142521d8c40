#include "server/live/LiveService.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/log/LogText.h"
#include "server/items/ContentChecker.h"
#include "server/live/LiveAudience.h"
#include "server/live/InterviewRepository.h"
#include "server/live/LiveLog.h"
#include "server/media/MediaRepository.h"
#include "server/publish/LiveFeedSink.h"
#include "server/stream/EventHub.h"

#include <algorithm>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using domain::User;
namespace roles = domain::roles;

// A moderator's page of comments: large enough to scroll through quickly, small enough to answer at once.
constexpr int kCommentPageDefault = 50;
constexpr int kCommentPageMax = 200; // the API's largest page of any list
// The public page and its feed.json carry the newest approved comments only: every poll of thousands of readers
// fetches the feed, and a reader scrolls back through a live page's posts, not through its message board.
constexpr int kPublicPageComments = 100;

bool onSite(const User &user, qint64 siteId)
{
    return std::ranges::any_of(user.roles, [&](const domain::RoleGrant &g) { return g.siteId == 0 || g.siteId == siteId; });
}

bool hasAny(const User &user, qint64 siteId, std::initializer_list<QLatin1StringView> codes)
{
    return std::ranges::any_of(codes, [&](QLatin1StringView r) { return user.hasRole(QString(r), siteId); });
}

bool canManageEvents(const User &u, qint64 siteId)
{
    return hasAny(u, siteId, {roles::Admin, roles::Editor, roles::LiveModerator});
}

bool canPost(const User &u, qint64 siteId)
{
    return hasAny(u, siteId, {roles::Admin, roles::LiveModerator, roles::LiveReporter});
}

bool canModerate(const User &u, qint64 siteId)
{
    return hasAny(u, siteId, {roles::Admin, roles::LiveModerator});
}

bool isAdmin(const User &u, qint64 siteId)
{
    return u.hasRole(QString(roles::Admin), siteId);
}

/// Whether the caller moderates the posts of a session: its named moderators, or — when it names none — every live
/// moderator of the site; admins always.
bool moderatesSession(const User &u, const domain::LiveEvent &event, qint64 sessionId)
{
    if (isAdmin(u, event.siteId))
        return true;
    const domain::LiveEvent::Session *session = event.session(sessionId);
    if (session && !session->moderators.isEmpty())
        return session->moderators.contains(u.id);
    return canModerate(u, event.siteId);
}

/// Whether the caller may post into a session: those who moderate it, and its named reporters — or, when it names
/// none, every live reporter of the site.
bool postsToSession(const User &u, const domain::LiveEvent &event, qint64 sessionId)
{
    if (moderatesSession(u, event, sessionId))
        return true;
    if (!u.hasRole(QString(roles::LiveReporter), event.siteId))
        return false;
    const domain::LiveEvent::Session *session = event.session(sessionId);
    return !session || session->reporters.isEmpty() || session->reporters.contains(u.id);
}

QString sessionTitle(const domain::LiveEvent &event, qint64 sessionId)
{
    const domain::LiveEvent::Session *session = event.session(sessionId);
    return session ? session->title : u"主会场"_s;
}

/// Posts that are not (or no longer) out in public — pending, rejected, retracted — are the working material of the
/// people who run the broadcast and review it; every other member of the site sees what the public sees.
bool seesUnpublished(const User &u, const domain::LiveEvent &event)
{
    return canPost(u, event.siteId) || event.review.isMember(u.id);
}

Error validation(const QString &field, const QString &message, const QString &title = u"内容有误"_s)
{
    Error e = Error::make(ErrorCode::Validation, title);
    e.fields = {{field, message}};
    return e;
}

Error stale(qint64 given, qint64 current, const QJsonObject &body)
{
    Error e = Error::make(ErrorCode::PreconditionFailed, u"内容已被修改：您编辑的是第 %1 版，当前是第 %2 版"_s.arg(given).arg(current));
    e.body.insert(u"current"_s, body);
    return e;
}

/// Everyone who works the broadcast sees published posts and event changes; pending ones only moderators + author.
Audience backOffice(qint64 siteId)
{
    return Audience::withRoles(siteId, {QString(roles::LiveReporter), QString(roles::LiveModerator), QString(roles::Admin),
                                        QString(roles::Editor)});
}

Audience moderators(qint64 siteId)
{
    return Audience::withRoles(siteId, {QString(roles::LiveModerator), QString(roles::Admin)});
}

} // namespace

LiveService::LiveService(Database &db, LiveRepository &repository, EventHub &hub, LiveAudience &audience,
                         ContentChecker &checker, MediaRepository *media, QObject *parent)
    : QObject(parent), m_db(db), m_repo(repository), m_hub(hub), m_audience(audience), m_checker(checker), m_media(media)
{
}

// ---- events -------------------------------------------------------------------------------------------------------

Result<domain::LiveEvent> LiveService::loadEvent(const User &caller, qint64 id)
{
    auto found = m_repo.findEvent(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !onSite(caller, (*found)->siteId))
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    return **found;
}

Result<QList<domain::LiveEvent>> LiveService::events(const User &caller, std::optional<qint64> siteId, const QString &state)
{
    const auto wanted = domain::liveEventStateFromCode(state);
    if (!state.isEmpty() && !wanted)
        return std::unexpected(validation(u"state"_s, u"应为 scheduled、live、paused 或 ended"_s, u"查询参数无效"_s));
    QList<qint64> sites;
    if (siteId) {
        if (onSite(caller, *siteId))
            sites.append(*siteId);
    } else {
        auto all = m_db.exec(u"SELECT id FROM sites ORDER BY id"_s);
        if (!all)
            return std::unexpected(all.error());
        while (all->next()) {
            const qint64 id = all->value(0).toLongLong();
            if (onSite(caller, id))
                sites.append(id);
        }
    }
    return m_repo.events(sites, wanted);
}

Result<domain::LiveEvent> LiveService::event(const User &caller, qint64 id)
{
    return loadEvent(caller, id);
}

Result<domain::LiveEvent> LiveService::createEvent(const User &caller, domain::LiveEvent input)
{
    if (input.siteId <= 0)
        return std::unexpected(validation(u"site"_s, u"请指定站点"_s, u"直播信息有误"_s));
    auto site = m_db.scalar(u"SELECT id FROM sites WHERE id = ?"_s, {input.siteId});
    if (!site)
        return std::unexpected(site.error());
    if (site->isNull() || !onSite(caller, input.siteId))
        return std::unexpected(validation(u"site"_s, u"站点不存在"_s, u"直播信息有误"_s));
    if (!canManageEvents(caller, input.siteId))
        return fail(ErrorCode::Forbidden, u"只有管理员、编辑和直播审核可以创建直播"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    input.id = 0;
    input.state = domain::LiveEventState::Scheduled;
    input.revision = 1;
    input.createdBy = caller.id;
    input.createdAt = input.updatedAt = now;
    input.assignGuestIds({});
    input.keepGuestPhotos({});
    if (auto r = resolveGuestPhotos(input); !r)
        return std::unexpected(r.error());
    if (!input.startsAt.isValid())
        input.startsAt = now;
    // A new event's sessions are numbered from 1 in programme order, whatever ids the request carried.
    for (domain::LiveEvent::Session &session : input.sessions)
        session.id = 0;
    input.numberSessions();
    auto created = saveEvent(std::move(input), true);
    if (created)
        qCInfo(lcLive).noquote() << "live event" << created->id << "created by" << logText(caller.username);
    return created;
}

Result<domain::LiveEvent> LiveService::updateEvent(const User &caller, qint64 id, std::optional<qint64> ifMatch, domain::LiveEvent input)
{
    auto current = loadEvent(caller, id);
    if (!current)
        return current;
    if (!canManageEvents(caller, current->siteId))
        return fail(ErrorCode::Forbidden, u"只有管理员、编辑和直播审核可以修改直播"_s);
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"修改直播需要 If-Match 请求头（取自读取时的 ETag）"_s);
    if (*ifMatch != current->revision)
        return std::unexpected(stale(*ifMatch, current->revision, current->toJson()));
    if (current->mode != input.mode && current->state != domain::LiveEventState::Scheduled) {
        // Switching to direct mid-broadcast would publish nothing of what waits; keep it simple and explicit.
        if (!(current->mode == domain::LiveMode::Direct && input.mode == domain::LiveMode::Reviewed))
            return std::unexpected(validation(u"mode"_s, u"直播开始后只能从直接发布改为先审后发"_s, u"直播信息有误"_s));
    }
    if (auto r = reconcileSessions(*current, input.sessions); !r)
        return std::unexpected(r.error());
    domain::LiveEvent updated = *current;
    updated.title = input.title;
    updated.venue = input.venue;
    updated.summary = input.summary;
    updated.mode = input.mode;
    updated.kind = input.kind;
    if (input.startsAt.isValid())
        updated.startsAt = input.startsAt;
    updated.sessions = input.sessions;
    updated.guests = input.guests;
    updated.assignGuestIds(current->guests);
    updated.keepGuestPhotos(current->guests);
    if (auto r = resolveGuestPhotos(updated); !r)
        return std::unexpected(r.error());
    updated.kind = input.kind;
    updated.host = input.host;
    updated.review = input.review;
    updated.revision = current->revision + 1;
    updated.updatedAt = QDateTime::currentDateTimeUtc();
    return saveEvent(std::move(updated), false);
}

Result<QList<domain::LiveStaffMember>> LiveService::staff(const User &caller, qint64 siteId)
{
    if (siteId <= 0 || !onSite(caller, siteId))
        return std::unexpected(validation(u"site"_s, u"站点不存在"_s, u"查询参数无效"_s));
    if (!canManageEvents(caller, siteId))
        return fail(ErrorCode::Forbidden, u"只有管理员、编辑和直播审核可以查看直播人员"_s);
    auto q = m_db.exec(u"SELECT u.id, u.display_name, r.role FROM users u JOIN user_roles r ON r.user_id = u.id "
                       u"WHERE u.disabled = 0 AND (r.site_id = 0 OR r.site_id = ?) AND r.role IN (?, ?, ?) "
                       u"ORDER BY u.id"_s,
                       {siteId, QString(roles::LiveReporter), QString(roles::LiveModerator), QString(roles::Admin)});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::LiveStaffMember> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id)
            out.append(domain::LiveStaffMember{id, q->value(1).toString(), false, false});
        const QString role = q->value(2).toString();
        if (role == roles::LiveReporter)
            out.last().reporter = true;
        else
            out.last().moderator = true;
    }
    return out;
}

Result<void> LiveService::reconcileSessions(const domain::LiveEvent &current, QList<domain::LiveEvent::Session> &sessions)
{
    QList<FieldError> unknown;
    for (qsizetype i = 0; i < sessions.size(); ++i)
        if (sessions.at(i).id > 0 && !current.session(sessions.at(i).id))
            unknown.append({u"sessions[%1].id"_s.arg(i), u"本场直播没有编号为 %1 的场次（新场次不填编号）"_s.arg(sessions.at(i).id)});
    if (!unknown.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"直播信息有误"_s);
        e.fields = unknown;
        return std::unexpected(e);
    }
    // New sessions get ids after every one the event has had in this edit's view, so none is taken twice.
    domain::LiveEvent numbered;
    numbered.sessions = sessions;
    qint64 last = 0;
    for (const domain::LiveEvent::Session &s : current.sessions)
        last = std::max(last, s.id);
    for (domain::LiveEvent::Session &s : numbered.sessions)
        if (s.id <= 0)
            s.id = ++last;
    sessions = numbered.sessions;

    auto used = m_repo.postsPerSession(current.id);
    if (!used)
        return std::unexpected(used.error());
    domain::LiveEvent after;
    after.sessions = sessions;
    for (auto it = used->cbegin(); it != used->cend(); ++it) {
        if (after.hasSession(it.key()))
            continue;
        return fail(ErrorCode::Conflict, u"场次“%1”已有 %2 篇稿件，不能删除；可以改名，或先把稿件撤回后再合并场次"_s
                                             .arg(sessionTitle(current, it.key()))
                                             .arg(it.value()));
    }
    return {};
}

Result<domain::LiveEvent> LiveService::transitionEvent(const User &caller, qint64 id, std::optional<qint64> ifMatch,
                                               const QString &action)
{
    auto current = loadEvent(caller, id);
    if (!current)
        return current;
    const auto act = domain::liveEventActionFromCode(action);
    if (!act)
        return std::unexpected(validation(u"action"_s, u"应为 start、pause、resume 或 end"_s, u"操作无效"_s));
    if (!canManageEvents(caller, current->siteId))
        return fail(ErrorCode::Forbidden, u"只有管理员、编辑和直播审核可以开始、暂停或结束直播"_s);
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"开始、暂停或结束直播需要 If-Match 请求头（取自读取时的 ETag）"_s);
    if (*ifMatch != current->revision)
        return std::unexpected(stale(*ifMatch, current->revision, current->toJson()));
    const auto next = domain::liveEventStateAfter(current->state, *act);
    const QString from = domain::liveEventStateCode(current->state);
    if (!next)
        return fail(ErrorCode::Conflict, u"直播当前状态为 %1，不能执行 %2"_s.arg(from, action));
    domain::LiveEvent updated = *current;
    updated.state = *next;
    updated.revision = current->revision + 1;
    updated.updatedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcLive).noquote() << "live event" << id << from << "→" << domain::liveEventStateCode(updated.state) << "by"
                             << logText(caller.username);
    return saveEvent(std::move(updated), false);
}

Result<void> LiveService::resolveGuestPhotos(domain::LiveEvent &event) const
{
    QList<FieldError> errors;
    for (qsizetype i = 0; i < event.guests.size(); ++i) {
        domain::LiveEvent::Guest &g = event.guests[i];
        if (g.photoId <= 0) {
            g.photoId = 0;
            g.photoUrl.clear();
            continue;
        }
        const QString field = u"guests[%1].photoId"_s.arg(i);
        if (!m_media) {
            errors.append({field, u"此服务器未启用媒体库"_s});
            continue;
        }
        auto media = m_media->findById(g.photoId);
        if (!media)
            return std::unexpected(media.error());
        // The same rule as a photo post's: an image uploaded to the event's own site.
        if (!media->has_value() || (*media)->siteId != event.siteId || !(*media)->mime.startsWith(u"image/"_s)) {
            errors.append({field, u"没有这张图片（嘉宾照片须先上传到本站点）"_s});
            continue;
        }
        g.photoUrl = (*media)->url();
    }
    if (errors.isEmpty())
        return {};
    Error err = Error::make(ErrorCode::Validation, u"直播信息有误"_s);
    err.fields = errors;
    return std::unexpected(err);
}

Result<domain::LiveEvent> LiveService::saveEvent(domain::LiveEvent event, bool isNew)
{
    QList<StreamEvent> out;
    Transaction tx(m_db);
    if (auto r = isNew ? m_repo.insertEvent(event).transform([](qint64) {}) : m_repo.updateEvent(event); !r)
        return std::unexpected(r.error());
    if (m_media) {
        // The guests' photos show on the public event page from the start, like the event itself.
        QList<qint64> photos;
        for (const domain::LiveEvent::Guest &g : std::as_const(event.guests))
            if (g.photoId > 0)
                photos.append(g.photoId);
        if (auto r = m_media->setPublicReferences(u"liveguests:%1"_s.arg(event.id), photos); !r)
            return std::unexpected(r.error());
    }
    if (auto r = recordEvent(event, out); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish(out, event.id);
    return event;
}

Result<void> LiveService::recordEvent(const domain::LiveEvent &event, QList<StreamEvent> &out)
{
    Audience audience = backOffice(event.siteId);
    for (const domain::LiveReview::Group &g : event.review.groups)
        audience.userIds.append(g.members);
    auto internal = m_hub.record(u"live.event.changed"_s, event.toJson(), audience);
    if (!internal)
        return std::unexpected(internal.error());
    out.append(*internal);
    auto open = m_hub.record(u"live.event.changed"_s, event.toPublicJson(), Audience::publicEvent(event.id));
    if (!open)
        return std::unexpected(open.error());
    out.append(*open);
    return {};
}

// ---- posts --------------------------------------------------------------------------------------------------------

Result<LiveService::PostInEvent> LiveService::loadPost(const User &caller, qint64 id)
{
    auto found = m_repo.findPost(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !onSite(caller, (*found)->siteId))
        return fail(ErrorCode::NotFound, u"直播稿件不存在"_s);
    auto event = m_repo.findEvent((*found)->eventId);
    if (!event)
        return std::unexpected(event.error());
    if (!event->has_value())
        return fail(ErrorCode::NotFound, u"直播稿件不存在"_s);
    PostInEvent out{**found, **event};
    if (!out.post.isPublic() && !seesUnpublished(caller, out.event) && out.post.createdBy != caller.id)
        return fail(ErrorCode::NotFound, u"直播稿件不存在"_s);
    out.post.awaiting = awaiting(out.post, out.event);
    return out;
}

Result<QList<domain::LivePost>> LiveService::posts(const User &caller, qint64 eventId, qint64 after, int limit,
                                                   std::optional<qint64> session)
{
    auto event = loadEvent(caller, eventId);
    if (!event)
        return std::unexpected(event.error());
    if (session && !event->hasSession(*session))
        return std::unexpected(validation(u"session"_s, u"本场直播没有这个场次"_s, u"查询参数无效"_s));
    auto posts = m_repo.posts(eventId, after, limit, !seesUnpublished(caller, *event), session);
    if (posts)
        for (domain::LivePost &p : *posts)
            p.awaiting = awaiting(p, *event);
    return posts;
}

Result<domain::LivePost> LiveService::post(const User &caller, qint64 id)
{
    return loadPost(caller, id).transform([](PostInEvent &&found) { return std::move(found.post); });
}

Result<void> LiveService::applyInput(domain::LivePost &post, const PostInput &input)
{
    QList<FieldError> errors;
    if (input.kind)
        post.kind = *input.kind;
    if (post.kind != u"text" && post.kind != u"photo")
        errors.append({u"kind"_s, u"应为 text（文字）或 photo（图片）"_s});
    if (input.text)
        post.text = input.text->trimmed();
    if (input.speaker)
        post.speaker = input.speaker->trimmed();
    if (post.text.size() > domain::LivePost::MaxTextLength)
        errors.append({u"text"_s, u"最多 %1 个字符"_s.arg(domain::LivePost::MaxTextLength)});
    if (post.speaker.size() > 100)
        errors.append({u"speaker"_s, u"最多 100 个字符"_s});
    if (input.mediaIds) {
        const QStringList captions = input.captions.value_or(QStringList());
        if (input.mediaIds->size() > domain::LivePost::MaxPhotos)
            errors.append({u"mediaIds"_s, u"最多 %1 张图片"_s.arg(domain::LivePost::MaxPhotos)});
        if (captions.size() > input.mediaIds->size())
            errors.append({u"captions"_s, u"图片说明比图片多"_s});
        QList<domain::LivePost::Photo> photos;
        for (qsizetype i = 0; i < input.mediaIds->size() && errors.isEmpty(); ++i) {
            domain::LivePost::Photo photo;
            photo.mediaId = input.mediaIds->at(i);
            photo.caption = i < captions.size() ? captions.at(i).trimmed() : QString();
            if (photo.caption.size() > 500)
                errors.append({u"captions[%1]"_s.arg(i), u"最多 500 个字符"_s});
            if (!m_media) {
                errors.append({u"mediaIds[%1]"_s.arg(i), u"此服务器未启用媒体库"_s});
                break;
            }
            auto media = m_media->findById(photo.mediaId);
            if (!media)
                return std::unexpected(media.error());
            if (!media->has_value() || (*media)->siteId != post.siteId || !(*media)->mime.startsWith(u"image/"_s)) {
                errors.append({u"mediaIds[%1]"_s.arg(i), u"没有这张图片（须先上传到本站点）"_s});
                continue;
            }
            photo.url = (*media)->url();
            photo.width = (*media)->width;
            photo.height = (*media)->height;
            photos.append(photo);
        }
        post.photos = photos;
    } else if (input.captions) {
        // Captions alone re-label the photos the post already has.
        for (qsizetype i = 0; i < post.photos.size() && i < input.captions->size(); ++i)
            post.photos[i].caption = input.captions->at(i).trimmed();
    }
    if (errors.isEmpty() && post.kind == u"text" && post.text.isEmpty())
        errors.append({u"text"_s, u"文字稿不能为空"_s});
    if (errors.isEmpty() && post.kind == u"photo" && post.photos.isEmpty())
        errors.append({u"mediaIds"_s, u"图片稿至少需要一张图片"_s});
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"直播稿件有误"_s);
        e.fields = errors;
        return std::unexpected(e);
    }
    return {};
}

Result<domain::LivePost> LiveService::createPost(const User &caller, qint64 eventId, const PostInput &input)
{
    auto event = loadEvent(caller, eventId);
    if (!event)
        return std::unexpected(event.error());
    if (!canPost(caller, event->siteId))
        return fail(ErrorCode::Forbidden, u"只有直播记者、直播审核和管理员可以发稿"_s);
    if (event->state == domain::LiveEventState::Ended)
        return fail(ErrorCode::Conflict, u"直播已结束，不能再发稿"_s);
    const qint64 session = input.session.value_or(event->defaultSessionId());
    if (!event->hasSession(session))
        return std::unexpected(validation(u"session"_s, u"本场直播没有编号为 %1 的场次"_s.arg(session)));
    if (!postsToSession(caller, *event, session))
        return fail(ErrorCode::Forbidden, u"您不是“%1”的直播记者，不能向该场次发稿；请联系本场直播的负责人分配"_s
                                              .arg(sessionTitle(*event, session)));
    domain::LivePost post;
    post.eventId = eventId;
    post.siteId = event->siteId;
    post.session = session;
    if (auto r = applyInput(post, input); !r)
        return std::unexpected(r.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    post.state = event->isReviewed() ? domain::LivePostState::Pending : domain::LivePostState::Published;
    post.createdBy = caller.id;
    post.createdByName = caller.displayName;
    post.createdAt = post.updatedAt = now;
    if (post.isPublic())
        post.publishedAt = now;
    const QString publicType = post.isPublic() ? u"live.post"_s : QString();
    return savePost(std::move(post), *event, u"live.post"_s, publicType, std::nullopt);
}

Result<domain::LivePost> LiveService::correctPost(const User &caller, qint64 id, std::optional<qint64> ifMatch,
                                                  const PostInput &input)
{
    auto found = loadPost(caller, id);
    if (!found)
        return std::unexpected(found.error());
    const domain::LivePost &current = found->post;
    const domain::LiveEvent &event = found->event;
    if (!moderatesSession(caller, event, current.session) && current.createdBy != caller.id)
        return fail(ErrorCode::Forbidden, u"只有本场次的直播审核、管理员或作者本人可以更正稿件"_s);
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"更正稿件需要 If-Match 请求头（取自读取时的 ETag）"_s);
    if (*ifMatch != current.revision)
        return std::unexpected(stale(*ifMatch, current.revision, current.toJson()));
    if (current.state == domain::LivePostState::Retracted || current.state == domain::LivePostState::Rejected)
        return fail(ErrorCode::Conflict, u"已撤回或未通过的稿件不能更正"_s);
    if (current.pendingChange)
        return fail(ErrorCode::Conflict, u"这篇稿件已有一项更正或撤回正在审核，请等审核完成后再改"_s);
    const QString note = input.correctionNote.trimmed();
    if (current.isPublic() && note.isEmpty())
        return std::unexpected(validation(u"correctionNote"_s, u"已发布的稿件须写明更正说明，读者会看到"_s));
    if (note.size() > 500)
        return std::unexpected(validation(u"correctionNote"_s, u"最多 500 个字符"_s));
    domain::LivePost updated = current;
    if (auto r = applyInput(updated, input); !r)
        return std::unexpected(r.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    updated.revision = current.revision + 1;
    updated.updatedAt = now;
    QString action = u"correct"_s;
    QString publicType;
    if (current.isPublic() && event.isReviewed()) {
        // A published post in reviewed mode changes in public only after the same review as a new post: the
        // correction waits beside the published text, which readers keep seeing meanwhile.
        domain::LivePost waiting = current;
        waiting.revision = updated.revision;
        waiting.updatedAt = now;
        waiting.approvals.clear();
        waiting.pendingChange = domain::LivePost::Change{domain::LivePost::Change::Kind::Correction, updated.text,
                                                         updated.speaker, updated.photos, note, caller.id,
                                                         caller.displayName, now};
        updated = std::move(waiting);
        action = u"request-correction"_s;
    } else if (current.isPublic()) {
        updated.correctionNote = note;
        updated.correctedAt = now;
        publicType = u"live.post.changed"_s;
    } else {
        // Approvals given to the old text do not cover the new one.
        updated.approvals.clear();
    }
    return savePost(std::move(updated), event, u"live.post.changed"_s, publicType,
                    LiveRepository::HistoryEntry{current.revision, now, caller.id, note, current.toJson(), action});
}

Result<domain::LivePost> LiveService::transitionPost(const User &caller, qint64 id, std::optional<qint64> ifMatch,
                                                     const QString &action, const QString &reason)
{
    auto found = loadPost(caller, id);
    if (!found)
        return std::unexpected(found.error());
    const domain::LivePost &current = found->post;
    const domain::LiveEvent &event = found->event;
    const auto act = domain::livePostActionFromCode(action);
    if (!act)
        return std::unexpected(validation(u"action"_s, u"应为 approve、reject、pin、unpin 或 retract"_s, u"操作无效"_s));
    const bool decision = *act == domain::LivePostAction::Approve || *act == domain::LivePostAction::Reject;
    // In joint review the event's groups decide; their members need no moderator role to do so.
    const bool reviewer = decision && event.review.isMember(caller.id);
    if (!moderatesSession(caller, event, current.session) && !reviewer)
        return fail(ErrorCode::Forbidden, canModerate(caller, current.siteId)
                                              ? u"您不是“%1”的直播审核，不能审核、置顶或撤回该场次的稿件"_s.arg(
                                                    sessionTitle(event, current.session))
                                              : u"只有直播审核、管理员和本场直播的审核组成员可以审核、置顶或撤回稿件"_s);
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"审核、置顶或撤回稿件需要 If-Match 请求头（取自读取时的 ETag）"_s);
    if (*ifMatch != current.revision)
        return std::unexpected(stale(*ifMatch, current.revision, current.toJson()));
    const QString why = reason.trimmed();
    if (*act == domain::LivePostAction::Retract && why.isEmpty())
        return std::unexpected(validation(u"reason"_s, u"撤回稿件须写明原因"_s));
    if (why.size() > 500)
        return std::unexpected(validation(u"reason"_s, u"最多 500 个字符"_s));

    domain::LivePost updated = current;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString publicType;
    QString note = why;
    const auto refuse = [&] {
        return fail(ErrorCode::Conflict, u"稿件当前状态为 %1，不能执行 %2"_s.arg(domain::livePostStateCode(current.state),
                                                                                  action));
    };
    switch (*act) {
    case domain::LivePostAction::Approve:
    case domain::LivePostAction::Reject: {
        if (!current.inReview())
            return refuse();
        if (*act == domain::LivePostAction::Reject) {
            if (current.pendingChange) {
                // The change is refused; the published post stays as readers know it.
                updated.pendingChange.reset();
            } else {
                updated.state = domain::LivePostState::Rejected;
                updated.reason = why;
            }
            updated.approvals.clear();
            break;
        }
        auto group = approvalGroup(caller, current, event);
        if (!group)
            return std::unexpected(group.error());
        updated.approvals.append(domain::LiveApproval{caller.id, caller.displayName, *group, now});
        note = *group;
        if (!event.review.awaiting(updated.approvals).isEmpty())
            break; // more groups to go: nothing changes in public yet
        if (!current.pendingChange) {
            updated.state = domain::LivePostState::Published;
            updated.publishedAt = now;
            publicType = u"live.post"_s;
        } else if (current.pendingChange->kind == domain::LivePost::Change::Kind::Correction) {
            updated.text = current.pendingChange->text;
            updated.speaker = current.pendingChange->speaker;
            updated.photos = current.pendingChange->photos;
            updated.correctionNote = current.pendingChange->note;
            updated.correctedAt = now;
            updated.pendingChange.reset();
            publicType = u"live.post.changed"_s;
        } else {
            updated.state = domain::LivePostState::Retracted;
            updated.pinned = false;
            updated.reason = current.pendingChange->note;
            updated.pendingChange.reset();
            publicType = u"live.post.retracted"_s;
        }
        break;
    }
    case domain::LivePostAction::Pin:
    case domain::LivePostAction::Unpin:
        if (!current.isPublic())
            return refuse();
        updated.pinned = *act == domain::LivePostAction::Pin;
        if (updated.pinned == current.pinned)
            return current; // already so: nothing changes, nothing to announce
        publicType = u"live.post.changed"_s;
        break;
    case domain::LivePostAction::Retract:
        if (!current.isPublic())
            return refuse();
        if (current.pendingChange)
            return fail(ErrorCode::Conflict, u"这篇稿件已有一项更正或撤回正在审核，请等审核完成后再撤回"_s);
        if (event.isReviewed()) {
            // Taking a post down is a decision the review shares, like putting it up.
            updated.approvals.clear();
            updated.pendingChange = domain::LivePost::Change{domain::LivePost::Change::Kind::Retraction,
                                                             current.text, current.speaker, current.photos, why,
                                                             caller.id, caller.displayName, now};
            break;
        }
        updated.state = domain::LivePostState::Retracted;
        updated.pinned = false;
        updated.reason = why;
        publicType = u"live.post.retracted"_s;
        break;
    }
    updated.revision = current.revision + 1;
    updated.updatedAt = now;
    const QString recorded = *act == domain::LivePostAction::Retract && updated.pendingChange ? u"request-retraction"_s
                                                                                             : action;
    qCInfo(lcLive).noquote() << "live post" << id << recorded << "by" << logText(caller.username);
    return savePost(std::move(updated), event, u"live.post.changed"_s, publicType,
                    LiveRepository::HistoryEntry{current.revision, now, caller.id, note, current.toJson(), recorded});
}

Result<QString> LiveService::approvalGroup(const User &caller, const domain::LivePost &post,
                                           const domain::LiveEvent &event)
{
    // Never the author: neither of the post nor of the change under review.
    if (caller.id == post.createdBy || (post.pendingChange && caller.id == post.pendingChange->requestedBy))
        return fail(ErrorCode::Forbidden, u"不能审核自己撰写或提出修改的稿件，请由其他审核人审核"_s);
    if (std::ranges::any_of(post.approvals, [&](const domain::LiveApproval &a) { return a.userId == caller.id; }))
        return fail(ErrorCode::Conflict, u"您已审核过这篇稿件，其余审核须由其他人完成"_s);
    if (!event.review.isJoint())
        return QString(domain::LiveReview::ModeratorGroup);
    const QStringList mine = event.review.awaitedGroupsOf(caller.id, post.approvals);
    if (!mine.isEmpty())
        return mine.first();
    if (event.review.isMember(caller.id))
        return fail(ErrorCode::Conflict, u"您所在的审核组已审核过这篇稿件，仍待：%1"_s.arg(
                                             event.review.awaiting(post.approvals).join(u"、"_s)));
    return fail(ErrorCode::Forbidden, u"您不在本场直播的审核组中"_s);
}

QStringList LiveService::awaiting(const domain::LivePost &post, const domain::LiveEvent &event)
{
    return post.inReview() ? event.review.awaiting(post.approvals) : QStringList();
}

Result<QList<LiveRepository::HistoryEntry>> LiveService::postHistory(const User &caller, qint64 id)
{
    if (auto p = loadPost(caller, id); !p)
        return std::unexpected(p.error());
    return m_repo.history(id);
}

Result<domain::LivePost> LiveService::savePost(domain::LivePost post, const domain::LiveEvent &event,
                                              const QString &internalType, const QString &publicType,
                                              const std::optional<LiveRepository::HistoryEntry> &previous)
{
    QList<StreamEvent> out;
    post.awaiting = awaiting(post, event);
    Transaction tx(m_db);
    if (previous) {
        if (auto r = m_repo.addHistory(post.id, *previous); !r)
            return std::unexpected(r.error());
    }
    if (auto r = post.id == 0 ? m_repo.insertPost(post).transform([](qint64) {}) : m_repo.updatePost(post); !r)
        return std::unexpected(r.error());
    if (m_media) {
        // Photos of a published post are for everyone; those of a pending, rejected or retracted one are not.
        QList<qint64> shown;
        if (post.isPublic())
            for (const domain::LivePost::Photo &p : std::as_const(post.photos))
                shown.append(p.mediaId);
        if (auto r = m_media->setPublicReferences(u"livepost:%1"_s.arg(post.id), shown); !r)
            return std::unexpected(r.error());
    }
    if (auto r = recordPost(post, event, internalType, publicType, out); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish(out, publicType.isEmpty() ? 0 : post.eventId);
    return post;
}

Result<void> LiveService::recordPost(const domain::LivePost &post, const domain::LiveEvent &event,
                                     const QString &internalType, const QString &publicType, QList<StreamEvent> &out)
{
    const bool unpublished = post.state == domain::LivePostState::Pending || post.state == domain::LivePostState::Rejected;
    Audience audience = unpublished ? moderators(post.siteId) : backOffice(post.siteId);
    audience.userIds = {post.createdBy};
    // The review groups follow every post of their event, whichever desk they approve from.
    for (const domain::LiveReview::Group &g : event.review.groups)
        audience.userIds.append(g.members);
    auto internal = m_hub.record(internalType, post.toJson(), audience);
    if (!internal)
        return std::unexpected(internal.error());
    out.append(*internal);
    if (publicType.isEmpty())
        return {};
    const QJsonObject payload = publicType == u"live.post.retracted" ? QJsonObject{{u"id"_s, post.id}}
                                                                       : post.toPublicJson();
    auto open = m_hub.record(publicType, payload, Audience::publicEvent(post.eventId));
    if (!open)
        return std::unexpected(open.error());
    out.append(*open);
    return {};
}

void LiveService::finish(const QList<StreamEvent> &events, qint64 publicEventId)
{
    for (const StreamEvent &e : events)
        m_hub.deliver(e);
    if (publicEventId > 0 && m_sink)
        m_sink->liveEventChanged(publicEventId);
}

// ---- comments -----------------------------------------------------------------------------------------------------

Result<domain::LiveComment> LiveService::submitComment(qint64 eventId, const QString &name, const QString &text,
                                               const QString &address)
{
    // Every attempt counts, refused ones too: probing the word list or the limits costs the same as posting.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (const auto wait = m_commentLimiter.admit(address, nowMs)) {
        Error e = Error::make(ErrorCode::RateLimited, u"留言太频繁，请 %1 秒后再试"_s.arg(*wait));
        e.retryAfterSeconds = *wait;
        return std::unexpected(e);
    }
    auto found = m_repo.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    const domain::LiveEvent &event = **found;
    if (event.state == domain::LiveEventState::Ended)
        return fail(ErrorCode::Conflict, u"直播已结束，留言已关闭"_s);
    domain::LiveComment comment;
    comment.eventId = eventId;
    comment.name = name.trimmed();
    comment.text = text.trimmed();
    comment.address = address;
    QList<FieldError> errors;
    if (comment.text.isEmpty())
        errors.append({u"text"_s, u"留言不能为空"_s});
    else if (comment.text.size() > domain::LiveComment::MaxTextLength)
        errors.append({u"text"_s, u"留言最多 %1 个字"_s.arg(domain::LiveComment::MaxTextLength)});
    if (comment.name.size() > domain::LiveComment::MaxNameLength)
        errors.append({u"name"_s, u"昵称最多 %1 个字"_s.arg(domain::LiveComment::MaxNameLength)});
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"留言有误"_s);
        e.fields = errors;
        return std::unexpected(e);
    }
    if (comment.name.isEmpty())
        comment.name = u"网友"_s;
    // The site's own rule set, compiled once by the item checker: a probe item carrying the comment's text.
    domain::Item probe;
    probe.siteId = event.siteId;
    probe.summary = comment.name + u'\n' + comment.text;
    auto findings = m_checker.check(probe);
    if (!findings)
        return std::unexpected(findings.error());
    // One plain refusal whatever matched: naming the rule or the word would let a prober read the list out.
    const bool blocked = std::ranges::any_of(*findings, [](const checks::Finding &f) {
        return f.severity == checks::Severity::Block;
    });
    if (blocked) {
        Error e = Error::make(ErrorCode::Validation, u"留言含有不宜发布的内容，请修改后再提交"_s);
        e.fields = {{u"text"_s, u"含有不宜发布的内容"_s}};
        return std::unexpected(e);
    }
    comment.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::UTC);
    Transaction tx(m_db);
    if (auto r = m_repo.insertComment(comment); !r)
        return std::unexpected(r.error());
    auto announced = m_hub.record(u"live.comment"_s, comment.toJson(), moderators(event.siteId));
    if (!announced)
        return std::unexpected(announced.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish({*announced}, 0);
    return comment;
}

Result<LiveService::CommentPage> LiveService::comments(const User &caller, qint64 eventId, const QString &state,
                                                       const QString &search, const QString &cursor,
                                                       const QString &limit)
{
    auto event = loadEvent(caller, eventId);
    if (!event)
        return std::unexpected(event.error());
    if (!canModerate(caller, event->siteId))
        return fail(ErrorCode::Forbidden, u"只有直播审核和管理员可以查看待审留言"_s);
    LiveRepository::CommentQuery query;
    query.state = domain::LiveComment::stateFromCode(state);
    if (!state.isEmpty() && !query.state)
        return std::unexpected(validation(u"state"_s, u"应为 pending、approved 或 hidden"_s, u"查询参数无效"_s));
    query.limit = kCommentPageDefault;
    if (!limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kCommentPageMax)
            return std::unexpected(validation(u"limit"_s, u"应为 1 到 %1 之间的整数"_s.arg(kCommentPageMax), u"查询参数无效"_s));
    }
    if (!cursor.isEmpty()) {
        // The cursor is the id the next page starts below; clients pass it back as they got it.
        bool ok = false;
        query.before = cursor.toLongLong(&ok);
        if (!ok || query.before <= 0)
            return fail(ErrorCode::BadRequest, u"cursor 参数无效"_s);
    }
    query.search = search.trimmed().left(domain::LiveComment::MaxTextLength);
    auto page = m_repo.comments(eventId, query);
    if (!page)
        return std::unexpected(page.error());
    return CommentPage{std::move(page->items), page->nextBefore > 0 ? QString::number(page->nextBefore) : QString()};
}

Result<domain::LiveComment> LiveService::transitionComment(const User &caller, qint64 id, const QString &action)
{
    auto found = m_repo.findComment(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, u"留言不存在"_s);
    auto event = loadEvent(caller, (*found)->eventId);
    if (!event)
        return fail(ErrorCode::NotFound, u"留言不存在"_s);
    const auto act = domain::LiveComment::actionFromCode(action);
    if (!act)
        return std::unexpected(validation(u"action"_s, u"应为 approve 或 hide"_s, u"操作无效"_s));
    if (!canModerate(caller, event->siteId))
        return fail(ErrorCode::Forbidden, u"只有直播审核和管理员可以审核留言"_s);
    domain::LiveComment comment = **found;
    const domain::LiveComment::State next = domain::LiveComment::stateAfter(*act);
    if (comment.state == next)
        return comment;
    const bool wasPublic = comment.state == domain::LiveComment::State::Approved;
    comment.state = next;
    comment.moderatedBy = caller.id;
    comment.moderatedAt = QDateTime::currentDateTimeUtc();
    QList<StreamEvent> out;
    Transaction tx(m_db);
    if (auto r = m_repo.updateComment(comment); !r)
        return std::unexpected(r.error());
    auto internal = m_hub.record(u"live.comment"_s, comment.toJson(), moderators(event->siteId));
    if (!internal)
        return std::unexpected(internal.error());
    out.append(*internal);
    if (next == domain::LiveComment::State::Approved) {
        auto open = m_hub.record(u"live.comment"_s, comment.toPublicJson(), Audience::publicEvent(comment.eventId));
        if (!open)
            return std::unexpected(open.error());
        out.append(*open);
    } else if (wasPublic) {
        auto open = m_hub.record(u"live.comment.hidden"_s, {{u"id"_s, comment.id}}, Audience::publicEvent(comment.eventId));
        if (!open)
            return std::unexpected(open.error());
        out.append(*open);
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish(out, next == domain::LiveComment::State::Approved || wasPublic ? comment.eventId : 0);
    return comment;
}

// ---- statistics and the public view -------------------------------------------------------------------------------

Result<domain::LiveStats> LiveService::stats(const User &caller, qint64 eventId)
{
    auto event = loadEvent(caller, eventId);
    if (!event)
        return std::unexpected(event.error());
    auto c = m_repo.counts(eventId);
    if (!c)
        return std::unexpected(c.error());
    auto now = m_audience.viewersNow(eventId);
    if (!now)
        return std::unexpected(now.error());
    domain::LiveStats stats{c->posts, c->photos, c->characters, *now, std::max<qint64>(c->viewersPeak, *now),
                            c->pageViews, c->commentsPending};
    stats.commentsReceived = c->commentsReceived;
    stats.commentsApproved = c->commentsApproved;
    return stats;
}

Result<void> LiveService::presence(qint64 eventId, const QString &address, bool view, bool polling)
{
    auto found = m_repo.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    if (view) {
        if (auto r = m_repo.addPageView(eventId); !r)
            return r;
    }
    if (polling)
        return m_audience.notePollReader(eventId, address);
    return {};
}

Result<QList<qint64>> LiveService::publicEventIds(qint64 siteId)
{
    return m_repo.eventIds(siteId);
}

Result<qint64> LiveService::publicEventSite(qint64 eventId)
{
    auto found = m_repo.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    return (*found)->siteId;
}

Result<LivePublicView> LiveService::publicEvent(qint64 eventId)
{
    auto found = m_repo.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    auto posts = m_repo.posts(eventId, 0, std::numeric_limits<int>::max(), true);
    if (!posts)
        return std::unexpected(posts.error());
    auto comments = m_repo.comments(eventId, {domain::LiveComment::State::Approved, {}, 0, kPublicPageComments});
    if (!comments)
        return std::unexpected(comments.error());
    // Where a page that loaded this view should resume the public stream (`?after=`).
    auto streamSeq = m_db.scalar(u"SELECT MAX(seq) FROM stream_events WHERE public_event = ?"_s, {eventId});
    if (!streamSeq)
        return std::unexpected(streamSeq.error());
    LivePublicView view{std::move(**found), std::move(*posts), std::move(comments->items),
                        streamSeq->isNull() ? 0 : streamSeq->toLongLong(), {}, {}};
    if (view.event.isInterview()) {
        InterviewRepository interviews(m_db);
        auto answered = interviews.answered(eventId);
        if (!answered)
            return std::unexpected(answered.error());
        view.answered = std::move(*answered);
        auto current = interviews.current(eventId);
        if (!current)
            return std::unexpected(current.error());
        view.currentQuestion = std::move(*current);
    }
    return view;
}

} // namespace pd::server
