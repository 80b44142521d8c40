#include "server/live/InterviewRepository.h"

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

const QString kQuestionColumns =
    u"q.id, q.event_id, e.site_id, q.state, q.author_name, q.text, q.address, q.askers, q.merged_into, q.position, "
    u"q.reason, q.revision, q.created_at, q.updated_at, q.asked_at, q.answered_at, a.id, a.guest_id, a.guest_name, "
    u"a.guest_title, a.text, a.created_by, u.display_name, a.created_at, a.revision, a.correction_note, a.corrected_at, "
    u"a.pending_correction, a.review_state, a.review_approvals, a.review_reason "
    u"FROM interview_questions q JOIN live_events e ON e.id = q.event_id "
    u"LEFT JOIN interview_answers a ON a.question_id = q.id LEFT JOIN users u ON u.id = a.created_by"_s;

domain::InterviewQuestion questionFrom(const QSqlQuery &q)
{
    domain::InterviewQuestion out;
    out.id = q.value(0).toLongLong();
    out.eventId = q.value(1).toLongLong();
    out.siteId = q.value(2).toLongLong();
    out.state = domain::interviewQuestionStateFromCode(q.value(3).toString()).value_or(domain::InterviewQuestionState::Pending);
    out.name = q.value(4).toString();
    out.text = q.value(5).toString();
    out.address = q.value(6).toString();
    out.askers = q.value(7).toInt();
    out.mergedInto = q.value(8).toLongLong();
    out.position = q.value(9).toInt();
    out.reason = q.value(10).toString();
    out.revision = q.value(11).toLongLong();
    out.createdAt = fromMs(q.value(12));
    out.updatedAt = fromMs(q.value(13));
    out.askedAt = fromMs(q.value(14));
    out.answeredAt = fromMs(q.value(15));
    if (!q.value(16).isNull()) {
        domain::InterviewAnswer a;
        a.id = q.value(16).toLongLong();
        a.questionId = out.id;
        a.guestId = q.value(17).toLongLong();
        a.guestName = q.value(18).toString();
        a.guestTitle = q.value(19).toString();
        a.text = q.value(20).toString();
        a.createdBy = q.value(21).toLongLong();
        a.createdByName = q.value(22).toString();
        a.createdAt = fromMs(q.value(23));
        a.revision = q.value(24).toLongLong();
        a.correctionNote = q.value(25).toString();
        a.correctedAt = fromMs(q.value(26));
        if (const QString pending = q.value(27).toString(); !pending.isEmpty())
            a.pendingCorrection = domain::InterviewAnswer::Correction::fromJson(
                QJsonDocument::fromJson(pending.toUtf8()).object());
        a.review = domain::InterviewAnswer::reviewFromCode(q.value(28).toString()).value_or(domain::InterviewAnswer::Review::Published);
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(29).toString().toUtf8()).array())
            a.approvals.append(domain::LiveApproval::fromJson(v.toObject()));
        a.rejectReason = q.value(30).toString();
        out.answer = a;
    }
    return out;
}

Result<QList<domain::InterviewQuestion>> questionList(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::InterviewQuestion> out;
    while (q->next())
        out.append(questionFrom(*q));
    return out;
}

