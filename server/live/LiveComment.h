#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::server {

/// A citizen's comment on a live event: arrives `pending`, shown only once a moderator `approved` it (or `hidden`).
struct LiveComment {
    qint64 id = 0;
    qint64 eventId = 0;
    QString state = QStringLiteral("pending");
    QString name; ///< the name the citizen gave (网友 when empty)
    QString text;
    QString address;
    QDateTime createdAt;
    qint64 moderatedBy = 0;
    QDateTime moderatedAt;

    static constexpr qsizetype MaxTextLength = 500;
    static constexpr qsizetype MaxNameLength = 30;

    [[nodiscard]] QJsonObject toJson() const;
    /// `{"id", "name", "text", "createdAt"}` for the public page.
    [[nodiscard]] QJsonObject toPublicJson() const;
};

} // namespace pd::server
