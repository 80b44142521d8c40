#include "server/PortalServer.h"

#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordWorkers.h"
#include "server/http/ClientAddress.h"
#include "server/auth/TokenService.h"
#include "server/db/AdminAuditLog.h"
#include "server/db/CheckRuleRepository.h"
#include "server/db/Transaction.h"
#include "server/db/CheckRuleStore.h"
#include "server/db/TraditionalStore.h"
#include "server/db/Database.h"
#include "server/db/IdempotencyStore.h"
#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/db/UserRepository.h"
#include "server/http/AdminController.h"
#include "server/http/ApiServer.h"
#include "server/http/SiteFields.h"
#include "server/http/UserController.h"
#include "server/http/Authenticator.h"
#include "server/http/CatalogController.h"
#include "server/http/CategoryController.h"
#include "server/http/ColumnController.h"
#include "server/http/CheckRuleController.h"
#include "server/http/TraditionalController.h"
#include "server/http/ItemController.h"
#include "server/http/ReviewController.h"
#include "server/http/HealthController.h"
#include "server/http/Metrics.h"
#include "server/http/SessionController.h"
#include "server/http/SiteController.h"
#include "server/http/SiteHealthController.h"
#include "server/http/ReportController.h"
#include "server/http/SweepController.h"
#include "server/sweep/LinkSweeper.h"
#include "server/sweep/SweepService.h"
#include "server/items/ContentChecker.h"
#include "server/items/ItemService.h"
#include "server/items/PublishScheduler.h"
#include "server/http/InterviewController.h"
#include "server/http/LiveCommentController.h"
#include "server/http/LiveEventController.h"
#include "server/http/LivePresenceController.h"
#include "server/http/LivePostController.h"
#include "server/http/StreamController.h"
#include "server/stream/NchanPublisher.h"
#include "server/http/StreamRevocation.h"
#include "server/live/LiveAudience.h"
#include "server/live/NchanAudience.h"
#include "server/live/InterviewRepository.h"
#include "server/live/InterviewService.h"
#include "server/live/LiveRepository.h"
#include "server/seed/GuestPhotoSeeder.h"
#include "server/seed/InterviewSeeder.h"
#include "server/seed/LiveSeeder.h"
#include "server/live/LiveService.h"
#include "server/http/MediaController.h"
#include "server/http/PublicMediaIndex.h"
#include "server/media/MediaRepository.h"
#include "server/media/MediaStore.h"
#include "server/publish/PublicSiteRouter.h"
#include "server/publish/PublicSites.h"
#include "server/publish/PublishLog.h"
#include "server/seed/DemoSeeder.h"
#include "server/seed/ItemGenerator.h"
#include "server/stream/EventHub.h"
#include "server/stream/ItemStreamBridge.h"
#include "server/stream/LocalStreamBus.h"
#include "server/stream/PostgresStreamBus.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr qsizetype kMinPasswordLength = 12;
}

