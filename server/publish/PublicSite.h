#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/TopicCategoryCatalog.h"
#include "server/publish/ItemPages.h"
#include "server/publish/LiveFeedSink.h"
#include "server/publish/PageBuilder.h"
#include "server/publish/PageRenderer.h"
#include "server/publish/SiteContent.h"
#include "server/publish/WebRoot.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <optional>

namespace pd::server {

class Database;
class ItemRepository;
class LiveEventSource;
class SiteRepository;

/// One public site citizens read, as static files in its web root (PublicSites holds one per site of the group). A
/// disabled site is not rendered: a full render then leaves its root without pages. A full render runs at start-up when the
/// web root is empty or was rendered by other templates; afterwards every item or live-event change re-renders only
/// the pages that show it (its own page, its columns, the home page, features referencing it, the disclosure
/// catalogue), batched on the next turn of the event loop so request handling never waits on rendering.
class PublicSite : public QObject, public LiveFeedSink, public ItemPages
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicSite)

public:
    struct Options {
        QString webroot;
        qint64 siteId = 0;        ///< the site rendered here; 0: the first site created (the portal)
        QString hostOrganization; ///< 主办单位; empty: the site's name without 门户网站
        QString icpRecord;        ///< ICP 备案号; empty: derived from the 网站标识码
        QString liveStreamUrl;      ///< where live pages subscribe, `{event}` for the id; empty: portald's own
        QString liveStreamProtocol; ///< `portald` or `nchan` (PageContext::setLiveStream); empty: portald
    };
    struct Stats {
        int pagesRendered = 0;
        int filesWritten = 0;
        int filesRemoved = 0;
        qint64 milliseconds = 0;
    };

    PublicSite(Database &db, SiteRepository &sites, ItemRepository &items, Options options, QObject *parent = nullptr);
    ~PublicSite() override;

    /// Where live pages get their data; may be set before or after start().
    void setLiveEventSource(LiveEventSource *source);

    /// Loads what is published; renders the whole site when the web root is empty or its templates changed.
    Result<void> start();
    /// Renders every page now and removes files no page owns any more.
    Result<Stats> renderAll();

    /// An item was created, edited or moved through the workflow: its pages follow on the next event-loop turn.
    void itemStateChanged(qint64 itemId);
    /// How long the live pages of an event wait for more changes before they are rendered again.
    static constexpr std::chrono::milliseconds kLiveRenderWindow{250};

    /// LiveFeedSink: the public view of a live event changed; its pages follow within kLiveRenderWindow.
    void liveEventChanged(qint64 eventId) override;
    /// Renders whatever is pending right now (normally driven by a zero-delay timer).
    void flush();
    /// ItemPages: the item's own page, the column (or archive) pages and the home page listing it, the features
    /// referencing it, its catalogue pages, and the same for its 繁体 copy — from what was last rendered.
    [[nodiscard]] QList<Page> pagesOf(qint64 itemId) const override;

    [[nodiscard]] const QString &webroot() const { return m_webroot.path(); }
    [[nodiscard]] QByteArray templateVersion() const { return m_renderer.version(); }

Q_SIGNALS:
    /// Files below the web root that were written or removed (relative paths), for the static file server's cache.
    void filesChanged(const QStringList &paths);

private:
    struct Batch {
        QStringList written;
        QStringList kept; ///< pages whose inputs did not change: not rendered, their files stay
        QStringList removed;
        int rendered = 0;
    };

    Result<void> loadSite();
    /// The national topic categories and the site's own, read again before each render so a category an
    /// administrator adds reaches the public catalogue with the next published item.
    Result<void> loadCatalogue();
    /// Every published item of the site; bodies only for a full render (listings do not show them).
    Result<QList<domain::Item>> loadPublished(bool withBodies);
    void loadLiveEvents();
    Result<void> renderItem(qint64 itemId, Batch &batch);
    Result<void> renderLive(qint64 eventId, Batch &batch);
    /// The column's pages that changed; `prunePages`: also remove archive pages it no longer has.
    Result<void> renderColumn(qint64 columnId, Batch &batch, bool prunePages = true);
    Result<void> renderDisclosure(const QStringList &codes, Batch &batch);
    Result<void> renderItemPage(const domain::Item &item, Batch &batch);
    Result<void> write(const PublicPage &page, Batch &batch);
    Result<void> write(const Result<PublicPage> &page, Batch &batch);
    Result<void> writeAll(const Result<QList<PublicPage>> &pages, Batch &batch);
    /// Removes files below `dir` that `keep` does not name (pagination pages that no longer exist).
    Result<void> prune(const QString &dir, const QStringList &keep, Batch &batch);
    Result<void> remove(const QString &path, Batch &batch);
    Result<void> writeAssets(Batch &batch);
    void finish(const Batch &batch);
    [[nodiscard]] bool isPublishedHere(const domain::Item &item) const;
    void appendPagesOf(qint64 itemId, bool traditionalCopy, QList<Page> &out) const;
    [[nodiscard]] QString icpRecord() const;

    Database &m_db;
    SiteRepository &m_sites;
    ItemRepository &m_items;
    Options m_options;
    WebRoot m_webroot;
    PageRenderer m_renderer;
    domain::TopicCategoryCatalog m_catalog;
    SiteContent m_content;
    PageBuilder m_builder;
    LiveEventSource *m_live = nullptr;
    bool m_hasSite = false;
    PageBuilder::PageKeys m_pageKeys;
    QHash<qint64, qsizetype> m_columnPages; ///< pages each column had when last rendered (prune only when fewer)
    QSet<qint64> m_pendingItems;
    QSet<qint64> m_pendingEvents;
    QTimer m_flushTimer;
    QTimer m_liveTimer; ///< live pages: one render per window, however many posts arrive in it
};

} // namespace pd::server
