#include "server/publish/PublicSite.h"

#include "server/db/Database.h"
#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/db/TraditionalStore.h"
#include "server/publish/LiveEventSource.h"
#include "server/publish/PublishLog.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using domain::Item;
using domain::ItemType;

const QString kVersionFile = WebRoot::VersionFile.toString();
// Directories whose every file is owned by a page; a full render removes whatever it did not write there.
const QStringList kManagedDirs{u"items"_s, u"columns"_s, u"features"_s, u"disclosure"_s, u"live"_s, u"assets"_s};

/// The catalogue pages an item is on: its category's and, for a sub-category, its top category's.
QStringList categoryCodes(const Item &item, const domain::TopicCategoryCatalog &catalog)
{
    if (!item.disclosure || item.disclosure->topicCategory.isEmpty())
        return {};
    const QString code = item.disclosure->topicCategory;
    const auto category = catalog.byCode(code);
    return category && !category->isTopLevel() ? QStringList{category->parentCode, code} : QStringList{code};
}

QStringList categoryCodes(const std::optional<Item> &item, const domain::TopicCategoryCatalog &catalog)
{
    return item ? categoryCodes(*item, catalog) : QStringList();
}

} // namespace

PublicSite::PublicSite(Database &db, SiteRepository &sites, ItemRepository &items, Options options, QObject *parent)
    : QObject(parent), m_db(db), m_sites(sites), m_items(items), m_options(std::move(options)),
      m_webroot(m_options.webroot), m_builder(m_content, m_renderer, m_catalog)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &PublicSite::flush);
    // A live page lists every post of its event, so rendering it costs more with each post, and it runs on the
    // thread that hands new posts to the readers' sockets. Posts come in bursts (three sub-forums posting at once,
    // a post and its approval): one render per window serves them all and stays out of the way of the fan-out of
    // the post that started it. Readers on sockets have the post already; pollers ask every few seconds.
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(kLiveRenderWindow);
    connect(&m_liveTimer, &QTimer::timeout, this, &PublicSite::flush);
}

PublicSite::~PublicSite() = default;

void PublicSite::setLiveEventSource(LiveEventSource *source)
{
    m_live = source;
    if (m_hasSite && m_live) {
        loadLiveEvents();
        for (const domain::LiveEvent &e : m_content.liveEvents())
            liveEventChanged(e.id);
    }
}

QString PublicSite::icpRecord() const
{
    if (!m_options.icpRecord.isEmpty())
        return m_options.icpRecord;
    // The 网站标识码 begins with the province's administrative code, as does the ICP prefix.
    static const QHash<QString, QString> provinces{
        {u"11"_s, u"京"_s}, {u"12"_s, u"津"_s}, {u"13"_s, u"冀"_s}, {u"14"_s, u"晋"_s}, {u"15"_s, u"蒙"_s},
        {u"21"_s, u"辽"_s}, {u"22"_s, u"吉"_s}, {u"23"_s, u"黑"_s}, {u"31"_s, u"沪"_s}, {u"32"_s, u"苏"_s},
        {u"33"_s, u"浙"_s}, {u"34"_s, u"皖"_s}, {u"35"_s, u"闽"_s}, {u"36"_s, u"赣"_s}, {u"37"_s, u"鲁"_s},
        {u"41"_s, u"豫"_s}, {u"42"_s, u"鄂"_s}, {u"43"_s, u"湘"_s}, {u"44"_s, u"粤"_s}, {u"45"_s, u"桂"_s},
        {u"46"_s, u"琼"_s}, {u"50"_s, u"渝"_s}, {u"51"_s, u"川"_s}, {u"52"_s, u"贵"_s}, {u"53"_s, u"云"_s},
        {u"54"_s, u"藏"_s}, {u"61"_s, u"陕"_s}, {u"62"_s, u"甘"_s}, {u"63"_s, u"青"_s}, {u"64"_s, u"宁"_s},
        {u"65"_s, u"新"_s}};
    const QString code = m_content.site().siteCode;
    if (code.size() < 4)
        return {};
    return u"%1ICP备%2号"_s.arg(provinces.value(code.left(2), u"京"_s), code.mid(2));
}

