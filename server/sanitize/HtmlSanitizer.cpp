#include "server/sanitize/HtmlSanitizer.h"

#include "server/sanitize/SanitizeLog.h"
#include "server/sanitize/UrlFilter.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

/// Beyond this real tree depth the walker stops emitting elements and keeps only text, so recursion stays bounded
/// even if the nesting estimate was fooled.
constexpr int kMaxEmitDepth = 600;
/// How far down the open-element stack an end tag may match in the estimate (tolerates <b><i></b></i>).
constexpr int kEndTagReach = 8;

enum class Action { Keep, Unwrap, Drop };

struct TagRule {
    Action action = Action::Unwrap;
    const char *name = nullptr; // the element written out (lower case); some are renamed, e.g. <section> -> <div>
};

TagRule ruleFor(const GumboElement &e)
{
    // Foreign content (SVG, MathML) is where mutation XSS lives: drop it whole.
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML)
        return {Action::Drop, nullptr};
    switch (e.tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TH: case GUMBO_TAG_TD:
    case GUMBO_TAG_A: case GUMBO_TAG_IMG: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_EM: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_U:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_PRE: case GUMBO_TAG_CODE:
        return {Action::Keep, gumbo_normalized_tagname(e.tag)};
    // Sectioning elements keep their block break as a plain <div>.
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_SEARCH:
        return {Action::Keep, "div"};
    case GUMBO_TAG_LISTING:
        return {Action::Keep, "pre"};
    // Anything that runs code, loads other documents, submits data, or hides markup from the parser.
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_OUTPUT: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_ISINDEX: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_PICTURE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_MAP: case GUMBO_TAG_AREA: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_DIALOG: case GUMBO_TAG_PROGRESS: case GUMBO_TAG_METER:
    case GUMBO_TAG_FOREIGNOBJECT: case GUMBO_TAG_DESC: case GUMBO_TAG_ANNOTATION_XML: case GUMBO_TAG_MGLYPH:
    case GUMBO_TAG_MALIGNMARK: case GUMBO_TAG_NEXTID: case GUMBO_TAG_SPACER:
        return {Action::Drop, nullptr};
    default:
        // Harmless inline or unknown markup (font, small, del, Word's <o:p>, custom elements): keep the text.
        return {Action::Unwrap, nullptr};
    }
}

bool isVoid(const char *name)
{
    return qstrcmp(name, "br") == 0 || qstrcmp(name, "hr") == 0 || qstrcmp(name, "img") == 0;
}

/// Drops characters a browser's input stream would not keep as they are: C0/C1 controls other than tab, line
/// feed and form feed (CR becomes LF on reparse, the rest U+FFFD) and Unicode noncharacters. Character references
/// can smuggle all of them in (`&#x02;`); left in, the output would not survive its own re-parse unchanged.
QString withoutControls(QString text)
{
    qsizetype w = 0;
    for (qsizetype r = 0; r < text.size(); ++r) {
        const char32_t c = text[r].unicode();
        if (QChar::isHighSurrogate(c) && r + 1 < text.size() && text[r + 1].isLowSurrogate()) {
            const char32_t full = QChar::surrogateToUcs4(text[r], text[r + 1]);
            if ((full & 0xFFFE) != 0xFFFE) {
                text[w++] = text[r];
                text[w++] = text[r + 1];
            }
            ++r;
            continue;
        }
        const bool control = (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\f') || (c >= 0x7F && c <= 0x9F);
        const bool nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
        if (control || nonCharacter || QChar::isSurrogate(c))
            continue;
        text[w++] = text[r];
    }
    text.truncate(w);
    return text;
}

void appendEscapedText(QByteArray &out, const char *raw)
{
    const QByteArray utf8 = withoutControls(QString::fromUtf8(raw)).toUtf8();
    for (const char *p = utf8.constData(); *p; ++p) {
        switch (*p) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '\xc2':
            if (p[1] == '\xa0') { // U+00A0: keep it visible in the source, as editors do
                out.append("&nbsp;");
                ++p;
            } else {
                out.append(*p);
            }
            break;
        default: out.append(*p);
        }
    }
}

void appendEscapedAttribute(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = withoutControls(value).toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '&': out.append("&amp;"); break;
        case '"': out.append("&quot;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '\0': break;
        default: out.append(c);
        }
    }
}

std::optional<int> boundedInt(const QString &value, int min, int max)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

bool isLanguageTag(const QString &value)
{
    if (value.isEmpty() || value.size() > 35)
        return false;
    for (const QChar c : value) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-')
            return false;
    }
    return true;
}

