#pragma once
#include "app/domain/Error.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// Files on their way to the portal's media store (POST /api/v1/media): images for the body and attachments, each
/// with its own progress, sent side by side. The editor's uploads list and the rich editor's placeholders render it.
class MediaUploadQueue : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaUploadQueue)

public:
    /// What the portal answered for a stored file.
    struct Media {
        qint64 id = 0;
        QString url; ///< /media/{id}/{name}
        QString fileName;
        QString mime;
        qint64 bytes = 0;
    };
    /// One upload as the list shows it.
    struct Upload {
        int id = 0;
        QString fileName;
        qint64 sent = 0;
        qint64 total = 0;
        enum class State { Sending, Done, Failed } state = State::Sending;
        QString error;
        Media media;
    };

    explicit MediaUploadQueue(api::PortalClient &client, QObject *parent = nullptr);
    ~MediaUploadQueue() override;

    void setSiteId(qint64 siteId) { m_siteId = siteId; }
    /// Starts an upload; the id is the caller's if given (the editor page numbers its own), else a new one.
    int enqueue(const QString &fileName, const QByteArray &bytes, const QString &mimeType = {}, int id = 0);
    /// Reads a local file (picked in a file dialog) and starts its upload; a file that cannot be read fails at once.
    Result<int> enqueueFile(const QString &path);
    void cancel(int id);

    [[nodiscard]] QList<Upload> uploads() const;
    [[nodiscard]] const Upload *upload(int id) const;
    /// Uploads still sending.
    [[nodiscard]] int pending() const;
    /// The MIME type the portal will be told for a file name (by extension; octet-stream when unknown).
    [[nodiscard]] static QString mimeTypeFor(const QString &fileName);

Q_SIGNALS:
    void started(int id);
    void progress(int id, qint64 sent, qint64 total);
    void finished(int id, const pd::editing::MediaUploadQueue::Media &media);
    void failed(int id, const pd::Error &error);

private:
    api::PortalClient &m_client;
    qint64 m_siteId = 0;
    int m_nextId = 1'000'000; ///< above the page's own numbers
    QList<Upload> m_uploads;
    QHash<int, quint64> m_calls;
};

} // namespace pd::editing
