#include "tests/support/SourceAddressHttp.h"

#include <QDeadlineTimer>
#include <QJsonParseError>
#include <QTcpSocket>

namespace pd::test {

namespace {

/// The body of a `Transfer-Encoding: chunked` answer; what arrived so far when it is cut short.
QByteArray dechunk(QByteArrayView raw)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = raw.sliced(pos, eol - pos).toByteArray().split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        out += raw.sliced(eol + 2, std::min(size, raw.size() - eol - 2));
        pos = eol + 2 + size + 2;
    }
    return out;
}

/// Whether `raw` holds a whole answer: headers and then Content-Length bytes, or chunks up to the last one.
bool isComplete(const QByteArray &raw)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray head = raw.first(headerEnd).toLower();
    if (head.contains("transfer-encoding: chunked"))
        return raw.endsWith("\r\n0\r\n\r\n") || raw.sliced(headerEnd + 4).startsWith("0\r\n\r\n");
    const qsizetype at = head.indexOf("content-length:");
    if (at < 0)
        return false;
    const qsizetype eol = head.indexOf('\r', at);
    const qint64 length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
    return raw.size() - headerEnd - 4 >= length;
}

} // namespace

HttpProbe::Reply SourceAddressHttp::request(const QHostAddress &from, const QByteArray &verb, const QUrl &url,
                                            const QByteArray &body,
                                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    HttpProbe::Reply out;
    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    // No SO_REUSEADDR (Qt's default hint on Unix): with it the kernel may hand out a local port whose connection to
    // the same server is still in TIME_WAIT, and that connect then hangs in SYN retries.
    if (!socket.bind(from, 0, QAbstractSocket::DontShareAddress))
        return out;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return out;
    QByteArray request = verb + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
    request += "Host: " + url.host().toLatin1() + ':' + QByteArray::number(url.port(80)) + "\r\n";
    request += "Connection: close\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || verb == "POST" || verb == "PUT" || verb == "PATCH")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    // Until the answer is complete (by its Content-Length or the last chunk) or the server closes: not every server
    // closes at once after "Connection: close".
    QByteArray raw;
    while (!isComplete(raw) && socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            raw += socket.readAll();
    }
    raw += socket.readAll();

    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return out;
    const QList<QByteArray> lines = raw.first(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    out.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            out.headers.insert(lines.at(i).first(colon).trimmed().toLower(), lines.at(i).sliced(colon + 1).trimmed());
    }
    const QByteArray rest = raw.sliced(headerEnd + 4);
    out.body = out.headers.value("transfer-encoding").toLower().contains("chunked") ? dechunk(rest) : rest;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.body, &error);
    if (error.error == QJsonParseError::NoError)
        out.json = doc;
    return out;
}

QByteArray SourceAddressHttp::upgrade(QTcpSocket &socket, const QHostAddress &from, const QUrl &url,
                                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!socket.bind(from))
        return "bind failed";
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(10000))
        return "no connection";
    QByteArray request = "GET " + url.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    socket.write(request + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace pd::test
