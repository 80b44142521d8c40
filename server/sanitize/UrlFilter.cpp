#include "server/sanitize/UrlFilter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kMaxUrlLength = 4096;

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

UrlFilter::UrlFilter(const SanitizePolicy &policy)
    : m_policy(policy)
{
}

QString UrlFilter::browserNormalised(QStringView raw)
{
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && raw[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && raw[end - 1].unicode() <= 0x20)
        --end;
    QString out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = raw[i];
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        out.append(c);
    }
    return out;
}

QString UrlFilter::scheme(QStringView normalised)
{
    if (normalised.isEmpty() || !isAsciiAlpha(normalised[0]))
        return {};
    for (qsizetype i = 1; i < normalised.size(); ++i) {
        const QChar c = normalised[i];
        if (c == u':')
            return normalised.first(i).toString().toLower();
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return {};
    }
    return {};
}

std::optional<QString> UrlFilter::link(QStringView raw) const
{
    QString url = browserNormalised(raw);
    if (url.isEmpty() || url.size() > kMaxUrlLength)
        return std::nullopt;
    // Control characters have no business in a link and only serve to confuse parsers downstream.
    for (const QChar c : std::as_const(url)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return std::nullopt;
    }
    const QString s = scheme(url);
    if (!s.isEmpty()) {
        if (s != u"http"_s && s != u"https"_s && s != u"mailto"_s)
            return std::nullopt;
        if (s != u"mailto"_s) {
            const QUrl parsed(url, QUrl::StrictMode);
            if (!parsed.isValid() || parsed.host().isEmpty())
                return std::nullopt;
        }
        return url;
    }
    // Relative: browsers read '\' as '/' in http(s) URLs, so write what they will read.
    url.replace(u'\\', u'/');
    // A colon before the first '/', '?' or '#' would make some consumers see a scheme; refuse the ambiguity.
    const qsizetype colon = url.indexOf(u':');
    if (colon >= 0) {
        qsizetype firstDelimiter = url.size();
        for (const QChar d : {u'/', u'?', u'#'}) {
            const qsizetype at = url.indexOf(d);
            if (at >= 0)
                firstDelimiter = std::min(firstDelimiter, at);
        }
        if (colon < firstDelimiter)
            return std::nullopt;
    }
    return url;
}

std::optional<QString> UrlFilter::imageSource(QStringView raw) const
{
    const QString url = browserNormalised(raw);
    if (url.isEmpty() || url.size() > kMaxUrlLength || url.contains(u'\\'))
        return std::nullopt;
    for (const QChar c : url) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return std::nullopt;
    }
    const QString decoded = QUrl::fromPercentEncoding(url.toUtf8());
    if (decoded.contains(u".."_s) || decoded.contains(u'\\'))
        return std::nullopt;
    for (const QString &prefix : m_policy.mediaPrefixes) {
        if (prefix.isEmpty() || !url.startsWith(prefix))
            continue;
        // "/media/" must not become "//host" (protocol-relative) through the rest of the URL.
        if (url.startsWith(u"//"_s) && !prefix.startsWith(u"//"_s))
            return std::nullopt;
        return url;
    }
    return std::nullopt;
}

bool UrlFilter::isExternal(QStringView cleaned) const
{
    const QString s = scheme(cleaned);
    if (s == u"mailto"_s)
        return false;
    QString host;
    if (s.isEmpty()) {
        if (!cleaned.startsWith(u"//"_s))
            return false; // path-relative or root-relative: the site itself
        host = QUrl(u"http:"_s + cleaned.toString()).host();
    } else {
        host = QUrl(cleaned.toString()).host();
    }
    host = host.toLower();
    for (const QString &own : m_policy.siteHosts) {
        if (host == own.toLower())
            return false;
    }
    return true;
}

} // namespace pd::server