PortalServer::PortalServer(ServerOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

PortalServer::~PortalServer() = default;

Result<void> PortalServer::prepare()
{
    if (!m_options.dataDir.isEmpty() && !QDir().mkpath(m_options.dataDir))
        return fail(ErrorCode::Storage, u"无法创建数据目录 %1"_s.arg(m_options.dataDir));
    auto db = Database::open(m_options.databaseLocation());
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    if (auto r = m_db->migrate(); !r)
        return r;

    m_users = std::make_unique<UserRepository>(*m_db);
    m_sites = std::make_unique<SiteRepository>(*m_db);
    m_adminAudit = std::make_unique<AdminAuditLog>(*m_db);
    m_hasher = std::make_unique<PasswordHasher>();
    m_tokens = std::make_unique<TokenService>(*m_db, std::chrono::seconds(m_options.accessTokenTtl));
    m_throttle = std::make_unique<LoginThrottle>();
    m_metrics = std::make_unique<Metrics>();
    m_auth = std::make_unique<Authenticator>(*m_tokens, *m_users);
    m_items = std::make_unique<ItemRepository>(*m_db);
    if (auto r = m_items->ensureSearchIndex(); !r)
        return std::unexpected(r.error());
    m_rules = std::make_unique<CheckRuleRepository>(*m_db);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_db);
    m_checker = std::make_unique<ContentChecker>(*m_db, *m_rules);
    domain::WorkingCalendar calendar;
    if (!m_options.workingCalendar.isEmpty()) {
        QFile file(m_options.workingCalendar);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::InvalidInput, u"无法读取工作日历 %1"_s.arg(m_options.workingCalendar));
        auto parsed = domain::WorkingCalendar::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!parsed)
            return fail(ErrorCode::InvalidInput, u"工作日历 %1 无效：%2"_s.arg(m_options.workingCalendar, parsed.error().message));
        calendar = *parsed;
    }
    m_itemService = new ItemService(*m_db, *m_items, *m_sites, *m_checker, calendar, ServerClock(m_options.clockStart), this);

    if (m_options.demo) {
        DemoSeeder seeder(*m_db, *m_hasher, DemoSource(m_options.demoDir));
        if (auto r = seeder.seed(); !r)
            return r;
        m_liveRepo = std::make_unique<LiveRepository>(*m_db);
        if (auto r = LiveSeeder(*m_db, *m_liveRepo, DemoSource(m_options.demoDir), calendar.timeZone()).seed(); !r)
            return r;
        InterviewRepository interviews(*m_db);
        if (auto r = InterviewSeeder(*m_db, *m_liveRepo, interviews, DemoSource(m_options.demoDir)).seed(); !r)
            return r;
    }

    m_api = new ApiServer(*m_auth, *m_metrics, ClientAddress(m_options.trustedProxies), this);
    m_health = std::make_unique<HealthController>(*m_db, *m_metrics);
    // One hashing thread on small machines: the event loop keeps a core of its own. The queue bound is the global
    // cap on password checks; beyond it logins are told to come back (429) without any work done.
    const int hashThreads = std::clamp(QThread::idealThreadCount() / 2, 1, 2);
    m_passwords = std::make_unique<PasswordWorkers>(*m_hasher, hashThreads, 8);
    m_session = std::make_unique<SessionController>(*m_users, *m_passwords, *m_tokens, *m_throttle);
    m_siteController = std::make_unique<SiteController>(*m_sites);
    m_health->registerRoutes(*m_api);
    m_session->registerRoutes(*m_api);
    m_siteController->registerRoutes(*m_api);
    domain::StalenessPolicy staleness;
    staleness.margins = m_options.staleMargins;
    m_siteHealth = std::make_unique<SiteHealthController>(*m_sites, m_itemService->clock(),
                                                          m_itemService->calendar().timeZone(), staleness);
    m_siteHealth->registerRoutes(*m_api);
    // The public sites: each rendered into its own root on every publish/unpublish/withdraw/archive, served here.
    if (!m_options.webroot.isEmpty()) {
        // The live pages subscribe where the readers are held: portald's own stream, or Nchan in front of it.
        const PublicSites::Options siteOptions{m_options.webroot, {}, {}, m_options.publicStreamUrl,
                                               m_options.nchanPublish.isEmpty() ? u"portald"_s : u"nchan"_s};
        m_publicSites = new PublicSites(*m_db, *m_sites, *m_items, siteOptions, this);
        connect(m_itemService, &ItemService::itemChanged, m_publicSites,
                [sites = m_publicSites](qint64 id, qint64 siteId) { sites->itemStateChanged(id, siteId); });
    }
    m_itemController = std::make_unique<ItemController>(*m_db, *m_itemService, *m_items, *m_sites, *m_idempotency,
                                                        m_publicSites);
    m_adminController = std::make_unique<AdminController>(*m_db, *m_sites, *m_adminAudit);
    if (m_publicSites)
        m_adminController->setSiteChanged([sites = m_publicSites](qint64 siteId) {
            if (auto r = sites->siteChanged(siteId); !r)
                qCWarning(lcPublish).noquote() << "the public pages of site" << siteId << "did not follow:" << r.error().message;
        });
    m_adminController->registerRoutes(*m_api);
    m_userController = std::make_unique<UserController>(*m_db, *m_users, *m_sites, *m_hasher, *m_adminAudit);
    m_userController->registerRoutes(*m_api);
    m_columnController = std::make_unique<ColumnController>(*m_db, *m_sites, *m_adminAudit);
    m_columnController->registerRoutes(*m_api);
    m_categoryController = std::make_unique<CategoryController>(*m_db, *m_sites, *m_adminAudit);
    m_categoryController->registerRoutes(*m_api);
    m_itemController->registerRoutes(*m_api);
    m_reviewController = std::make_unique<ReviewController>(*m_itemService, *m_items, *m_sites);
    m_reviewController->registerRoutes(*m_api);
    m_catalogController = std::make_unique<CatalogController>(*m_items, *m_sites, *m_rules);
    m_catalogController->registerRoutes(*m_api);
    m_ruleStore = std::make_unique<CheckRuleStore>(*m_db);
    m_checkRuleController = std::make_unique<CheckRuleController>(*m_ruleStore, *m_sites);
    m_checkRuleController->registerRoutes(*m_api);
    m_traditionalStore = std::make_unique<TraditionalStore>(*m_db);
    m_traditionalController = std::make_unique<TraditionalController>(*m_db, *m_itemService, *m_sites, *m_traditionalStore);
    m_traditionalController->registerRoutes(*m_api);

    // Live broadcasts and the event stream: on PostgreSQL every portald process hears every event (LISTEN/NOTIFY).
    PostgresStreamBus *pgBus = nullptr;
    if (m_db->dialect().isSqlite())
        m_streamBus = new LocalStreamBus(this);
    else
        m_streamBus = pgBus = new PostgresStreamBus(*m_db, this);
    m_hub = new EventHub(*m_db, *m_streamBus, this);
    if (!m_options.nchanPublish.isEmpty()) {
        m_nchan = new NchanPublisher(*m_db, *m_hub, m_options.nchanPublish, this);
        m_nchan->start();
    }
    if (pgBus && !pgBus->start([hub = m_hub](qint64 seq) { return hub->load(seq).value_or(std::nullopt); }))
        return fail(ErrorCode::Storage, u"无法在 PostgreSQL 上监听事件通知（LISTEN pd_stream）"_s);
    new ItemStreamBridge(*m_itemService, *m_items, *m_hub, this);
    if (!m_liveRepo)
        m_liveRepo = std::make_unique<LiveRepository>(*m_db);
    m_media = std::make_unique<MediaRepository>(m_db->connection().connectionName());
    if (auto r = m_media->ensureSchema(); !r)
        return r;
    // Uploads live content-addressed under <data>/media; the controller adds POST /api/v1/media and /media/{id}/{name}.
    m_mediaStore = std::make_unique<MediaStore>(QDir(m_options.dataDir).filePath(u"media"_s), *m_media);
    m_mediaController = std::make_unique<MediaController>(*m_mediaStore, *m_auth);
    m_mediaController->registerRoutes(*m_api);
    // Which media published items show (live posts record theirs as they change): those are for everyone.
    auto *publicMedia = new PublicMediaIndex(*m_db, *m_media, this);
    if (auto r = publicMedia->buildOnce(); !r)
        return r;
    if (m_options.demo) {
        // After the media store is up: the demo interview's guests get their photos as uploads.
        if (auto r = GuestPhotoSeeder(*m_db, *m_liveRepo, *m_mediaStore, *m_media, DemoSource(m_options.demoDir)).seed(); !r)
            return r;
    }
    connect(m_itemService, &ItemService::itemChanged, publicMedia,
            [publicMedia](qint64 id, qint64) { publicMedia->itemChanged(id); });
    m_reports = std::make_unique<ReportController>(*m_db, *m_sites, *m_liveRepo, *m_siteHealth,
                                                   m_itemService->calendar(), m_itemService->clock());
    m_reports->registerRoutes(*m_api);
    m_sweeps = new SweepService(*m_db, *m_items, *m_checker, *m_adminAudit, m_itemService->clock(),
                                SweepService::Pace{m_options.sweepBatch, std::chrono::milliseconds(m_options.sweepPauseMs),
                                                   std::chrono::milliseconds(m_options.sweepSliceMs)},
                                this);
    m_sweeps->setActivity([metrics = m_metrics.get()] { return metrics->writes(); });
    m_checkRuleController->setChanged([sweeps = m_sweeps](qint64 siteId) { sweeps->rulesChanged(siteId); });
    if (m_publicSites) {
        LinkSweeper::Options linkOptions;
        linkOptions.external = m_options.sweepExternalLinks;
        linkOptions.externalHosts = m_options.sweepExternalHosts;
        linkOptions.deadLinkLimit = m_options.deadLinkLimitPercent / 100.0;
        linkOptions.pause = std::chrono::milliseconds(m_options.sweepPauseMs);
        linkOptions.probe.timeout = std::chrono::milliseconds(m_options.linkTimeoutMs);
        linkOptions.probe.maxRedirects = m_options.linkMaxRedirects;
        linkOptions.probe.perHost = m_options.linkPerHost;
        linkOptions.probe.maxInFlight = m_options.linkConcurrency;
        linkOptions.probe.hostGap = std::chrono::milliseconds(m_options.linkHostGapMs);
        auto rootOf = [sites = m_publicSites](qint64 siteId) -> std::optional<LinkSweeper::SiteRoot> {
            for (const PublicSites::Served &s : sites->served())
                if (s.siteId == siteId && s.enabled && !s.root.isEmpty())
                    return LinkSweeper::SiteRoot{s.root, s.domain, s.main};
            return std::nullopt;
        };
        // Published pages mark the media they name public whether or not it exists: both must hold.
        auto mediaIsPublic = [media = m_media.get()](qint64 id) {
            const auto found = media->findById(id);
            return found && found->has_value() && media->isPublic(id).value_or(false);
        };
        m_sweeps->setLinkSweeper(new LinkSweeper(*m_db, rootOf, mediaIsPublic, m_itemService->clock(), linkOptions, this));
    }
    m_sweepController = std::make_unique<SweepController>(*m_sweeps, *m_sites);
    m_sweepController->registerRoutes(*m_api);
    m_audience = std::make_unique<LiveAudience>(*m_db, *m_liveRepo, *m_hub,
                                                std::chrono::milliseconds(m_options.audienceHeartbeatMs));
    if (!m_options.nchanPublish.isEmpty())
        m_nchanAudience = std::make_unique<NchanAudience>(*m_audience, *m_liveRepo, m_options.nchanPublish,
                                                          std::chrono::milliseconds(m_options.audienceHeartbeatMs));
    m_liveService = new LiveService(*m_db, *m_liveRepo, *m_hub, *m_audience, *m_checker, m_media.get(), this);
    m_liveEvents = std::make_unique<LiveEventController>(*m_liveService);
    m_liveEvents->registerRoutes(*m_api);
    m_livePosts = std::make_unique<LivePostController>(*m_liveService, IdempotentCreate(*m_db, *m_idempotency));
    m_livePosts->registerRoutes(*m_api);
    m_liveComments = std::make_unique<LiveCommentController>(*m_liveService);
    m_liveComments->registerRoutes(*m_api);
    m_livePresence = std::make_unique<LivePresenceController>(*m_liveService);
    m_livePresence->registerRoutes(*m_api);
    m_interviewRepo = std::make_unique<InterviewRepository>(*m_db);
    m_interviews = std::make_unique<InterviewService>(*m_db, *m_liveRepo, *m_interviewRepo, *m_hub, *m_checker,
                                                      *m_itemService);
    m_liveEvents->setInterviews(m_interviews.get());
    m_interviewController = std::make_unique<InterviewController>(*m_interviews, IdempotentCreate(*m_db, *m_idempotency));
    m_interviewController->registerRoutes(*m_api);
    m_stream = new StreamController(*m_hub, *m_auth, *m_liveRepo, m_options.streamConnectionsPerAddress,
                                    ClientAddress(m_options.trustedProxies), this);
    m_stream->attach(m_api->httpServer(), [api = m_api](const QHostAddress &peer, quint16 port) {
        return api->connectionFrom(peer, port);
    });
    new StreamRevocation(*m_hub, *m_tokens, *m_users, std::chrono::milliseconds(400), this);
    m_metrics->addGauge(u"portald_stream_subscribers"_s, u"WebSocket subscribers of the event stream and the public live streams"_s,
                        [hub = m_hub] { return double(hub->subscriberCount()); });
    m_metrics->addGauge(u"portald_stream_held_events"_s,
                        u"Stream events held back until an earlier seq commits (several writers on PostgreSQL)"_s,
                        [hub = m_hub] { return double(hub->heldCount()); });

    if (m_publicSites) {
        m_publicRouter = std::make_unique<PublicSiteRouter>(*m_publicSites);
        connect(m_publicSites, &PublicSites::filesChanged, this,
                [router = m_publicRouter.get()](qint64 siteId, const QStringList &paths) {
                    router->invalidate(siteId, paths);
                });
        connect(m_publicSites, &PublicSites::servedChanged, this,
                [router = m_publicRouter.get()] { router->reload(); });
        m_api->setFallback([router = m_publicRouter.get()](const QHttpServerRequest &request) {
            return router->serve(request);
        });
        m_publicSites->setLiveEventSource(m_liveService);
        m_liveService->setFeedSink(m_publicSites);
        m_interviews->setFeedSink(m_publicSites);
    }
    return {};
}

