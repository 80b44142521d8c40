#pragma once
#include "app/domain/InterviewAnswer.h"
#include "app/domain/InterviewQuestionState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pd::domain {

/// A netizen's question to an online interview (在线访谈) as `GET /api/v1/live/events/{id}/questions` lists it:
/// who asked (a name or 网友), the text, where it stands in the director's screening and the host's queue, and once
/// answered the guest's answer. Questions collected before the interview (预提问) and during it are alike.
struct InterviewQuestion {
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 siteId = 0; ///< the event's site; not part of the JSON
    InterviewQuestionState state = InterviewQuestionState::Pending;
    QString name; ///< the name the netizen gave (网友 when none)
    QString text;
    QString address; ///< where it came from; never in the JSON
    /// How many netizens asked it: 1, plus the askers of every duplicate merged into it.
    int askers = 1;
    qint64 mergedInto = 0; ///< the question a merged duplicate went into
    /// Place in the host's queue (1 is asked first); 0 when not queued.
    int position = 0;
    QString reason; ///< why it was declined; for the back office only
    qint64 revision = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime askedAt;
    QDateTime answeredAt;
    std::optional<InterviewAnswer> answer;

    static constexpr qsizetype MaxTextLength = 500;
    static constexpr qsizetype MaxNameLength = 30;

    /// The API form (back office).
    [[nodiscard]] QJsonObject toJson() const;
    /// What citizens see of a question the host asked: `{"id", "name", "text", "askers", "askedAt", "answer"}`, the
    /// answer (public form) or null — null too while the answer waits for review or was sent back. A question and its answer travel as this one object, so a page never shows an
    /// answer without its question.
    [[nodiscard]] QJsonObject toPublicJson() const;
    /// Reads the API form (or the public one); unknown codes fall back to the defaults.
    [[nodiscard]] static InterviewQuestion fromJson(const QJsonObject &json);

    friend bool operator==(const InterviewQuestion &, const InterviewQuestion &) = default;
};

} // namespace pd::domain
