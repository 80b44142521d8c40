#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd::domain {

/// What a desk sends to create a post (`POST /api/v1/live/events/{id}/posts`) and keeps in its outbox until it
/// went out: kind, text, speaker, photos with captions and the session (sub-forum) it is for.
struct LivePostInput {
    QString kind = QStringLiteral("text"); ///< text | photo
    QString text;
    QString speaker;
    QList<qint64> mediaIds;
    QStringList captions;
    std::optional<qint64> session; ///< none: the event's first session

    /// The request body; empty text, speaker and photos are left out.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads a body toJson wrote (an outbox entry's); what is missing stays empty.
    [[nodiscard]] static LivePostInput fromJson(const QJsonObject &json);

    friend bool operator==(const LivePostInput &, const LivePostInput &) = default;
};

} // namespace pd::domain
