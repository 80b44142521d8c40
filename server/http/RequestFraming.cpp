#include "server/http/RequestFraming.h"

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

// A chunk size line is a few hex digits and perhaps an extension; anything this long is not an honest one.
constexpr qsizetype kMaxChunkLine = 4096;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

RequestFraming::RequestFraming(LimitLookup limits, qsizetype maxHeadBytes)
    : m_limits(std::move(limits)), m_maxHeadBytes(maxHeadBytes)
{
}

qsizetype RequestFraming::heldBack() const
{
    switch (m_state) {
    case State::Head: return m_headBytes;
    case State::Refused: return m_heldAtRefusal;
    default: return 0;
    }
}

RequestFraming::Step RequestFraming::feed(QByteArrayView data)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        switch (m_state) {
        case State::Refused:
            return {i, Stop::Refused};
        case State::Head: {
            if (!headByte(data[i++]))
                return {i, Stop::Refused};
            if (m_headDone) {
                startRequest();
                return {i, Stop::RequestEnd};
            }
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            m_bodyBytes += take;
            if (m_remaining == 0) {
                startRequest();
                return {i, Stop::RequestEnd};
            }
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            m_bodyBytes += take;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_crlfSeen = 0;
            }
            break;
        }
        case State::ChunkDataEnd: {
            const char expected = m_crlfSeen == 0 ? '\r' : '\n';
            if (data[i++] != expected) {
                refuse(400, u"分块请求体格式错误：数据块后缺少 CRLF"_s);
                return {i, Stop::Refused};
            }
            if (++m_crlfSeen == 2)
                m_state = State::ChunkSize;
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const char c = data[i++];
            if (m_state == State::Trailer && ++m_trailerBytes > m_maxHeadBytes) {
                refuse(431, u"请求尾部字段超过 %1 字节"_s.arg(m_maxHeadBytes));
                return {i, Stop::Refused};
            }
            if (c != '\n') {
                m_line.append(c);
                if (m_state == State::ChunkSize && m_line.size() > kMaxChunkLine) {
                    refuse(400, u"分块请求体格式错误：块大小行过长"_s);
                    return {i, Stop::Refused};
                }
                break;
            }
            if (m_state == State::ChunkSize) {
                const bool ok = chunkSizeLine(m_line);
                m_line.clear();
                if (!ok)
                    return {i, Stop::Refused};
                break;
            }
            // A trailer field, or the blank line that ends the request.
            const bool blank = m_line.isEmpty() || m_line == "\r";
            m_line.clear();
            if (blank) {
                startRequest();
                return {i, Stop::RequestEnd};
            }
            break;
        }
        }
    }
    return {i, m_state == State::Refused ? Stop::Refused : Stop::NeedMore};
}

