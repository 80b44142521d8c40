#pragma once
#include "app/domain/Error.h"
#include "app/domain/Site.h"
#include "server/publish/ItemPages.h"
#include "server/publish/LiveFeedSink.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

namespace pd::server {

class Database;
class ItemRepository;
class LiveEventSource;
class PublicSite;
class SiteRepository;

/// Every public site of the group (站群), each rendered into its own root by its own PublicSite: the portal — the
/// first site created — into the web root itself, every other enabled site into `sites/{siteCode}/` below it. A
/// disabled site has no pages: its directory is removed, and it is rendered afresh when it is enabled again. Item and
/// live changes go to the renderer of the site they belong to.
class PublicSites : public QObject, public LiveFeedSink, public ItemPages
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicSites)

public:
    struct Options {
        QString webroot;
        QString hostOrganization; ///< 主办单位 of the portal; empty: the site's name without 门户网站
        QString icpRecord;        ///< ICP 备案号 of the portal; empty: derived from the 网站标识码
        QString liveStreamUrl;      ///< where every site's live pages subscribe (PublicSite::Options)
        QString liveStreamProtocol; ///< `portald` or `nchan`
    };
    /// A site as the static file server needs it: where its files are and by which names it is reached.
    struct Served {
        qint64 siteId = 0;
        QString siteCode;
        QString domain;
        QString root;      ///< absolute directory of its pages
        bool main = false; ///< the portal, served for any host name no site claims
        bool enabled = false;
    };

    PublicSites(Database &db, SiteRepository &sites, ItemRepository &items, Options options, QObject *parent = nullptr);
    ~PublicSites() override;

    /// The directory below the web root that holds a member site's pages.
    [[nodiscard]] static QString memberDir(const QString &siteCode);

    void setLiveEventSource(LiveEventSource *source);
    /// Brings every site's root up to date (a full render only where it is new or was rendered by other templates).
    Result<void> start();
    /// A site was created or its settings changed: it is rendered afresh, or removed when it was disabled.
    Result<void> siteChanged(qint64 siteId);

    /// An item changed: the pages of its site follow on the next event-loop turn.
    void itemStateChanged(qint64 itemId, qint64 siteId);
    /// LiveFeedSink: the event's page and listings on its own site.
    void liveEventChanged(qint64 eventId) override;
    /// Renders whatever is pending on every site right now.
    void flush();
    /// ItemPages: the pages showing the item on the sites rendered here.
    [[nodiscard]] QList<Page> pagesOf(qint64 itemId) const override;

    [[nodiscard]] QList<Served> served() const { return m_served; }
    [[nodiscard]] QString webroot() const { return m_options.webroot; }

Q_SIGNALS:
    /// Files below a site's root that were written or removed (relative to that root).
    void filesChanged(qint64 siteId, const QStringList &paths);
    /// Sites were added, removed, enabled, disabled or renamed: the table of served sites changed.
    void servedChanged();

private:
    Result<QList<domain::Site>> loadSites();
    /// Creates, starts, re-renders or drops the renderer of `site` to match its settings.
    Result<void> apply(const domain::Site &site, bool renderAgain);
    /// Removes member-site directories that belong to no enabled site.
    Result<void> removeStrayDirectories();
    void updateServed(const QList<domain::Site> &sites);

    Database &m_db;
    SiteRepository &m_sites;
    ItemRepository &m_items;
    Options m_options;
    LiveEventSource *m_live = nullptr;
    qint64 m_mainId = 0;
    /// Renderers by site id, the portal's under 0; a disabled member site has none.
    std::map<qint64, std::unique_ptr<PublicSite>> m_renderers;
    /// The directory each member renderer writes to, so a changed 网站标识码 moves its pages.
    std::map<qint64, QString> m_dirs;
    QList<Served> m_served;
};

} // namespace pd::server
