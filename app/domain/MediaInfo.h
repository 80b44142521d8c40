#pragma once
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// An uploaded file as `POST /api/v1/media` answers: its id, public URL, type and (images) size.
struct MediaInfo {
    qint64 id = 0;
    QString url;
    QString mime;
    int width = 0;
    int height = 0;
    qint64 bytes = 0;

    [[nodiscard]] static MediaInfo fromJson(const QJsonObject &json);

    friend bool operator==(const MediaInfo &, const MediaInfo &) = default;
};

} // namespace pd::domain
