#include "app/editing/HtmlSourceCheck.h"

#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pd::editing {

namespace {

bool isVoid(const QString &tag)
{
    static const QSet<QString> voids{u"area"_s, u"base"_s, u"br"_s,   u"col"_s,   u"embed"_s, u"hr"_s,   u"img"_s,
                                     u"input"_s, u"link"_s, u"meta"_s, u"source"_s, u"track"_s, u"wbr"_s};
    return voids.contains(tag);
}

// Elements whose end tag HTML lets authors leave out; a missing one is not worth a warning.
bool endOptional(const QString &tag)
{
    static const QSet<QString> optional{u"li"_s, u"p"_s,  u"td"_s,    u"th"_s,    u"tr"_s,       u"thead"_s,
                                        u"tbody"_s, u"tfoot"_s, u"option"_s, u"dt"_s, u"dd"_s, u"colgroup"_s};
    return optional.contains(tag);
}

} // namespace

std::optional<HtmlSourceCheck::Problem> HtmlSourceCheck::check(QStringView html)
{
    struct Open {
        QString tag;
        int line;
    };
    QList<Open> stack;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (c != u'<') {
            ++i;
            continue;
        }
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            if (end < 0)
                return Problem{line, tr("Line %1: a comment is not closed with -->.").arg(line)};
            line += int(html.mid(i, end - i).count(u'\n'));
            i = end + 3;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        const qsizetype nextOpen = html.indexOf(u'<', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return Problem{line, tr("Line %1: a tag is not finished with >.").arg(line)};
        const QStringView inside = html.mid(i + 1, close - i - 1);
        const int tagLine = line;
        line += int(inside.count(u'\n'));
        i = close + 1;
        if (inside.startsWith(u'!') || inside.startsWith(u'?'))
            continue;
        const bool closing = inside.startsWith(u'/');
        const QStringView body = closing ? inside.mid(1) : inside;
        qsizetype k = 0;
        while (k < body.size() && (body.at(k).isLetterOrNumber() || body.at(k) == u'-'))
            ++k;
        const QString tag = body.left(k).toString().toLower();
        if (tag.isEmpty())
            return Problem{tagLine, tr("Line %1: “<” does not start a tag; write &lt; for a literal “<”.").arg(tagLine)};
        if (!closing) {
            if (!isVoid(tag) && !inside.trimmed().endsWith(u'/'))
                stack.append({tag, tagLine});
            continue;
        }
        if (isVoid(tag))
            continue;
        // Close implied end tags (</ul> closes an open <li>), then the element itself.
        qsizetype at = stack.size() - 1;
        while (at >= 0 && stack.at(at).tag != tag && endOptional(stack.at(at).tag))
            --at;
        if (at < 0 || stack.at(at).tag != tag) {
            if (!stack.isEmpty() && !endOptional(stack.constLast().tag))
                return Problem{tagLine, tr("Line %1: </%2> closes <%3> opened on line %4.")
                                            .arg(tagLine)
                                            .arg(tag, stack.constLast().tag)
                                            .arg(stack.constLast().line)};
            return Problem{tagLine, tr("Line %1: </%2> has no matching <%2>.").arg(tagLine).arg(tag)};
        }
        stack.resize(at);
    }
    for (const Open &o : std::as_const(stack))
        if (!endOptional(o.tag))
            return Problem{o.line, tr("Line %1: <%2> is never closed.").arg(o.line).arg(o.tag)};
    return std::nullopt;
}

} // namespace pd::editing
