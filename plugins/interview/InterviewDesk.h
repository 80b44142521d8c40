#pragma once
#include "app/domain/InterviewQuestion.h"
#include "app/domain/LiveEvent.h"
#include "plugins/api/PanelHost.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

namespace pd::interview {

/// The online interview desk's logic for one panel, free of widgets: the site's interviews, the chosen one with its
/// netizen questions, the director's screening (accept, decline with a reason, merge duplicates, queue and order the
/// host's queue), the host's "ask next", the typist's answers through the outbox after the content checks, and the
/// transcript. Widgets render its state and call its methods; everything reaches the portal through the PanelHost.
class InterviewDesk : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewDesk)

public:
    /// Where a typist's answer stands on this desk.
    enum class AnswerState {
        None,      ///< nothing written for the question
        Waiting,   ///< in the outbox: queued, sending, or waiting for the link
        Delivered, ///< portald has it (the pair is public)
        Refused,   ///< refused for good; answerError() says why
    };

    explicit InterviewDesk(plugins::PanelHost &host, QObject *parent = nullptr);
    ~InterviewDesk() override;

    [[nodiscard]] plugins::PanelHost &host() { return m_host; }
    /// Screening and the host's queue are the live moderators' (导播); answers are recorded by live reporters (录入).
    [[nodiscard]] bool canDirect() const;
    [[nodiscard]] bool canType() const;
    /// The transcript is a new item of the site: portald lets the site's editors create it.
    [[nodiscard]] bool canBuildTranscript() const;

    // Interviews.
    void reloadEvents();
    [[nodiscard]] const QList<domain::LiveEvent> &events() const { return m_events; }
    void selectEvent(qint64 id);
    [[nodiscard]] qint64 eventId() const { return m_eventId; }
    [[nodiscard]] const domain::LiveEvent &event() const { return m_event; }
    [[nodiscard]] QUrl publicPageUrl() const;
    /// The guest's photo once it has arrived through the host (guestPhotoLoaded says when); a null image while it
    /// loads, when the guest has none or when it could not be had, for the caller to show the badge instead.
    [[nodiscard]] QImage guestPhoto(const domain::LiveEvent::Guest &guest);

    // Questions, as portald last said (and the stream since).
    [[nodiscard]] const QList<domain::InterviewQuestion> &questions() const { return m_questions; }
    [[nodiscard]] const domain::InterviewQuestion *question(qint64 id) const;
    /// Pending and accepted questions in the order they arrived whose name or text contains `search` (all when
    /// empty): what the director screens.
    [[nodiscard]] QList<domain::InterviewQuestion> incoming(const QString &search = {}) const;
    /// The host's queue, in the order the host is to ask.
    [[nodiscard]] QList<domain::InterviewQuestion> queue() const;
    /// The question the host asked last and no guest has answered yet; id 0 when none.
    [[nodiscard]] domain::InterviewQuestion current() const;
    /// The answered questions in the order they were answered.
    [[nodiscard]] QList<domain::InterviewQuestion> answered() const;

    // The director (导播).
    void accept(qint64 questionId);
    /// Declining needs a reason; it stays in the back office.
    Result<void> decline(qint64 questionId, const QString &reason);
    /// Puts a pending or accepted question at the end of the host's queue.
    void enqueue(qint64 questionId);
    /// Merges each of `duplicates` into `intoId`, whose askers then count theirs.
    Result<void> merge(const QList<qint64> &duplicates, qint64 intoId);
    /// The host's queue in this order (every queued question, each once).
    void reorderQueue(const QList<qint64> &questionIds);

    // The host (主持人).
    /// Asks the first question of the queue; fails when the queue is empty or a question is still unanswered.
    Result<void> askNext();

    // The typist (录入).
    /// Checks the text and queues the answer of `guestId` to the current question in the outbox (sent once, in
    /// order, whatever the link does). Fails without queuing when a check blocks it or there is nothing to answer.
    Result<void> answer(qint64 questionId, qint64 guestId, const QString &text);
    /// The typist's correction (更正) of an answer already sent: checked like an answer, then queued in the outbox
    /// against the answer's revision. Readers see the note; in a reviewed interview the correction waits for the
    /// review first.
    Result<void> correct(qint64 questionId, const QString &text, const QString &note);
    /// Whether the correction editor may take this answer: one readers see without a correction under review, or
    /// one a reviewer sent back (fixed and resent without a public note).
    [[nodiscard]] static bool correctable(const domain::InterviewQuestion &question);
    [[nodiscard]] AnswerState answerState(qint64 questionId) const;
    [[nodiscard]] QString answerError(qint64 questionId) const;
    /// The answer text the typist has not sent yet, kept in the account's store on every change.
    void saveDraft(qint64 questionId, const QString &text);
    [[nodiscard]] QString draft(qint64 questionId) const;

    // The reviewer (审核): in a reviewed interview new answers and corrections wait for approval.
    /// A live moderator or admin of the site, or a member of one of the chosen interview's review groups.
    [[nodiscard]] bool canReview() const;
    /// What waits for review, in the order the questions were answered: new answers and corrections of public ones.
    [[nodiscard]] QList<domain::InterviewQuestion> awaitingReview() const;
    /// Approves what waits on the answer to `questionId`, or rejects it with a reason (a new answer goes back to the
    /// typist with it). portald's reply updates the question; a refusal comes as failed().
    Result<void> review(qint64 questionId, bool approve, const QString &reason = {});

    // After the end.
    /// Has portald build the 实录 from the answered pairs and opens the draft item in the client's editor.
    void buildTranscript();

    // The link.
    [[nodiscard]] plugins::ConnectionState connectionState() const { return m_connection; }
    [[nodiscard]] int waiting() const { return m_waiting; }

