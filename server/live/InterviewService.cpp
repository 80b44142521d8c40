#include "server/live/InterviewService.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/items/ContentChecker.h"
#include "server/items/ItemService.h"
#include "server/live/InterviewRepository.h"
#include "server/live/LiveLog.h"
#include "server/live/LiveRepository.h"
#include "server/log/LogText.h"
#include "server/publish/LiveFeedSink.h"
#include "server/stream/EventHub.h"

#include <QTimeZone>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using domain::InterviewQuestion;
using domain::User;
using S = domain::InterviewQuestionState;
using A = domain::InterviewQuestionAction;
namespace roles = domain::roles;

bool anyRole(const User &user, qint64 siteId, std::initializer_list<QLatin1StringView> codes)
{
    return std::ranges::any_of(codes, [&](QLatin1StringView r) { return user.hasRole(QString(r), siteId); });
}

bool onSite(const User &user, qint64 siteId)
{
    return std::ranges::any_of(user.roles, [&](const domain::RoleGrant &g) { return g.siteId == 0 || g.siteId == siteId; });
}

/// The director (and the host's desk, which runs with the same role).
bool directs(const User &u, qint64 siteId)
{
    return anyRole(u, siteId, {roles::Admin, roles::LiveModerator});
}

/// Everyone working the interview's desks: the director's people and the typists.
bool works(const User &u, qint64 siteId)
{
    return anyRole(u, siteId, {roles::Admin, roles::LiveModerator, roles::LiveReporter});
}

/// Who may read the questions and answers: the desks, and the members of the event's review groups (a department's
/// officers need not be live staff), who cannot review what they cannot see.
bool reads(const User &u, const domain::LiveEvent &event)
{
    return works(u, event.siteId) || event.review.isMember(u.id);
}

/// Who hears of a question's every change on the signed-in stream: whoever reads() the questions, the members of
/// the event's review groups by name since they need no role on the site.
Audience desks(const domain::LiveEvent &event)
{
    Audience audience = Audience::withRoles(
        event.siteId, {QString(roles::LiveReporter), QString(roles::LiveModerator), QString(roles::Admin)});
    for (const domain::LiveReview::Group &group : event.review.groups)
        for (const qint64 member : group.members)
            if (!audience.userIds.contains(member))
                audience.userIds.append(member);
    return audience;
}

Error fieldError(const QString &title, const QString &field, const QString &message)
{
    Error e = Error::make(ErrorCode::Validation, title);
    e.fields = {{field, message}};
    return e;
}

QString stateName(S state)
{
    switch (state) {
    case S::Pending: return u"待审"_s;
    case S::Accepted: return u"已采纳"_s;
    case S::Queued: return u"排队待问"_s;
    case S::Asked: return u"已提问"_s;
    case S::Answered: return u"已回答"_s;
    case S::Declined: return u"不采纳"_s;
    case S::Merged: return u"已合并"_s;
    }
    return {};
}

QString guestLabel(const QString &name, const QString &title)
{
    return title.isEmpty() ? name : u"%1（%2）"_s.arg(name, title);
}

QString paragraphsHtml(const QString &text, const QString &lead)
{
    QString out;
    bool first = true;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        out += first && !lead.isEmpty() ? u"<p><strong>%1</strong>%2</p>\n"_s.arg(lead.toHtmlEscaped(), t.toHtmlEscaped())
                                        : u"<p>%1</p>\n"_s.arg(t.toHtmlEscaped());
        first = false;
    }
    return out;
}

} // namespace

InterviewService::InterviewService(Database &db, LiveRepository &live, InterviewRepository &repository, EventHub &hub,
                                   ContentChecker &checker, ItemService &items)
    : m_db(db), m_live(live), m_repo(repository), m_hub(hub), m_checker(checker), m_items(items)
{
}

Result<domain::LiveEvent> InterviewService::loadEvent(const User &caller, qint64 eventId)
{
    auto found = m_live.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !onSite(caller, (*found)->siteId))
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    if (!(*found)->isInterview())
        return fail(ErrorCode::Conflict, u"这场直播不是在线访谈，没有网友提问"_s);
    return **found;
}

Result<domain::LiveEvent> InterviewService::eventOf(const User &caller, const Result<InterviewQuestion> &question)
{
    if (!question)
        return std::unexpected(question.error());
    return loadEvent(caller, question->eventId);
}

// ---- netizens -----------------------------------------------------------------------------------------------------

