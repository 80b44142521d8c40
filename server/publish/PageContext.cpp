#include "server/publish/PageContext.h"

#include "server/publish/PagePaths.h"
#include "server/publish/PageRenderer.h"
#include "server/publish/PageText.h"
#include "server/publish/SiteContent.h"

#include <QDate>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

using domain::Column;
using domain::ColumnKind;
using domain::Item;

PageContext::PageContext(const SiteContent &content, const PageRenderer &renderer,
                         const domain::TopicCategoryCatalog &catalog)
    : m_content(content), m_renderer(renderer), m_catalog(catalog),
      m_liveStreamUrl(u"/public/live/{event}/stream"_s), m_liveStreamProtocol(u"portald"_s)
{
}

void PageContext::setLiveStream(QString urlTemplate, QString protocol)
{
    if (!urlTemplate.isEmpty())
        m_liveStreamUrl = std::move(urlTemplate);
    if (!protocol.isEmpty())
        m_liveStreamProtocol = std::move(protocol);
}

QString PageContext::liveStreamUrl(qint64 eventId) const
{
    return QString(m_liveStreamUrl).replace(u"{event}"_s, QString::number(eventId));
}

void PageContext::setFooter(QString hostOrganization, QString icpRecord)
{
    m_hostOrganization = std::move(hostOrganization);
    m_icpRecord = std::move(icpRecord);
}

QVariantHash PageContext::metaTag(const QString &name, const QString &content)
{
    return {{u"name"_s, name}, {u"content"_s, content}};
}

QString PageContext::absoluteUrl(const QString &path) const
{
    const QString domain = m_content.site().domain;
    return domain.isEmpty() ? path : u"https://"_s + domain + path;
}

QVariantList PageContext::siteMeta() const
{
    const domain::Site &site = m_content.site();
    return {metaTag(u"SiteName"_s, site.name), metaTag(u"SiteDomain"_s, site.domain),
            metaTag(u"SiteIDCode"_s, site.siteCode)};
}

QVariantList PageContext::columnMeta(const Column *column) const
{
    QVariantList meta = siteMeta();
    if (!column)
        return meta;
    QStringList path;
    for (const Column *c : m_content.trail(column->id))
        path.append(c->name);
    meta.append(metaTag(u"ColumnName"_s, column->name));
    meta.append(metaTag(u"ColumnDescription"_s, u"%1 %2栏目"_s.arg(m_content.site().name, path.join(u'/'))));
    meta.append(metaTag(u"ColumnKeywords"_s, path.join(u',')));
    meta.append(metaTag(u"ColumnType"_s, PageText::columnTypeName(column->kind)));
    return meta;
}

QVariantHash PageContext::baseContext(const QString &title, qint64 currentColumn) const
{
    const domain::Site &site = m_content.site();
    const QList<const Column *> trail = m_content.trail(currentColumn);
    const qint64 currentTop = trail.isEmpty() ? 0 : trail.first()->id;
    QVariantList nav;
    nav.append(QVariantHash{{u"name"_s, u"首页"_s}, {u"url"_s, u"/"_s}, {u"current"_s, currentColumn == -1}});
    for (const Column *c : m_content.topColumns()) {
        const QString url = c->kind == ColumnKind::Disclosure ? u"/disclosure/"_s : PagePaths::columnUrl(c->id);
        nav.append(QVariantHash{{u"name"_s, c->name}, {u"url"_s, url}, {u"current"_s, c->id == currentTop}});
    }
    QString host = m_hostOrganization;
    if (host.isEmpty()) {
        host = site.name;
        if (host.endsWith(u"门户网站"_s))
            host.chop(4);
    }
    return {
        {u"pageTitle"_s, title.isEmpty() ? site.name : title + u" - "_s + site.name},
        {u"site"_s, QVariantHash{{u"name"_s, site.name}, {u"domain"_s, site.domain}, {u"siteCode"_s, site.siteCode},
                                 {u"host"_s, host}, {u"icp"_s, m_icpRecord}}},
        {u"nav"_s, nav},
        {u"year"_s, QDate::currentDate().year()},
    };
}

