#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/TopicCategoryCatalog.h"
#include "server/publish/PublicPage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantHash>

namespace pd::server {

class PageRenderer;
class SiteContent;

/// Turns the published content into the public site's pages: which file each page lives in, what goes into each
/// template, the 网页设计规范 meta tags per page type, pagination, and the normalising of item bodies (heading levels
/// below the page's h1, alt text on every image).
class PageBuilder
{
public:
    static constexpr int PageSize = 20;
    /// What each listing page was last rendered from (a hash by path): a page whose inputs hash the same is not
    /// rendered again — with 100,000 items a publish would otherwise re-render thousands of column pages.
    using PageKeys = QHash<QString, size_t>;

    PageBuilder(const SiteContent &content, const PageRenderer &renderer,
                const domain::TopicCategoryCatalog &catalog);

    /// Who runs the site and its 备案 line, for the footer (defaults derived from the site).
    void setFooter(QString hostOrganization, QString icpRecord);

    [[nodiscard]] Result<PublicPage> home() const;
    /// Every page of a column: index.html with the newest PageSize entries, then the older ones on page-1.html
    /// (the oldest), page-2.html, … — numbered from the oldest so that a new item changes the front page and the
    /// newest archive page only, not every page behind it. With `keys`, pages whose inputs did not change come back
    /// `unchanged` (not rendered) and `keys` is updated for the others.
    [[nodiscard]] Result<QList<PublicPage>> column(qint64 columnId, PageKeys *keys = nullptr) const;
    /// Records in `keys` what each page of the column would be rendered from now, without rendering: for a web root
    /// that portald itself brought up to date before it stopped. Returns the number of pages.
    qsizetype columnKeys(qint64 columnId, PageKeys &keys) const;
    /// A published news or disclosure item, with its body.
    [[nodiscard]] Result<PublicPage> item(const domain::Item &item) const;
    [[nodiscard]] Result<PublicPage> feature(const domain::Item &feature) const;
    [[nodiscard]] Result<PublicPage> disclosureIndex() const;
    /// Every page of one topic category; empty when the category holds no published item.
    [[nodiscard]] Result<QList<PublicPage>> disclosureCategory(const QString &code) const;
    /// `/live/{id}/index.html` and `/live/{id}/feed.json` from the live back end's public view of an event.
    [[nodiscard]] Result<QList<PublicPage>> live(const QJsonObject &event) const;
    [[nodiscard]] Result<PublicPage> notFound() const;

    [[nodiscard]] static QString itemPath(qint64 id);
    [[nodiscard]] static QString columnDir(qint64 id);
    [[nodiscard]] static QString featureDir(const QString &slug);
    [[nodiscard]] static QString disclosureDir(const QString &code);
    [[nodiscard]] static QString liveDir(qint64 id);
    /// Whether a feature slug can become a directory name (the slug rule of ItemFeature).
    [[nodiscard]] static bool isUsableSlug(const QString &slug);
    /// The URL path at which a published item is read.
    [[nodiscard]] static QString publicUrlOf(const domain::Item &item);

    /// Headings of an item body moved below the page's h1 without gaps; `alt` added where an image lacks it.
    [[nodiscard]] static QString normaliseBody(const QString &html, const QString &fallbackAlt);

private:
    [[nodiscard]] QVariantHash baseContext(const QString &title, qint64 currentColumn) const;
    [[nodiscard]] QVariantList siteMeta() const;
    [[nodiscard]] QVariantList columnMeta(const domain::Column *column) const;
    [[nodiscard]] QVariantHash itemLink(const domain::Item &item) const;
    [[nodiscard]] QVariantList breadcrumb(qint64 columnId) const;
    [[nodiscard]] QString absoluteUrl(const QString &path) const;
    [[nodiscard]] Result<QList<PublicPage>> paginated(const QString &dir, const QString &templateName,
                                                      QVariantHash context, const QVariantList &entries,
                                                      const QVariantList &meta) const;
    /// One entry of a column listing: an item (linked lazily) or a ready link, with the hash of what it shows.
    struct Listed {
        size_t key = 0;
        const domain::Item *item = nullptr;
        QVariantHash link;
    };
    [[nodiscard]] Result<QList<PublicPage>> columnPages(qint64 columnId, PageKeys *keys, bool keysOnly) const;
    [[nodiscard]] Result<QList<PublicPage>> archived(const QString &dir, const QVariantHash &context,
                                                     const QList<Listed> &entries, const QVariantList &meta,
                                                     PageKeys *keys, bool keysOnly = false) const;
    [[nodiscard]] Result<PublicPage> page(const QString &path, const QString &templateName,
                                          const QVariantHash &context) const;

    const SiteContent &m_content;
    const PageRenderer &m_renderer;
    const domain::TopicCategoryCatalog &m_catalog;
    QString m_hostOrganization;
    QString m_icpRecord;
};

} // namespace pd::server