Result<void> PublicSite::loadSite()
{
    auto sites = m_sites.sites();
    if (!sites)
        return std::unexpected(sites.error());
    if (sites->isEmpty()) {
        m_hasSite = false;
        return {};
    }
    // Unless told which, the web root carries the portal's main site: the first one created.
    const auto main = m_options.siteId > 0
                          ? std::ranges::find(*sites, m_options.siteId, &domain::Site::id)
                          : std::ranges::min_element(*sites, {}, &domain::Site::id);
    if (main == sites->end() || !main->enabled) {
        m_hasSite = false;
        m_content.clearItems();
        return {};
    }
    auto columns = m_sites.columns(main->id);
    if (!columns)
        return std::unexpected(columns.error());
    m_content.setSite(*main, std::move(*columns));
    if (auto r = loadCatalogue(); !r)
        return r;
    m_builder.setFooter(m_options.hostOrganization, icpRecord());
    m_builder.setLiveStream(m_options.liveStreamUrl, m_options.liveStreamProtocol);
    // Column names, navigation and footer may have changed: every listing page is rendered afresh.
    m_pageKeys.clear();
    m_columnPages.clear();
    m_hasSite = true;
    return {};
}

Result<void> PublicSite::loadCatalogue()
{
    auto own = m_sites.siteCategories(m_content.site().id);
    if (!own)
        return std::unexpected(own.error());
    QList<domain::TopicCategory> categories;
    for (const domain::SiteCategory &c : std::as_const(*own))
        categories.append(c.category());
    m_catalog = domain::TopicCategoryCatalog(categories);
    return {};
}

Result<QList<Item>> PublicSite::loadPublished(bool withBodies)
{
    // One query for the whole index: 100,000 single-row look-ups took most of portald's start-up.
    auto items = m_items.allInState(m_content.site().id, domain::ItemState::Published, withBodies);
    if (!items)
        return std::unexpected(items.error());
    QList<Item> out;
    out.reserve(items->size());
    for (Item &item : *items)
        if (isPublishedHere(item))
            out.append(std::move(item));
    return out;
}

void PublicSite::loadLiveEvents()
{
    if (!m_live || !m_hasSite)
        return;
    auto ids = m_live->publicEventIds(m_content.site().id);
    if (!ids) {
        qCWarning(lcPublish).noquote() << "live events unavailable:" << ids.error().message;
        return;
    }
    for (const qint64 id : std::as_const(*ids)) {
        if (auto view = m_live->publicEvent(id))
            m_content.setLiveEvent(view->event);
    }
}

bool PublicSite::isPublishedHere(const Item &item) const
{
    return item.siteId == m_content.site().id && item.workflow.state == domain::ItemState::Published;
}

Result<void> PublicSite::start()
{
    if (auto r = m_webroot.ensureExists(); !r)
        return r;
    if (auto r = loadSite(); !r)
        return r;
    const bool fresh = !m_webroot.exists(u"index.html"_s);
    const bool stale = m_webroot.read(kVersionFile).trimmed() != m_renderer.version();
    if (fresh || stale) {
        auto stats = renderAll();
        if (!stats)
            return std::unexpected(stats.error());
        qCInfo(lcPublish).noquote() << "rendered the public site into" << m_webroot.path() << ':' << stats->pagesRendered
                                    << "pages," << stats->filesWritten << "files written," << stats->filesRemoved
                                    << "removed in" << stats->milliseconds << "ms";
        return {};
    }
    if (!m_hasSite)
        return {};
    QElapsedTimer timer;
    timer.start();
    auto items = loadPublished(false);
    if (!items)
        return std::unexpected(items.error());
    for (Item &item : *items)
        m_content.upsert(std::move(item));
    loadLiveEvents();
    qCInfo(lcPublish) << "loaded the public index of" << m_content.itemCount() << "published items in"
                      << timer.elapsed() << "ms";
    // The web root is portald's own and up to date (same templates): what its column pages were rendered from can
    // be worked out without rendering them, so the next publish re-renders only the pages it changes.
    for (const domain::Column &c : m_content.columns())
        m_columnPages.insert(c.id, m_builder.columnKeys(c.id, m_pageKeys));
    return {};
}

