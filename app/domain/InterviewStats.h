#pragma once
#include <QJsonObject>

namespace pd::domain {

/// The question figures of an online interview, `"interview"` in its `GET /api/v1/live/events/{id}/stats` beside
/// the LiveStats figures: questions received (every one netizens
/// submitted and the checks let in, duplicates included), accepted (screened in: accepted, queued, asked or answered),
/// answered, and the answer rate (answered / accepted; 0 before anything is accepted).
struct InterviewStats {
    qint64 received = 0;
    qint64 accepted = 0;
    qint64 answered = 0;

    [[nodiscard]] double answerRate() const { return accepted > 0 ? double(answered) / double(accepted) : 0.0; }
    /// `{"questionsReceived", "questionsAccepted", "questionsAnswered", "answerRate"}`.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static InterviewStats fromJson(const QJsonObject &json);
    friend bool operator==(const InterviewStats &, const InterviewStats &) = default;
};

} // namespace pd::domain
