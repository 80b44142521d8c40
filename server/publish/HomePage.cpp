#include "server/publish/HomePage.h"

#include "server/publish/PageContext.h"
#include "server/publish/PagePaths.h"
#include "server/publish/PageText.h"
#include "server/publish/SiteContent.h"

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr int kHomeListLength = 8;
constexpr int kHomeFeatureCount = 4;
} // namespace

Result<PublicPage> HomePage::build() const
{
    using domain::Column;
    using domain::ColumnKind;
    using domain::Item;
    const SiteContent &content = m_context.content();
    QVariantHash context = m_context.baseContext(QString(), -1);
    QVariantList meta = m_context.siteMeta();
    meta.append(PageContext::metaTag(u"Description"_s,
                                     u"%1：政务动态、通知公告、政策文件、政府信息公开"_s.arg(content.site().name)));
    meta.append(PageContext::metaTag(u"Url"_s, m_context.absoluteUrl(u"/"_s)));
    context.insert(u"meta"_s, meta);

    QVariantList sections;
    for (const Column *c : content.topColumns()) {
        if (c->kind == ColumnKind::Feature || c->kind == ColumnKind::Live || c->kind == ColumnKind::Disclosure)
            continue;
        QVariantList entries;
        for (const Item *item : content.inColumnTree(c->id, kHomeListLength))
            entries.append(m_context.itemLink(*item));
        sections.append(QVariantHash{{u"name"_s, c->name}, {u"url"_s, PagePaths::columnUrl(c->id)},
                                     {u"entries"_s, entries}, {u"anchor"_s, u"col-%1"_s.arg(c->id)}});
    }
    context.insert(u"sections"_s, sections);

    QVariantList features;
    for (const Item *f : content.ofType(domain::ItemType::Feature, kHomeFeatureCount))
        features.append(m_context.itemLink(*f));
    context.insert(u"features"_s, features);
    if (const Column *fc = content.firstOfKind(ColumnKind::Feature))
        context.insert(u"featuresUrl"_s, PagePaths::columnUrl(fc->id));

    QVariantList disclosures;
    for (const Item *d : content.ofType(domain::ItemType::Disclosure, kHomeListLength))
        disclosures.append(m_context.itemLink(*d));
    context.insert(u"disclosures"_s, disclosures);

    QVariantList events;
    for (const domain::LiveEvent &e : content.liveEvents().mid(0, 3)) {
        const QString state = domain::liveEventStateCode(e.state);
        events.append(QVariantHash{{u"title"_s, e.title},
                                   {u"url"_s, PagePaths::liveUrl(e.id)},
                                   {u"state"_s, PageText::liveStateName(state)},
                                   {u"stateCode"_s, state}});
    }
    context.insert(u"events"_s, events);
    if (const Column *lc = content.firstOfKind(ColumnKind::Live))
        context.insert(u"liveUrl"_s, PagePaths::columnUrl(lc->id));
    return m_context.page(u"index.html"_s, u"home.html"_s, context);
}

} // namespace pd::server
