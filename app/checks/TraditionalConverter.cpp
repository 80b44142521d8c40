#include "app/checks/TraditionalConverter.h"

#include "app/checks/ChecksLog.h"
#include "app/domain/CodeTable.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cstdint>
#include <opencc/opencc.h>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

// The variant's code is the name of its OpenCC configuration.
constexpr domain::CodeTable<TraditionalConverter::Variant, 4> kVariants{{{
    {TraditionalConverter::Variant::Traditional, u"s2t"},
    {TraditionalConverter::Variant::Taiwan, u"s2tw"},
    {TraditionalConverter::Variant::TaiwanPhrases, u"s2twp"},
    {TraditionalConverter::Variant::HongKong, u"s2hk"},
}}};
static_assert(kVariants.isOneToOne());

// Elements whose content is code, not text.
constexpr std::array<QStringView, 3> kRawContent{u"script", u"style", u"template"};

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

struct TraditionalConverter::Handle {
    opencc_t od = nullptr;
    ~Handle()
    {
        if (od)
            opencc_close(od);
    }
};

QString TraditionalConverter::variantCode(Variant variant)
{
    return kVariants.code(variant);
}

std::optional<TraditionalConverter::Variant> TraditionalConverter::variantFromCode(QStringView code)
{
    return kVariants.fromCode(code);
}

Result<TraditionalConverter> TraditionalConverter::create(Variant variant)
{
    const QByteArray config = (variantCode(variant) + u".json"_s).toUtf8();
    const opencc_t od = opencc_open(config.constData());
    if (od == reinterpret_cast<opencc_t>(std::intptr_t(-1))) {
        qCWarning(lcChecks) << "OpenCC cannot load" << config << opencc_error();
        return fail(ErrorCode::Storage,
                    QCoreApplication::translate("pd::checks", "The Traditional Chinese conversion data is missing."));
    }
    auto handle = std::make_unique<Handle>();
    handle->od = od;
    return TraditionalConverter(variant, std::move(handle));
}

TraditionalConverter::TraditionalConverter(Variant variant, std::unique_ptr<Handle> handle)
    : m_variant(variant)
    , m_handle(std::move(handle))
{
}

TraditionalConverter::~TraditionalConverter() = default;
TraditionalConverter::TraditionalConverter(TraditionalConverter &&) noexcept = default;
TraditionalConverter &TraditionalConverter::operator=(TraditionalConverter &&) noexcept = default;

QString TraditionalConverter::convert(QStringView text) const
{
    // Pure ASCII (markup fragments, numbers, URLs) has nothing to convert; skip the round trip through UTF-8.
    if (std::ranges::all_of(text, [](QChar c) { return c.unicode() < 0x80; }))
        return text.toString();
    const QByteArray in = text.toUtf8();
    char *out = opencc_convert_utf8(m_handle->od, in.constData(), size_t(in.size()));
    if (!out) {
        qCWarning(lcChecks) << "OpenCC conversion failed:" << opencc_error();
        return text.toString();
    }
    QString result = QString::fromUtf8(out);
    opencc_convert_utf8_free(out);
    return result;
}

QStringList TraditionalConverter::convertAll(const QStringList &texts) const
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out.append(convert(t));
    return out;
}

domain::Item TraditionalConverter::convertItem(domain::Item item) const
{
    item.title = convert(item.title);
    item.subtitle = convert(item.subtitle);
    item.summary = convert(item.summary);
    item.bodyHtml = convertHtml(item.bodyHtml);
    item.source = convert(item.source);
    item.author = convert(item.author);
    item.responsibleEditor = convert(item.responsibleEditor);
    item.reviewer = convert(item.reviewer);
    item.proofreader = convert(item.proofreader);
    item.keywords = convertAll(item.keywords);
    for (domain::ItemAttachment &a : item.attachments)
        a.title = convert(a.title);
    if (item.feature) {
        for (domain::ItemFeatureSection &s : item.feature->sections)
            s.title = convert(s.title);
    }
    if (item.disclosure) {
        domain::DisclosureMeta &d = *item.disclosure;
        d.publisher = convert(d.publisher);
        d.docNo = convert(d.docNo);
        d.abstract = convert(d.abstract);
        d.modeReason = convert(d.modeReason);
        d.keywords = convertAll(d.keywords);
    }
    return item;
}

QString TraditionalConverter::convertHtml(QStringView html) const
{
    QString out;
    out.reserve(html.size());
    qsizetype textStart = 0;
    const auto flushText = [&](qsizetype end) {
        if (end > textStart)
            out += convert(html.sliced(textStart, end - textStart));
    };

    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        if (html.at(i) != u'<' || i + 1 >= n) {
            ++i;
            continue;
        }
        if (html.sliced(i).startsWith(u"<!--")) {
            flushText(i);
            const qsizetype close = html.indexOf(u"-->", i + 4);
            const qsizetype end = close < 0 ? n : close + 3;
            out += html.sliced(i, end - i);
            i = textStart = end;
            continue;
        }
        const bool closing = html.at(i + 1) == u'/';
        const qsizetype nameStart = closing ? i + 2 : i + 1;
        const bool declaration = html.at(i + 1) == u'!' || html.at(i + 1) == u'?';
        if (!declaration && (nameStart >= n || !isAsciiLetter(html.at(nameStart)))) {
            ++i; // a literal '<' in text
            continue;
        }
        flushText(i);
        qsizetype j = nameStart;
        while (j < n && isNameChar(html.at(j)))
            ++j;
        const QStringView name = html.sliced(nameStart, j - nameStart);
        out += html.sliced(i, j - i);

        // Attributes: copy everything, converting the values of alt and title.
        while (j < n && html.at(j) != u'>') {
            if (isSpace(html.at(j)) || html.at(j) == u'/') {
                out += html.at(j++);
                continue;
            }
            const qsizetype attrStart = j;
            while (j < n && !isSpace(html.at(j)) && html.at(j) != u'=' && html.at(j) != u'>')
                ++j;
            const QStringView attr = html.sliced(attrStart, j - attrStart);
            out += attr;
            if (j >= n || html.at(j) != u'=')
                continue;
            out += html.at(j++);
            const bool convertValue = attr.compare(u"alt", Qt::CaseInsensitive) == 0
                || attr.compare(u"title", Qt::CaseInsensitive) == 0;
            qsizetype valueStart = j;
            qsizetype valueEnd = j;
            if (j < n && (html.at(j) == u'"' || html.at(j) == u'\'')) {
                const QChar quote = html.at(j);
                out += quote;
                valueStart = j + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0)
                    valueEnd = n;
                j = std::min(n, valueEnd + 1);
            } else {
                while (valueEnd < n && !isSpace(html.at(valueEnd)) && html.at(valueEnd) != u'>')
                    ++valueEnd;
                j = valueEnd;
            }
            const QStringView value = html.sliced(valueStart, valueEnd - valueStart);
            out += convertValue ? convert(value) : value.toString();
            if (valueEnd < j)
                out += html.at(valueEnd); // the closing quote
        }
        if (j < n)
            out += html.at(j++); // '>'
        i = textStart = j;

        if (!closing && !declaration) {
            for (QStringView raw : kRawContent) {
                if (raw.compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                const QString endTag = u"</"_s + name.toString();
                const qsizetype close = html.indexOf(endTag, i, Qt::CaseInsensitive);
                const qsizetype end = close < 0 ? n : close;
                out += html.sliced(i, end - i);
                i = textStart = end;
            }
        }
    }
    flushText(n);
    return out;
}

} // namespace pd::checks
