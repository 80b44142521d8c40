#include "app/checks/HtmlText.h"

#include <array>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

struct NamedEntity {
    QStringView name;
    char16_t value;
};

// The entities editors and Word paste actually produce; an unknown one stays literal text.
constexpr std::array<NamedEntity, 30> kEntities{{
    {u"amp", u'&'},       {u"lt", u'<'},        {u"gt", u'>'},        {u"quot", u'"'},
    {u"apos", u'\''},     {u"nbsp", 0x00A0},    {u"ensp", 0x2002},    {u"emsp", 0x2003},
    {u"thinsp", 0x2009},  {u"ldquo", 0x201C},   {u"rdquo", 0x201D},   {u"lsquo", 0x2018},
    {u"rsquo", 0x2019},   {u"mdash", 0x2014},   {u"ndash", 0x2013},   {u"hellip", 0x2026},
    {u"middot", 0x00B7},  {u"bull", 0x2022},    {u"times", 0x00D7},   {u"divide", 0x00F7},
    {u"deg", 0x00B0},     {u"plusmn", 0x00B1},  {u"yen", 0x00A5},     {u"copy", 0x00A9},
    {u"reg", 0x00AE},     {u"trade", 0x2122},   {u"laquo", 0x00AB},   {u"raquo", 0x00BB},
    {u"permil", 0x2030},  {u"sect", 0x00A7},
}};

// Tags that end a line of text when rendered: a phrase cannot continue across them.
constexpr std::array<QStringView, 36> kBreakingTags{
    u"p",       u"div",     u"br",     u"li",         u"ul",      u"ol",     u"h1",      u"h2",    u"h3",
    u"h4",      u"h5",      u"h6",     u"table",      u"tr",      u"td",     u"th",      u"thead", u"tbody",
    u"tfoot",   u"caption", u"blockquote", u"figure", u"figcaption", u"section", u"article", u"header", u"footer",
    u"hr",      u"pre",     u"dl",     u"dt",         u"dd",      u"img",    u"nav",     u"aside", u"main",
};

// Elements whose content is not text a reader sees.
constexpr std::array<QStringView, 5> kHiddenContent{u"script", u"style", u"template", u"noscript", u"textarea"};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isTagNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':';
}

template <size_t N>
bool containsName(const std::array<QStringView, N> &names, QStringView name)
{
    for (QStringView n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Index just past the '>' closing a tag that starts at `from`, honouring quoted attribute values.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return html.size();
}

// Decodes the entity at html[i] == '&'; returns the code point and sets `end`, or 0 when it is not one.
char32_t decodeEntity(QStringView html, qsizetype i, qsizetype &end)
{
    const qsizetype semi = html.indexOf(u';', i + 1);
    if (semi < 0 || semi - i > 12)
        return 0;
    const QStringView body = html.sliced(i + 1, semi - i - 1);
    end = semi + 1;
    if (body.startsWith(u'#')) {
        bool ok = false;
        const bool hex = body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X');
        const uint value = hex ? body.sliced(2).toUInt(&ok, 16) : body.sliced(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return 0;
        return char32_t(value);
    }
    for (const NamedEntity &e : kEntities) {
        if (e.name == body)
            return e.value;
    }
    return 0;
}

} // namespace

void HtmlText::append(QChar c, qsizetype htmlStart, qsizetype htmlEnd)
{
    m_text.append(c);
    m_start.append(htmlStart);
    m_end.append(htmlEnd);
}

HtmlText HtmlText::fromHtml(QStringView html)
{
    HtmlText t;
    t.m_text.reserve(html.size());
    t.m_start.reserve(html.size());
    t.m_end.reserve(html.size());

    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<' && i + 1 < n) {
            const QChar next = html.at(i + 1);
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype close = html.indexOf(u"-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (next == u'!' || next == u'?') { // doctype, CDATA, processing instruction
                i = tagEnd(html, i + 2);
                continue;
            }
            const bool closing = next == u'/';
            const qsizetype nameStart = closing ? i + 2 : i + 1;
            if (nameStart < n && isAsciiLetter(html.at(nameStart))) {
                qsizetype nameEnd = nameStart;
                while (nameEnd < n && isTagNameChar(html.at(nameEnd)))
                    ++nameEnd;
                const QStringView name = html.sliced(nameStart, nameEnd - nameStart);
                const qsizetype end = tagEnd(html, nameEnd);
                if (containsName(kBreakingTags, name))
                    t.append(QChar(u'\n'), i, i); // zero-width in the HTML: nothing there to highlight
                if (!closing && containsName(kHiddenContent, name)) {
                    // Skip to the matching end tag; its content is never rendered as text.
                    const QString endTag = u"</"_s + name.toString();
                    const qsizetype close = html.indexOf(endTag, end, Qt::CaseInsensitive);
                    i = close < 0 ? n : tagEnd(html, close + endTag.size());
                    continue;
                }
                i = end;
                continue;
            }
            // A '<' that starts no tag ("a < b") is text.
        }
        if (c == u'&') {
            qsizetype end = i;
            const char32_t cp = decodeEntity(html, i, end);
            if (cp != 0) {
                if (QChar::requiresSurrogates(cp)) {
                    t.append(QChar(QChar::highSurrogate(cp)), i, end);
                    t.append(QChar(QChar::lowSurrogate(cp)), i, end);
                } else {
                    t.append(QChar(char16_t(cp)), i, end);
                }
                i = end;
                continue;
            }
        }
        t.append(c, i, i + 1);
        ++i;
    }
    return t;
}

std::pair<qsizetype, qsizetype> HtmlText::htmlRange(qsizetype start, qsizetype length) const
{
    if (length <= 0 || start < 0 || start + length > m_text.size())
        return {0, 0};
    return {m_start.at(start), m_end.at(start + length - 1)};
}

} // namespace pd::checks
