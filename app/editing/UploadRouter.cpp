#include "app/editing/UploadRouter.h"

#include "app/editing/EditorBridge.h"
#include "app/editing/MediaUploadQueue.h"

#include <QFileInfo>

namespace pd::editing {

UploadRouter::UploadRouter(MediaUploadQueue &queue, EditorBridge &bridge, std::function<qint64()> siteId,
                           QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_bridge(bridge)
    , m_siteId(std::move(siteId))
{
    connect(&m_bridge, &EditorBridge::uploadRequested, this, &UploadRouter::fromPage);
    connect(&m_bridge, &EditorBridge::uploadCancelled, &m_queue, &MediaUploadQueue::cancel);
    connect(&m_queue, &MediaUploadQueue::progress, this, &UploadRouter::progressed);
    connect(&m_queue, &MediaUploadQueue::finished, this, [this](int id, const MediaUploadQueue::Media &media) {
        finished(id, media.id, media.url, media.fileName);
    });
    connect(&m_queue, &MediaUploadQueue::failed, this, &UploadRouter::failedUpload);
}

UploadRouter::~UploadRouter() = default;

QList<pd::Error> UploadRouter::insertImageFiles(const QStringList &paths)
{
    QList<pd::Error> errors;
    m_queue.setSiteId(m_siteId());
    for (const QString &path : paths) {
        const Result<int> id = m_queue.enqueueFile(path);
        if (id)
            m_images.insert(*id, QFileInfo(path).completeBaseName());
        else
            errors.append(id.error());
    }
    return errors;
}

Result<void> UploadRouter::insertImageFile(const QString &path, const QString &alt)
{
    m_queue.setSiteId(m_siteId());
    const Result<int> id = m_queue.enqueueFile(path);
    if (!id)
        return std::unexpected(id.error());
    m_images.insert(*id, alt);
    return {};
}

QList<pd::Error> UploadRouter::attachFiles(const QStringList &paths)
{
    QList<pd::Error> errors;
    m_queue.setSiteId(m_siteId());
    for (const QString &path : paths) {
        const Result<int> id = m_queue.enqueueFile(path);
        if (id)
            m_attachments.insert(*id, QFileInfo(path).completeBaseName());
        else
            errors.append(id.error());
    }
    return errors;
}

void UploadRouter::fromPage(int id, const QString &name, const QString &mime, const QByteArray &bytes)
{
    m_queue.setSiteId(m_siteId());
    m_queue.enqueue(name, bytes, mime, id);
}

void UploadRouter::progressed(int id, qint64 sent, qint64 total)
{
    // The page shows progress on its placeholder; the window's own uploads show theirs in the uploads list.
    if (!m_images.contains(id) && !m_attachments.contains(id))
        m_bridge.reportUploadProgress(id, sent, total);
}

void UploadRouter::finished(int id, qint64 mediaId, const QString &url, const QString &)
{
    if (m_images.contains(id)) {
        m_bridge.insertImage(url, m_images.take(id));
    } else if (m_attachments.contains(id)) {
        domain::ItemAttachment attachment;
        attachment.mediaId = mediaId;
        attachment.title = m_attachments.take(id);
        Q_EMIT attachmentReady(attachment);
    } else {
        m_bridge.finishUpload(id, url, {});
    }
}

void UploadRouter::failedUpload(int id, const pd::Error &error)
{
    if (!m_images.remove(id) && !m_attachments.remove(id))
        m_bridge.finishUpload(id, {}, error.message);
    Q_EMIT failed(error);
}

} // namespace pd::editing
