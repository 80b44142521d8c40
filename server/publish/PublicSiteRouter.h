#pragma once
#include "server/publish/PublicSites.h"

#include <QHash>
#include <QHttpServerResponse>
#include <QString>
#include <map>
#include <memory>
#include <optional>

class QHttpServerRequest;

namespace pd::server {

class StaticFileServer;

/// Decides which site's pages answer a request in embedded mode: `/sites/{siteCode}/…` on any host name (for setups
/// without DNS), else the site whose domain is the request's `Host`, else the portal. A disabled site — by its code
/// or its host name — gets 404, never another site's pages.
class PublicSiteRouter
{
public:
    explicit PublicSiteRouter(const PublicSites &sites);
    ~PublicSiteRouter();
    PublicSiteRouter(const PublicSiteRouter &) = delete;
    PublicSiteRouter &operator=(const PublicSiteRouter &) = delete;

    /// The prefix under which a site is served whatever the host name.
    [[nodiscard]] static QString prefixOf(const QString &siteCode);

    /// Reads the table of served sites again (after PublicSites::servedChanged).
    void reload();
    /// Drops cached copies of a site's files after its renderer rewrote them.
    void invalidate(qint64 siteId, const QStringList &relativePaths);
    /// The answer for `request`, or nullopt when it is not for the public sites (other methods, `/api/…`).
    [[nodiscard]] std::optional<QHttpServerResponse> serve(const QHttpServerRequest &request);

private:
    struct Site {
        PublicSites::Served served;
        std::unique_ptr<StaticFileServer> byHost;
        std::unique_ptr<StaticFileServer> byPrefix;
    };
    [[nodiscard]] static QHttpServerResponse notFound();
    [[nodiscard]] static QString hostOf(const QHttpServerRequest &request);

    const PublicSites &m_sites;
    std::map<qint64, Site> m_byId;
    QHash<QString, qint64> m_byCode;
    QHash<QString, qint64> m_byDomain;
    qint64 m_mainId = 0;
};

} // namespace pd::server