QVariant approvalsJson(const QList<domain::LiveApproval> &approvals)
{
    if (approvals.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    QJsonArray given;
    for (const domain::LiveApproval &a : approvals)
        given.append(a.toJson());
    return QString::fromUtf8(QJsonDocument(given).toJson(QJsonDocument::Compact));
}

Result<void> done(const Result<QSqlQuery> &q)
{
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace

Result<qint64> InterviewRepository::insertQuestion(domain::InterviewQuestion &q)
{
    auto id = m_db.insert(u"INSERT INTO interview_questions (event_id, state, author_name, text, address, askers, "
                          u"merged_into, position, reason, revision, created_at, updated_at, asked_at, answered_at) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {q.eventId, domain::interviewQuestionStateCode(q.state), nn(q.name), nn(q.text), nn(q.address),
                           q.askers, q.mergedInto > 0 ? QVariant(q.mergedInto) : QVariant(QMetaType(QMetaType::LongLong)),
                           q.position, nn(q.reason), q.revision, ms(q.createdAt), ms(q.updatedAt), ms(q.askedAt),
                           ms(q.answeredAt)});
    if (id)
        q.id = *id;
    return id;
}

Result<void> InterviewRepository::updateQuestion(const domain::InterviewQuestion &q)
{
    return done(m_db.exec(u"UPDATE interview_questions SET state = ?, askers = ?, merged_into = ?, position = ?, "
                          u"reason = ?, revision = ?, updated_at = ?, asked_at = ?, answered_at = ? WHERE id = ?"_s,
                          {domain::interviewQuestionStateCode(q.state), q.askers,
                           q.mergedInto > 0 ? QVariant(q.mergedInto) : QVariant(QMetaType(QMetaType::LongLong)),
                           q.position, nn(q.reason), q.revision, ms(q.updatedAt), ms(q.askedAt), ms(q.answeredAt), q.id}));
}

Result<std::optional<domain::InterviewQuestion>> InterviewRepository::findQuestion(qint64 id)
{
    auto list = questionList(m_db, u"SELECT %1 WHERE q.id = ?"_s.arg(kQuestionColumns), {id});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return std::optional<domain::InterviewQuestion>();
    return list->first();
}

Result<QList<domain::InterviewQuestion>> InterviewRepository::questions(qint64 eventId,
                                                                        std::optional<domain::InterviewQuestionState> state,
                                                                        int offset, int limit)
{
    using S = domain::InterviewQuestionState;
    QString sql = u"SELECT %1 WHERE q.event_id = ?"_s.arg(kQuestionColumns);
    QVariantList binds{eventId};
    if (state) {
        sql += u" AND q.state = ?"_s;
        binds << domain::interviewQuestionStateCode(*state);
    }
    if (state == S::Queued)
        sql += u" ORDER BY q.position, q.id"_s;
    else if (state == S::Answered)
        sql += u" ORDER BY q.answered_at, q.id"_s;
    else
        sql += u" ORDER BY q.id"_s;
    sql += u" LIMIT ? OFFSET ?"_s;
    binds << limit << offset;
    return questionList(m_db, sql, binds);
}

Result<QList<domain::InterviewQuestion>> InterviewRepository::answered(qint64 eventId)
{
    return questionList(m_db, u"SELECT %1 WHERE q.event_id = ? AND q.state = 'answered' AND a.review_state = 'published' ORDER BY q.answered_at, q.id"_s.arg(kQuestionColumns),
                        {eventId});
}

Result<std::optional<domain::InterviewQuestion>> InterviewRepository::current(qint64 eventId)
{
    // An answer still in review (or sent back) leaves its question the one readers see asked.
    auto list = questionList(m_db, u"SELECT %1 WHERE q.event_id = ? AND (q.state = 'asked' OR (q.state = 'answered' AND "
                                   u"a.review_state <> 'published')) ORDER BY q.asked_at DESC, q.id DESC LIMIT 1"_s.arg(kQuestionColumns),
                             {eventId});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return std::optional<domain::InterviewQuestion>();
    domain::InterviewQuestion asked = list->first();
    asked.answer.reset(); // readers see the question alone until its pair is public
    return asked;
}

Result<int> InterviewRepository::nextQueuePosition(qint64 eventId)
{
    auto v = m_db.scalar(u"SELECT COALESCE(MAX(position), 0) + 1 FROM interview_questions WHERE event_id = ? AND state = 'queued'"_s,
                         {eventId});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<void> InterviewRepository::setPosition(qint64 questionId, int position)
{
    return done(m_db.exec(u"UPDATE interview_questions SET position = ? WHERE id = ?"_s, {position, questionId}));
}

Result<qint64> InterviewRepository::insertAnswer(domain::InterviewAnswer &a)
{
    auto id = m_db.insert(u"INSERT INTO interview_answers (question_id, guest_id, guest_name, guest_title, text, "
                          u"created_by, created_at, review_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {a.questionId, a.guestId, nn(a.guestName), nn(a.guestTitle), nn(a.text), a.createdBy,
                           ms(a.createdAt), domain::InterviewAnswer::reviewCode(a.review)});
    if (id)
        a.id = *id;
    return id;
}

Result<void> InterviewRepository::updateAnswer(const domain::InterviewAnswer &a)
{
    const QVariant pending = a.pendingCorrection
                                 ? QVariant(QString::fromUtf8(QJsonDocument(a.pendingCorrection->toJson()).toJson(QJsonDocument::Compact)))
                                 : QVariant(QMetaType(QMetaType::QString));
    return done(m_db.exec(u"UPDATE interview_answers SET guest_id = ?, guest_name = ?, guest_title = ?, text = ?, revision = ?, "
                          u"correction_note = ?, corrected_at = ?, pending_correction = ?, created_by = ?, review_state = ?, "
                          u"review_approvals = ?, review_reason = ? WHERE id = ?"_s,
                          {a.guestId, nn(a.guestName), nn(a.guestTitle), nn(a.text), a.revision, nn(a.correctionNote),
                           ms(a.correctedAt), pending, a.createdBy, domain::InterviewAnswer::reviewCode(a.review),
                           approvalsJson(a.approvals), nn(a.rejectReason), a.id}));
}

Result<qint64> InterviewRepository::questionOfAnswer(qint64 answerId)
{
    auto v = m_db.scalar(u"SELECT question_id FROM interview_answers WHERE id = ?"_s, {answerId});
    if (!v)
        return std::unexpected(v.error());
    return v->isNull() ? 0 : v->toLongLong();
}

Result<void> InterviewRepository::addAnswerHistory(qint64 answerId, const LiveRepository::HistoryEntry &h)
{
    return done(m_db.exec(u"INSERT INTO interview_answer_history (answer_id, revision, action, note, snapshot, saved_by, saved_at) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {answerId, h.revision, nn(h.action), nn(h.note),
                           QString::fromUtf8(QJsonDocument(h.snapshot).toJson(QJsonDocument::Compact)), h.savedBy,
                           ms(h.savedAt)}));
}

