#include "app/checks/HtmlTag.h"

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'_';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

} // namespace

const HtmlTag::Attribute *HtmlTag::attribute(QStringView attributeName) const
{
    for (const Attribute &a : attributes) {
        if (a.name == attributeName)
            return &a;
    }
    return nullptr;
}

QList<HtmlTag> HtmlTag::scan(QStringView html)
{
    QList<HtmlTag> tags;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0 || lt + 1 >= n)
            break;
        if (html.sliced(lt).startsWith(u"<!--")) {
            const qsizetype close = html.indexOf(u"-->", lt + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const QChar next = html.at(lt + 1);
        if (next == u'!' || next == u'?') {
            const qsizetype gt = html.indexOf(u'>', lt);
            i = gt < 0 ? n : gt + 1;
            continue;
        }
        HtmlTag tag;
        tag.start = lt;
        tag.closing = next == u'/';
        qsizetype j = tag.closing ? lt + 2 : lt + 1;
        if (j >= n || !isAsciiLetter(html.at(j))) {
            i = lt + 1; // a literal '<'
            continue;
        }
        const qsizetype nameStart = j;
        while (j < n && isNameChar(html.at(j)))
            ++j;
        tag.name = html.sliced(nameStart, j - nameStart).toString().toLower();

        while (j < n && html.at(j) != u'>') {
            if (isSpace(html.at(j)) || html.at(j) == u'/') {
                ++j;
                continue;
            }
            Attribute a;
            const qsizetype attrStart = j;
            while (j < n && !isSpace(html.at(j)) && html.at(j) != u'=' && html.at(j) != u'>' && html.at(j) != u'/')
                ++j;
            a.name = html.sliced(attrStart, j - attrStart).toString().toLower();
            qsizetype k = j;
            while (k < n && isSpace(html.at(k)))
                ++k;
            if (k < n && html.at(k) == u'=') {
                j = k + 1;
                while (j < n && isSpace(html.at(j)))
                    ++j;
                if (j < n && (html.at(j) == u'"' || html.at(j) == u'\'')) {
                    const QChar quote = html.at(j);
                    a.valueStart = j + 1;
                    qsizetype close = html.indexOf(quote, a.valueStart);
                    if (close < 0)
                        close = n;
                    a.value = html.sliced(a.valueStart, close - a.valueStart).toString();
                    j = std::min(n, close + 1);
                } else {
                    a.valueStart = j;
                    while (j < n && !isSpace(html.at(j)) && html.at(j) != u'>')
                        ++j;
                    a.value = html.sliced(a.valueStart, j - a.valueStart).toString();
                }
            }
            if (!a.name.isEmpty())
                tag.attributes.append(std::move(a));
        }
        tag.end = j < n ? j + 1 : n;
        i = tag.end;
        const bool raw = !tag.closing && (tag.name == u"script" || tag.name == u"style");
        const QString rawName = tag.name;
        tags.append(std::move(tag));
        if (raw) {
            const qsizetype close = html.indexOf(u"</"_s + rawName, i, Qt::CaseInsensitive);
            i = close < 0 ? n : close;
        }
    }
    return tags;
}

} // namespace pd::checks