Result<InterviewQuestion> InterviewService::submit(qint64 eventId, const QString &name, const QString &text,
                                                   const QString &address)
{
    // Every attempt counts, refused ones too: probing the word list or the limits costs the same as asking.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (const auto wait = m_questionLimiter.admit(address, nowMs)) {
        Error e = Error::make(ErrorCode::RateLimited, u"提问太频繁，请 %1 秒后再试"_s.arg(*wait));
        e.retryAfterSeconds = *wait;
        return std::unexpected(e);
    }
    auto found = m_live.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->isInterview())
        return fail(ErrorCode::NotFound, u"在线访谈不存在"_s);
    const domain::LiveEvent &event = **found;
    if (event.state == domain::LiveEventState::Ended)
        return fail(ErrorCode::Conflict, u"访谈已结束，提问已关闭"_s);
    InterviewQuestion q;
    q.eventId = eventId;
    q.siteId = event.siteId;
    q.name = name.trimmed();
    q.text = text.trimmed();
    q.address = address;
    QList<FieldError> errors;
    if (q.text.isEmpty())
        errors.append({u"text"_s, u"问题不能为空"_s});
    else if (q.text.size() > InterviewQuestion::MaxTextLength)
        errors.append({u"text"_s, u"问题最多 %1 个字"_s.arg(InterviewQuestion::MaxTextLength)});
    if (q.name.size() > InterviewQuestion::MaxNameLength)
        errors.append({u"name"_s, u"昵称最多 %1 个字"_s.arg(InterviewQuestion::MaxNameLength)});
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"提问有误"_s);
        e.fields = errors;
        return std::unexpected(e);
    }
    // The site's own rules, compiled once by the item checker: a probe item carrying the name and the question.
    domain::Item probe;
    probe.siteId = event.siteId;
    const QString nameLine = q.name + u'\n';
    probe.summary = nameLine + q.text;
    auto findings = m_checker.check(probe);
    if (!findings)
        return std::unexpected(findings.error());
    for (const checks::Finding &f : std::as_const(*findings)) {
        if (f.severity != checks::Severity::Block)
            continue;
        // A netizen who is told which word stopped the question can rephrase it instead of trying again blindly.
        const QString word = probe.summary.mid(f.start, f.length);
        const bool inName = f.start < nameLine.size();
        return std::unexpected(fieldError(u"提问含有不宜发布的内容：“%1”，请修改后再提交"_s.arg(word),
                                          inName ? u"name"_s : u"text"_s, u"含有不宜发布的词语：%1"_s.arg(word)));
    }
    if (q.name.isEmpty())
        q.name = u"网友"_s;
    q.createdAt = q.updatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::UTC);
    Transaction tx(m_db);
    if (auto r = m_repo.insertQuestion(q); !r)
        return std::unexpected(r.error());
    auto announced = m_hub.record(u"interview.question"_s, q.toJson(), desks(event));
    if (!announced)
        return std::unexpected(announced.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    m_hub.deliver(*announced);
    return q;
}

// ---- the director, the host and the typist -------------------------------------------------------------------------

Result<InterviewService::Page> InterviewService::questions(const User &caller, qint64 eventId, const QString &state,
                                                           int offset, int limit)
{
    auto event = loadEvent(caller, eventId);
    if (!event)
        return std::unexpected(event.error());
    if (!reads(caller, *event))
        return fail(ErrorCode::Forbidden, u"只有导播、速记（直播审核、直播记者）、管理员和本场访谈的审核组成员可以查看网友提问"_s);
    const auto wanted = domain::interviewQuestionStateFromCode(state);
    if (!state.isEmpty() && !wanted)
        return std::unexpected(fieldError(u"查询参数无效"_s, u"state"_s,
                                          u"应为 pending、accepted、queued、asked、answered、declined 或 merged"_s));
    auto list = m_repo.questions(eventId, wanted, offset, limit + 1);
    if (!list)
        return std::unexpected(list.error());
    Page page;
    if (list->size() > limit) {
        list->removeLast();
        page.nextOffset = offset + limit;
    }
    page.items = std::move(*list);
    return page;
}

Result<InterviewQuestion> InterviewService::question(const User &caller, qint64 id)
{
    auto found = m_repo.findQuestion(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !onSite(caller, (*found)->siteId))
        return fail(ErrorCode::NotFound, u"网友提问不存在"_s);
    if (!works(caller, (*found)->siteId)) {
        auto event = loadEvent(caller, (*found)->eventId);
        if (!event)
            return std::unexpected(event.error());
        if (!reads(caller, *event))
            return fail(ErrorCode::Forbidden, u"只有导播、速记（直播审核、直播记者）、管理员和本场访谈的审核组成员可以查看网友提问"_s);
    }
    return **found;
}