Result<PublicSite::Stats> PublicSite::renderAll()
{
    QElapsedTimer timer;
    timer.start();
    Batch batch;
    if (auto r = loadSite(); !r)
        return std::unexpected(r.error());
    if (auto r = writeAssets(batch); !r)
        return std::unexpected(r.error());
    if (m_hasSite) {
        auto items = loadPublished(true);
        if (!items)
            return std::unexpected(items.error());
        m_content.clearItems();
        for (const Item &item : std::as_const(*items))
            m_content.upsert(item);
        loadLiveEvents();
        qCDebug(lcPublish) << "loaded" << items->size() << "published items in" << timer.elapsed() << "ms";

        for (const Item &item : std::as_const(*items))
            if (auto r = renderItemPage(item, batch); !r)
                return std::unexpected(r.error());
        for (const domain::Column &c : m_content.columns())
            if (auto r = renderColumn(c.id, batch, false); !r)
                return std::unexpected(r.error());
        if (auto r = write(m_builder.home(), batch); !r)
            return std::unexpected(r.error());
        if (auto r = write(m_builder.disclosureIndex(), batch); !r)
            return std::unexpected(r.error());
        for (const domain::TopicCategory &c : m_catalog.all())
            if (auto r = writeAll(m_builder.disclosureCategory(c.code), batch); !r)
                return std::unexpected(r.error());
        if (m_live) {
            for (const domain::LiveEvent &e : m_content.liveEvents()) {
                auto view = m_live->publicEvent(e.id);
                if (view)
                    if (auto r = writeAll(m_builder.live(*view), batch); !r)
                        return std::unexpected(r.error());
            }
        }
    }
    // Whatever no page claimed any more (a withdrawn item, a shorter column) goes.
    QSet<QString> keep(batch.written.cbegin(), batch.written.cend());
    keep.unite(QSet<QString>(batch.kept.cbegin(), batch.kept.cend()));
    for (const QString &dir : kManagedDirs)
        for (const QString &file : m_webroot.files(dir))
            if (!keep.contains(file))
                if (auto r = remove(file, batch); !r)
                    return std::unexpected(r.error());
    if (!m_hasSite)
        if (auto r = remove(u"index.html"_s, batch); !r)
            return std::unexpected(r.error());
    if (auto r = m_webroot.write(kVersionFile, m_renderer.version() + '\n'); !r)
        return std::unexpected(r.error());

    Stats stats;
    stats.pagesRendered = batch.rendered;
    stats.filesWritten = int(batch.written.size());
    stats.filesRemoved = int(batch.removed.size());
    finish(batch);
    stats.milliseconds = timer.elapsed();
    return stats;
}

Result<void> PublicSite::writeAssets(Batch &batch)
{
    for (const QString &name : PageRenderer::assetNames()) {
        if (auto r = write(PublicPage{u"assets/"_s + name, PageRenderer::asset(name)}, batch); !r)
            return r;
    }
    if (m_hasSite)
        return write(m_builder.notFound(), batch);
    return {};
}

void PublicSite::itemStateChanged(qint64 itemId)
{
    m_pendingItems.insert(itemId);
    m_flushTimer.start();
}

