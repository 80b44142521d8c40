#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace pd::server {

/// Follows the HTTP/1.1 framing of one connection's requests as their bytes arrive (request head, Content-Length or
/// chunked body, end of request), so portald can refuse a head or a body that passes its limit before anything
/// buffers it. Pure: it is fed bytes and says how far they may go; the socket acts on that.
class RequestFraming
{
public:
    /// The largest body accepted for a request, from its method and request target as sent.
    using LimitLookup = std::function<qint64(QByteArrayView method, QByteArrayView target)>;

    /// Request line plus header fields; a longer head is refused with 431.
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

    enum class Stop {
        NeedMore,   ///< all of the data was consumed and the current request goes on
        RequestEnd, ///< a request ended after `consumed` bytes; what follows belongs to whoever owns the connection next
        Refused,    ///< the request is refused (see refusal()); nothing after `consumed` may be passed on
    };
    struct Step {
        qsizetype consumed = 0;
        Stop stop = Stop::NeedMore;
    };
    struct Refusal {
        int status = 0; ///< 400, 413 or 431
        QString detail; ///< for the problem+json `detail`
    };

    explicit RequestFraming(LimitLookup limits, qsizetype maxHeadBytes = kMaxHeadBytes);

    /// Consumes `data` up to the end of a request, a refusal or the end of the data, whichever comes first.
    Step feed(QByteArrayView data);

    /// How many of the bytes consumed so far belong to a request head that is not complete (or was refused) and
    /// so must not be passed on yet: the limit of a request is known only once its head is.
    [[nodiscard]] qsizetype heldBack() const;
    [[nodiscard]] bool isRefused() const { return m_state == State::Refused; }
    [[nodiscard]] const Refusal &refusal() const { return m_refusal; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Refused };

    bool headByte(char c);
    bool headLine(QByteArrayView line);
    bool endOfHead();
    bool chunkSizeLine(QByteArrayView line);
    bool refuse(int status, QString detail);
    void startRequest();

    LimitLookup m_limits;
    qsizetype m_maxHeadBytes;
    State m_state = State::Head;
    Refusal m_refusal;
    qsizetype m_heldAtRefusal = 0;

    QByteArray m_line;         ///< the current head, size or trailer line
    qsizetype m_headBytes = 0; ///< bytes of the current head (request line, fields, blank lines before it)
    bool m_haveRequestLine = false;
    bool m_headDone = false;   ///< a complete head of a request without a body
    QByteArray m_method;
    QByteArray m_target;
    int m_contentLengths = 0;
    qint64 m_contentLength = 0;
    int m_transferEncodings = 0;
    bool m_chunked = false;

    qint64 m_limit = 0;
    qint64 m_bodyBytes = 0;    ///< body bytes so far (chunked: chunk data only)
    qint64 m_remaining = 0;    ///< of the fixed-length body or of the current chunk
    qsizetype m_crlfSeen = 0;  ///< after chunk data: bytes of its CRLF seen
    qsizetype m_trailerBytes = 0;
};

} // namespace pd::server
