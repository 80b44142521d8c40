#pragma once
#include "app/domain/Error.h"
#include "app/domain/InterviewQuestion.h"
#include "app/domain/InterviewStats.h"
#include "app/domain/Item.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/User.h"
#include "server/live/CommentRateLimiter.h"
#include "server/live/LiveRepository.h"
#include "server/stream/StreamEvent.h"

#include <QList>
#include <optional>

namespace pd::server {

class ContentChecker;
class Database;
class EventHub;
class InterviewRepository;
class ItemService;
class LiveFeedSink;
class LiveRepository;

/// The question flow of an online interview (在线访谈, a live event of kind `interview`): netizens submit questions
/// before and during it (rate limited per client address, checked against the site's sensitive words, pending);
/// the director screens them (accept, decline with an internal reason, merge duplicates) and orders the host's
/// queue; the host asks; a typist records the guest's answer, and the question with its answer goes to the public
/// page and its stream as one pair. After the end one call builds the 实录 transcript as a draft item.
///
/// Roles: the director (导播) is a live_moderator (or admin): screening, merging, the queue and asking — the host's
/// desk runs with the same role; the typist is a live_reporter (moderators and admins may type too); the
/// transcript is an item like any other, so it takes an editor (or admin) of the site.
class InterviewService
{
public:
    struct Transcript {
        domain::Item item;
        bool created = false; ///< false: built before, this is that item
    };
    /// What the public may see of an interview's questions: the one the host asked last and nobody has answered
    /// yet, and the answered pairs in the order they were answered.
    struct PublicQuestions {
        std::optional<domain::InterviewQuestion> current;
        QList<domain::InterviewQuestion> answered;
    };
    struct Page {
        QList<domain::InterviewQuestion> items;
        int nextOffset = -1; ///< -1 on the last page
    };

    InterviewService(Database &db, LiveRepository &live, InterviewRepository &repository, EventHub &hub,
                     ContentChecker &checker, ItemService &items);
    Q_DISABLE_COPY_MOVE(InterviewService)

    /// PublicSite registers here (as with LiveService) to rewrite the interview's page and feed.json.
    void setFeedSink(LiveFeedSink *sink) { m_sink = sink; }

    /// `POST /public/live/{event}/questions`: RateLimited (retryAfterSeconds) past 5 a minute from one address,
    /// Validation for an empty or long text or name and for a blocked word (named in the field error), Conflict
    /// once the interview has ended. The question arrives pending.
    Result<domain::InterviewQuestion> submit(qint64 eventId, const QString &name, const QString &text,
                                             const QString &address);
    Result<Page> questions(const domain::User &caller, qint64 eventId, const QString &state, int offset, int limit);
    Result<domain::InterviewQuestion> question(const domain::User &caller, qint64 id);
    /// accept, decline (reason), queue, ask, merge (into): answers with the question changed — for merge, the
    /// question it went into.
    Result<domain::InterviewQuestion> transition(const domain::User &caller, qint64 id, const QString &action,
                                                 const QString &reason, qint64 into);
    /// The queued questions in `order` first (each must be queued in this event), the others after them as they
    /// were; answers with the whole queue.
    Result<QList<domain::InterviewQuestion>> reorder(const domain::User &caller, qint64 eventId, const QList<qint64> &order);
    /// The guest's answer to the question the host asked: Conflict for a question not asked (yet), declined,
    /// merged or already answered, and for a guest no longer (or never) on the event's guest list. In a reviewed
    /// interview the answer is stored pending and the pair goes public only once reviewAnswer approves it; the
    /// question is answered at once all the same (nobody answers it twice), but counts as answered in the figures only
    /// once public.
    Result<domain::InterviewQuestion> answer(const domain::User &caller, qint64 questionId, qint64 guestId,
                                             const QString &text);
    /// The typist's correction (更正) of an answer already sent, `ifMatch` naming the answer's revision: the text,
    /// and the guest when `guestId` is given (one on the guest list, or the answer's own guest even after leaving
    /// it); the note is required, since readers see it. In a direct interview the corrected pair replaces the old
    /// one on the public page and its stream at once; in a reviewed one it waits as the answer's
    /// `pendingCorrection` for the same approvals a live post's correction takes. A resend of the correction that
    /// already stands (or waits) answers with it unchanged, whatever revision it names. Every version is kept.
    /// An answer readers have not seen (pending or rejected) is replaced in place instead, no note needed, and goes
    /// to review again from the start.
    Result<domain::InterviewQuestion> correctAnswer(const domain::User &caller, qint64 answerId,
                                                    std::optional<qint64> ifMatch, std::optional<qint64> guestId,
                                                    const QString &text, const QString &note);
    /// approve or reject (reason) what waits on an answer: in a reviewed interview a new answer itself (the pair
    /// goes public once every group approved it; a rejected one, with its reason required, stays internal until the
    /// typist corrects and resends it), else a correction; never by the typist who sent what waits.
    Result<domain::InterviewQuestion> reviewAnswer(const domain::User &caller, qint64 answerId,
                                                   std::optional<qint64> ifMatch, const QString &action,
                                                   const QString &reason);
    /// Every earlier version of an answer, oldest first, with who changed it, when and why.
    Result<QList<LiveRepository::HistoryEntry>> answerHistory(const domain::User &caller, qint64 answerId);
    /// After the end: the 实录 as a draft news item in `columnId` (0: the site's column named 在线访谈 or 访谈…),
    /// with the host, the guests and every answered pair in order. Built once; asking again returns the same item.
    Result<Transcript> transcript(const domain::User &caller, qint64 eventId, qint64 columnId);
    /// NotFound unless the event is an interview.
    Result<PublicQuestions> publicQuestions(qint64 eventId);
    /// The question figures of an interview; nullopt for another kind of event.
    Result<std::optional<domain::InterviewStats>> stats(qint64 eventId);

private:
    Result<domain::LiveEvent> loadEvent(const domain::User &caller, qint64 eventId);
    /// The event of a question just loaded for the caller, or the error that loading the question met.
    Result<domain::LiveEvent> eventOf(const domain::User &caller, const Result<domain::InterviewQuestion> &question);
    /// The question an answer belongs to (with the answer), for the desks only.
    Result<domain::InterviewQuestion> answered(const domain::User &caller, qint64 answerId);
    /// Stores a changed answer with the history entry of its previous version and announces its question; with a
    /// `publicType` (interview.pair for a first publication, interview.pair.changed for a correction) to readers too,
    /// as one object under its question's id.
    Result<domain::InterviewQuestion> saveAnswer(const domain::LiveEvent &event, domain::InterviewQuestion updated,
                                                 const LiveRepository::HistoryEntry &entry, const QString &publicType);
    /// Stores the changed questions of `event` and records an announcement of each for the back office (its desks
    /// and review groups); `publicType` (interview.current or interview.pair) records the first one for the public
    /// page and its stream too.
    Result<QList<StreamEvent>> record(const domain::LiveEvent &event, const QList<domain::InterviewQuestion> &changed,
                                      const QString &publicType);
    /// Delivers what record() recorded once it is committed, and has the public page rewritten.
    void finish(const QList<StreamEvent> &events, qint64 publicEventId);
    Result<qint64> interviewColumn(qint64 siteId, qint64 requested);

    Database &m_db;
    LiveRepository &m_live;
    InterviewRepository &m_repo;
    EventHub &m_hub;
    ContentChecker &m_checker;
    ItemService &m_items;
    LiveFeedSink *m_sink = nullptr;
    CommentRateLimiter m_questionLimiter;
};

} // namespace pd::server