QVariantHash PageContext::itemLink(const Item &item) const
{
    QVariantHash link{{u"title"_s, item.title},
                      {u"url"_s, PagePaths::publicUrlOf(item)},
                      {u"date"_s, PageText::date(item.publishedAt)},
                      {u"iso"_s, PageText::iso(item.publishedAt)},
                      {u"summary"_s, item.summary}};
    if (item.disclosure) {
        link.insert(u"indexNo"_s, item.disclosure->indexNo);
        link.insert(u"docNo"_s, item.disclosure->docNo);
        link.insert(u"publisher"_s, item.disclosure->publisher);
        // The catalogue shows a document that is no longer in force as such (有效 is the default and stays quiet).
        if (item.disclosure->effectiveDate.isValid())
            link.insert(u"validity"_s, item.disclosure->validity);
    }
    return link;
}

QVariantList PageContext::breadcrumb(qint64 columnId) const
{
    QVariantList out{QVariantHash{{u"name"_s, u"首页"_s}, {u"url"_s, u"/"_s}}};
    for (const Column *c : m_content.trail(columnId))
        out.append(QVariantHash{{u"name"_s, c->name},
                                {u"url"_s, c->kind == ColumnKind::Disclosure ? u"/disclosure/"_s
                                                                             : PagePaths::columnUrl(c->id)}});
    return out;
}

Result<PublicPage> PageContext::page(const QString &path, const QString &templateName, const QVariantHash &context) const
{
    auto html = m_renderer.render(templateName, context);
    if (!html)
        return std::unexpected(html.error());
    return PublicPage{path, html->toUtf8()};
}

Result<QList<PublicPage>> PageContext::paginated(const QString &dir, const QString &templateName, QVariantHash context,
                                                 const QVariantList &entries, const QVariantList &meta) const
{
    const int pages = std::max<int>(1, int((entries.size() + PageSize - 1) / PageSize));
    QList<PublicPage> out;
    for (int p = 1; p <= pages; ++p) {
        const QString file = PagePaths::pageFileName(p);
        QVariantHash c = context;
        c.insert(u"entries"_s, entries.mid((p - 1) * PageSize, PageSize));
        c.insert(u"page"_s, p);
        c.insert(u"pages"_s, pages);
        if (pages > 1) {
            QVariantList links;
            for (int q = 1; q <= pages; ++q) {
                // A window around the current page keeps a 1,700-page catalogue's navigation short.
                if (q != 1 && q != pages && std::abs(q - p) > 3)
                    continue;
                const QString qFile = PagePaths::pageFileName(q);
                links.append(QVariantHash{{u"number"_s, q},
                                          {u"url"_s, qFile == u"index.html"_s ? u"./"_s : qFile},
                                          {u"current"_s, q == p}});
            }
            c.insert(u"pageLinks"_s, links);
            if (p > 1)
                c.insert(u"prevUrl"_s, p == 2 ? u"./"_s : PagePaths::pageFileName(p - 1));
            if (p < pages)
                c.insert(u"nextUrl"_s, PagePaths::pageFileName(p + 1));
        }
        QVariantList m = meta;
        m.append(metaTag(u"Url"_s, absoluteUrl(u'/' + dir + u'/' + (p == 1 ? QString() : file))));
        c.insert(u"meta"_s, m);
        if (p > 1)
            c.insert(u"pageTitle"_s, c.value(u"pageTitle"_s).toString() + u"（第%1页）"_s.arg(p));
        auto rendered = page(dir + u'/' + file, templateName, c);
        if (!rendered)
            return std::unexpected(rendered.error());
        out.append(std::move(*rendered));
    }
    return out;
}

} // namespace pd::server