Result<InterviewQuestion> InterviewService::transition(const User &caller, qint64 id, const QString &action,
                                                       const QString &reason, qint64 into)
{
    auto current = question(caller, id);
    if (!current)
        return current;
    const auto act = domain::interviewQuestionActionFromCode(action);
    if (!act)
        return std::unexpected(fieldError(u"操作无效"_s, u"action"_s, u"应为 accept、decline、queue、ask 或 merge"_s));
    if (!directs(caller, current->siteId))
        return fail(ErrorCode::Forbidden, u"只有导播（直播审核）和管理员可以筛选、排序和提出网友问题"_s);
    auto event = loadEvent(caller, current->eventId);
    if (!event)
        return std::unexpected(event.error());
    const auto next = domain::interviewQuestionStateAfter(current->state, *act);
    if (!next)
        return fail(ErrorCode::Conflict, u"该问题当前为“%1”，不能%2"_s.arg(stateName(current->state), [&] {
                        switch (*act) {
                        case A::Accept: return u"采纳"_s;
                        case A::Decline: return u"不采纳"_s;
                        case A::Queue: return u"加入主持人队列"_s;
                        case A::Ask: return u"提问"_s;
                        case A::Merge: return u"合并"_s;
                        }
                        return QString();
                    }()));
    if (reason.size() > 500)
        return std::unexpected(fieldError(u"操作无效"_s, u"reason"_s, u"最多 500 个字符"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    InterviewQuestion updated = *current;
    updated.state = *next;
    updated.revision = current->revision + 1;
    updated.updatedAt = now;
    QList<InterviewQuestion> changed;
    QString publicType;
    switch (*act) {
    case A::Accept:
        break;
    case A::Decline:
        updated.reason = reason.trimmed();
        updated.position = 0;
        break;
    case A::Queue: {
        auto position = m_repo.nextQueuePosition(current->eventId);
        if (!position)
            return std::unexpected(position.error());
        updated.position = *position;
        break;
    }
    case A::Ask:
        if (event->state != domain::LiveEventState::Live)
            return fail(ErrorCode::Conflict, u"访谈不在直播中，不能提问"_s);
        updated.position = 0;
        updated.askedAt = now;
        publicType = u"interview.current"_s;
        break;
    case A::Merge: {
        if (into <= 0)
            return std::unexpected(fieldError(u"操作无效"_s, u"into"_s, u"合并须指明合并到哪个问题（into）"_s));
        if (into == id)
            return std::unexpected(fieldError(u"操作无效"_s, u"into"_s, u"不能合并到自身"_s));
        auto target = m_repo.findQuestion(into);
        if (!target)
            return std::unexpected(target.error());
        if (!target->has_value() || (*target)->eventId != current->eventId)
            return std::unexpected(fieldError(u"操作无效"_s, u"into"_s, u"本场访谈没有这个问题"_s));
        InterviewQuestion kept = **target;
        if (kept.state == S::Declined || kept.state == S::Merged)
            return fail(ErrorCode::Conflict, u"目标问题为“%1”，不能合并到它"_s.arg(stateName(kept.state)));
        // The duplicate's askers stay counted: they now ask the question it went into.
        kept.askers += current->askers;
        kept.revision += 1;
        kept.updatedAt = now;
        updated.mergedInto = kept.id;
        updated.position = 0;
        changed.append(kept);
        break;
    }
    }
    changed.prepend(updated);
    if (*act == A::Merge)
        std::swap(changed[0], changed[1]); // the question it went into leads: that is the answer
    Transaction tx(m_db);
    auto events = record(*event, changed, publicType);
    if (!events)
        return std::unexpected(events.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish(*events, publicType.isEmpty() ? 0 : current->eventId);
    qCInfo(lcLive).noquote() << "interview question" << id << action << "by" << logText(caller.username);
    return changed.first();
}

Result<QList<InterviewQuestion>> InterviewService::reorder(const User &caller, qint64 eventId, const QList<qint64> &order)
{
    auto event = loadEvent(caller, eventId);
    if (!event)
        return std::unexpected(event.error());
    if (!directs(caller, event->siteId))
        return fail(ErrorCode::Forbidden, u"只有导播（直播审核）和管理员可以调整主持人的提问顺序"_s);
    auto queued = m_repo.questions(eventId, S::Queued, 0, std::numeric_limits<int>::max());
    if (!queued)
        return std::unexpected(queued.error());
    QList<InterviewQuestion> ordered;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order.indexOf(order.at(i)) != i)
            return std::unexpected(fieldError(u"队列有误"_s, u"questions[%1]"_s.arg(i), u"问题重复出现"_s));
        const auto it = std::ranges::find_if(*queued, [&](const InterviewQuestion &q) { return q.id == order.at(i); });
        if (it == queued->end())
            return fail(ErrorCode::Conflict, u"问题 %1 不在主持人的队列中（可能已被提出或移出），请刷新后再排序"_s.arg(order.at(i)));
        ordered.append(*it);
    }
    for (const InterviewQuestion &q : std::as_const(*queued))
        if (!order.contains(q.id))
            ordered.append(q);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<InterviewQuestion> changed;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        InterviewQuestion &q = ordered[i];
        if (q.position == int(i) + 1)
            continue;
        q.position = int(i) + 1;
        q.revision += 1;
        q.updatedAt = now;
        changed.append(q);
    }
    Transaction tx(m_db);
    auto events = record(*event, changed, {});
    if (!events)
        return std::unexpected(events.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish(*events, 0);
    return ordered;
}

Result<InterviewQuestion> InterviewService::answer(const User &caller, qint64 questionId, qint64 guestId,
                                                   const QString &text)
{
    auto current = question(caller, questionId);
    auto event = eventOf(caller, current);
    if (!event)
        return std::unexpected(event.error());
    QList<FieldError> errors;
    const QString answerText = text.trimmed();
    if (guestId <= 0)
        errors.append({u"guest"_s, u"请指明回答的嘉宾（嘉宾编号）"_s});
    if (answerText.isEmpty())
        errors.append({u"text"_s, u"回答不能为空"_s});
    else if (answerText.size() > domain::InterviewAnswer::MaxTextLength)
        errors.append({u"text"_s, u"回答最多 %1 个字"_s.arg(domain::InterviewAnswer::MaxTextLength)});
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"回答有误"_s);
        e.fields = errors;
        return std::unexpected(e);
    }
    switch (current->state) {
    case S::Asked:
        break;
    case S::Answered:
        return fail(ErrorCode::Conflict, u"该问题已由%1回答，不能重复回答"_s.arg(
                                             current->answer ? current->answer->guestName : u"嘉宾"_s));
    case S::Declined:
        return fail(ErrorCode::Conflict, u"该问题未被采纳，不能回答"_s);
    case S::Merged:
        return fail(ErrorCode::Conflict, u"该问题已合并到问题 %1，请回答那个问题"_s.arg(current->mergedInto));
    default:
        return fail(ErrorCode::Conflict, u"主持人尚未提出该问题（当前为“%1”），不能回答"_s.arg(stateName(current->state)));
    }
    if (!works(caller, event->siteId))
        return fail(ErrorCode::Forbidden, u"只有速记（直播记者）、导播和管理员可以录入嘉宾回答"_s);
    const domain::LiveEvent::Guest *guest = event->guest(guestId);
    if (!guest)
        return fail(ErrorCode::Conflict, u"嘉宾（编号 %1）不在本场访谈的嘉宾名单中，不能再录入其回答"_s.arg(guestId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    InterviewQuestion updated = *current;
    updated.answer = domain::InterviewAnswer{0, questionId, guestId, guest->name, guest->title, answerText, caller.id,
                                             caller.displayName, now};
    // In a reviewed interview nothing goes public unreviewed: the answer is stored (so it is never lost, and a second
    // typist meets an answered question) but the pair waits for its approvals.
    const bool reviewed = event->isReviewed();
    if (reviewed)
        updated.answer->review = domain::InterviewAnswer::Review::Pending;
    updated.state = S::Answered;
    updated.answeredAt = now;
    updated.revision += 1;
    updated.updatedAt = now;
    Transaction tx(m_db);
    if (auto r = m_repo.insertAnswer(*updated.answer); !r)
        return std::unexpected(r.error());
    auto events = record(*event, {updated}, reviewed ? QString() : u"interview.pair"_s);
    if (!events)
        return std::unexpected(events.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish(*events, reviewed ? 0 : updated.eventId);
    qCInfo(lcLive).noquote() << "interview question" << questionId << "answered by guest" << guestId << "typed by"
                             << logText(caller.username) << (reviewed ? "waiting for review" : "");
    return updated;
}

Result<InterviewQuestion> InterviewService::answered(const User &caller, qint64 answerId)
{
    auto questionId = m_repo.questionOfAnswer(answerId);
    if (!questionId)
        return std::unexpected(questionId.error());
    if (*questionId == 0)
        return fail(ErrorCode::NotFound, u"回答不存在"_s);
    auto found = question(caller, *questionId);
    if (found && !found->answer)
        return fail(ErrorCode::NotFound, u"回答不存在"_s);
    return found;
}

Result<InterviewQuestion> InterviewService::correctAnswer(const User &caller, qint64 answerId,
                                                          std::optional<qint64> ifMatch, std::optional<qint64> guestId,
                                                          const QString &text, const QString &note)
{
    auto current = answered(caller, answerId);
    auto event = eventOf(caller, current);
    if (!event)
        return std::unexpected(event.error());
    const domain::InterviewAnswer &was = *current->answer;
    const QString newText = text.trimmed();
    const QString why = note.trimmed();
    QList<FieldError> errors;
    if (newText.isEmpty())
        errors.append({u"text"_s, u"回答不能为空"_s});
    else if (newText.size() > domain::InterviewAnswer::MaxTextLength)
        errors.append({u"text"_s, u"回答最多 %1 个字"_s.arg(domain::InterviewAnswer::MaxTextLength)});
    // An answer readers have not seen is fixed in place, without a public note.
    const bool published = was.isPublic();
    if (why.isEmpty() && published)
        errors.append({u"correctionNote"_s, u"更正已发出的回答须写明更正说明，网友会看到"_s});
    else if (why.size() > domain::InterviewAnswer::MaxNoteLength)
        errors.append({u"correctionNote"_s, u"更正说明最多 %1 个字"_s.arg(domain::InterviewAnswer::MaxNoteLength)});
    if (guestId && *guestId <= 0)
        errors.append({u"guest"_s, u"应为嘉宾编号（直播嘉宾的 id）"_s});
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"更正有误"_s);
        e.fields = errors;
        return std::unexpected(e);
    }
    if (!works(caller, event->siteId))
        return fail(ErrorCode::Forbidden, u"只有速记（直播记者）、导播和管理员可以更正嘉宾回答"_s);
    // The answer's own guest may have left the list since; the answer keeps the name it was given.
    const qint64 gid = guestId.value_or(was.guestId);
    QString guestName = was.guestName;
    QString guestTitle = was.guestTitle;
    if (const domain::LiveEvent::Guest *guest = event->guest(gid)) {
        guestName = guest->name;
        guestTitle = guest->title;
    } else if (gid != was.guestId) {
        return fail(ErrorCode::Conflict, u"嘉宾（编号 %1）不在本场访谈的嘉宾名单中，不能把回答改记在其名下"_s.arg(gid));
    }
    // A resend of what already stands (or waits for review) is that correction, not a second one: the typist on a
    // flaky network retries blindly and the revision it names is the one before its own correction.
    // For an answer readers have not seen: a resend of the text still in review is that text, while a returned
    // answer goes to review again whatever it says.
    if (!published) {
        if (was.review == domain::InterviewAnswer::Review::Pending && was.guestId == gid && was.text == newText)
            return *current;
    } else if (was.pendingCorrection) {
        const auto &p = *was.pendingCorrection;
        if (p.guestId == gid && p.text == newText && p.note == why)
            return *current;
    } else if (was.correctedAt.isValid() && was.guestId == gid && was.text == newText && was.correctionNote == why) {
        return *current;
    }
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"更正回答需要 If-Match 请求头（取自回答的 revision）"_s);
    if (*ifMatch != was.revision) {
        Error e = Error::make(ErrorCode::PreconditionFailed,
                              u"回答已被修改：您更正的是第 %1 版，当前是第 %2 版，请刷新后再更正"_s.arg(*ifMatch).arg(was.revision));
        e.body.insert(u"current"_s, current->toJson());
        return std::unexpected(e);
    }
    if (was.pendingCorrection)
        return fail(ErrorCode::Conflict, u"这条回答已有一项更正正在审核，请等审核完成后再改"_s);
    if (published && was.guestId == gid && was.text == newText)
        return std::unexpected(fieldError(u"更正有误"_s, u"text"_s, u"更正后的回答与原回答相同"_s));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    InterviewQuestion updated = *current;
    domain::InterviewAnswer &a = *updated.answer;
    a.revision = was.revision + 1;
    QString action;
    if (!published) {
        // Not public yet: the new text replaces the old and its review starts over, approvals given to the old text
        // counting for nothing. Whoever sends it is its author, whom the review may not include.
        a.guestId = gid;
        a.guestName = guestName;
        a.guestTitle = guestTitle;
        a.text = newText;
        a.createdBy = caller.id;
        a.createdByName = caller.displayName;
        a.review = domain::InterviewAnswer::Review::Pending;
        a.approvals.clear();
        a.rejectReason.clear();
        action = u"resubmit"_s;
    } else if (event->isReviewed()) {
        // As with a live post: readers keep the answer they know until the review approves the correction.
        a.pendingCorrection = domain::InterviewAnswer::Correction{gid, guestName, guestTitle, newText, why, caller.id,
                                                                  caller.displayName, now, {}};
        action = u"request-correction"_s;
    } else {
        a.guestId = gid;
        a.guestName = guestName;
        a.guestTitle = guestTitle;
        a.text = newText;
        a.correctionNote = why;
        a.correctedAt = now;
        action = u"correct"_s;
    }
    auto saved = saveAnswer(*event, std::move(updated), {was.revision, now, caller.id, why, was.toJson(), action},
                            published && !event->isReviewed() ? u"interview.pair.changed"_s : QString());
    if (saved)
        qCInfo(lcLive).noquote() << "interview answer" << answerId << action << "by" << logText(caller.username);
    return saved;
}

