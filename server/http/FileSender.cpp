#include "server/http/FileSender.h"

#include "server/http/HttpLog.h"

namespace pd::server {

namespace {
constexpr qint64 kChunkBytes = 16 * 1024;
/// More is read from the file only while less than this waits in the socket's own buffer.
constexpr qint64 kLowWaterBytes = 16 * 1024;
} // namespace

void FileSender::start(QHttpServerResponder &&responder, std::unique_ptr<QFile> file, const QHttpHeaders &headers,
                       QTcpSocket *connection)
{
    responder.writeBeginChunked(headers);
    auto *sender = new FileSender(std::move(responder), std::move(file), connection);
    sender->pump();
}

FileSender::FileSender(QHttpServerResponder &&responder, std::unique_ptr<QFile> file, QTcpSocket *connection)
    : m_responder(std::move(responder)), m_file(std::move(file)), m_connection(connection)
{
    connect(connection, &QTcpSocket::bytesWritten, this, &FileSender::pump);
    connect(connection, &QTcpSocket::disconnected, this, &FileSender::finish);
    connect(connection, &QObject::destroyed, this, &FileSender::finish);
}

void FileSender::pump()
{
    if (m_done)
        return;
    if (!m_connection || m_connection->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    while (m_connection->bytesToWrite() < kLowWaterBytes) {
        const QByteArray chunk = m_file->read(kChunkBytes);
        if (chunk.isEmpty() || m_file->atEnd()) {
            // The last piece goes with the end of the chunked body (an empty one is allowed there).
            if (chunk.isEmpty() && m_file->error() != QFileDevice::NoError)
                qCWarning(lcHttp) << "reading" << m_file->fileName() << "failed:" << m_file->errorString();
            m_responder.writeEndChunked(chunk);
            finish();
            return;
        }
        m_responder.writeChunk(chunk);
    }
}

void FileSender::finish()
{
    if (m_done)
        return;
    m_done = true;
    // Releasing the responder lets the connection take its next request (or be closed, if the reader left).
    deleteLater();
}

} // namespace pd::server
