#include "server/publish/FeaturePage.h"

#include "server/publish/PageContext.h"
#include "server/publish/PagePaths.h"
#include "server/publish/PageText.h"
#include "server/publish/SiteContent.h"

using namespace Qt::StringLiterals;

namespace pd::server {

using domain::Column;
using domain::ColumnKind;
using domain::Item;

Result<PublicPage> FeaturePage::build(const Item &feature) const
{
    if (!feature.feature || !PagePaths::isUsableSlug(feature.feature->slug))
        return fail(ErrorCode::Validation, u"专题 %1 没有可用的网址标识"_s.arg(feature.id));
    const SiteContent &content = m_context.content();
    const Column *column = content.firstOfKind(ColumnKind::Feature);
    const qint64 columnId = feature.columnIds.isEmpty() ? (column ? column->id : 0) : feature.columnIds.first();
    QVariantHash context = m_context.baseContext(feature.title, columnId);
    context.insert(u"breadcrumb"_s, m_context.breadcrumb(columnId));
    QVariantList sections;
    int n = 0;
    for (const domain::ItemFeatureSection &s : feature.feature->sections) {
        QVariantList entries;
        for (const qint64 id : s.itemIds) {
            if (const Item *item = content.item(id); item && item->type != domain::ItemType::Feature)
                entries.append(m_context.itemLink(*item));
        }
        sections.append(QVariantHash{{u"title"_s, s.title}, {u"entries"_s, entries}, {u"anchor"_s, u"section-%1"_s.arg(++n)}});
    }
    context.insert(u"feature"_s, QVariantHash{{u"title"_s, feature.title},
                                              {u"summary"_s, feature.summary},
                                              {u"intro"_s, PageText::normaliseBody(feature.bodyHtml, feature.title)},
                                              {u"date"_s, PageText::date(feature.publishedAt)},
                                              {u"iso"_s, PageText::iso(feature.publishedAt)},
                                              {u"endsAt"_s, PageText::date(feature.feature->endsAt)},
                                              {u"sections"_s, sections}});
    const auto tag = &PageContext::metaTag;
    QVariantList meta = m_context.columnMeta(content.column(columnId));
    meta.append(tag(u"ArticleTitle"_s, feature.title));
    meta.append(tag(u"PubDate"_s, PageText::dateTime(feature.publishedAt)));
    meta.append(tag(u"ContentSource"_s, feature.source.isEmpty() ? content.site().name : feature.source));
    meta.append(tag(u"Keywords"_s, feature.keywords.join(u',')));
    meta.append(tag(u"Description"_s, feature.summary.isEmpty() ? PageText::plainSnippet(feature.bodyHtml, 120)
                                                                : feature.summary));
    meta.append(tag(u"Url"_s, m_context.absoluteUrl(u'/' + PagePaths::featureDir(feature.feature->slug) + u'/')));
    context.insert(u"meta"_s, meta);
    return m_context.page(PagePaths::featureDir(feature.feature->slug) + u"/index.html"_s, u"feature.html"_s, context);
}

} // namespace pd::server