void PublicSite::liveEventChanged(qint64 eventId)
{
    m_pendingEvents.insert(eventId);
    // Not restarted by later changes: a steady stream of posts still gets its pages rendered every window.
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void PublicSite::flush()
{
    if (!m_hasSite) {
        // The site may have been created since start-up (portald without --demo, then an import).
        if (auto r = loadSite(); !r || !m_hasSite) {
            m_pendingItems.clear();
            m_pendingEvents.clear();
            return;
        }
    }
    if (auto r = loadCatalogue(); !r)
        qCWarning(lcPublish).noquote() << "could not read the site's own topic categories:" << r.error().message;
    QElapsedTimer timer;
    timer.start();
    Batch batch;
    const QList<qint64> items(m_pendingItems.cbegin(), m_pendingItems.cend());
    const QList<qint64> events(m_pendingEvents.cbegin(), m_pendingEvents.cend());
    m_pendingItems.clear();
    m_pendingEvents.clear();
    m_liveTimer.stop(); // what it waited for is rendered now
    for (const qint64 id : items)
        if (auto r = renderItem(id, batch); !r)
            qCWarning(lcPublish).noquote() << "could not render the pages of item" << id << ':' << r.error().message;
    for (const qint64 id : events)
        if (auto r = renderLive(id, batch); !r)
            qCWarning(lcPublish).noquote() << "could not render live event" << id << ':' << r.error().message;
    if (!batch.written.isEmpty() || !batch.removed.isEmpty())
        qCDebug(lcPublish) << "re-rendered" << batch.rendered << "pages," << batch.written.size() << "written,"
                           << batch.removed.size() << "removed in" << timer.elapsed() << "ms";
    finish(batch);
}

Result<void> PublicSite::renderItem(qint64 itemId, Batch &batch)
{
    std::optional<Item> before;
    if (const Item *known = m_content.item(itemId))
        before = *known;
    auto found = m_items.find(itemId);
    if (!found)
        return std::unexpected(found.error());
    std::optional<Item> after;
    if (*found && isPublishedHere(**found))
        after = std::move(**found);
    if (!before && !after)
        return {}; // a draft or a review step: nothing public changed

    // Its own page.
    if (after) {
        m_content.upsert(*after);
        if (auto r = renderItemPage(*after, batch); !r)
            return r;
    } else {
        m_content.remove(itemId);
        if (auto r = remove(PageBuilder::itemPath(itemId), batch); !r)
            return r;
    }
    if (before && before->feature && PageBuilder::isUsableSlug(before->feature->slug)
        && (!after || !after->feature || after->feature->slug != before->feature->slug))
        if (auto r = prune(PageBuilder::featureDir(before->feature->slug), {}, batch); !r)
            return r;

    // The columns listing it, with their ancestors (a parent column lists its children's items).
    QSet<qint64> columns;
    for (const auto &version : {before, after}) {
        if (!version)
            continue;
        for (const qint64 c : version->columnIds)
            for (const domain::Column *t : m_content.trail(c))
                columns.insert(t->id);
        const auto kind = version->type == ItemType::Feature      ? domain::ColumnKind::Feature
                          : version->type == ItemType::Disclosure ? domain::ColumnKind::Disclosure
                                                                  : std::optional<domain::ColumnKind>();
        if (kind)
            for (const domain::Column &c : m_content.columns())
                if (c.kind == *kind)
                    for (const domain::Column *t : m_content.trail(c.id))
                        columns.insert(t->id);
    }
    for (const qint64 c : std::as_const(columns))
        if (auto r = renderColumn(c, batch); !r)
            return r;
    if (auto r = write(m_builder.home(), batch); !r)
        return r;

    // Features that reference it, and — when it is a feature — the items it references (their pages name it).
    for (const Item *feature : m_content.featuresReferencing(itemId))
        if (auto r = write(m_builder.feature(*feature), batch); !r)
            return r;
    QSet<qint64> referenced;
    for (const auto &version : {before, after})
        if (version && version->feature)
            for (const qint64 id : version->feature->referencedItems())
                referenced.insert(id);
    for (const qint64 id : std::as_const(referenced)) {
        if (!m_content.item(id))
            continue;
        auto full = m_items.find(id);
        if (full && *full && isPublishedHere(**full))
            if (auto r = renderItemPage(**full, batch); !r)
                return r;
    }

    const QStringList codes = categoryCodes(before, m_catalog) + categoryCodes(after, m_catalog);
    if (!codes.isEmpty())
        return renderDisclosure(codes, batch);
    return {};
}

QList<ItemPages::Page> PublicSite::pagesOf(qint64 itemId) const
{
    QList<Page> out;
    if (!m_hasSite)
        return out;
    appendPagesOf(itemId, false, out);
    TraditionalStore links(m_db);
    if (auto link = links.linkOf(itemId); link && link->has_value())
        appendPagesOf((*link)->itemId, true, out);
    else if (!link)
        qCWarning(lcPublish).noquote() << "the 繁体 copy of item" << itemId << "is unknown:" << link.error().message;
    return out;
}

void PublicSite::appendPagesOf(qint64 itemId, bool traditionalCopy, QList<Page> &out) const
{
    const Item *item = m_content.item(itemId);
    if (!item)
        return;
    const auto add = [&](const QString &url, const QString &title, const QString &kind) {
        if (std::ranges::none_of(out, [&](const Page &p) { return p.url == url; }))
            out.append(Page{url, title, kind});
    };
    // Where in a newest-first listing of `count` entries the item sits: the front page holds the newest PageSize,
    // archive page k the k-th PageSize counted from the oldest (PageBuilder's pagination).
    const auto archiveFile = [](qsizetype index, qsizetype count) {
        if (index < PageBuilder::PageSize)
            return QString();
        const qsizetype k = (count - index + PageBuilder::PageSize - 1) / PageBuilder::PageSize;
        return u"page-%1.html"_s.arg(k);
    };
    add(PageBuilder::publicUrlOf(*item), item->title, traditionalCopy ? u"traditional"_s : u"item"_s);

    QList<qint64> columns;
    for (const qint64 c : item->columnIds)
        for (const domain::Column *t : m_content.trail(c))
            if (!columns.contains(t->id))
                columns.append(t->id);
    const auto kind = item->type == ItemType::Feature      ? domain::ColumnKind::Feature
                      : item->type == ItemType::Disclosure ? domain::ColumnKind::Disclosure
                                                           : std::optional<domain::ColumnKind>();
    if (kind)
        for (const domain::Column &c : m_content.columns())
            if (c.kind == *kind)
                for (const domain::Column *t : m_content.trail(c.id))
                    if (!columns.contains(t->id))
                        columns.append(t->id);
    for (const qint64 id : std::as_const(columns)) {
        const domain::Column *column = m_content.column(id);
        if (!column)
            continue;
        const QList<const Item *> listing = column->kind == domain::ColumnKind::Feature ? m_content.ofType(ItemType::Feature)
                                            : column->kind == domain::ColumnKind::Disclosure
                                                ? m_content.ofType(ItemType::Disclosure)
                                                : m_content.inColumnTree(id);
        const qsizetype index = listing.indexOf(item);
        if (index < 0)
            continue;
        add(u"/"_s + PageBuilder::columnDir(id) + u'/' + archiveFile(index, listing.size()), column->name, u"column"_s);
    }

    // The home page shows the newest few of several lists; asking the page itself is simpler than repeating them.
    if (auto home = m_builder.home(); home && QString::fromUtf8(home->bytes).contains(PageBuilder::publicUrlOf(*item)))
        add(u"/"_s, m_content.site().name, u"home"_s);

    for (const Item *feature : m_content.featuresReferencing(itemId))
        add(PageBuilder::publicUrlOf(*feature), feature->title, u"feature"_s);

    for (const QString &code : categoryCodes(*item, m_catalog)) {
        const QList<const Item *> listing = m_content.disclosuresIn(code);
        const qsizetype index = listing.indexOf(item);
        if (index < 0)
            continue;
        const qsizetype page = index / PageBuilder::PageSize + 1;
        const QString name = m_catalog.contains(code) ? m_catalog.path(code) : code;
        add(u"/"_s + PageBuilder::disclosureDir(code) + u'/' + (page <= 1 ? QString() : u"page-%1.html"_s.arg(page)),
            u"信息公开目录 · "_s + name, u"catalogue"_s);
    }
}

Result<void> PublicSite::renderItemPage(const Item &item, Batch &batch)
{
    if (item.type == ItemType::Feature) {
        if (!item.feature || !PageBuilder::isUsableSlug(item.feature->slug)) {
            qCWarning(lcPublish) << "feature" << item.id << "has no usable slug; not rendered";
            return {};
        }
        return write(m_builder.feature(item), batch);
    }
    return write(m_builder.item(item), batch);
}

Result<void> PublicSite::renderColumn(qint64 columnId, Batch &batch, bool prunePages)
{
    auto pages = m_builder.column(columnId, &m_pageKeys);
    if (!pages)
        return std::unexpected(pages.error());
    if (auto r = writeAll(pages, batch); !r)
        return r;
    // Archive pages only ever go when the column got shorter (or nobody knows how long it was).
    const auto known = m_columnPages.constFind(columnId);
    const bool shorter = known == m_columnPages.cend() || *known > pages->size();
    m_columnPages.insert(columnId, pages->size());
    if (!prunePages || !shorter)
        return {};
    QStringList keep;
    for (const PublicPage &p : std::as_const(*pages))
        keep.append(p.path);
    return prune(PageBuilder::columnDir(columnId), keep, batch);
}

Result<void> PublicSite::renderDisclosure(const QStringList &codes, Batch &batch)
{
    if (auto r = write(m_builder.disclosureIndex(), batch); !r)
        return r;
    QSet<QString> done;
    for (const QString &code : codes) {
        if (done.contains(code) || !m_catalog.contains(code))
            continue;
        done.insert(code);
        auto pages = m_builder.disclosureCategory(code);
        if (!pages)
            return std::unexpected(pages.error());
        QStringList keep;
        for (const PublicPage &p : std::as_const(*pages))
            keep.append(p.path);
        if (auto r = writeAll(pages, batch); !r)
            return r;
        // Only this category's own pages: sub-category directories are siblings, not children, of it.
        if (auto r = prune(PageBuilder::disclosureDir(code), keep, batch); !r)
            return r;
    }
    return {};
}

Result<void> PublicSite::renderLive(qint64 eventId, Batch &batch)
{
    if (!m_live)
        return {};
    // What the listings show of an event: the public form, which carries nothing of who reviews.
    const auto listed = [](const std::optional<domain::LiveEvent> &e) { return e ? e->toPublicJson() : QJsonObject(); };
    const std::optional<domain::LiveEvent> before = [&]() -> std::optional<domain::LiveEvent> {
        for (const domain::LiveEvent &e : m_content.liveEvents())
            if (e.id == eventId)
                return e;
        return std::nullopt;
    }();
    auto view = m_live->publicEvent(eventId);
    if (!view) {
        if (view.error().code != ErrorCode::NotFound)
            return std::unexpected(view.error());
        m_content.removeLiveEvent(eventId);
        if (auto r = prune(PageBuilder::liveDir(eventId), {}, batch); !r)
            return r;
    } else {
        m_content.setLiveEvent(view->event);
        if (auto r = writeAll(m_builder.live(*view), batch); !r)
            return r;
    }
    const std::optional<domain::LiveEvent> now = view ? std::optional(view->event) : std::nullopt;
    if (listed(now) == listed(before))
        return {}; // only posts changed: the listings show titles and states, not posts
    if (auto r = write(m_builder.home(), batch); !r)
        return r;
    for (const domain::Column &c : m_content.columns())
        if (c.kind == domain::ColumnKind::Live)
            for (const domain::Column *t : m_content.trail(c.id))
                if (auto r = renderColumn(t->id, batch); !r)
                    return r;
    return {};
}

Result<void> PublicSite::write(const PublicPage &page, Batch &batch)
{
    if (page.unchanged) {
        batch.kept.append(page.path);
        return {};
    }
    ++batch.rendered;
    auto changed = m_webroot.write(page.path, page.bytes);
    if (!changed) {
        m_pageKeys.remove(page.path); // not on disk as rendered: render it again next time
        return std::unexpected(changed.error());
    }
    // Full renders compare `written` with the files on disk, so unchanged files count as written too.
    batch.written.append(page.path);
    return {};
}

Result<void> PublicSite::write(const Result<PublicPage> &page, Batch &batch)
{
    if (!page)
        return std::unexpected(page.error());
    return write(*page, batch);
}

Result<void> PublicSite::writeAll(const Result<QList<PublicPage>> &pages, Batch &batch)
{
    if (!pages)
        return std::unexpected(pages.error());
    for (const PublicPage &p : *pages)
        if (auto r = write(p, batch); !r)
            return r;
    return {};
}

Result<void> PublicSite::prune(const QString &dir, const QStringList &keep, Batch &batch)
{
    for (const QString &file : m_webroot.files(dir)) {
        // Direct children only: /disclosure/01/ must not prune /disclosure/0101/ (a sibling directory anyway).
        if (file.count(u'/') != dir.count(u'/') + 1 || keep.contains(file))
            continue;
        if (auto r = remove(file, batch); !r)
            return r;
    }
    return {};
}

Result<void> PublicSite::remove(const QString &path, Batch &batch)
{
    auto removed = m_webroot.remove(path);
    if (!removed)
        return std::unexpected(removed.error());
    if (*removed)
        batch.removed.append(path);
    return {};
}

void PublicSite::finish(const Batch &batch)
{
    QStringList changed = batch.written + batch.removed;
    if (!changed.isEmpty())
        Q_EMIT filesChanged(changed);
}

} // namespace pd::server
