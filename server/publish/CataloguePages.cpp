#include "server/publish/CataloguePages.h"

#include "server/publish/PageContext.h"
#include "server/publish/PagePaths.h"
#include "server/publish/SiteContent.h"

using namespace Qt::StringLiterals;

namespace pd::server {

using domain::Column;
using domain::ColumnKind;
using domain::Item;

Result<PublicPage> CataloguePages::index() const
{
    const SiteContent &content = m_context.content();
    const domain::TopicCategoryCatalog &catalog = m_context.catalog();
    const Column *column = content.firstOfKind(ColumnKind::Disclosure);
    QVariantHash context = m_context.baseContext(u"政府信息公开目录"_s, column ? column->id : 0);
    context.insert(u"breadcrumb"_s, m_context.breadcrumb(column ? column->id : 0));
    QVariantList tops;
    int total = 0;
    for (const domain::TopicCategory &top : catalog.topCategories()) {
        const qsizetype count = content.disclosuresIn(top.code).size();
        total += int(count);
        QVariantList subs;
        for (const domain::TopicCategory &sub : catalog.subCategories(top.code)) {
            const qsizetype n = content.disclosuresIn(sub.code).size();
            if (n > 0)
                subs.append(QVariantHash{{u"name"_s, sub.name}, {u"count"_s, int(n)},
                                         {u"url"_s, PagePaths::disclosureUrl(sub.code)}});
        }
        tops.append(QVariantHash{{u"name"_s, top.name},
                                 {u"count"_s, int(count)},
                                 {u"url"_s, count > 0 ? PagePaths::disclosureUrl(top.code) : QString()},
                                 {u"subs"_s, subs}});
    }
    context.insert(u"categories"_s, tops);
    context.insert(u"total"_s, total);
    QVariantList latest;
    for (const Item *d : content.ofType(domain::ItemType::Disclosure, PageContext::PageSize))
        latest.append(m_context.itemLink(*d));
    context.insert(u"entries"_s, latest);
    QVariantList meta = m_context.columnMeta(column);
    meta.append(PageContext::metaTag(u"Description"_s, u"%1政府信息公开目录（按主题分类）"_s.arg(content.site().name)));
    meta.append(PageContext::metaTag(u"Url"_s, m_context.absoluteUrl(u"/disclosure/"_s)));
    context.insert(u"meta"_s, meta);
    return m_context.page(u"disclosure/index.html"_s, u"disclosure_index.html"_s, context);
}

Result<QList<PublicPage>> CataloguePages::category(const QString &code) const
{
    const SiteContent &content = m_context.content();
    const domain::TopicCategoryCatalog &catalog = m_context.catalog();
    const auto category = catalog.byCode(code);
    if (!category)
        return fail(ErrorCode::NotFound, u"没有主题分类 %1"_s.arg(code));
    const auto items = content.disclosuresIn(code);
    if (items.isEmpty())
        return QList<PublicPage>();
    const Column *column = content.firstOfKind(ColumnKind::Disclosure);
    QVariantHash context = m_context.baseContext(catalog.path(code), column ? column->id : 0);
    QVariantList crumbs = m_context.breadcrumb(column ? column->id : 0);
    if (!category->isTopLevel())
        if (const auto top = catalog.byCode(category->parentCode))
            crumbs.append(QVariantHash{{u"name"_s, top->name}, {u"url"_s, PagePaths::disclosureUrl(top->code)}});
    context.insert(u"breadcrumb"_s, crumbs);
    context.insert(u"category"_s, QVariantHash{{u"name"_s, category->name}, {u"path"_s, catalog.path(code)},
                                               {u"count"_s, int(items.size())}});
    QVariantList subs;
    if (category->isTopLevel()) {
        for (const domain::TopicCategory &sub : catalog.subCategories(code)) {
            const qsizetype n = content.disclosuresIn(sub.code).size();
            if (n > 0)
                subs.append(QVariantHash{{u"name"_s, sub.name}, {u"count"_s, int(n)},
                                         {u"url"_s, PagePaths::disclosureUrl(sub.code)}});
        }
    }
    context.insert(u"subs"_s, subs);
    QVariantList entries;
    for (const Item *d : items)
        entries.append(m_context.itemLink(*d));
    QVariantList meta = m_context.columnMeta(column);
    meta.append(PageContext::metaTag(u"Description"_s, u"政府信息公开目录：%1"_s.arg(catalog.path(code))));
    return m_context.paginated(PagePaths::disclosureDir(code), u"disclosure_category.html"_s, context, entries, meta);
}

} // namespace pd::server
