#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/TopicCategoryCatalog.h"
#include "server/publish/PublicPage.h"

#include <QList>
#include <QString>
#include <QVariantHash>

namespace pd::server {

class PageRenderer;
class SiteContent;

/// What every page of one site shares: the site's content and catalogue, the template renderer, the frame around
/// each page (navigation, footer), the 网页设计规范 meta tags of the site and of a column, item links, breadcrumbs and
/// plain pagination. The builders of each page kind render through it.
class PageContext
{
public:
    static constexpr int PageSize = 20;

    PageContext(const SiteContent &content, const PageRenderer &renderer, const domain::TopicCategoryCatalog &catalog);

    /// Who runs the site and its 备案 line, for the footer (defaults derived from the site).
    void setFooter(QString hostOrganization, QString icpRecord);
    /// Where the live page subscribes (`{event}` stands for the event id) and what answers there: `portald` (its own
    /// WebSocket, resumed with `?after=<seq>`) or `nchan` (nginx with Nchan: WebSocket, EventSource or long-poll,
    /// resumed with `?last_event_id=`). Empty values keep portald's own stream.
    void setLiveStream(QString urlTemplate, QString protocol);
    [[nodiscard]] QString liveStreamUrl(qint64 eventId) const;
    [[nodiscard]] QString liveStreamProtocol() const { return m_liveStreamProtocol; }

    [[nodiscard]] const SiteContent &content() const { return m_content; }
    [[nodiscard]] const domain::TopicCategoryCatalog &catalog() const { return m_catalog; }

    /// Title, site, navigation (with the top column of `currentColumn` marked; -1 marks the home page) and year.
    [[nodiscard]] QVariantHash baseContext(const QString &title, qint64 currentColumn) const;
    [[nodiscard]] QVariantList siteMeta() const;
    /// The site's meta tags and, with a column, ColumnName, ColumnDescription, ColumnKeywords and ColumnType.
    [[nodiscard]] QVariantList columnMeta(const domain::Column *column) const;
    [[nodiscard]] QVariantHash itemLink(const domain::Item &item) const;
    [[nodiscard]] QVariantList breadcrumb(qint64 columnId) const;
    /// `path` on the site's own domain, or `path` alone when the site has none.
    [[nodiscard]] QString absoluteUrl(const QString &path) const;
    [[nodiscard]] Result<PublicPage> page(const QString &path, const QString &templateName,
                                          const QVariantHash &context) const;
    /// A listing split into PageSize entries per page, index.html first, each page with its own Url meta.
    [[nodiscard]] Result<QList<PublicPage>> paginated(const QString &dir, const QString &templateName,
                                                      QVariantHash context, const QVariantList &entries,
                                                      const QVariantList &meta) const;

    [[nodiscard]] static QVariantHash metaTag(const QString &name, const QString &content);

private:
    const SiteContent &m_content;
    const PageRenderer &m_renderer;
    const domain::TopicCategoryCatalog &m_catalog;
    QString m_hostOrganization;
    QString m_icpRecord;
    QString m_liveStreamUrl;
    QString m_liveStreamProtocol;
};

} // namespace pd::server