/// Walks gumbo's tree and writes the allowed subset; one instance per call.
class Serializer
{
public:
    explicit Serializer(const SanitizePolicy &policy)
        : m_policy(policy)
        , m_urls(policy)
    {
    }

    void children(const GumboVector &nodes, int depth)
    {
        for (unsigned i = 0; i < nodes.length; ++i)
            node(static_cast<const GumboNode *>(nodes.data[i]), depth);
    }

    QByteArray take() { return std::move(m_out); }

private:
    using Attributes = QList<std::pair<QByteArray, QString>>;

    void node(const GumboNode *n, int depth)
    {
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            appendEscapedText(m_out, n->v.text.text);
            return;
        case GUMBO_NODE_ELEMENT:
            element(n, depth);
            return;
        case GUMBO_NODE_COMMENT:  // conditional comments and hidden markup: never
        case GUMBO_NODE_TEMPLATE: // inert content a script could clone
        case GUMBO_NODE_DOCUMENT:
            return;
        }
    }

    void element(const GumboNode *n, int depth)
    {
        const GumboElement &e = n->v.element;
        const TagRule rule = ruleFor(e);
        if (rule.action == Action::Drop)
            return;
        if (depth > kMaxEmitDepth) {
            textOnly(n);
            return;
        }
        if (rule.action == Action::Unwrap) {
            children(e.children, depth + 1);
            return;
        }
        Attributes attributes;
        if (!filterAttributes(e, rule.name, attributes)) {
            children(e.children, depth + 1); // e.g. <a> without a usable href: keep the link text
            return;
        }
        if (qstrcmp(rule.name, "img") == 0 && attributes.isEmpty())
            return;
        m_out.append('<').append(rule.name);
        for (const auto &[name, value] : std::as_const(attributes)) {
            m_out.append(' ').append(name);
            if (!value.isNull()) {
                m_out.append("=\"");
                appendEscapedAttribute(m_out, value);
                m_out.append('"');
            }
        }
        m_out.append('>');
        if (isVoid(rule.name))
            return;
        // The parser eats one newline right after <pre>; write it back so a leading blank line survives a reparse.
        if (qstrcmp(rule.name, "pre") == 0 && e.children.length > 0) {
            const auto *first = static_cast<const GumboNode *>(e.children.data[0]);
            if ((first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE)
                && first->v.text.text[0] == '\n')
                m_out.append('\n');
        }
        children(e.children, depth + 1);
        m_out.append("</").append(rule.name).append('>');
    }

    /// Text of a subtree, iteratively (no recursion), skipping dropped elements.
    void textOnly(const GumboNode *root)
    {
        std::vector<const GumboNode *> stack{root};
        while (!stack.empty()) {
            const GumboNode *n = stack.back();
            stack.pop_back();
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
                appendEscapedText(m_out, n->v.text.text);
            } else if (n->type == GUMBO_NODE_ELEMENT && ruleFor(n->v.element).action != Action::Drop) {
                const GumboVector &c = n->v.element.children;
                for (unsigned i = c.length; i > 0; --i)
                    stack.push_back(static_cast<const GumboNode *>(c.data[i - 1]));
            }
        }
    }

    /// Fills the attributes to write. Returns false when the element is pointless without them (unwrap it).
    /// For <img> an empty list means "drop": there is no image without an allowed source.
    bool filterAttributes(const GumboElement &e, const char *tag, Attributes &out) const
    {
        const QByteArrayView name(tag);
        QStringList derived;
        QString href;
        bool hasHref = false;
        bool blankTarget = false;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            const QByteArray attr = QByteArray(a->name).toLower();
            const QString value = QString::fromUtf8(a->value);
            if (attr == "class") {
                const QString classes = filterClasses(value);
                if (!classes.isEmpty())
                    out.append({"class", classes});
            } else if (attr == "style") {
                // Never copied; only alignment and first-line indent (首行缩进, everywhere in official documents)
                // survive, as classes the portal's CSS styles.
                if (isBlock(name))
                    derived = classesFromStyle(value);
            } else if (attr == "title") {
                out.append({"title", value.left(500)});
            } else if (attr == "lang") {
                if (isLanguageTag(value))
                    out.append({"lang", value});
            } else if (attr == "dir") {
                const QString v = value.trimmed().toLower();
                if (v == u"ltr"_s || v == u"rtl"_s || v == u"auto"_s)
                    out.append({"dir", v});
            } else if (attr == "align" && (name == "p" || name == "div" || name == "td" || name == "th"
                                          || (name.size() == 2 && name[0] == 'h'))) {
                const QString v = value.trimmed().toLower();
                if (v == u"left"_s || v == u"center"_s || v == u"right"_s || v == u"justify"_s)
                    out.append({"align", v});
            } else if (name == "a" && attr == "href") {
                if (const auto url = m_urls.link(value)) {
                    href = *url;
                    hasHref = true;
                    out.append({"href", href});
                }
            } else if (name == "a" && attr == "target") {
                blankTarget = value.trimmed().compare(u"_blank"_s, Qt::CaseInsensitive) == 0;
            } else if (name == "img" && attr == "src") {
                if (const auto url = m_urls.imageSource(value))
                    out.prepend({"src", *url});
            } else if (name == "img" && attr == "alt") {
                out.append({"alt", value.left(1000)});
            } else if (name == "img" && (attr == "width" || attr == "height")) {
                if (const auto v = boundedInt(value, 1, 10000))
                    out.append({attr, QString::number(*v)});
            } else if ((name == "td" || name == "th") && attr == "colspan") {
                if (const auto v = boundedInt(value, 1, 1000))
                    out.append({attr, QString::number(*v)});
            } else if ((name == "td" || name == "th") && attr == "rowspan") {
                if (const auto v = boundedInt(value, 0, 65534))
                    out.append({attr, QString::number(*v)});
            } else if (name == "th" && attr == "scope") {
                const QString v = value.trimmed().toLower();
                if (v == u"row"_s || v == u"col"_s || v == u"rowgroup"_s || v == u"colgroup"_s)
                    out.append({attr, v});
            } else if (name == "ol" && attr == "start") {
                if (const auto v = boundedInt(value, -1000000, 1000000))
                    out.append({attr, QString::number(*v)});
            } else if (name == "ol" && attr == "type") {
                const QString v = value.trimmed();
                if (v == u"1"_s || v == u"a"_s || v == u"A"_s || v == u"i"_s || v == u"I"_s)
                    out.append({attr, v});
            } else if (name == "ol" && attr == "reversed") {
                out.append({attr, QString()});
            } else if (name == "li" && attr == "value") {
                if (const auto v = boundedInt(value, -1000000, 1000000))
                    out.append({attr, QString::number(*v)});
            } else if (name == "blockquote" && attr == "cite") {
                if (const auto url = m_urls.link(value))
                    out.append({attr, *url});
            }
            // Everything else — on*, style, id, name, srcset, formaction, xlink:href, data-* ... — is dropped.
        }
        mergeClasses(out, derived);
        if (name == "img") {
            if (out.isEmpty() || out.first().first != "src")
                out.clear();
            return true;
        }
        if (name == "a") {
            if (!hasHref)
                return false;
            if (blankTarget)
                out.append({"target", u"_blank"_s});
            if (m_urls.isExternal(href))
                out.append({"rel", u"noopener noreferrer"_s});
            return true;
        }
        if (name == "span")
            return !out.isEmpty(); // a bare <span> (Word's mso-* styling stripped) is noise
        return true;
    }

    static bool isBlock(QByteArrayView name)
    {
        return name == "p" || name == "div" || name == "li" || name == "td" || name == "th" || name == "blockquote"
            || (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
    }

    /// "text-align: center; text-indent: 2em; mso-…" -> {"text-center", "text-indent"} (before the allow-list).
    static QStringList classesFromStyle(const QString &style)
    {
        QStringList classes;
        for (const QString &declaration : style.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype colon = declaration.indexOf(u':');
            if (colon < 0)
                continue;
            const QString property = declaration.first(colon).trimmed().toLower();
            const QString value = declaration.sliced(colon + 1).trimmed().toLower();
            if (property == u"text-align"_s
                && (value == u"left"_s || value == u"center"_s || value == u"right"_s || value == u"justify"_s))
                classes.append(u"text-"_s + value);
            else if (property == u"text-indent"_s && !value.isEmpty() && value[0].isDigit()
                     && !value.startsWith(u"0"_s))
                classes.append(u"text-indent"_s);
        }
        return classes;
    }

    /// Adds allowed `derived` classes to the class attribute in `out` (creating it when needed).
    void mergeClasses(Attributes &out, const QStringList &derived) const
    {
        QStringList extra;
        for (const QString &c : derived) {
            if (m_policy.allowedClasses.contains(c) && !extra.contains(c))
                extra.append(c);
        }
        if (extra.isEmpty())
            return;
        for (auto &[attr, value] : out) {
            if (attr == "class") {
                QStringList classes = value.split(u' ');
                for (const QString &c : std::as_const(extra)) {
                    if (!classes.contains(c))
                        classes.append(c);
                }
                value = classes.join(u' ');
                return;
            }
        }
        out.append({"class", extra.join(u' ')});
    }

    QString filterClasses(const QString &value) const
    {
        QStringList kept;
        for (const QString &c : value.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
            if (m_policy.allowedClasses.contains(c) && !kept.contains(c))
                kept.append(c);
        }
        return kept.join(u' ');
    }

    const SanitizePolicy &m_policy;
    UrlFilter m_urls;
    QByteArray m_out;
};

