#include "app/editing/MediaUploadQueue.h"

#include "app/api/PortalClient.h"
#include "app/editing/EditingLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace pd::editing {

MediaUploadQueue::MediaUploadQueue(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

MediaUploadQueue::~MediaUploadQueue() = default;

QString MediaUploadQueue::mimeTypeFor(const QString &fileName)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return type.isDefault() ? u"application/octet-stream"_s : type.name();
}

int MediaUploadQueue::enqueue(const QString &fileName, const QByteArray &bytes, const QString &mimeType, int id)
{
    if (id <= 0)
        id = m_nextId++;
    Upload upload;
    upload.id = id;
    upload.fileName = QFileInfo(fileName).fileName();
    if (upload.fileName.isEmpty())
        upload.fileName = tr("pasted-image");
    upload.total = bytes.size();
    m_uploads.append(upload);
    Q_EMIT started(id);

    // The portal sniffs the type from the bytes; a wrong claim would be refused, so an unknown one is left to it.
    QString mime = mimeType;
    if (mime.isEmpty() || mime == u"application/octet-stream")
        mime = mimeTypeFor(upload.fileName);
    const QString path = m_siteId > 0 ? u"/api/v1/media?site=%1"_s.arg(m_siteId) : u"/api/v1/media"_s;
    const QByteArray name = QUrl::toPercentEncoding(upload.fileName);
    const auto call = m_client.upload(
        path, bytes, mime.toLatin1(), {{"X-Filename", name}}, this,
        [this, id](qint64 sent, qint64 total) {
            for (Upload &u : m_uploads) {
                if (u.id == id && u.state == Upload::State::Sending) {
                    u.sent = sent;
                    if (total > 0)
                        u.total = total;
                    Q_EMIT progress(id, u.sent, u.total);
                }
            }
        },
        [this, id](Result<api::ApiReply> reply) {
            m_calls.remove(id);
            Upload *u = nullptr;
            for (Upload &each : m_uploads)
                if (each.id == id)
                    u = &each;
            if (!u)
                return;
            if (!reply) {
                qCInfo(lcEditing) << "upload of" << u->fileName << "failed:" << reply.error().message;
                u->state = Upload::State::Failed;
                u->error = reply.error().message;
                Q_EMIT failed(id, reply.error());
                return;
            }
            const QJsonObject json = reply->json.object();
            u->state = Upload::State::Done;
            u->sent = u->total;
            u->media.id = json.value(u"id").toInteger();
            u->media.url = json.value(u"url").toString();
            u->media.fileName = json.value(u"filename").toString(u->fileName);
            u->media.mime = json.value(u"mime").toString();
            u->media.bytes = json.value(u"bytes").toInteger();
            Q_EMIT finished(id, u->media);
        });
    m_calls.insert(id, call);
    return id;
}

Result<int> MediaUploadQueue::enqueueFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.code = ErrorCode::Storage;
        error.message = tr("Cannot read “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::unexpected(error);
    }
    return enqueue(path, file.readAll());
}

void MediaUploadQueue::cancel(int id)
{
    if (const auto it = m_calls.constFind(id); it != m_calls.cend())
        m_client.cancel(*it);
}

QList<MediaUploadQueue::Upload> MediaUploadQueue::uploads() const
{
    return m_uploads;
}

const MediaUploadQueue::Upload *MediaUploadQueue::upload(int id) const
{
    for (const Upload &u : m_uploads)
        if (u.id == id)
            return &u;
    return nullptr;
}

int MediaUploadQueue::pending() const
{
    int n = 0;
    for (const Upload &u : m_uploads)
        n += u.state == Upload::State::Sending ? 1 : 0;
    return n;
}

} // namespace pd::editing