Result<InterviewQuestion> InterviewService::reviewAnswer(const User &caller, qint64 answerId,
                                                         std::optional<qint64> ifMatch, const QString &action,
                                                         const QString &reason)
{
    using Review = domain::InterviewAnswer::Review;
    auto current = answered(caller, answerId);
    auto event = eventOf(caller, current);
    if (!event)
        return std::unexpected(event.error());
    const domain::InterviewAnswer &was = *current->answer;
    const bool approve = action == u"approve";
    if (!approve && action != u"reject")
        return std::unexpected(fieldError(u"操作无效"_s, u"action"_s, u"应为 approve 或 reject"_s));
    const bool member = event->review.isMember(caller.id);
    if (!directs(caller, event->siteId) && !member)
        return fail(ErrorCode::Forbidden, u"只有导播（直播审核）、管理员和本场访谈的审核组成员可以审核回答"_s);
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"审核回答需要 If-Match 请求头（取自回答的 revision）"_s);
    if (*ifMatch != was.revision) {
        Error e = Error::make(ErrorCode::PreconditionFailed,
                              u"回答已被修改：您审核的是第 %1 版，当前是第 %2 版，请刷新后再审核"_s.arg(*ifMatch).arg(was.revision));
        e.body.insert(u"current"_s, current->toJson());
        return std::unexpected(e);
    }
    // What waits is either the answer itself (new in a reviewed interview) or a correction of a public one; both take
    // the same approvals, so one path reviews both.
    const bool newAnswer = was.review == Review::Pending;
    if (was.review == Review::Rejected)
        return fail(ErrorCode::Conflict, u"这条回答已被退回（%1），须由速记修改后重新提交，不能再审核"_s.arg(was.rejectReason));
    if (!newAnswer && !was.pendingCorrection)
        return fail(ErrorCode::Conflict, u"这条回答没有待审核的内容（回答已公开，也没有待审核的更正）"_s);
    const QString why = reason.trimmed();
    if (why.size() > domain::InterviewAnswer::MaxNoteLength)
        return std::unexpected(fieldError(u"操作无效"_s, u"reason"_s, u"最多 %1 个字"_s.arg(domain::InterviewAnswer::MaxNoteLength)));
    // The typist fixes a returned answer by the reason alone: it has to say something.
    if (!approve && newAnswer && why.isEmpty())
        return std::unexpected(fieldError(u"操作无效"_s, u"reason"_s, u"退回回答须写明理由，速记据此修改"_s));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    InterviewQuestion updated = *current;
    domain::InterviewAnswer &a = *updated.answer;
    a.revision = was.revision + 1;
    QString note = why;
    QString publicType;
    if (!approve) {
        if (newAnswer) {
            // Back to the typist with the reason; readers never saw it.
            a.review = Review::Rejected;
            a.rejectReason = why;
            a.approvals.clear();
        } else {
            // Refused: the answer stays as readers know it.
            a.pendingCorrection.reset();
        }
    } else {
        const qint64 author = newAnswer ? was.createdBy : was.pendingCorrection->requestedBy;
        QList<domain::LiveApproval> &approvals = newAnswer ? a.approvals : a.pendingCorrection->approvals;
        if (caller.id == author)
            return fail(ErrorCode::Forbidden, newAnswer ? u"不能审核自己录入的回答，请由其他审核人审核"_s
                                                        : u"不能审核自己提出的更正，请由其他审核人审核"_s);
        if (std::ranges::any_of(approvals, [&](const domain::LiveApproval &g) { return g.userId == caller.id; }))
            return fail(ErrorCode::Conflict, u"您已审核过这条回答，其余审核须由其他人完成"_s);
        QString group;
        if (!event->review.isJoint()) {
            if (!directs(caller, event->siteId))
                return fail(ErrorCode::Forbidden, u"只有导播（直播审核）和管理员可以审核回答"_s);
            group = QString(domain::LiveReview::ModeratorGroup);
        } else {
            const QStringList mine = event->review.awaitedGroupsOf(caller.id, approvals);
            if (mine.isEmpty())
                return member ? fail(ErrorCode::Conflict, u"您所在的审核组已审核过这条回答，仍待：%1"_s.arg(
                                                              event->review.awaiting(approvals).join(u"、"_s)))
                              : fail(ErrorCode::Forbidden, u"您不在本场访谈的审核组中，不能审核回答"_s);
            group = mine.first();
        }
        approvals.append(domain::LiveApproval{caller.id, caller.displayName, group, now});
        note = group;
        if (event->review.awaiting(approvals).isEmpty()) {
            if (newAnswer) {
                // The pair goes out once, keeping the time it was answered: the page puts it in its place.
                a.review = Review::Published;
                publicType = u"interview.pair"_s;
            } else {
                const domain::InterviewAnswer::Correction c = *a.pendingCorrection;
                a.guestId = c.guestId;
                a.guestName = c.guestName;
                a.guestTitle = c.guestTitle;
                a.text = c.text;
                a.correctionNote = c.note;
                a.correctedAt = now;
                a.pendingCorrection.reset();
                publicType = u"interview.pair.changed"_s;
            }
        }
    }
    auto saved = saveAnswer(*event, std::move(updated), {was.revision, now, caller.id, note, was.toJson(), action}, publicType);
    if (saved)
        qCInfo(lcLive).noquote() << "interview answer" << answerId << (newAnswer ? "answer" : "correction") << action
                                 << "by" << logText(caller.username);
    return saved;
}

