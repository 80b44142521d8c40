#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// A guest's answer to one netizen question of an online interview, as the typist recorded it. The guest's name and
/// title are kept with the answer, so it reads the same after the guest has left the event's guest list.
struct InterviewAnswer {
    qint64 id = 0;
    qint64 questionId = 0;
    qint64 guestId = 0; ///< the id of the event's guest (LiveEvent::Guest::id)
    QString guestName;
    QString guestTitle;
    QString text;
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;

    static constexpr qsizetype MaxTextLength = 10000;

    /// The API form (back office).
    [[nodiscard]] QJsonObject toJson() const;
    /// What citizens see: `{"guestName", "guestTitle", "text", "createdAt"}`, nothing about who typed it.
    [[nodiscard]] QJsonObject toPublicJson() const;
    /// Reads the API form or the public one.
    [[nodiscard]] static InterviewAnswer fromJson(const QJsonObject &json);

    friend bool operator==(const InterviewAnswer &, const InterviewAnswer &) = default;
};

} // namespace pd::domain
