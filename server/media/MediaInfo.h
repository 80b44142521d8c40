#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::server {

/// One stored media file as the API reports it (`{id, url, mime, width, height, bytes, sha256}`).
struct MediaInfo {
    qint64 id = 0;
    qint64 siteId = 0;
    QString sha256;    ///< lower-case hex; also the stored file's name
    QString mime;
    QString extension; ///< of the stored file
    QString filename;  ///< sanitised display name (never used as a path)
    qint64 bytes = 0;
    int width = 0;     ///< 0 for documents
    int height = 0;
    qint64 uploadedBy = 0;
    QDateTime createdAt;
    bool existing = false; ///< true when an identical upload was already stored (dedup)

    /// `/media/{id}/{filename}` with the display name percent-encoded.
    [[nodiscard]] QString url(const QString &prefix = QStringLiteral("/media/")) const;
    [[nodiscard]] QJsonObject toJson(const QString &urlPrefix = QStringLiteral("/media/")) const;
};

} // namespace pd::server