Result<QList<LiveRepository::HistoryEntry>> InterviewService::answerHistory(const User &caller, qint64 answerId)
{
    if (auto found = answered(caller, answerId); !found)
        return std::unexpected(found.error());
    return m_repo.answerHistory(answerId);
}

Result<InterviewQuestion> InterviewService::saveAnswer(const domain::LiveEvent &event, InterviewQuestion updated,
                                                       const LiveRepository::HistoryEntry &entry,
                                                       const QString &publicType)
{
    updated.revision += 1;
    updated.updatedAt = entry.savedAt;
    const bool isPublic = !publicType.isEmpty();
    Transaction tx(m_db);
    if (auto r = m_repo.updateAnswer(*updated.answer); !r)
        return std::unexpected(r.error());
    if (auto r = m_repo.addAnswerHistory(updated.answer->id, entry); !r)
        return std::unexpected(r.error());
    auto events = record(event, {updated}, publicType);
    if (!events)
        return std::unexpected(events.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    finish(*events, isPublic ? updated.eventId : 0);
    return updated;
}

Result<QList<StreamEvent>> InterviewService::record(const domain::LiveEvent &event, const QList<InterviewQuestion> &changed,
                                                    const QString &publicType)
{
    QList<StreamEvent> out;
    const Audience audience = desks(event);
    for (const InterviewQuestion &q : changed) {
        if (auto r = m_repo.updateQuestion(q); !r)
            return std::unexpected(r.error());
        auto e = m_hub.record(u"interview.question"_s, q.toJson(), audience);
        if (!e)
            return std::unexpected(e.error());
        out.append(*e);
    }
    if (!publicType.isEmpty() && !changed.isEmpty()) {
        // Question and answer travel as one object: a reader never sees an answer without its question.
        auto e = m_hub.record(publicType, changed.first().toPublicJson(), Audience::publicEvent(changed.first().eventId));
        if (!e)
            return std::unexpected(e.error());
        out.append(*e);
    }
    return out;
}

void InterviewService::finish(const QList<StreamEvent> &events, qint64 publicEventId)
{
    for (const StreamEvent &e : events)
        m_hub.deliver(e);
    if (publicEventId > 0 && m_sink)
        m_sink->liveEventChanged(publicEventId);
}

// ---- figures and the transcript -----------------------------------------------------------------------------------

Result<std::optional<domain::InterviewStats>> InterviewService::stats(qint64 eventId)
{
    auto found = m_live.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->isInterview())
        return std::optional<domain::InterviewStats>();
    return m_repo.stats(eventId).transform([](domain::InterviewStats s) { return std::optional(s); });
}

