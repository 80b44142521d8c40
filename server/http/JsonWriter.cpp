#include "server/http/JsonWriter.h"

#include "app/domain/IsoTime.h"

namespace pd::server {

namespace {

constexpr char kHex[] = "0123456789abcdef";

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size()); // our own keys: plain ASCII, nothing to escape
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(QStringView text)
{
    separate();
    string(text);
}

void JsonWriter::value(const QDateTime &moment)
{
    if (!moment.isValid())
        return null();
    value(domain::IsoTime::format(moment));
}

void JsonWriter::value(const QList<qint64> &numbers)
{
    beginArray();
    for (const qint64 n : numbers)
        value(n);
    endArray();
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::string(QStringView text)
{
    // UTF-16 to UTF-8 with JSON's escapes in one pass; a lone surrogate becomes U+FFFD, as QJsonDocument writes it.
    m_out.append('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            switch (c) {
            case '"': m_out.append("\\\"", 2); break;
            case '\\': m_out.append("\\\\", 2); break;
            case '\n': m_out.append("\\n", 2); break;
            case '\r': m_out.append("\\r", 2); break;
            case '\t': m_out.append("\\t", 2); break;
            case '\b': m_out.append("\\b", 2); break;
            case '\f': m_out.append("\\f", 2); break;
            default:
                if (c < 0x20) {
                    const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
                    m_out.append(escaped, sizeof escaped);
                } else {
                    m_out.append(char(c));
                }
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode()))
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        else if (QChar::isSurrogate(c))
            c = QChar::ReplacementCharacter;
        char bytes[4];
        qsizetype length = 0;
        if (c < 0x800) {
            bytes[length++] = char(0xc0 | (c >> 6));
        } else if (c < 0x10000) {
            bytes[length++] = char(0xe0 | (c >> 12));
            bytes[length++] = char(0x80 | ((c >> 6) & 0x3f));
        } else {
            bytes[length++] = char(0xf0 | (c >> 18));
            bytes[length++] = char(0x80 | ((c >> 12) & 0x3f));
            bytes[length++] = char(0x80 | ((c >> 6) & 0x3f));
        }
        bytes[length++] = char(0x80 | (c & 0x3f));
        m_out.append(bytes, length);
    }
    m_out.append('"');
}

} // namespace pd::server
