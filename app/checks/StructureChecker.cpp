#include "app/checks/StructureChecker.h"

#include "app/checks/HtmlTag.h"
#include "app/checks/HtmlText.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

// Markup shown in an excerpt is cut here; a long tag is mostly attributes nobody needs to read.
constexpr qsizetype kExcerptLength = 60;

QString translated(const char *text)
{
    return QCoreApplication::translate("pd::checks", text);
}

QString excerptOf(QStringView html, qsizetype start, qsizetype length)
{
    if (length <= kExcerptLength)
        return html.sliced(start, length).toString();
    return html.sliced(start, kExcerptLength).toString() + u'…';
}

Finding finding(const QString &ruleId, const QString &field, QStringView html, qsizetype start, qsizetype length,
                QString message)
{
    Finding f;
    f.ruleId = ruleId;
    f.kind = RuleKind::Structure;
    f.severity = Severity::Warn;
    f.field = field;
    f.start = start;
    f.length = length;
    f.excerpt = excerptOf(html, start, length);
    f.message = std::move(message);
    return f;
}

bool isBlank(const QString &text)
{
    return std::ranges::all_of(text, [](QChar c) { return c.isSpace() || c == u'\u00A0' || c == u'\u3000'; });
}

// The scheme of an absolute URL, lower-case; empty for a relative one.
QString schemeOf(QStringView url)
{
    const QStringView u = url.trimmed();
    if (u.isEmpty() || !((u.at(0) >= u'a' && u.at(0) <= u'z') || (u.at(0) >= u'A' && u.at(0) <= u'Z')))
        return {};
    for (qsizetype i = 1; i < u.size(); ++i) {
        const QChar c = u.at(i);
        if (c == u':')
            return u.first(i).toString().toLower();
        const bool schemeChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'-' || c == u'.';
        if (!schemeChar)
            return {};
    }
    return {};
}

bool isHeading(const QString &name)
{
    return name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6';
}

} // namespace

StructureChecker::StructureChecker(qsizetype maxTitleLength)
    : m_maxTitleLength(maxTitleLength)
{
}

QList<Finding> StructureChecker::checkHtml(QStringView html, QString field) const
{
    QList<Finding> findings;
    const QList<HtmlTag> tags = HtmlTag::scan(html);
    for (qsizetype t = 0; t < tags.size(); ++t) {
        const HtmlTag &tag = tags.at(t);
        if (tag.closing)
            continue;
        if (tag.name == u"img") {
            const HtmlTag::Attribute *alt = tag.attribute(u"alt");
            if (!alt || isBlank(HtmlText::fromHtml(alt->value).text())) // the value may hold &nbsp;
                findings.append(finding(u"structure.image-alt"_s, field, html, tag.start, tag.end - tag.start,
                    translated(QT_TRANSLATE_NOOP("pd::checks", "The image has no alt text; describe it for readers "
                                                               "who cannot see it (GB/T 37668)."))));
        } else if (tag.name == u"a") {
            const HtmlTag::Attribute *href = tag.attribute(u"href");
            if (!href || href->valueStart < 0)
                continue;
            const QString scheme = schemeOf(href->value);
            if (!scheme.isEmpty() && scheme != u"http" && scheme != u"https" && scheme != u"mailto")
                findings.append(finding(u"structure.link-scheme"_s, field, html, href->valueStart, href->value.size(),
                    translated(QT_TRANSLATE_NOOP("pd::checks", "Only http, https and mailto links are kept on the "
                                                               "portal; this link will be removed."))));
        } else if (isHeading(tag.name)) {
            // The heading's content runs to its end tag (or to the end when it is never closed).
            const auto close = std::find_if(tags.begin() + t + 1, tags.end(), [&](const HtmlTag &c) {
                return c.closing && c.name == tag.name;
            });
            const qsizetype contentEnd = close == tags.end() ? html.size() : close->start;
            const qsizetype end = close == tags.end() ? html.size() : close->end;
            const HtmlText content = HtmlText::fromHtml(html.sliced(tag.end, contentEnd - tag.end));
            const bool hasImage = std::any_of(tags.begin() + t + 1, close, [](const HtmlTag &c) {
                return c.name == u"img";
            });
            if (isBlank(content.text()) && !hasImage)
                findings.append(finding(u"structure.empty-heading"_s, field, html, tag.start, end - tag.start,
                    translated(QT_TRANSLATE_NOOP("pd::checks", "The heading is empty; screen readers announce it "
                                                               "anyway. Remove it or give it text."))));
        }
    }
    return findings;
}

QList<Finding> StructureChecker::checkTitle(QStringView title, QString field) const
{
    const qsizetype characters = title.toString().toUcs4().size();
    if (characters <= m_maxTitleLength)
        return {};
    Finding f = finding(u"structure.title-length"_s, field, title, 0, title.size(),
        translated(QT_TRANSLATE_NOOP("pd::checks", "The title has %1 characters; keep it within %2."))
            .arg(characters)
            .arg(m_maxTitleLength));
    f.excerpt = title.toString();
    return {f};
}

QList<StructureChecker::Link> StructureChecker::httpLinks(QStringView html)
{
    QList<Link> links;
    for (const HtmlTag &tag : HtmlTag::scan(html)) {
        if (tag.closing)
            continue;
        for (const HtmlTag::Attribute &a : tag.attributes) {
            if ((a.name != u"href" && a.name != u"src") || a.valueStart < 0)
                continue;
            const QString scheme = schemeOf(a.value);
            if (scheme == u"http" || scheme == u"https")
                links.append(Link{a.value.trimmed(), a.valueStart, a.value.size()});
        }
    }
    return links;
}

} // namespace pd::checks
