#pragma once
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::server {

/// One update of a live event: text and/or photos with captions, a speaker tag, its moderation state
/// (`pending` → `published` | `rejected`; `published` → `retracted`), pin, and the visible correction (更正).
struct LivePost {
    struct Photo {
        qint64 mediaId = 0;
        QString caption;
        QString url;
        int width = 0;
        int height = 0;
    };

    qint64 id = 0;
    qint64 eventId = 0;
    qint64 siteId = 0;
    qint64 seq = 0; ///< position within the event (1, 2, …), the order of the timeline
    QString kind = QStringLiteral("text"); ///< text | photo
    QString state = QStringLiteral("pending");
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

    static constexpr qsizetype MaxTextLength = 10000;
    static constexpr qsizetype MaxPhotos = 20;

    [[nodiscard]] bool isPublic() const { return state == u"published"; }
    /// The API form (back office).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonArray photosJson() const;
};

} // namespace pd::server
