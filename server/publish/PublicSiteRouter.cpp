#include "server/publish/PublicSiteRouter.h"

#include "server/publish/StaticFileServer.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
const QString kPrefixRoot = u"/sites/"_s;
} // namespace

PublicSiteRouter::PublicSiteRouter(const PublicSites &sites) : m_sites(sites)
{
    reload();
}

PublicSiteRouter::~PublicSiteRouter() = default;

QString PublicSiteRouter::prefixOf(const QString &siteCode)
{
    return kPrefixRoot + siteCode;
}

void PublicSiteRouter::reload()
{
    m_byId.clear();
    m_byCode.clear();
    m_byDomain.clear();
    m_mainId = 0;
    for (const PublicSites::Served &served : m_sites.served()) {
        Site site{served, nullptr, nullptr};
        if (served.enabled) {
            site.byHost = std::make_unique<StaticFileServer>(served.root);
            site.byPrefix = std::make_unique<StaticFileServer>(served.root, prefixOf(served.siteCode));
        }
        if (served.main)
            m_mainId = served.siteId;
        if (!served.siteCode.isEmpty())
            m_byCode.insert(served.siteCode, served.siteId);
        // Two sites claiming one host name: the enabled one answers (a disabled one must not hide it).
        if (!served.domain.isEmpty() && (served.enabled || !m_byDomain.contains(served.domain)))
            m_byDomain.insert(served.domain, served.siteId);
        m_byId.emplace(served.siteId, std::move(site));
    }
}

void PublicSiteRouter::invalidate(qint64 siteId, const QStringList &relativePaths)
{
    const auto it = m_byId.find(siteId);
    if (it == m_byId.end() || !it->second.byHost)
        return;
    it->second.byHost->invalidate(relativePaths);
    it->second.byPrefix->invalidate(relativePaths);
}

QString PublicSiteRouter::hostOf(const QHttpServerRequest &request)
{
    // The Host header without its port; QUrl also unwraps an IPv6 literal.
    const QString host = QString::fromLatin1(request.value("Host")).trimmed();
    return host.isEmpty() ? QString() : QUrl(u"http://"_s + host).host().toLower();
}

QHttpServerResponse PublicSiteRouter::notFound()
{
    QHttpServerResponse response("text/plain; charset=utf-8", "Not found\n", QHttpServerResponse::StatusCode::NotFound);
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend("X-Content-Type-Options", "nosniff");
    response.setHeaders(std::move(headers));
    return response;
}

std::optional<QHttpServerResponse> PublicSiteRouter::serve(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get && request.method() != QHttpServerRequest::Method::Head)
        return std::nullopt;
    const QString path = request.url().path(QUrl::FullyDecoded);
    if (path.startsWith(kPrefixRoot)) {
        const qsizetype end = path.indexOf(u'/', kPrefixRoot.size());
        const QString code = path.mid(kPrefixRoot.size(), end < 0 ? -1 : end - kPrefixRoot.size());
        const auto id = m_byCode.constFind(code);
        const auto site = id == m_byCode.cend() ? m_byId.end() : m_byId.find(*id);
        if (site == m_byId.end() || !site->second.byPrefix)
            return notFound();
        if (end < 0) {
            // The site's own relative links (page-2.html, ./) need the directory's slash.
            QHttpServerResponse moved(QHttpServerResponse::StatusCode::MovedPermanently);
            QHttpHeaders headers;
            headers.append(QHttpHeaders::WellKnownHeader::Location, request.url().path(QUrl::FullyEncoded) + u'/');
            moved.setHeaders(std::move(headers));
            return moved;
        }
        const QString rest = path.mid(end);
        // The portal's root holds the member sites' directories; they are reached by their own prefix only.
        if (site->second.served.main && (rest == kPrefixRoot.chopped(1) || rest.startsWith(kPrefixRoot)))
            return notFound();
        return site->second.byPrefix->serve(request, rest);
    }
    qint64 siteId = m_mainId;
    if (const auto byDomain = m_byDomain.constFind(hostOf(request)); byDomain != m_byDomain.cend())
        siteId = *byDomain;
    const auto site = m_byId.find(siteId);
    if (site == m_byId.end() || !site->second.byHost)
        return path.startsWith(u"/api/"_s) || path == u"/api"_s ? std::nullopt
                                                                  : std::optional<QHttpServerResponse>(notFound());
    return site->second.byHost->serve(request, path);
}

} // namespace pd::server