/// Elements that never stay open across siblings (void or closed implicitly by the next one); they do not deepen
/// the tree in a way that matters for the estimate.
bool isNonNesting(QStringView name)
{
    static constexpr std::u16string_view names[] = {
        u"area", u"base", u"br", u"col", u"embed", u"hr", u"img", u"input", u"link", u"meta", u"param", u"source",
        u"track", u"wbr", u"keygen", u"image", u"p", u"li", u"dt", u"dd", u"td", u"th", u"tr", u"option",
        u"optgroup", u"rb", u"rt", u"rp", u"rtc"};
    for (const auto n : names) {
        if (name.compare(QStringView(n.data(), qsizetype(n.size())), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HtmlSanitizer::HtmlSanitizer(SanitizePolicy policy)
    : m_policy(std::move(policy))
{
}

int HtmlSanitizer::estimateNestingDepth(QStringView html)
{
    // A stack of open element names, closed only by a matching end tag near the top: unmatched or misnested end
    // tags never lower the estimate, so input crafted to look shallow here is still deep here.
    QList<QString> open;
    int deepest = 0;
    const qsizetype n = html.size();
    auto isNameChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u':';
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (html[i] != u'<' || i + 1 >= n)
            continue;
        if (html.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            if (end < 0)
                break;
            i = end + 2;
            continue;
        }
        const bool closing = html[i + 1] == u'/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype start = j;
        if (j >= n || !((html[j] >= u'a' && html[j] <= u'z') || (html[j] >= u'A' && html[j] <= u'Z')))
            continue;
        while (j < n && isNameChar(html[j]) && j - start < 32)
            ++j;
        const QString name = html.sliced(start, j - start).toString().toLower();
        if (isNonNesting(name))
            continue;
        if (closing) {
            for (qsizetype k = open.size() - 1; k >= 0 && k >= open.size() - kEndTagReach; --k) {
                if (open[k] == name) {
                    open.resize(k);
                    break;
                }
            }
        } else {
            open.append(name);
            deepest = std::max(deepest, int(open.size()));
        }
    }
    return deepest;
}

Result<QString> HtmlSanitizer::sanitize(QStringView html) const
{
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() > m_policy.maxInputBytes) {
        return fail(ErrorCode::TooLarge,
                    u"正文 HTML 过大（%1 字节，上限 %2 字节）"_s.arg(utf8.size()).arg(m_policy.maxInputBytes));
    }
    if (const int depth = estimateNestingDepth(html); depth > m_policy.maxNestingDepth) {
        qCInfo(lcSanitize) << "refusing HTML nested" << depth << "deep";
        return fail(ErrorCode::Validation,
                    u"正文 HTML 嵌套层级过深（约 %1 层，上限 %2 层），请简化格式后重试"_s.arg(depth).arg(
                        m_policy.maxNestingDepth));
    }
    if (utf8.isEmpty())
        return QString();

    GumboOptions options = kGumboDefaultOptions;
    // Parse as the content of <body>, exactly like a browser would parse the stored fragment inside the page.
    options.fragment_context = GUMBO_TAG_BODY;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    options.max_errors = 0; // we never read parse errors; do not spend memory collecting them
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return fail(ErrorCode::Server, u"HTML 解析失败"_s);

    Serializer serializer(m_policy);
    if (output->root && output->root->type == GUMBO_NODE_ELEMENT)
        serializer.children(output->root->v.element.children, 0);
    gumbo_destroy_output(&options, output);
    return QString::fromUtf8(serializer.take());
}

Result<QString> sanitizeHtml(QStringView html, const SanitizePolicy &policy)
{
    return HtmlSanitizer(policy).sanitize(html);
}

} // namespace pd::server
