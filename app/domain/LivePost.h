#pragma once
#include "app/domain/LiveApproval.h"
#include "app/domain/LivePostState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd::domain {

/// One update of a live event as `GET /api/v1/live/posts/{id}` returns it: text and/or photos with captions, a
/// speaker tag, its moderation state, pin, the visible correction (更正), and in reviewed mode the approvals it has,
/// the review groups still awaited and a correction or retraction of the published post waiting for review.
struct LivePost {
    struct Photo {
        qint64 mediaId = 0;
        QString caption;
        QString url;
        int width = 0;
        int height = 0;
        friend bool operator==(const Photo &, const Photo &) = default;
    };
    /// A correction or retraction of a published post in reviewed mode: the public keeps the published version
    /// until every awaited group has approved the change.
    struct Change {
        enum class Kind { Correction, Retraction };
        Kind kind = Kind::Correction;
        QString text;
        QString speaker;
        QList<Photo> photos;
        QString note;   ///< the correction note readers will see, or the reason of a retraction
        qint64 requestedBy = 0;
        QString requestedByName;
        QDateTime requestedAt;
        friend bool operator==(const Change &, const Change &) = default;
    };

    qint64 id = 0;
    qint64 eventId = 0;
    qint64 siteId = 0; ///< the event's site; not part of the JSON
    qint64 seq = 0;    ///< position within the event (1, 2, …), the order of the timeline
    qint64 session = 0; ///< the event's session (sub-forum) it belongs to; 0 only in a create that names none
    QString kind = QStringLiteral("text"); ///< text | photo
    LivePostState state = LivePostState::Pending;
    QString text;
    QString speaker;
    QList<Photo> photos;
    bool pinned = false;
    qint64 revision = 1;
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime publishedAt;
    QString correctionNote; ///< empty unless corrected after publication
    QDateTime correctedAt;
    QString reason;         ///< why it was rejected or retracted
    /// The approvals of the current review round: the post's own until it is published, then those of a pending
    /// change (a new round starts empty).
    QList<LiveApproval> approvals;
    QStringList awaiting; ///< review groups still to approve; empty when nothing waits for review
    std::optional<Change> pendingChange;

    static constexpr qsizetype MaxTextLength = 10000;
    static constexpr qsizetype MaxPhotos = 20;

    [[nodiscard]] bool isPublic() const { return state == LivePostState::Published; }
    /// Whether it waits for review: a pending post, or a published one with a pending change.
    [[nodiscard]] bool inReview() const { return state == LivePostState::Pending || pendingChange.has_value(); }
    /// The API form (back office).
    [[nodiscard]] QJsonObject toJson() const;
    /// What citizens see (feed.json, the public page and the public stream): `{"id", "seq", "session", "kind", "text",
    /// "speaker", "createdAt", "pinned", "correctionNote", "correctedAt", "photos": [{"url", "caption", "width",
    /// "height"}]}`. Nothing about who wrote or reviewed it, nothing of a change still in review.
    [[nodiscard]] QJsonObject toPublicJson() const;
    [[nodiscard]] static QJsonArray photosJson(const QList<Photo> &photos);
    [[nodiscard]] static QList<Photo> photosFromJson(const QJsonArray &array);
    [[nodiscard]] static QJsonValue changeJson(const std::optional<Change> &change);
    [[nodiscard]] static std::optional<Change> changeFromJson(const QJsonValue &json);
    /// Reads the API form; unknown codes fall back to the defaults.
    [[nodiscard]] static LivePost fromJson(const QJsonObject &json);

    friend bool operator==(const LivePost &, const LivePost &) = default;
};

} // namespace pd::domain
