#include "server/publish/ItemPage.h"

#include "server/publish/PageContext.h"
#include "server/publish/PagePaths.h"
#include "server/publish/PageText.h"
#include "server/publish/SiteContent.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::server {

using domain::Column;
using domain::Item;

Result<PublicPage> ItemPage::build(const Item &item) const
{
    const SiteContent &content = m_context.content();
    const qint64 columnId = item.columnIds.value(0);
    const Column *column = content.column(columnId);
    QVariantHash context = m_context.baseContext(item.title, columnId);
    context.insert(u"breadcrumb"_s, m_context.breadcrumb(columnId));
    const QString body = PageText::normaliseBody(item.bodyHtml, item.title);
    QVariantHash view{{u"title"_s, item.title},
                      {u"subtitle"_s, item.subtitle},
                      {u"summary"_s, item.summary},
                      {u"body"_s, body},
                      {u"source"_s, item.source},
                      {u"author"_s, item.author},
                      {u"responsibleEditor"_s, item.responsibleEditor},
                      {u"reviewer"_s, item.reviewer},
                      {u"proofreader"_s, item.proofreader},
                      {u"keywords"_s, item.keywords.join(u' ')},
                      {u"date"_s, PageText::dateTime(item.publishedAt)},
                      {u"iso"_s, PageText::iso(item.publishedAt)}};
    QVariantList attachments;
    for (const domain::ItemAttachment &a : item.attachments) {
        // portald's media route serves /media/{id}/{name}; the id decides, the name is for the reader's download.
        const QString title = a.title.isEmpty() ? u"附件"_s : a.title;
        attachments.append(QVariantHash{
            {u"title"_s, title},
            {u"url"_s, u"/media/%1/%2"_s.arg(a.mediaId).arg(QString::fromLatin1(QUrl::toPercentEncoding(title)))}});
    }
    view.insert(u"attachments"_s, attachments);
    if (item.disclosure) {
        const domain::DisclosureMeta &d = *item.disclosure;
        view.insert(u"disclosure"_s,
                    QVariantHash{{u"indexNo"_s, d.indexNo},
                                 {u"publisher"_s, d.publisher},
                                 {u"docNo"_s, d.docNo.isEmpty() ? u"无"_s : d.docNo},
                                 {u"writtenDate"_s, d.writtenDate.toString(Qt::ISODate)},
                                 {u"publishDate"_s, PageText::date(item.publishedAt)},
                                 {u"topicCategory"_s, m_context.catalog().path(d.topicCategory)},
                                 {u"genre"_s, d.genre},
                                 {u"validity"_s, d.validity},
                                 {u"audience"_s, d.audience},
                                 {u"keywords"_s, d.keywords.join(u' ')},
                                 {u"abstract"_s, d.abstract}});
        // 失效 / 废止: the original says since when and which document replaces it; the replacement links back.
        if (d.effectiveDate.isValid()) {
            QVariantHash note{{u"validity"_s, d.validity}, {u"date"_s, d.effectiveDate.toString(Qt::ISODate)}};
            if (const Item *by = d.replacedBy > 0 ? content.item(d.replacedBy) : nullptr)
                note.insert(u"replacedBy"_s, m_context.itemLink(*by));
            view.insert(u"validityNote"_s, note);
        }
        QVariantList replaces;
        for (const qint64 id : d.replaces)
            if (const Item *old = content.item(id))
                replaces.append(m_context.itemLink(*old));
        view.insert(u"replaces"_s, replaces);
    }
    context.insert(u"item"_s, view);
    QVariantList features;
    for (const Item *f : content.featuresReferencing(item.id))
        features.append(m_context.itemLink(*f));
    context.insert(u"features"_s, features);

    QVariantList meta = m_context.columnMeta(column);
    const QString description = !item.summary.isEmpty() ? item.summary
                                : item.disclosure && !item.disclosure->abstract.isEmpty()
                                    ? item.disclosure->abstract
                                    : PageText::plainSnippet(item.bodyHtml, 120);
    QStringList keywords = item.keywords;
    if (keywords.isEmpty() && item.disclosure)
        keywords = item.disclosure->keywords;
    const auto tag = &PageContext::metaTag;
    meta.append(tag(u"ArticleTitle"_s, item.title));
    meta.append(tag(u"PubDate"_s, PageText::dateTime(item.publishedAt)));
    meta.append(tag(u"ContentSource"_s, !item.source.isEmpty() ? item.source
                                        : item.disclosure      ? item.disclosure->publisher
                                                               : content.site().name));
    meta.append(tag(u"Keywords"_s, keywords.join(u',')));
    if (!item.author.isEmpty())
        meta.append(tag(u"Author"_s, item.author));
    meta.append(tag(u"Description"_s, description));
    if (const QString image = PageText::firstImage(body); !image.isEmpty())
        meta.append(tag(u"Image"_s, image.startsWith(u'/') ? m_context.absoluteUrl(image) : image));
    meta.append(tag(u"Url"_s, m_context.absoluteUrl(u'/' + PagePaths::itemPath(item.id))));
    context.insert(u"meta"_s, meta);
    return m_context.page(PagePaths::itemPath(item.id), u"item.html"_s, context);
}

} // namespace pd::server