Result<quint16> PortalServer::start()
{
    // A portal without a site has nobody who could sign in to set it up; say how to create one instead of serving
    // an API nobody can use.
    auto sites = m_sites->count();
    if (!sites)
        return std::unexpected(sites.error());
    if (*sites == 0)
        return fail(ErrorCode::InvalidInput,
                    u"数据目录 %1 尚未初始化：请先运行 portald init --data %1 --site-name 网站名称 --site-code 网站标识码 "
                    u"--org-code 机构代码 --admin 管理员用户名（密码从标准输入或 PORTALD_ADMIN_PASSWORD 读取），"
                    u"或者用 --demo 试用演示内容"_s.arg(m_options.dataDir));
    // Before listening, so the first reader already finds the site (a full render only when the web root is new).
    if (m_publicSites) {
        if (auto r = m_publicSites->start(); !r)
            return std::unexpected(r.error());
        m_publicRouter->reload();
    }
    auto port = m_api->listen(m_options.address, m_options.port);
    if (!port)
        return port;
    // After listening, so items that fell due while portald was down go out as soon as it is back.
    // Sweeps a stopped portald left running go on where they stopped.
    if (auto r = m_sweeps->resume(); !r)
        return std::unexpected(r.error());
    m_scheduler = new PublishScheduler(*m_itemService, *m_items, this);
    m_scheduler->start();
    return port;
}