Result<QList<LiveRepository::HistoryEntry>> InterviewRepository::answerHistory(qint64 answerId)
{
    auto q = m_db.exec(u"SELECT revision, saved_at, saved_by, note, snapshot, action FROM interview_answer_history "
                       u"WHERE answer_id = ? ORDER BY id"_s,
                       {answerId});
    if (!q)
        return std::unexpected(q.error());
    QList<LiveRepository::HistoryEntry> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), fromMs(q->value(1)), q->value(2).toLongLong(), q->value(3).toString(),
                    QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object(), q->value(5).toString()});
    return out;
}

Result<domain::InterviewStats> InterviewRepository::stats(qint64 eventId)
{
    // Answered counts the pairs readers see: an answer still in review (or sent back) is not one yet.
    auto q = m_db.exec(u"SELECT COUNT(*), "
                       u"COALESCE(SUM(CASE WHEN q.state IN ('accepted', 'queued', 'asked', 'answered') THEN 1 ELSE 0 END), 0), "
                       u"COALESCE(SUM(CASE WHEN q.state = 'answered' AND a.review_state = 'published' THEN 1 ELSE 0 END), 0) "
                       u"FROM interview_questions q LEFT JOIN interview_answers a ON a.question_id = q.id "
                       u"WHERE q.event_id = ?"_s,
                       {eventId});
    if (!q)
        return std::unexpected(q.error());
    domain::InterviewStats s;
    if (q->next()) {
        s.received = q->value(0).toLongLong();
        s.accepted = q->value(1).toLongLong();
        s.answered = q->value(2).toLongLong();
    }
    return s;
}

Result<qint64> InterviewRepository::transcriptItem(qint64 eventId)
{
    auto v = m_db.scalar(u"SELECT transcript_item FROM live_events WHERE id = ?"_s, {eventId});
    if (!v)
        return std::unexpected(v.error());
    return v->isNull() ? 0 : v->toLongLong();
}

Result<void> InterviewRepository::setTranscriptItem(qint64 eventId, qint64 itemId)
{
    return done(m_db.exec(u"UPDATE live_events SET transcript_item = ? WHERE id = ?"_s, {itemId, eventId}));
}

} // namespace pd::server