bool RequestFraming::headByte(char c)
{
    if (++m_headBytes > m_maxHeadBytes)
        return refuse(431, u"请求行与请求头超过 %1 字节"_s.arg(m_maxHeadBytes));
    // Blank space before a request line is skipped (as Qt HttpServer does: the tail of an earlier request).
    if (!m_haveRequestLine && m_line.isEmpty()
        && (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v'))
        return true;
    if (c != '\n') {
        m_line.append(c);
        return true;
    }
    QByteArrayView line(m_line);
    if (line.endsWith('\r'))
        line.chop(1);
    const bool ok = headLine(line);
    m_line.clear();
    return ok;
}

bool RequestFraming::headLine(QByteArrayView line)
{
    // Anything Qt HttpServer might read differently from us is refused, so both always agree where a request ends.
    if (line.contains('\r'))
        return refuse(400, u"请求头含有多余的回车符"_s);
    if (!m_haveRequestLine) {
        // Method SP request-target SP HTTP-version, with the leniency Qt HttpServer has for repeated spaces.
        const qsizetype methodEnd = line.indexOf(' ');
        qsizetype targetStart = methodEnd;
        while (targetStart >= 0 && targetStart < line.size() && line[targetStart] == ' ')
            ++targetStart;
        const qsizetype targetEnd = methodEnd < 0 ? -1 : line.indexOf(' ', targetStart);
        qsizetype versionStart = targetEnd;
        while (versionStart >= 0 && versionStart < line.size() && line[versionStart] == ' ')
            ++versionStart;
        const QByteArrayView version = versionStart < 0 ? QByteArrayView() : line.sliced(versionStart);
        if (methodEnd <= 0 || targetEnd < 0 || version.size() != 8 || !version.startsWith("HTTP/"))
            return refuse(400, u"请求行格式错误"_s);
        m_method = line.first(methodEnd).toByteArray();
        m_target = line.sliced(targetStart, targetEnd - targetStart).toByteArray();
        m_haveRequestLine = true;
        return true;
    }
    if (line.isEmpty())
        return endOfHead();
    if (line.front() == ' ' || line.front() == '\t')
        return refuse(400, u"请求头不支持折行"_s);
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return refuse(400, u"请求头格式错误"_s);
    const QByteArrayView name = line.first(colon);
    for (char c : name)
        if (!isTokenChar(c))
            return refuse(400, u"请求头名称格式错误"_s);
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (sameName(name, "Content-Length")) {
        if (++m_contentLengths > 1)
            return refuse(400, u"请求含有多个 Content-Length"_s);
        if (value.isEmpty() || value.size() > 18)
            return refuse(value.isEmpty() ? 400 : 413, u"Content-Length 无效或过大"_s);
        for (char c : value)
            if (c < '0' || c > '9')
                return refuse(400, u"Content-Length 无效"_s);
        m_contentLength = value.toLongLong();
    } else if (sameName(name, "Transfer-Encoding")) {
        if (++m_transferEncodings > 1)
            return refuse(400, u"请求含有多个 Transfer-Encoding"_s);
        if (!value.toByteArray().toLower().contains("chunked"))
            return refuse(400, u"不支持此 Transfer-Encoding"_s);
        m_chunked = true;
    }
    return true;
}

bool RequestFraming::endOfHead()
{
    m_limit = m_limits ? m_limits(m_method, m_target) : 0;
    if (m_chunked) {
        m_state = State::ChunkSize;
        m_headBytes = 0;
        return true;
    }
    if (m_contentLength > m_limit)
        return refuse(413, u"请求体 %1 字节，超过此地址上限 %2 字节"_s.arg(m_contentLength).arg(m_limit));
    if (m_contentLength > 0) {
        m_state = State::Body;
        m_remaining = m_contentLength;
        m_headBytes = 0;
        return true;
    }
    m_headDone = true; // no body: the request ends with its head
    return true;
}

bool RequestFraming::chunkSizeLine(QByteArrayView raw)
{
    // Qt HttpServer ends a size line only at CRLF; a bare LF or CR would be read differently there.
    if (!raw.endsWith('\r'))
        return refuse(400, u"分块请求体格式错误：块大小行须以 CRLF 结尾"_s);
    QByteArrayView line = raw.chopped(1);
    if (line.contains('\r'))
        return refuse(400, u"分块请求体格式错误：多余的回车符"_s);
    if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
        line = line.first(semicolon);
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 15)
        return refuse(line.isEmpty() ? 400 : 413, u"分块请求体格式错误：块大小无效"_s);
    for (char c : line)
        if (!isHexDigit(c))
            return refuse(400, u"分块请求体格式错误：块大小无效"_s);
    const qint64 size = line.toLongLong(nullptr, 16);
    if (m_bodyBytes + size > m_limit)
        return refuse(413, u"分块请求体超过此地址上限 %1 字节"_s.arg(m_limit));
    if (size == 0) {
        m_state = State::Trailer;
        m_trailerBytes = 0;
    } else {
        m_state = State::ChunkData;
        m_remaining = size;
    }
    return true;
}

bool RequestFraming::refuse(int status, QString detail)
{
    m_heldAtRefusal = m_state == State::Head ? m_headBytes : 0;
    m_state = State::Refused;
    m_refusal = Refusal{status, std::move(detail)};
    return false;
}

void RequestFraming::startRequest()
{
    m_state = State::Head;
    m_line.clear();
    m_headBytes = 0;
    m_haveRequestLine = false;
    m_method.clear();
    m_target.clear();
    m_headDone = false;
    m_contentLengths = 0;
    m_contentLength = 0;
    m_transferEncodings = 0;
    m_chunked = false;
    m_limit = 0;
    m_bodyBytes = 0;
    m_remaining = 0;
    m_crlfSeen = 0;
    m_trailerBytes = 0;
}

} // namespace pd::server
