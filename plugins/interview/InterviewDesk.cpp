#include "plugins/interview/InterviewDesk.h"

#include "app/domain/Item.h"
#include "app/domain/ListPage.h"
#include "app/domain/LiveApiPaths.h"
#include "plugins/interview/InterviewLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::interview {

namespace {

constexpr int PageSize = 200;

using State = domain::InterviewQuestionState;

bool hasAnyRole(const domain::User &user, qint64 site, std::initializer_list<QStringView> roles)
{
    return std::ranges::any_of(roles, [&](QStringView r) { return user.hasRole(r, site); });
}

} // namespace

InterviewDesk::InterviewDesk(plugins::PanelHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    // A question's every change (a netizen's new one, screening, the queue, the answer) comes as one type.
    m_tokens.append(m_host.subscribe({u"interview.question"_s, u"live.event.changed"_s},
                                     [this](qint64, const QString &type, const QJsonObject &payload) {
                                         onStreamEvent(type, payload);
                                     }));
    m_tokens.append(m_host.subscribeOutbox(u"interview:"_s, [this](const plugins::OutboxEntryInfo &e) { onOutbox(e); }));
    m_tokens.append(m_host.subscribeConnection([this](plugins::ConnectionState state, int waiting) {
        m_connection = state;
        m_waiting = waiting;
        Q_EMIT connectionChanged(state, waiting);
    }));
    m_connection = m_host.connectionState();
    m_waiting = m_host.waitingCount();
}

InterviewDesk::~InterviewDesk()
{
    for (plugins::PanelHost::Token token : std::as_const(m_tokens))
        m_host.unsubscribe(token);
}

bool InterviewDesk::canDirect() const
{
    return hasAnyRole(m_host.currentUser(), m_host.currentSiteId(), {u"admin", u"live_moderator"});
}

bool InterviewDesk::canType() const
{
    return hasAnyRole(m_host.currentUser(), m_host.currentSiteId(), {u"admin", u"live_reporter", u"live_moderator"});
}

bool InterviewDesk::canReview() const
{
    return canDirect() || m_event.review.isMember(m_host.currentUser().id);
}

bool InterviewDesk::correctable(const domain::InterviewQuestion &q)
{
    if (!q.answer)
        return false;
    return q.answer->isPublic() ? !q.answer->pendingCorrection
                                : q.answer->review == domain::InterviewAnswer::Review::Rejected;
}

QList<domain::InterviewQuestion> InterviewDesk::awaitingReview() const
{
    QList<domain::InterviewQuestion> list;
    for (const domain::InterviewQuestion &q : answered())
        if (q.answer && (q.answer->review == domain::InterviewAnswer::Review::Pending || q.answer->pendingCorrection))
            list.append(q);
    return list;
}

