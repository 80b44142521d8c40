#include "plugins/livebroadcast/LiveDesk.h"

#include "app/domain/LiveApiPaths.h"
#include "app/domain/LivePostInput.h"
#include "plugins/livebroadcast/LiveLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {

bool hasAnyRole(const domain::User &user, qint64 site, std::initializer_list<QStringView> roles)
{
    return std::ranges::any_of(roles, [&](QStringView r) { return user.hasRole(r, site); });
}

} // namespace

LiveDesk::LiveDesk(plugins::PanelHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_memory(host)
{
    const QStringList types{u"live.post"_s, u"live.post.changed"_s, u"live.event.changed"_s};
    m_tokens.append(m_host.subscribe(types,
                                     [this](qint64 seq, const QString &type, const QJsonObject &payload) {
                                         onStreamEvent(seq, type, payload);
                                     }));
    m_tokens.append(m_host.subscribeOutbox(u"live:"_s, [this](const plugins::OutboxEntryInfo &e) { onOutbox(e); }));
    m_tokens.append(m_host.subscribeConnection([this](plugins::ConnectionState state, int waiting) {
        m_connection = state;
        m_waiting = waiting;
        Q_EMIT connectionChanged(state, waiting);
    }));
    m_tokens.append(m_host.onShutdown([this] {
        m_statsTimer.stop();
        Q_EMIT closing();
    }));
    m_connection = m_host.connectionState();
    m_waiting = m_host.waitingCount();
    m_statsTimer.setInterval(5000);
    connect(&m_statsTimer, &QTimer::timeout, this, &LiveDesk::reloadStats);
}

LiveDesk::~LiveDesk()
{
    for (plugins::PanelHost::Token token : std::as_const(m_tokens))
        m_host.unsubscribe(token);
}

bool LiveDesk::canManageEvents() const
{
    return hasAnyRole(m_host.currentUser(), m_host.currentSiteId(), {u"admin", u"editor", u"live_moderator"});
}

bool LiveDesk::canModerate() const
{
    return hasAnyRole(m_host.currentUser(), m_host.currentSiteId(), {u"admin", u"live_moderator"});
}

bool LiveDesk::isEventReviewer() const
{
    return m_event.review.isMember(m_host.currentUser().id);
}

QString LiveDesk::resource() const
{
    return u"live:%1:%2"_s.arg(m_eventId).arg(m_session);
}

bool LiveDesk::ownsResource(const QString &resource) const
{
    const QString event = u"live:%1"_s.arg(m_eventId);
    if (resource == event)
        return true;
    if (m_session == 0)
        return resource.startsWith(event + u':');
    return resource == event + u':' + QString::number(m_session);
}

bool LiveDesk::shows(const domain::LivePost &post) const
{
    return m_session == 0 || post.session == m_session;
}

QString LiveDesk::postSessionTitle() const
{
    const domain::LiveEvent::Session *s = m_event.session(postSession());
    return s ? s->title : QString();
}

bool LiveDesk::canPostHere() const
{
    const domain::User &me = m_host.currentUser();
    const qint64 site = m_host.currentSiteId();
    if (me.hasRole(u"admin", site))
        return true;
    const domain::LiveEvent::Session *s = m_event.session(postSession());
    if (s && !s->moderators.isEmpty() && s->moderators.contains(me.id))
        return true;
    if ((!s || s->moderators.isEmpty()) && me.hasRole(u"live_moderator", site))
        return true;
    return me.hasRole(u"live_reporter", site) && (!s || s->reporters.isEmpty() || s->reporters.contains(me.id));
}

QString LiveDesk::draftKey() const
{
    // A desk of the whole event keeps the key drafts had before sessions, so an unsent text survives the upgrade.
    return m_session == 0 ? u"livebroadcast.draft.%1"_s.arg(m_eventId)
                          : u"livebroadcast.draft.%1.%2"_s.arg(m_eventId).arg(m_session);
}

void LiveDesk::reloadEvents()
{
    QPointer self(this);
    m_host.liveEvents([self](Result<QList<domain::LiveEvent>> events) {
        if (!self)
            return;
        if (!events) {
            Q_EMIT self->failed(events.error().message);
            return;
        }
        self->m_events = std::move(*events);
        Q_EMIT self->eventsChanged();
    });
    if (!canManageEvents())
        return;
    m_host.liveStaff([self](Result<QList<domain::LiveStaffMember>> people) {
        if (self && people)
            self->m_people = std::move(*people);
    });
}

QStringList LiveDesk::guests() const
{
    QStringList list;
    for (const domain::LiveEvent::Guest &g : m_event.guests)
        list.append(g.speakerLabel());
    return list;
}

void LiveDesk::selectEvent(qint64 id, qint64 session)
{
    m_eventId = id;
    m_session = id == 0 ? 0 : session;
    m_event = {};
    m_eventEtag.clear();
    m_stats = {};
    m_viewerSamples.clear();
    m_pageViewSamples.clear();
    m_comments.setEvent(0);
    m_timeline.reset(id, {});
    ++m_loadGeneration;
    // Said at once, not when the event has loaded: until then nothing may act on the event chosen before.
    Q_EMIT eventChanged();
    if (id == 0) {
        m_statsTimer.stop();
        return;
    }
    QPointer self(this);
    const int generation = m_loadGeneration;
    m_host.liveEvent(id, [self, generation](Result<plugins::Revisioned<domain::LiveEvent>> r) {
        if (!self || generation != self->m_loadGeneration)
            return;
        if (!r) {
            Q_EMIT self->failed(r.error().message);
            return;
        }
        self->m_event = std::move(r->value);
        self->m_eventEtag = r->etag;
        Q_EMIT self->eventChanged();
    });
    loadPosts(id);
    if (canModerate())
        m_comments.setEvent(id);
    reloadStats();
    m_statsTimer.start();
}

void LiveDesk::loadPosts(qint64 eventId)
{
    QPointer self(this);
    const int generation = m_loadGeneration;
    m_host.livePosts(eventId, [self, generation, eventId](Result<QList<domain::LivePost>> r) {
        if (!self || generation != self->m_loadGeneration)
            return;
        if (!r) {
            Q_EMIT self->failed(r.error().message);
            return;
        }
        QList<domain::LivePost> shown;
        for (const domain::LivePost &p : std::as_const(*r))
            if (self->shows(p))
                shown.append(p);
        // Posts that arrived on the stream while the pages loaded are in the list too or come again later.
        self->m_timeline.reset(eventId, shown);
        for (const plugins::OutboxEntryInfo &e : self->m_host.pendingEntries(u"live:%1"_s.arg(eventId)))
            if (self->ownsResource(e.resource))
                self->m_timeline.applyOutbox(e);
    });
}

void LiveDesk::onStreamEvent(qint64, const QString &type, const QJsonObject &payload)
{
    if (type == u"live.event.changed") {
        // The event list follows new and changed events of the site (another desk created or started one).
        const domain::LiveEvent changed = domain::LiveEvent::fromJson(payload);
        const auto it = std::ranges::find(m_events, changed.id, &domain::LiveEvent::id);
        if (it != m_events.end())
            *it = changed;
        else if (changed.siteId == 0 || changed.siteId == m_host.currentSiteId())
            m_events.append(changed);
        Q_EMIT eventsChanged();
        if (changed.id == m_eventId) {
            m_event = changed;
            m_eventEtag = u"\"%1\""_s.arg(changed.revision).toLatin1();
            Q_EMIT eventChanged();
        }
    } else if (type == u"live.post" || type == u"live.post.changed") {
        const domain::LivePost post = domain::LivePost::fromJson(payload);
        if (shows(post))
            m_timeline.applyPost(post);
    }
}

void LiveDesk::onOutbox(const plugins::OutboxEntryInfo &entry)
{
    if (!ownsResource(entry.resource))
        return;
    m_timeline.applyOutbox(entry);
    if (entry.state == plugins::OutboxState::NeedsAttention)
        Q_EMIT failed(entry.error);
}

void LiveDesk::saveEvent(qint64 id, const QJsonObject &input)
{
    QPointer self(this);
    m_host.saveLiveEvent(id, input, id == m_eventId ? m_eventEtag : QByteArray(),
                         [self, id](Result<plugins::Revisioned<domain::LiveEvent>> r) {
                             if (!self)
                                 return;
                             if (!r) {
                                 // The portal names each field it refused; the person at the desk needs to know which.
                                 QStringList lines{r.error().message};
                                 for (const FieldError &f : r.error().fields)
                                     lines.append(tr("%1: %2").arg(f.field, f.message));
                                 Q_EMIT self->failed(lines.join(u'\n'));
                                 return;
                             }
                             Q_EMIT self->notice(id == 0 ? tr("Event created.") : tr("Event saved."));
                             self->reloadEvents();
                             if (r->value.id == self->m_eventId) {
                                 self->m_event = std::move(r->value);
                                 self->m_eventEtag = r->etag;
                                 Q_EMIT self->eventChanged();
                             }
                         });
}

void LiveDesk::transitionEvent(domain::LiveEventAction action)
{
    if (m_eventId == 0)
        return;
    QPointer self(this);
    m_host.transitionLiveEvent(m_eventId, action, m_eventEtag,
                               [self](Result<plugins::Revisioned<domain::LiveEvent>> r) {
                                   if (!self)
                                       return;
                                   if (!r) {
                                       Q_EMIT self->failed(r.error().message);
                                       return;
                                   }
                                   self->m_event = std::move(r->value);
                                   if (!r->etag.isEmpty())
                                       self->m_eventEtag = r->etag;
                                   Q_EMIT self->eventChanged();
                                   self->reloadEvents();
                               });
}

QUrl LiveDesk::publicPageUrl() const
{
    if (!m_event.publicUrl.isEmpty())
        return m_host.serverUrl().resolved(QUrl(m_event.publicUrl));
    return m_host.serverUrl().resolved(QUrl(u"/live/%1/"_s.arg(m_eventId)));
}

Result<void> LiveDesk::post(const QString &text, const QString &speaker, const QList<qint64> &mediaIds,
                            const QStringList &captions)
{
    if (m_eventId == 0)
        return fail(ErrorCode::InvalidInput, tr("Choose an event first."));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && mediaIds.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Write something or add a photo first."));
    // The checks run before anything is queued: a blocked post never leaves this desk.
    QStringList blocked;
    for (const plugins::CheckFinding &f : m_host.checkText(trimmed + u'\n' + captions.join(u'\n')))
        if (f.severity == plugins::CheckFinding::Severity::Block)
            blocked.append(tr("“%1”: %2").arg(f.excerpt, f.message));
    if (!blocked.isEmpty())
        return fail(ErrorCode::Validation,
                    tr("Not posted — the content checks block it:\n%1").arg(blocked.join(u'\n')));

    // portald takes text or photo (a photo post may carry text too).
    domain::LivePostInput input;
    input.kind = mediaIds.isEmpty() ? u"text"_s : u"photo"_s;
    input.text = trimmed;
    input.speaker = speaker.trimmed();
    input.mediaIds = mediaIds;
    input.captions = captions;
    // A desk of the whole event leaves the choice to portald (the first session), which it can make even when
    // this desk could not load the event (offline since the start).
    if (m_session != 0)
        input.session = m_session;
    auto queued = m_host.enqueue(resource(), "POST", domain::LiveApiPaths::posts(m_eventId), input.toJson());
    if (!queued)
        return std::unexpected(queued.error());
    m_timeline.applyOutbox(*queued);
    return {};
}

Result<void> LiveDesk::correct(qint64 postId, const QString &text, const QString &note)
{
    const int at = m_timeline.indexOfPost(postId);
    if (at < 0)
        return fail(ErrorCode::NotFound, tr("That post is not in this event's timeline."));
    if (note.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A correction needs a note saying what was corrected."));
    for (const plugins::CheckFinding &f : m_host.checkText(text))
        if (f.severity == plugins::CheckFinding::Severity::Block)
            return fail(ErrorCode::Validation, tr("Not corrected — the content checks block it: “%1”: %2")
                                                   .arg(f.excerpt, f.message));
    const qint64 revision = m_timeline.row(at).revision;
    auto queued = m_host.enqueue(resource(), "PATCH", domain::LiveApiPaths::post(postId),
                                 QJsonObject{{u"text"_s, text.trimmed()}, {u"correctionNote"_s, note.trimmed()}},
                                 u"\"%1\""_s.arg(revision));
    if (!queued)
        return std::unexpected(queued.error());
    return {};
}

Result<void> LiveDesk::queueTransition(qint64 postId, const QString &action, const QString &reason)
{
    QJsonObject body{{u"action"_s, action}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    auto queued = m_host.enqueue(resource(), "POST", domain::LiveApiPaths::postTransitions(postId), body,
                                 QString::fromLatin1(postEtag(postId)));
    if (!queued)
        return std::unexpected(queued.error());
    return {};
}

QByteArray LiveDesk::postEtag(qint64 postId) const
{
    // The version the person saw: a decision on a post that changed meanwhile comes back 412 instead of landing.
    const int at = m_timeline.indexOfPost(postId);
    return at < 0 ? QByteArray() : u"\"%1\""_s.arg(m_timeline.row(at).revision).toLatin1();
}

Result<void> LiveDesk::retract(qint64 postId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say why the post is retracted; readers see the reason."));
    return queueTransition(postId, u"retract"_s, reason.trimmed());
}

Result<void> LiveDesk::setPinned(qint64 postId, bool pinned)
{
    return queueTransition(postId, pinned ? u"pin"_s : u"unpin"_s, {});
}

Result<void> LiveDesk::retry(qint64 outboxId)
{
    // A refused correction goes again against the newest version the timeline knows: the person has seen it.
    for (int i = 0; i < m_timeline.rowCount(); ++i) {
        const auto &row = m_timeline.row(i);
        if (row.outboxId == outboxId && row.postId != 0)
            return m_host.retryEntry(outboxId, u"\"%1\""_s.arg(row.revision));
    }
    return m_host.retryEntry(outboxId);
}

Result<void> LiveDesk::discard(qint64 outboxId)
{
    auto r = m_host.discardEntry(outboxId);
    if (r)
        selectEvent(m_eventId); // the timeline forgets the local row; simplest is to reload it
    return r;
}

void LiveDesk::saveDraft(const QString &text, const QString &speaker)
{
    if (m_eventId == 0)
        return;
    m_memory.setDraft(draftKey(), {text, speaker});
}

ComposerMemory::Draft LiveDesk::draft() const
{
    return m_eventId == 0 ? ComposerMemory::Draft() : m_memory.draft(draftKey());
}

ComposerMemory::Watermark LiveDesk::watermark() const
{
    // Per event: a forum's photos carry the organiser's mark, a press conference's not.
    return m_eventId == 0 ? ComposerMemory::Watermark()
                          : m_memory.watermark(u"livebroadcast.watermark.%1"_s.arg(m_eventId));
}

void LiveDesk::saveWatermark(const ComposerMemory::Watermark &watermark)
{
    if (m_eventId != 0)
        m_memory.setWatermark(u"livebroadcast.watermark.%1"_s.arg(m_eventId), watermark);
}

void LiveDesk::moderatePost(qint64 postId, domain::LivePostAction action, const QString &reason)
{
    QPointer self(this);
    m_host.transitionLivePost(postId, action, reason, postEtag(postId), [self](Result<domain::LivePost> r) {
        if (!self)
            return;
        if (!r) {
            Q_EMIT self->failed(r.error().message);
            return;
        }
        self->m_timeline.applyPost(*r);
    });
}

void LiveDesk::reloadStats()
{
    if (m_eventId == 0)
        return;
    QPointer self(this);
    const int generation = m_loadGeneration;
    m_host.liveStats(m_eventId, [self, generation](Result<domain::LiveStats> r) {
        if (!self || generation != self->m_loadGeneration || !r)
            return;
        self->m_stats = *r;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (self->m_viewerSamples.isEmpty())
            self->m_firstSampleMs = now;
        const double at = (now - self->m_firstSampleMs) / 1000.0;
        self->m_viewerSamples.append(QPointF(at, double(self->m_stats.viewersNow)));
        self->m_pageViewSamples.append(QPointF(at, double(self->m_stats.pageViews)));
        Q_EMIT self->statsChanged();
    });
}

QList<QPointF> LiveDesk::postsPerMinute() const
{
    QMap<qint64, int> perMinute;
    for (int i = 0; i < m_timeline.rowCount(); ++i) {
        const auto &row = m_timeline.row(i);
        if (row.postId != 0 && row.time.isValid() && row.state != LiveTimelineModel::State::Rejected)
            ++perMinute[row.time.toSecsSinceEpoch() / 60];
    }
    QList<QPointF> points;
    if (perMinute.isEmpty())
        return points;
    const qint64 first = perMinute.firstKey();
    for (qint64 minute = first; minute <= perMinute.lastKey(); ++minute)
        points.append(QPointF(double(minute - first), perMinute.value(minute)));
    return points;
}

} // namespace pd::livebroadcast