Q_SIGNALS:
    void eventsChanged();
    void eventChanged();
    void questionsChanged();
    void answersChanged();
    /// A guest's photo (by its URL) arrived and guestPhoto() now answers with it.
    void guestPhotoLoaded(const QString &photoUrl);
    void connectionChanged(pd::plugins::ConnectionState state, int waiting);
    /// The transcript item was built and handed to the editor.
    void transcriptOpened(qint64 itemId);
    /// Something the user asked for failed (translated, ready to show).
    void failed(const QString &message);
    void notice(const QString &message);

private:
    void loadQuestions(qint64 eventId, const QString &cursor, QList<domain::InterviewQuestion> collected);
    void onStreamEvent(const QString &type, const QJsonObject &payload);
    void onOutbox(const plugins::OutboxEntryInfo &entry);
    void apply(const domain::InterviewQuestion &question);
    void transition(qint64 questionId, domain::InterviewQuestionAction action, const QString &reason = {},
                    qint64 into = 0);
    [[nodiscard]] QString resource() const;
    [[nodiscard]] QString draftKey(qint64 questionId) const;
    void failWith(const Error &error);

    plugins::PanelHost &m_host;
    QList<domain::LiveEvent> m_events;
    domain::LiveEvent m_event;
    qint64 m_eventId = 0;
    QList<domain::InterviewQuestion> m_questions;
    /// Answers this desk queued, by question: the outbox entry and where it stands.
    struct Sent {
        qint64 outboxId = 0;
        AnswerState state = AnswerState::Waiting;
        QString error;
    };
    QHash<qint64, Sent> m_sent;
    plugins::ConnectionState m_connection = plugins::ConnectionState::Offline;
    int m_waiting = 0;
    QList<plugins::PanelHost::Token> m_tokens;
    int m_loadGeneration = 0;
    /// Guests' photos by URL: asked once each (a failed one stays a null image, and the badge shows).
    QHash<QString, QImage> m_photos;
};

} // namespace pd::interview
