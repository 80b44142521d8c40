#include "server/log/LogText.h"

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

// What would let a value end its log line, rewrite what came before it on a terminal, or reorder what a reader
// sees: C0/C1 controls and DEL, the Unicode line and paragraph separators, and the bidirectional controls.
bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

} // namespace

QString logText(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (!needsEscape(c))
            out += ch;
        else if (c <= 0xff)
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace pd::server
