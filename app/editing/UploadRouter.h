#pragma once
#include "app/domain/Error.h"
#include "app/domain/ItemAttachment.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace pd::editing {

class EditorBridge;
class MediaUploadQueue;

/// Decides where each finished upload of an item goes: a picture picked with "Insert image…" into the body, a
/// document picked with "Add attachment…" into the item's attachments, and a file the rich editor page asked for
/// (pasted, dropped, picked inside the page) back to the page, which numbered it and waits with a placeholder.
/// Progress and failures reach the page only for its own uploads; the others are the window's to show.
class UploadRouter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadRouter)

public:
    /// `siteId` answers which site the open item belongs to when an upload starts (media are stored per site).
    UploadRouter(MediaUploadQueue &queue, EditorBridge &bridge, std::function<qint64()> siteId,
                 QObject *parent = nullptr);
    ~UploadRouter() override;

    /// Uploads local image files; each is inserted into the body once the portal has it. Returns the files that
    /// could not be started (unreadable), as errors.
    QList<pd::Error> insertImageFiles(const QStringList &paths);
    /// Uploads one local image and inserts it with `alt` as its alternative text (替代文字) once the portal has it.
    Result<void> insertImageFile(const QString &path, const QString &alt);
    /// Uploads local documents; each becomes an attachment titled after its file name once the portal has it.
    QList<pd::Error> attachFiles(const QStringList &paths);

Q_SIGNALS:
    /// A document picked with attachFiles() is stored on the portal: list it among the item's attachments.
    void attachmentReady(const pd::domain::ItemAttachment &attachment);
    /// An upload failed (whichever kind; the page's own placeholder is told as well).
    void failed(const pd::Error &error);

private:
    void fromPage(int id, const QString &name, const QString &mime, const QByteArray &bytes);
    void progressed(int id, qint64 sent, qint64 total);
    void finished(int id, qint64 mediaId, const QString &url, const QString &fileName);
    void failedUpload(int id, const pd::Error &error);

    MediaUploadQueue &m_queue;
    EditorBridge &m_bridge;
    std::function<qint64()> m_siteId;
    QHash<int, QString> m_images;       ///< picked with "Insert image…", with the alternative text each gets
    QHash<int, QString> m_attachments;  ///< picked with "Add attachment…", with the title each gets
};

} // namespace pd::editing