Result<void> InterviewDesk::review(qint64 questionId, bool approve, const QString &reason)
{
    const domain::InterviewQuestion *q = question(questionId);
    if (!q || !q->answer)
        return fail(ErrorCode::InvalidInput, tr("Choose an answer waiting for review."));
    if (!approve && reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say why the answer goes back; the typist fixes it by that."));
    QJsonObject body{{u"action"_s, approve ? u"approve"_s : u"reject"_s}};
    if (!reason.trimmed().isEmpty())
        body.insert(u"reason"_s, reason.trimmed());
    QPointer self(this);
    const qint64 eventId = m_eventId;
    m_host.request("POST", domain::LiveApiPaths::answerTransitions(q->answer->id), QJsonDocument(body),
                   u"\"%1\""_s.arg(q->answer->revision).toUtf8(), [self, eventId](Result<plugins::HostReply> r) {
                       if (!self || eventId != self->m_eventId)
                           return;
                       if (!r) {
                           self->failWith(r.error());
                           return;
                       }
                       self->apply(domain::InterviewQuestion::fromJson(r->json.object()));
                   });
    return {};
}

bool InterviewDesk::canBuildTranscript() const
{
    return hasAnyRole(m_host.currentUser(), m_host.currentSiteId(), {u"editor"});
}

QString InterviewDesk::resource() const
{
    return u"interview:%1"_s.arg(m_eventId);
}

QString InterviewDesk::draftKey(qint64 questionId) const
{
    return u"interview.draft.%1.%2"_s.arg(m_eventId).arg(questionId);
}

void InterviewDesk::failWith(const Error &error)
{
    QStringList lines{error.message};
    for (const FieldError &f : error.fields)
        lines.append(tr("%1: %2").arg(f.field, f.message));
    Q_EMIT failed(lines.join(u'\n'));
}

void InterviewDesk::reloadEvents()
{
    QPointer self(this);
    m_host.request("GET", domain::LiveApiPaths::events(m_host.currentSiteId()), {}, {},
                   [self](Result<plugins::HostReply> reply) {
                       if (!self)
                           return;
                       if (!reply) {
                           self->failWith(reply.error());
                           return;
                       }
                       QList<domain::LiveEvent> interviews;
                       for (const domain::LiveEvent &e :
                            domain::ListPage<domain::LiveEvent>::fromJson(reply->json.object()).items)
                           if (e.isInterview())
                               interviews.append(e);
                       self->m_events = interviews;
                       Q_EMIT self->eventsChanged();
                   });
}

void InterviewDesk::selectEvent(qint64 id)
{
    m_eventId = id;
    m_event = {};
    m_questions.clear();
    m_sent.clear();
    ++m_loadGeneration;
    Q_EMIT eventChanged();
    Q_EMIT questionsChanged();
    if (id == 0)
        return;
    QPointer self(this);
    const int generation = m_loadGeneration;
    m_host.request("GET", domain::LiveApiPaths::event(id), {}, {}, [self, generation](Result<plugins::HostReply> r) {
        if (!self || generation != self->m_loadGeneration)
            return;
        if (!r) {
            self->failWith(r.error());
            return;
        }
        self->m_event = domain::LiveEvent::fromJson(r->json.object());
        Q_EMIT self->eventChanged();
    });
    loadQuestions(id, {}, {});
}

QImage InterviewDesk::guestPhoto(const domain::LiveEvent::Guest &guest)
{
    if (guest.photoUrl.isEmpty())
        return {};
    if (const auto known = m_photos.constFind(guest.photoUrl); known != m_photos.cend())
        return *known;
    m_photos.insert(guest.photoUrl, QImage());
    QPointer self(this);
    const QString url = guest.photoUrl;
    m_host.liveMedia(url, [self, url](Result<QByteArray> bytes) {
        if (!self)
            return;
        QImage image;
        if (!bytes || !image.loadFromData(*bytes)) {
            qCInfo(lcInterview).noquote() << "guest photo" << url << "not shown:"
                                          << (bytes ? u"not an image"_s : bytes.error().message);
            return;
        }
        self->m_photos.insert(url, image);
        Q_EMIT self->guestPhotoLoaded(url);
    });
    return m_photos.value(url); // a host may answer at once
}

void InterviewDesk::loadQuestions(qint64 eventId, const QString &cursor, QList<domain::InterviewQuestion> collected)
{
    QPointer self(this);
    const int generation = m_loadGeneration;
    QString path = domain::LiveApiPaths::questions(eventId) + u"?limit=%1"_s.arg(PageSize);
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromUtf8(QUrl::toPercentEncoding(cursor));
    m_host.request(
        "GET", path, {}, {},
        [self, generation, eventId, collected = std::move(collected)](Result<plugins::HostReply> r) mutable {
            if (!self || generation != self->m_loadGeneration)
                return;
            if (!r) {
                self->failWith(r.error());
                return;
            }
            const auto page = domain::ListPage<domain::InterviewQuestion>::fromJson(r->json.object());
            collected.append(page.items);
            if (page.hasMore() && !page.items.isEmpty()) {
                self->loadQuestions(eventId, page.nextCursor, std::move(collected));
                return;
            }
            // What the stream brought while the pages loaded is newer than the pages: keep the higher revision.
            for (const domain::InterviewQuestion &q : std::as_const(self->m_questions)) {
                const auto it = std::ranges::find(collected, q.id, &domain::InterviewQuestion::id);
                if (it == collected.end())
                    collected.append(q);
                else if (it->revision < q.revision)
                    *it = q;
            }
            self->m_questions = std::move(collected);
            // What an earlier run left in the outbox for this interview is followed again.
            for (const plugins::OutboxEntryInfo &e : self->m_host.pendingEntries(self->resource()))
                self->onOutbox(e);
            Q_EMIT self->questionsChanged();
            Q_EMIT self->answersChanged();
        });
}

QUrl InterviewDesk::publicPageUrl() const
{
    if (!m_event.publicUrl.isEmpty())
        return m_host.serverUrl().resolved(QUrl(m_event.publicUrl));
    return m_host.serverUrl().resolved(QUrl(u"/live/%1/"_s.arg(m_eventId)));
}

const domain::InterviewQuestion *InterviewDesk::question(qint64 id) const
{
    const auto it = std::ranges::find(m_questions, id, &domain::InterviewQuestion::id);
    return it == m_questions.end() ? nullptr : &*it;
}

QList<domain::InterviewQuestion> InterviewDesk::incoming(const QString &search) const
{
    QList<domain::InterviewQuestion> list;
    const QString needle = search.trimmed();
    for (const domain::InterviewQuestion &q : m_questions) {
        if (q.state != State::Pending && q.state != State::Accepted)
            continue;
        if (!needle.isEmpty() && !q.text.contains(needle, Qt::CaseInsensitive)
            && !q.name.contains(needle, Qt::CaseInsensitive))
            continue;
        list.append(q);
    }
    std::ranges::stable_sort(list, [](const auto &a, const auto &b) {
        return std::pair(a.createdAt, a.id) < std::pair(b.createdAt, b.id);
    });
    return list;
}

QList<domain::InterviewQuestion> InterviewDesk::queue() const
{
    QList<domain::InterviewQuestion> list;
    for (const domain::InterviewQuestion &q : m_questions)
        if (q.state == State::Queued)
            list.append(q);
    std::ranges::stable_sort(list, [](const auto &a, const auto &b) {
        return std::pair(a.position, a.id) < std::pair(b.position, b.id);
    });
    return list;
}

domain::InterviewQuestion InterviewDesk::current() const
{
    domain::InterviewQuestion latest;
    for (const domain::InterviewQuestion &q : m_questions)
        if (q.state == State::Asked && (latest.id == 0 || latest.askedAt < q.askedAt))
            latest = q;
    return latest;
}

QList<domain::InterviewQuestion> InterviewDesk::answered() const
{
    QList<domain::InterviewQuestion> list;
    for (const domain::InterviewQuestion &q : m_questions)
        if (q.state == State::Answered)
            list.append(q);
    std::ranges::stable_sort(list, [](const auto &a, const auto &b) {
        return std::pair(a.answeredAt, a.id) < std::pair(b.answeredAt, b.id);
    });
    return list;
}

void InterviewDesk::apply(const domain::InterviewQuestion &question)
{
    if (question.id == 0 || (question.eventId != 0 && question.eventId != m_eventId))
        return;
    const auto it = std::ranges::find(m_questions, question.id, &domain::InterviewQuestion::id);
    if (it == m_questions.end())
        m_questions.append(question);
    else if (it->revision <= question.revision)
        *it = question;
    else
        return; // an older copy overtaken by a newer one (a reply after the stream's event)
    Q_EMIT questionsChanged();
    if (question.state == State::Answered)
        Q_EMIT answersChanged();
}

void InterviewDesk::onStreamEvent(const QString &type, const QJsonObject &payload)
{
    if (type == u"live.event.changed") {
        const domain::LiveEvent changed = domain::LiveEvent::fromJson(payload);
        if (!changed.isInterview())
            return;
        const auto it = std::ranges::find(m_events, changed.id, &domain::LiveEvent::id);
        if (it != m_events.end())
            *it = changed;
        else if (changed.siteId == 0 || changed.siteId == m_host.currentSiteId())
            m_events.append(changed);
        Q_EMIT eventsChanged();
        if (changed.id == m_eventId) {
            m_event = changed;
            Q_EMIT eventChanged();
        }
    } else if (type == u"interview.question") {
        apply(domain::InterviewQuestion::fromJson(payload));
    }
}

void InterviewDesk::transition(qint64 questionId, domain::InterviewQuestionAction action, const QString &reason,
                               qint64 into)
{
    QJsonObject body{{u"action"_s, domain::interviewQuestionActionCode(action)}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    if (into != 0)
        body.insert(u"into"_s, into);
    QPointer self(this);
    m_host.request("POST", domain::LiveApiPaths::questionTransitions(questionId), QJsonDocument(body), {},
                   [self](Result<plugins::HostReply> r) {
                       if (!self)
                           return;
                       if (!r) {
                           self->failWith(r.error());
                           return;
                       }
                       self->apply(domain::InterviewQuestion::fromJson(r->json.object()));
                   });
}

void InterviewDesk::accept(qint64 questionId)
{
    transition(questionId, domain::InterviewQuestionAction::Accept);
}

Result<void> InterviewDesk::decline(qint64 questionId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say why the question is declined (kept in the back office)."));
    transition(questionId, domain::InterviewQuestionAction::Decline, reason.trimmed());
    return {};
}

void InterviewDesk::enqueue(qint64 questionId)
{
    transition(questionId, domain::InterviewQuestionAction::Queue);
}

Result<void> InterviewDesk::merge(const QList<qint64> &duplicates, qint64 intoId)
{
    QList<qint64> others = duplicates;
    others.removeAll(intoId);
    if (intoId == 0 || others.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Select the duplicates together with the question they repeat."));
    for (qint64 id : std::as_const(others)) {
        transition(id, domain::InterviewQuestionAction::Merge, {}, intoId);
        // The duplicate leaves the list at once; portald's answer (the question it went into) updates the askers.
        const auto it = std::ranges::find(m_questions, id, &domain::InterviewQuestion::id);
        if (it != m_questions.end()) {
            it->state = State::Merged;
            it->mergedInto = intoId;
        }
    }
    Q_EMIT questionsChanged();
    return {};
}

void InterviewDesk::reorderQueue(const QList<qint64> &questionIds)
{
    if (m_eventId == 0)
        return;
    // Shown in the new order at once; portald's answer (or its refusal and a reload) settles it.
    for (qsizetype i = 0; i < questionIds.size(); ++i) {
        const auto it = std::ranges::find(m_questions, questionIds.at(i), &domain::InterviewQuestion::id);
        if (it != m_questions.end())
            it->position = int(i + 1);
    }
    Q_EMIT questionsChanged();
    QJsonArray ids;
    for (qint64 id : questionIds)
        ids.append(id);
    QPointer self(this);
    const qint64 eventId = m_eventId;
    m_host.request("PUT", domain::LiveApiPaths::questionQueue(eventId), QJsonDocument(QJsonObject{{u"questions"_s, ids}}),
                   {}, [self, eventId](Result<plugins::HostReply> r) {
                       if (!self || eventId != self->m_eventId)
                           return;
                       if (!r) {
                           self->failWith(r.error());
                           self->selectEvent(eventId); // back to portald's order
                           return;
                       }
                       for (const domain::InterviewQuestion &q :
                            domain::ListPage<domain::InterviewQuestion>::fromJson(r->json.object()).items)
                           self->apply(q);
                   });
}

Result<void> InterviewDesk::askNext()
{
    if (current().id != 0)
        return fail(ErrorCode::Conflict, tr("The current question has not been answered yet."));
    const QList<domain::InterviewQuestion> waiting = queue();
    if (waiting.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The host's queue is empty."));
    transition(waiting.first().id, domain::InterviewQuestionAction::Ask);
    return {};
}

Result<void> InterviewDesk::answer(qint64 questionId, qint64 guestId, const QString &text)
{
    const domain::InterviewQuestion *q = question(questionId);
    if (!q || q->state != State::Asked)
        return fail(ErrorCode::InvalidInput, tr("There is no asked question to answer."));
    if (m_sent.contains(questionId) && m_sent.value(questionId).state != AnswerState::Refused)
        return fail(ErrorCode::Conflict, tr("The answer to this question is already on its way."));
    if (!m_event.guest(guestId))
        return fail(ErrorCode::InvalidInput, tr("Choose the guest who answers."));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Write the guest's answer first."));
    // The checks run before anything is queued: a blocked answer never leaves this desk.
    QStringList blocked;
    for (const plugins::CheckFinding &f : m_host.checkText(trimmed))
        if (f.severity == plugins::CheckFinding::Severity::Block)
            blocked.append(tr("“%1”: %2").arg(f.excerpt, f.message));
    if (!blocked.isEmpty())
        return fail(ErrorCode::Validation, tr("Not sent — the content checks block it:\n%1").arg(blocked.join(u'\n')));
    auto queued = m_host.enqueue(resource(), "POST", domain::LiveApiPaths::questionAnswers(questionId),
                                 QJsonObject{{u"guest"_s, guestId}, {u"text"_s, trimmed}});
    if (!queued)
        return std::unexpected(queued.error());
    m_sent.insert(questionId, Sent{queued->id, AnswerState::Waiting, {}});
    m_host.setLocalValue(draftKey(questionId), QJsonValue());
    Q_EMIT answersChanged();
    return {};
}

Result<void> InterviewDesk::correct(qint64 questionId, const QString &text, const QString &note)
{
    const domain::InterviewQuestion *q = question(questionId);
    if (!q || !q->answer)
        return fail(ErrorCode::InvalidInput, tr("Choose an answer already sent to correct it."));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Write the corrected answer first."));
    // An answer sent back by the review was never public: it is fixed and resent without a note for readers.
    const bool published = q->answer->isPublic();
    if (published && note.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A correction needs a note saying what was corrected; readers see it."));
    if (!correctable(*q))
        return fail(ErrorCode::Conflict, tr("This answer is still waiting for review."));
    if (published && trimmed == q->answer->text)
        return fail(ErrorCode::InvalidInput, tr("The corrected answer is the same as the one sent."));
    QStringList blocked;
    for (const plugins::CheckFinding &f : m_host.checkText(trimmed))
        if (f.severity == plugins::CheckFinding::Severity::Block)
            blocked.append(tr("“%1”: %2").arg(f.excerpt, f.message));
    if (!blocked.isEmpty())
        return fail(ErrorCode::Validation, tr("Not corrected — the content checks block it:\n%1").arg(blocked.join(u'\n')));
    QJsonObject body{{u"text"_s, trimmed}};
    if (!note.trimmed().isEmpty())
        body.insert(u"correctionNote"_s, note.trimmed());
    auto queued = m_host.enqueue(resource(), "PATCH", domain::LiveApiPaths::answer(q->answer->id), body,
                                 u"\"%1\""_s.arg(q->answer->revision));
    if (!queued)
        return std::unexpected(queued.error());
    return {};
}

void InterviewDesk::onOutbox(const plugins::OutboxEntryInfo &entry)
{
    if (entry.resource != resource())
        return;
    if (entry.verb == "PATCH") {
        // This desk's only PATCH is a correction: what portald answered is the question with its corrected answer.
        if (entry.state == plugins::OutboxState::Live || entry.state == plugins::OutboxState::WaitingForReview)
            apply(domain::InterviewQuestion::fromJson(entry.result));
        else if (entry.state == plugins::OutboxState::NeedsAttention)
            Q_EMIT failed(entry.error);
        return;
    }
    // The entry's path names its question; the desk knows every question of the interview.
    const auto it = std::ranges::find_if(m_questions, [&](const domain::InterviewQuestion &q) {
        return entry.path == domain::LiveApiPaths::questionAnswers(q.id);
    });
    if (it == m_questions.end())
        return;
    Sent sent{entry.id, AnswerState::Waiting, {}};
    switch (entry.state) {
    case plugins::OutboxState::Queued:
    case plugins::OutboxState::Sending:
        break;
    case plugins::OutboxState::WaitingForReview:
    case plugins::OutboxState::Live:
        sent.state = AnswerState::Delivered;
        apply(domain::InterviewQuestion::fromJson(entry.result));
        break;
    case plugins::OutboxState::NeedsAttention:
        sent.state = AnswerState::Refused;
        sent.error = entry.error;
        Q_EMIT failed(entry.error);
        break;
    }
    m_sent.insert(it->id, sent);
    Q_EMIT answersChanged();
}

InterviewDesk::AnswerState InterviewDesk::answerState(qint64 questionId) const
{
    if (const auto it = m_sent.constFind(questionId); it != m_sent.constEnd())
        return it->state;
    const domain::InterviewQuestion *q = question(questionId);
    return q && q->state == State::Answered ? AnswerState::Delivered : AnswerState::None;
}

QString InterviewDesk::answerError(qint64 questionId) const
{
    return m_sent.value(questionId).error;
}

void InterviewDesk::saveDraft(qint64 questionId, const QString &text)
{
    if (m_eventId == 0 || questionId == 0)
        return;
    m_host.setLocalValue(draftKey(questionId), text.isEmpty() ? QJsonValue() : QJsonValue(text));
}

QString InterviewDesk::draft(qint64 questionId) const
{
    return m_eventId == 0 ? QString() : m_host.localValue(draftKey(questionId)).toString();
}

void InterviewDesk::buildTranscript()
{
    if (m_eventId == 0)
        return;
    if (m_event.state != domain::LiveEventState::Ended) {
        Q_EMIT failed(tr("The transcript is built after the interview has ended."));
        return;
    }
    QPointer self(this);
    const auto done = [self](Result<plugins::HostReply> r) {
        if (!self)
            return;
        if (!r) {
            self->failWith(r.error());
            return;
        }
        const auto item = domain::Item::fromJson(r->json.object());
        if (!item) {
            self->failWith(item.error());
            return;
        }
        qCInfo(lcInterview) << "transcript item" << item->id << "for interview" << self->m_eventId;
        self->m_host.openItem(item->id);
        Q_EMIT self->notice(tr("The transcript “%1” is open in the editor: read it through, then submit it for review.")
                                .arg(item->title));
        Q_EMIT self->transcriptOpened(item->id);
    };
    m_host.request("POST", domain::LiveApiPaths::transcript(m_eventId), QJsonDocument(QJsonObject{}), {}, done);
}

} // namespace pd::interview
