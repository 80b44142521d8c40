#pragma once
#include "app/domain/LiveApproval.h"

#include <QDateTime>
#include <QList>
#include <QJsonObject>
#include <QString>
#include <optional>

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
    /// Bumped by every correction (and by every step of one under review); `If-Match` of a correction names it.
    qint64 revision = 1;
    /// The typist's note on the last correction readers saw (更正), and when it went public; empty before any.
    QString correctionNote{};
    QDateTime correctedAt{};

    /// A correction of an answer in a reviewed interview, waiting for its approvals; readers keep the answer as
    /// it was meanwhile.
    struct Correction {
        qint64 guestId = 0;
        QString guestName;
        QString guestTitle;
        QString text;
        QString note;
        qint64 requestedBy = 0;
        QString requestedByName;
        QDateTime requestedAt;
        QList<LiveApproval> approvals;

        [[nodiscard]] QJsonObject toJson() const;
        [[nodiscard]] static Correction fromJson(const QJsonObject &json);
        friend bool operator==(const Correction &, const Correction &) = default;
    };
    std::optional<Correction> pendingCorrection{};

    /// Where the answer itself stands. In a direct interview every answer is Published the moment it is stored; in
    /// a reviewed one a new answer is Pending until every review group has approved it (readers see nothing of it
    /// meanwhile), and Rejected when a reviewer sent it back with a reason, for the typist to fix and resend.
    enum class Review { Published, Pending, Rejected };
    Review review = Review::Published;
    /// The approvals a Pending answer has so far (and, once Published, the ones that let it out).
    QList<LiveApproval> approvals{};
    /// Why a reviewer sent the answer back; back office only.
    QString rejectReason{};

    [[nodiscard]] bool isPublic() const { return review == Review::Published; }

    static constexpr qsizetype MaxTextLength = 10000;
    static constexpr qsizetype MaxNoteLength = 500;

    /// The API form (back office).
    [[nodiscard]] QJsonObject toJson() const;
    /// What citizens see: `{"guestName", "guestTitle", "text", "createdAt"}`, and once corrected `correctionNote`
    /// and `correctedAt`; nothing about who typed it, nothing of a correction still under review.
    [[nodiscard]] QJsonObject toPublicJson() const;
    /// `published`, `pending` or `rejected`: the `review` field of the API form, and what portald stores.
    [[nodiscard]] static QString reviewCode(Review review);
    [[nodiscard]] static std::optional<Review> reviewFromCode(const QString &code);
    /// Reads the API form or the public one.
    [[nodiscard]] static InterviewAnswer fromJson(const QJsonObject &json);

    friend bool operator==(const InterviewAnswer &, const InterviewAnswer &) = default;
};

} // namespace pd::domain
