// libFuzzer target: HtmlSanitizer on arbitrary bytes. Besides memory errors it checks the sanitiser's promises:
// every tag in the output (and in the output sanitised again) is allow-listed, with allow-listed, quoted
// attributes, no script URLs and images only from /media/.
#include "server/sanitize/HtmlSanitizer.h"
#include "server/sanitize/UrlFilter.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using pd::server::UrlFilter;

namespace {

[[noreturn]] void violated(const char *what, const QString &input, const QString &output)
{
    // fwrite, not %s: the strings may hold NUL characters.
    const QByteArray report = "sanitiser invariant violated: "_ba + what + "\ninput:  "_ba + input.toUtf8()
        + "\noutput: "_ba + output.toUtf8() + '\n';
    std::fwrite(report.constData(), 1, size_t(report.size()), stderr);
    std::abort();
}

/// Text is escaped, so every '<' in the output opens a tag the sanitiser wrote: check each tag's name and
/// attributes literally. A browser's re-parse may move elements about, but cannot turn text into markup.
void checkTags(const QString &input, const QString &out)
{
    static const QStringList elements = {
        u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"p"_s, u"div"_s, u"ul"_s, u"ol"_s, u"li"_s, u"dl"_s,
        u"dt"_s, u"dd"_s, u"table"_s, u"caption"_s, u"thead"_s, u"tbody"_s, u"tfoot"_s, u"tr"_s, u"th"_s, u"td"_s,
        u"a"_s, u"img"_s, u"figure"_s, u"figcaption"_s, u"strong"_s, u"em"_s, u"b"_s, u"i"_s, u"u"_s, u"sub"_s,
        u"sup"_s, u"br"_s, u"hr"_s, u"blockquote"_s, u"span"_s, u"pre"_s, u"code"_s};
    static const QStringList attributes = {u"class"_s, u"title"_s, u"lang"_s, u"dir"_s, u"align"_s, u"href"_s,
                                           u"target"_s, u"rel"_s, u"src"_s, u"alt"_s, u"width"_s, u"height"_s,
                                           u"colspan"_s, u"rowspan"_s, u"scope"_s, u"start"_s, u"type"_s,
                                           u"reversed"_s, u"value"_s, u"cite"_s};
    qsizetype at = 0;
    while ((at = out.indexOf(u'<', at)) >= 0) {
        qsizetype i = at + 1;
        if (i < out.size() && out[i] == u'/')
            ++i;
        const qsizetype nameStart = i;
        while (i < out.size() && out[i] != u' ' && out[i] != u'>')
            ++i;
        if (!elements.contains(out.sliced(nameStart, i - nameStart)))
            violated("element outside the allow-list", input, out);
        while (i < out.size() && out[i] == u' ') {
            ++i;
            const qsizetype attrStart = i;
            while (i < out.size() && out[i] != u'=' && out[i] != u' ' && out[i] != u'>')
                ++i;
            const QString attr = out.sliced(attrStart, i - attrStart);
            if (!attributes.contains(attr))
                violated("attribute outside the allow-list", input, out);
            if (i < out.size() && out[i] == u'=') {
                if (i + 1 >= out.size() || out[i + 1] != u'"')
                    violated("unquoted attribute value", input, out);
                const qsizetype close = out.indexOf(u'"', i + 2);
                if (close < 0)
                    violated("unterminated attribute value", input, out);
                const QString value = out.sliced(i + 2, close - i - 2);
                if (value.contains(u'<'))
                    violated("unescaped '<' in attribute", input, out);
                if (attr == u"href"_s || attr == u"src"_s || attr == u"cite"_s) {
                    // Values are entity-escaped only for & " < >; a scheme would be readable as is.
                    const QString scheme = UrlFilter::scheme(UrlFilter::browserNormalised(value));
                    if (!scheme.isEmpty() && scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
                        violated("URL with a forbidden scheme", input, out);
                }
                if (attr == u"src"_s && !value.startsWith(u"/media/"_s))
                    violated("image from outside the site's media", input, out);
                i = close + 1;
            }
        }
        if (i >= out.size() || out[i] != u'>')
            violated("malformed tag", input, out);
        at = i;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const pd::server::HtmlSanitizer sanitizer;
    const auto once = sanitizer.sanitize(input);
    if (!once)
        return 0; // refused for size or nesting: fine
    checkTags(input, *once);
    // Stored HTML is sanitised again whenever it is edited: the second pass must be accepted and just as clean.
    // (Not necessarily identical: unwrapping e.g. <font> inside <h2><h2> lets the parser restructure.)
    const auto twice = sanitizer.sanitize(*once);
    if (!twice)
        violated("output refused on second pass", input, *once);
    checkTags(input, *twice);
    return 0;
}
