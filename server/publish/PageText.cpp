#include "server/publish/PageText.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace pd::server {

QTimeZone PageText::beijing()
{
    return QTimeZone::fromSecondsAheadOfUtc(8 * 3600);
}

QString PageText::date(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(beijing()).toString(u"yyyy-MM-dd"_s) : QString();
}

QString PageText::dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(beijing()).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString PageText::iso(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(beijing()).toString(Qt::ISODate) : QString();
}

QString PageText::columnTypeName(domain::ColumnKind kind)
{
    using domain::ColumnKind;
    switch (kind) {
    case ColumnKind::News: return u"新闻动态"_s;
    case ColumnKind::Notice: return u"通知公告"_s;
    case ColumnKind::Policy: return u"政策文件"_s;
    case ColumnKind::Feature: return u"专题专栏"_s;
    case ColumnKind::Disclosure: return u"政府信息公开"_s;
    case ColumnKind::Live: return u"网络直播"_s;
    }
    return {};
}

QString PageText::liveStateName(const QString &state)
{
    if (state == u"scheduled") return u"预告"_s;
    if (state == u"live") return u"直播中"_s;
    if (state == u"paused") return u"暂停"_s;
    if (state == u"ended") return u"已结束"_s;
    return state;
}

QVariantList PageText::paragraphs(const QString &text)
{
    QVariantList out;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

QString PageText::firstImage(const QString &html)
{
    static const QRegularExpression img(uR"re(<img\b[^>]*\bsrc\s*=\s*"([^"]+)")re"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = img.match(html);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString PageText::plainSnippet(const QString &html, qsizetype length)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.replace(tags, u" "_s);
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    text = text.simplified();
    return text.size() > length ? text.left(length) + u'…' : text;
}

QString PageText::normaliseBody(const QString &html, const QString &fallbackAlt)
{
    static const QRegularExpression heading(u"<(/?)h([1-6])\\b"_s, QRegularExpression::CaseInsensitiveOption);
    // Levels used by the body, mapped in order onto h2, h3, …: the page's own h1 is the title.
    std::set<int> used;
    for (auto it = heading.globalMatch(html); it.hasNext();)
        used.insert(it.next().captured(2).toInt());
    QHash<int, int> mapped;
    int next = 2;
    for (const int level : used)
        mapped.insert(level, std::min(6, next++));

    QString out;
    out.reserve(html.size() + 64);
    qsizetype last = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += u'<' + m.captured(1) + u'h' + QString::number(mapped.value(m.captured(2).toInt(), 2));
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);

    static const QRegularExpression img(u"<img\\b([^>]*)>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hasAlt(u"\\balt\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    QString withAlt;
    withAlt.reserve(out.size());
    last = 0;
    for (auto it = img.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        withAlt += QStringView(out).mid(last, m.capturedStart() - last);
        if (hasAlt.match(m.captured(1)).hasMatch()) {
            withAlt += m.captured(0);
        } else {
            QString attrs = m.captured(1);
            const bool selfClosing = attrs.endsWith(u'/');
            if (selfClosing)
                attrs.chop(1);
            withAlt += u"<img"_s + attrs + u" alt=\""_s + fallbackAlt.toHtmlEscaped() + u'"'
                       + (selfClosing ? u" />"_s : u">"_s);
        }
        last = m.capturedEnd();
    }
    withAlt += QStringView(out).mid(last);
    return withAlt;
}

} // namespace pd::server
