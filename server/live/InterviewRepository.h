#pragma once
#include "app/domain/Error.h"
#include "app/domain/InterviewAnswer.h"
#include "app/domain/InterviewQuestion.h"
#include "app/domain/InterviewStats.h"
#include "server/live/LiveRepository.h"

#include <QList>
#include <optional>

namespace pd::server {

class Database;

/// SQL for an online interview's netizen questions (with the answer each may have), the host's queue order, the
/// question figures and the transcript item an event has.
class InterviewRepository
{
public:
    explicit InterviewRepository(Database &db) : m_db(db) {}

    Result<qint64> insertQuestion(domain::InterviewQuestion &question);
    Result<void> updateQuestion(const domain::InterviewQuestion &question);
    /// With its answer, if any.
    Result<std::optional<domain::InterviewQuestion>> findQuestion(qint64 id);
    /// Questions of an event in `state` (all when none), from `offset` on: queued ones in the host's order, answered
    /// ones in the order they were answered, the rest in the order they arrived.
    Result<QList<domain::InterviewQuestion>> questions(qint64 eventId, std::optional<domain::InterviewQuestionState> state,
                                                       int offset, int limit);
    /// The answered questions in the order they were answered: the pairs the public page shows.
    Result<QList<domain::InterviewQuestion>> answered(qint64 eventId);
    /// The question the host asked last whose pair readers do not have yet (unanswered, or its answer still in
    /// review), without its answer; none when nothing waits for an answer.
    Result<std::optional<domain::InterviewQuestion>> current(qint64 eventId);
    /// The position after the last queued question.
    Result<int> nextQueuePosition(qint64 eventId);
    Result<void> setPosition(qint64 questionId, int position);
    Result<qint64> insertAnswer(domain::InterviewAnswer &answer);
    /// A correction: the answer's guest, text, revision, public note and the correction under review.
    Result<void> updateAnswer(const domain::InterviewAnswer &answer);
    /// The question an answer belongs to (0: no such answer).
    Result<qint64> questionOfAnswer(qint64 answerId);
    /// Answers keep their history as live posts do: each entry holds the answer as it was before the change.
    Result<void> addAnswerHistory(qint64 answerId, const LiveRepository::HistoryEntry &entry);
    Result<QList<LiveRepository::HistoryEntry>> answerHistory(qint64 answerId);
    Result<domain::InterviewStats> stats(qint64 eventId);
    /// The 实录 item built for the event (0: none yet).
    Result<qint64> transcriptItem(qint64 eventId);
    Result<void> setTranscriptItem(qint64 eventId, qint64 itemId);

private:
    Database &m_db;
};

} // namespace pd::server