Result<qint64> InterviewService::interviewColumn(qint64 siteId, qint64 requested)
{
    if (requested > 0)
        return requested; // the item service checks it belongs to the site
    auto named = m_db.scalar(u"SELECT MIN(id) FROM site_columns WHERE site_id = ? AND kind <> 'live' AND "
                             u"(name = '在线访谈' OR name LIKE '%访谈%')"_s,
                             {siteId});
    if (!named)
        return std::unexpected(named.error());
    if (named->isNull())
        return std::unexpected(fieldError(u"没有在线访谈栏目"_s, u"column"_s,
                                          u"本站点没有名为“在线访谈”的栏目，请指定实录所在的栏目（column）"_s));
    return named->toLongLong();
}

Result<InterviewService::PublicQuestions> InterviewService::publicQuestions(qint64 eventId)
{
    auto found = m_live.findEvent(eventId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value() || !(*found)->isInterview())
        return fail(ErrorCode::NotFound, u"在线访谈不存在"_s);
    PublicQuestions out;
    auto current = m_repo.current(eventId);
    if (!current)
        return std::unexpected(current.error());
    out.current = std::move(*current);
    auto answered = m_repo.answered(eventId);
    if (!answered)
        return std::unexpected(answered.error());
    out.answered = std::move(*answered);
    return out;
}

