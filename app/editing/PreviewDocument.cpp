#include "app/editing/PreviewDocument.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pd::editing {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString PreviewDocument::render(const domain::Item &item, const QString &css, const QUrl &server,
                                const QString &topicPath)
{
    // The page mirrors server/publish/templates/item.html: the preview must look exactly like the public page,
    // whose fixed labels are the portal's own (Chinese) wording, not the desk's UI language.
    const QString origin = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                               .toString(QUrl::FullyEncoded);
    const QString csp = u"default-src 'none'; img-src %1/media/ data:; style-src 'unsafe-inline'; "
                        u"script-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'"_s
                            .arg(origin);
    const QDateTime when = item.publishedAt.isValid() ? item.publishedAt
                           : item.publishAt.isValid() ? item.publishAt
                                                      : QDateTime::currentDateTime();
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"_s;
    html += u"<meta http-equiv=\"Content-Security-Policy\" content=\""_s + esc(csp) + u"\">"_s;
    html += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s;
    html += u"<title>"_s + esc(item.title) + u"</title><style>"_s + css + u"</style></head><body>"_s;
    html += u"<main id=\"main\" class=\"wrap\"><article class=\"article\"><header class=\"article-header\">"_s;
    html += u"<h1>"_s + esc(item.title) + u"</h1>"_s;
    if (!item.subtitle.isEmpty())
        html += u"<p class=\"subtitle\">"_s + esc(item.subtitle) + u"</p>"_s;
    html += u"<p class=\"article-info\"><span>发布时间：<time>"_s + when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
            + u"</time></span>"_s;
    if (!item.source.isEmpty())
        html += u" <span>来源："_s + esc(item.source) + u"</span>"_s;
    if (!item.author.isEmpty())
        html += u" <span>作者："_s + esc(item.author) + u"</span>"_s;
    html += u"</p></header>"_s;
    if (item.disclosure) {
        const domain::DisclosureMeta &d = *item.disclosure;
        const auto row = [](const QString &a, const QString &va, const QString &b, const QString &vb) {
            return u"<tr><th scope=\"row\">%1</th><td>%2</td><th scope=\"row\">%3</th><td>%4</td></tr>"_s.arg(
                a, esc(va), b, esc(vb));
        };
        html += u"<table class=\"meta-table\"><caption>信息公开元数据</caption><tbody>"_s;
        html += row(u"索引号"_s, d.indexNo, u"发布机构"_s, d.publisher);
        html += row(u"文号"_s, d.docNo, u"主题分类"_s, topicPath.isEmpty() ? d.topicCategory : topicPath);
        html += row(u"成文日期"_s, d.writtenDate.toString(Qt::ISODate), u"发布日期"_s, when.date().toString(Qt::ISODate));
        html += row(u"体裁分类"_s, d.genre, u"有效性"_s, d.validity);
        if (!d.keywords.isEmpty())
            html += u"<tr><th scope=\"row\">主题词</th><td colspan=\"3\">"_s + esc(d.keywords.join(u' ')) + u"</td></tr>"_s;
        if (!d.abstract.isEmpty())
            html += u"<tr><th scope=\"row\">内容概述</th><td colspan=\"3\">"_s + esc(d.abstract) + u"</td></tr>"_s;
        html += u"</tbody></table>"_s;
    }
    // The body is inserted as it is: it may be hostile, which is why the view runs with JavaScript off, this
    // page's CSP, and a request interceptor — three independent walls.
    html += u"<div class=\"article-body\">"_s + item.bodyHtml + u"</div>"_s;
    html += u"<footer class=\"article-footer\">"_s;
    if (!item.responsibleEditor.isEmpty())
        html += u"<span>责任编辑："_s + esc(item.responsibleEditor) + u"</span>"_s;
    if (!item.reviewer.isEmpty())
        html += u" <span>审核："_s + esc(item.reviewer) + u"</span>"_s;
    if (!item.proofreader.isEmpty())
        html += u" <span>校对："_s + esc(item.proofreader) + u"</span>"_s;
    html += u"</footer></article></main></body></html>"_s;
    return html;
}

} // namespace pd::editing