Result<int> PortalServer::generateItems(int count)
{
    auto made = ItemGenerator(*m_db).generate(count, m_options.generateMark, m_options.generateMarkEvery);
    if (!made)
        return made;
    // A portal that published these items has their pages: bring the web root up to date now (the one full render),
    // so a portald started on this data directory serves at once instead of rendering 100,000 pages first.
    if (m_publicSites)
        if (auto r = m_publicSites->start(); !r)
            return std::unexpected(r.error());
    return made;
}

Result<int> PortalServer::generateRules(int count)
{
    return ItemGenerator(*m_db).generateRules(count);
}

Result<void> PortalServer::addUser()
{
    const QString password = qEnvironmentVariable("PORTALD_PASSWORD");
    if (password.size() < kMinPasswordLength)
        return fail(ErrorCode::InvalidInput,
                    u"密码至少需要 %1 个字符（从环境变量 PORTALD_PASSWORD 读取）"_s.arg(kMinPasswordLength));
    domain::User user;
    user.username = m_options.addUser;
    user.displayName = m_options.displayName.isEmpty() ? m_options.addUser : m_options.displayName;
    user.roles = m_options.roles;
    for (const domain::RoleGrant &g : std::as_const(user.roles)) {
        if (domain::roleDisplayName(g.role) == g.role)
            return fail(ErrorCode::InvalidInput, u"未知角色：%1"_s.arg(g.role));
    }
    auto hash = m_hasher->hash(password.toUtf8());
    if (!hash)
        return std::unexpected(hash.error());
    auto id = m_users->create(user, *hash);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Result<void> PortalServer::initialise(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return fail(ErrorCode::InvalidInput, u"管理员密码至少需要 %1 个字符（从环境变量 PORTALD_ADMIN_PASSWORD 或标准输入读取）"_s
                                                 .arg(kMinPasswordLength));
    domain::Site site;
    site.name = m_options.siteName;
    site.siteCode = m_options.siteCode;
    site.orgCode = m_options.orgCode;
    QStringList problems;
    for (const FieldError &e : SiteFields::validate(site))
        problems.append(e.message);
    if (!problems.isEmpty())
        return fail(ErrorCode::InvalidInput, problems.join(u'；'));
    auto hash = m_hasher->hash(password.toUtf8());
    if (!hash)
        return std::unexpected(hash.error());

    Transaction tx(*m_db);
    auto existing = m_sites->count();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(ErrorCode::Conflict, u"数据目录 %1 已经初始化（已有 %2 个站点），init 不会改动它"_s
                                             .arg(m_options.dataDir).arg(*existing));
    auto siteId = m_sites->createSite(site);
    if (!siteId)
        return std::unexpected(siteId.error());
    site.id = *siteId;
    domain::User admin;
    admin.username = m_options.adminUser;
    admin.displayName = m_options.displayName.isEmpty() ? m_options.adminUser : m_options.displayName;
    admin.roles = {domain::RoleGrant{QString(domain::roles::Admin), 0, 0}};
    auto userId = m_users->create(admin, *hash);
    if (!userId)
        return std::unexpected(userId.error());
    admin.id = *userId;
    if (auto r = m_adminAudit->record(admin, u"site"_s, QString::number(site.id), u"init"_s, {}, site.toJson()); !r)
        return r;
    if (auto r = m_adminAudit->record(admin, u"user"_s, QString::number(admin.id), u"init"_s, {}, admin.toJson()); !r)
        return r;
    return tx.commit();
}

} // namespace pd::server