Result<InterviewService::Transcript> InterviewService::transcript(const User &caller, qint64 eventId, qint64 columnId)
{
    auto event = loadEvent(caller, eventId);
    if (!event)
        return std::unexpected(event.error());
    if (event->state != domain::LiveEventState::Ended)
        return fail(ErrorCode::Conflict, u"访谈结束后才能生成实录"_s);
    auto existing = m_repo.transcriptItem(eventId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0) {
        if (auto item = m_items.get(caller, *existing))
            return Transcript{std::move(*item), false};
        else if (item.error().code != ErrorCode::NotFound)
            return std::unexpected(item.error());
    }
    auto column = interviewColumn(event->siteId, columnId);
    if (!column)
        return std::unexpected(column.error());
    auto pairs = m_repo.answered(eventId);
    if (!pairs)
        return std::unexpected(pairs.error());

    const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
    const auto when = [&](const QDateTime &t, const QString &format) {
        return t.isValid() ? t.toTimeZone(beijing).toString(format) : QString();
    };
    QString body;
    body += u"<p><strong>访谈时间：</strong>%1</p>\n"_s.arg(when(event->startsAt, u"yyyy年M月d日 HH:mm"_s).toHtmlEscaped());
    if (!event->venue.isEmpty())
        body += u"<p><strong>访谈地点：</strong>%1</p>\n"_s.arg(event->venue.toHtmlEscaped());
    if (!event->host.name.isEmpty())
        body += u"<p><strong>主持人：</strong>%1</p>\n"_s.arg(guestLabel(event->host.name, event->host.title).toHtmlEscaped());
    QStringList guests;
    for (const domain::LiveEvent::Guest &g : event->guests)
        guests.append(guestLabel(g.name, g.title));
    // A guest who left the list mid-interview still answered: the answers keep their names.
    for (const InterviewQuestion &q : std::as_const(*pairs))
        if (q.answer && !guests.contains(guestLabel(q.answer->guestName, q.answer->guestTitle)))
            guests.append(guestLabel(q.answer->guestName, q.answer->guestTitle));
    if (!guests.isEmpty())
        body += u"<p><strong>嘉宾：</strong>%1</p>\n"_s.arg(guests.join(u"、"_s).toHtmlEscaped());
    if (!event->summary.isEmpty())
        body += paragraphsHtml(event->summary, {});
    body += u"<h2>网友提问与嘉宾回答</h2>\n"_s;
    for (const InterviewQuestion &q : std::as_const(*pairs)) {
        body += paragraphsHtml(q.text, u"［%1］网友“%2”问："_s.arg(when(q.askedAt, u"HH:mm"_s), q.name));
        if (q.answer)
            body += paragraphsHtml(q.answer->text, u"［%1］%2答："_s.arg(when(q.answeredAt, u"HH:mm"_s),
                                                                        guestLabel(q.answer->guestName, q.answer->guestTitle)));
    }

    domain::Item item;
    item.siteId = event->siteId;
    item.type = domain::ItemType::News;
    item.columnIds = {*column};
    item.title = u"%1（访谈实录）"_s.arg(event->title).left(domain::Item::MaxTitleLength);
    item.summary = u"本期在线访谈共回答网友提问 %1 个。"_s.arg(pairs->size());
    item.bodyHtml = body;
    item.keywords = {u"在线访谈"_s, u"访谈实录"_s};
    Transaction tx(m_db);
    auto created = m_items.create(caller, item);
    if (!created)
        return std::unexpected(created.error());
    if (auto r = m_repo.setTranscriptItem(eventId, created->id); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCInfo(lcLive).noquote() << "interview" << eventId << "transcript item" << created->id << "with" << pairs->size()
                             << "pairs by" << logText(caller.username);
    return Transcript{std::move(*created), true};
}

} // namespace pd::server
