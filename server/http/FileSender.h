#pragma once
#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace pd::server {

/// Sends one file as the answer to a request, a chunk at a time, reading the next chunk only when the connection
/// has passed the previous ones on to the kernel: a slow reader holds at most a few dozen KiB of portald's memory,
/// however large the file and however many such readers there are. Deletes itself when done or when the reader left.
class FileSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSender)

public:
    /// Starts at once; `file` must be open for reading, `connection` is the socket the responder writes to.
    static void start(QHttpServerResponder &&responder, std::unique_ptr<QFile> file, const QHttpHeaders &headers,
                      QTcpSocket *connection);

private:
    FileSender(QHttpServerResponder &&responder, std::unique_ptr<QFile> file, QTcpSocket *connection);
    void pump();
    void finish();

    QHttpServerResponder m_responder;
    std::unique_ptr<QFile> m_file;
    QPointer<QTcpSocket> m_connection;
    bool m_done = false;
};

} // namespace pd::server
