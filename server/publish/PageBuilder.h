#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/TopicCategoryCatalog.h"
#include "server/publish/CataloguePages.h"
#include "server/publish/ColumnPages.h"
#include "server/publish/FeaturePage.h"
#include "server/publish/HomePage.h"
#include "server/publish/ItemPage.h"
#include "server/publish/LivePages.h"
#include "server/publish/PageContext.h"
#include "server/publish/PagePaths.h"
#include "server/publish/PublicPage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::server {

class PageRenderer;
class SiteContent;

/// Turns the published content of one site into its public pages. Each page kind has its own builder (HomePage,
/// ColumnPages, ItemPage, FeaturePage, CataloguePages, LivePages) over one shared PageContext; this class holds
/// them together for the site's renderer and answers where each page lives.
class PageBuilder
{
public:
    static constexpr int PageSize = PageContext::PageSize;
    using PageKeys = ColumnPages::PageKeys;

    PageBuilder(const SiteContent &content, const PageRenderer &renderer,
                const domain::TopicCategoryCatalog &catalog);

    /// Who runs the site and its 备案 line, for the footer (defaults derived from the site).
    void setFooter(QString hostOrganization, QString icpRecord);
    /// Where live pages subscribe (PageContext::setLiveStream).
    void setLiveStream(QString urlTemplate, QString protocol);

    [[nodiscard]] Result<PublicPage> home() const { return m_home.build(); }
    /// Every page of a column (see ColumnPages); with `keys`, pages whose inputs did not change come back
    /// `unchanged` (not rendered) and `keys` is updated for the others.
    [[nodiscard]] Result<QList<PublicPage>> column(qint64 columnId, PageKeys *keys = nullptr) const
    {
        return m_columns.build(columnId, keys);
    }
    /// Records in `keys` what each page of the column would be rendered from now, without rendering: for a web root
    /// that portald itself brought up to date before it stopped. Returns the number of pages.
    qsizetype columnKeys(qint64 columnId, PageKeys &keys) const { return m_columns.keysOnly(columnId, keys); }
    /// A published news or disclosure item, with its body.
    [[nodiscard]] Result<PublicPage> item(const domain::Item &item) const { return m_item.build(item); }
    [[nodiscard]] Result<PublicPage> feature(const domain::Item &feature) const { return m_feature.build(feature); }
    [[nodiscard]] Result<PublicPage> disclosureIndex() const { return m_catalogue.index(); }
    /// Every page of one topic category; empty when the category holds no published item.
    [[nodiscard]] Result<QList<PublicPage>> disclosureCategory(const QString &code) const
    {
        return m_catalogue.category(code);
    }
    /// `/live/{id}/index.html` and `/live/{id}/feed.json` from the live back end's public view of an event.
    [[nodiscard]] Result<QList<PublicPage>> live(const LivePublicView &view) const { return m_live.build(view); }
    [[nodiscard]] Result<PublicPage> notFound() const;

    [[nodiscard]] static QString itemPath(qint64 id) { return PagePaths::itemPath(id); }
    [[nodiscard]] static QString columnDir(qint64 id) { return PagePaths::columnDir(id); }
    [[nodiscard]] static QString featureDir(const QString &slug) { return PagePaths::featureDir(slug); }
    [[nodiscard]] static QString disclosureDir(const QString &code) { return PagePaths::disclosureDir(code); }
    [[nodiscard]] static QString liveDir(qint64 id) { return PagePaths::liveDir(id); }
    [[nodiscard]] static bool isUsableSlug(const QString &slug) { return PagePaths::isUsableSlug(slug); }
    [[nodiscard]] static QString publicUrlOf(const domain::Item &item) { return PagePaths::publicUrlOf(item); }
    /// Headings of an item body moved below the page's h1 without gaps; `alt` added where an image lacks it.
    [[nodiscard]] static QString normaliseBody(const QString &html, const QString &fallbackAlt);

private:
    PageContext m_context;
    HomePage m_home{m_context};
    ColumnPages m_columns{m_context};
    ItemPage m_item{m_context};
    FeaturePage m_feature{m_context};
    CataloguePages m_catalogue{m_context};
    LivePages m_live{m_context};
};

} // namespace pd::server
