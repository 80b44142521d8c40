#include "server/publish/PublicSites.h"

#include "server/db/SiteRepository.h"
#include "server/publish/LiveEventSource.h"
#include "server/publish/PublicSite.h"
#include "server/publish/PublishLog.h"
#include "server/publish/WebRoot.h"

#include <QDir>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

const QString kMembersDir = u"sites"_s;

bool isUsableCode(const QString &code)
{
    return !code.isEmpty() && !code.contains(u'/') && WebRoot::isSafeRelative(code);
}

} // namespace

PublicSites::PublicSites(Database &db, SiteRepository &sites, ItemRepository &items, Options options, QObject *parent)
    : QObject(parent), m_db(db), m_sites(sites), m_items(items), m_options(std::move(options))
{
}

PublicSites::~PublicSites() = default;

QString PublicSites::memberDir(const QString &siteCode)
{
    return kMembersDir + u'/' + siteCode;
}

void PublicSites::setLiveEventSource(LiveEventSource *source)
{
    m_live = source;
    for (auto &[id, renderer] : m_renderers)
        renderer->setLiveEventSource(source);
}

Result<QList<domain::Site>> PublicSites::loadSites()
{
    auto sites = m_sites.sites();
    if (!sites)
        return sites;
    m_mainId = sites->isEmpty() ? 0 : std::ranges::min_element(*sites, {}, &domain::Site::id)->id;
    return sites;
}

Result<void> PublicSites::start()
{
    auto sites = loadSites();
    if (!sites)
        return std::unexpected(sites.error());
    // The portal's renderer exists even before there is a site: it picks up the first one created.
    if (!m_renderers.contains(0)) {
        auto main = std::make_unique<PublicSite>(
            m_db, m_sites, m_items,
            PublicSite::Options{m_options.webroot, 0, m_options.hostOrganization, m_options.icpRecord,
                                m_options.liveStreamUrl, m_options.liveStreamProtocol},
            this);
        connect(main.get(), &PublicSite::filesChanged, this,
                [this](const QStringList &paths) { Q_EMIT filesChanged(m_mainId, paths); });
        main->setLiveEventSource(m_live);
        m_renderers.emplace(0, std::move(main));
    }
    if (auto r = m_renderers.at(0)->start(); !r)
        return r;
    for (const domain::Site &site : std::as_const(*sites))
        if (site.id != m_mainId)
            if (auto r = apply(site, false); !r)
                return r;
    if (auto r = removeStrayDirectories(); !r)
        return r;
    updateServed(*sites);
    return {};
}

Result<void> PublicSites::siteChanged(qint64 siteId)
{
    auto sites = loadSites();
    if (!sites)
        return std::unexpected(sites.error());
    const auto site = std::ranges::find(*sites, siteId, &domain::Site::id);
    Result<void> done;
    if (site == sites->end())
        done = {};
    else if (site->id == m_mainId && m_renderers.contains(0))
        done = m_renderers.at(0)->renderAll().transform([](const PublicSite::Stats &) {});
    else
        done = apply(*site, true);
    if (done)
        done = removeStrayDirectories();
    updateServed(*sites);
    Q_EMIT servedChanged();
    return done;
}

Result<void> PublicSites::apply(const domain::Site &site, bool renderAgain)
{
    const QString dir = site.enabled && isUsableCode(site.siteCode) ? memberDir(site.siteCode) : QString();
    const auto known = m_dirs.find(site.id);
    if (known != m_dirs.end() && known->second != dir) {
        // Disabled, or its 网站标识码 changed: the old pages go with their directory.
        m_renderers.erase(site.id);
        if (!QDir(m_options.webroot + u'/' + known->second).removeRecursively())
            return fail(ErrorCode::Storage, u"无法删除站点目录 %1"_s.arg(known->second));
        m_dirs.erase(known);
    }
    if (dir.isEmpty())
        return {};
    if (const auto it = m_renderers.find(site.id); it != m_renderers.end()) {
        if (!renderAgain)
            return {};
        auto stats = it->second->renderAll();
        if (!stats)
            return std::unexpected(stats.error());
        return {};
    }
    auto renderer = std::make_unique<PublicSite>(
        m_db, m_sites, m_items, PublicSite::Options{m_options.webroot + u'/' + dir, site.id, {}, {}, m_options.liveStreamUrl,
                                                m_options.liveStreamProtocol},
        this);
    connect(renderer.get(), &PublicSite::filesChanged, this,
            [this, id = site.id](const QStringList &paths) { Q_EMIT filesChanged(id, paths); });
    renderer->setLiveEventSource(m_live);
    PublicSite &started = *renderer;
    m_renderers.emplace(site.id, std::move(renderer));
    m_dirs.emplace(site.id, dir);
    return started.start();
}

Result<void> PublicSites::removeStrayDirectories()
{
    QSet<QString> owned;
    for (const auto &[id, dir] : m_dirs)
        owned.insert(dir);
    const QDir members(m_options.webroot + u'/' + kMembersDir);
    for (const QString &name : members.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (owned.contains(memberDir(name)))
            continue;
        qCInfo(lcPublish).noquote() << "removing the pages of a site no longer served:" << memberDir(name);
        if (!QDir(members.filePath(name)).removeRecursively())
            return fail(ErrorCode::Storage, u"无法删除站点目录 %1"_s.arg(memberDir(name)));
    }
    return {};
}

void PublicSites::updateServed(const QList<domain::Site> &sites)
{
    m_served.clear();
    for (const domain::Site &site : sites) {
        const bool main = site.id == m_mainId;
        const auto dir = m_dirs.find(site.id);
        Served served{site.id, site.siteCode, site.domain.trimmed().toLower(), {}, main, false};
        if (main) {
            served.root = m_options.webroot;
            served.enabled = site.enabled;
        } else if (dir != m_dirs.end()) {
            served.root = m_options.webroot + u'/' + dir->second;
            served.enabled = true;
        }
        m_served.append(served);
    }
}

void PublicSites::itemStateChanged(qint64 itemId, qint64 siteId)
{
    const auto it = m_renderers.find(siteId == m_mainId ? 0 : siteId);
    if (it != m_renderers.end())
        it->second->itemStateChanged(itemId);
}

void PublicSites::liveEventChanged(qint64 eventId)
{
    if (!m_live)
        return;
    auto site = m_live->publicEventSite(eventId);
    if (site) {
        const auto it = m_renderers.find(*site == m_mainId ? 0 : *site);
        if (it != m_renderers.end())
            it->second->liveEventChanged(eventId);
        return;
    }
    // Gone: whichever site had its page removes it (the others have nothing to do).
    for (auto &[id, renderer] : m_renderers)
        renderer->liveEventChanged(eventId);
}

void PublicSites::flush()
{
    for (auto &[id, renderer] : m_renderers)
        renderer->flush();
}

QList<ItemPages::Page> PublicSites::pagesOf(qint64 itemId) const
{
    QList<Page> out;
    for (const auto &[id, renderer] : m_renderers)
        out += renderer->pagesOf(itemId);
    return out;
}

} // namespace pd::server
