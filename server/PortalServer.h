#pragma once
#include "server/ServerOptions.h"
#include "app/domain/Error.h"

#include <QObject>
#include <memory>

namespace pd::server {

class AdminAuditLog;
class AdminController;
class ApiServer;
class NchanPublisher;
class NchanAudience;
class Authenticator;
class CatalogController;
class CategoryController;
class ColumnController;
class CheckRuleController;
class CheckRuleRepository;
class CheckRuleStore;
class TraditionalController;
class TraditionalStore;
class ContentChecker;
class IdempotencyStore;
class EventHub;
class InterviewController;
class InterviewRepository;
class InterviewService;
class ItemController;
class LiveAudience;
class LiveCommentController;
class LiveEventController;
class LivePresenceController;
class LivePostController;
class LiveRepository;
class LiveService;
class MediaController;
class MediaRepository;
class MediaStore;
class StreamBus;
class StreamController;
class ItemRepository;
class ItemService;
class PublishScheduler;
class PublicSites;
class PublicSiteRouter;
class ReviewController;
class Database;
class HealthController;
class LoginThrottle;
class Metrics;
class PasswordHasher;
class PasswordWorkers;
class SessionController;
class SiteController;
class SiteHealthController;
class ReportController;
class SweepController;
class SweepService;
class SiteRepository;
class TokenService;
class UserController;
class UserRepository;

/// portald's composition root: opens the database, wires services into controllers and the HTTP front.
class PortalServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalServer)

public:
    explicit PortalServer(ServerOptions options, QObject *parent = nullptr);
    ~PortalServer() override;

    /// Opens and migrates the database (and seeds with --demo); registers every route.
    Result<void> prepare();
    /// Starts listening; returns the port.
    Result<quint16> start();
    /// `--add-user`: creates one account with the password from PORTALD_PASSWORD.
    Result<void> addUser();
    /// `portald init`: creates the portal's first site and its administrator (password given by the caller, read from
    /// PORTALD_ADMIN_PASSWORD or standard input) in one transaction; refuses a data directory that already has a site.
    Result<void> initialise(const QString &password);
    /// `--generate-items N`: bulk measurement content (see ItemGenerator).
    Result<int> generateItems(int count);
    /// Adds `count` generated check rules to the first site (measurement option `--generate-rules N`).
    Result<int> generateRules(int count);

    [[nodiscard]] ApiServer &api() { return *m_api; }
    /// The public sites (nullptr without a web root, e.g. for --list-routes); live code reports changes to them.
    [[nodiscard]] PublicSites *publicSites() { return m_publicSites; }

private:
    ServerOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<SiteRepository> m_sites;
    std::unique_ptr<AdminAuditLog> m_adminAudit;
    std::unique_ptr<AdminController> m_adminController;
    std::unique_ptr<UserController> m_userController;
    std::unique_ptr<ColumnController> m_columnController;
    std::unique_ptr<CategoryController> m_categoryController;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<HealthController> m_health;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<SiteController> m_siteController;
    std::unique_ptr<SiteHealthController> m_siteHealth;
    std::unique_ptr<ReportController> m_reports;
    SweepService *m_sweeps = nullptr;
    std::unique_ptr<SweepController> m_sweepController;
    std::unique_ptr<ItemRepository> m_items;
    std::unique_ptr<CheckRuleRepository> m_rules;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<ContentChecker> m_checker;
    std::unique_ptr<ItemController> m_itemController;
    std::unique_ptr<ReviewController> m_reviewController;
    std::unique_ptr<CatalogController> m_catalogController;
    std::unique_ptr<CheckRuleStore> m_ruleStore;
    std::unique_ptr<CheckRuleController> m_checkRuleController;
    std::unique_ptr<TraditionalStore> m_traditionalStore;
    std::unique_ptr<TraditionalController> m_traditionalController;
    ItemService *m_itemService = nullptr;
    PublishScheduler *m_scheduler = nullptr;
    NchanPublisher *m_nchan = nullptr; ///< with --nchan-publish: public live messages to nginx + Nchan
    ApiServer *m_api = nullptr;
    PublicSites *m_publicSites = nullptr;
    std::unique_ptr<PublicSiteRouter> m_publicRouter;
    StreamBus *m_streamBus = nullptr;
    EventHub *m_hub = nullptr;
    std::unique_ptr<LiveRepository> m_liveRepo;
    /// After the repository and the database: it withdraws this instance's readers as it goes.
    std::unique_ptr<LiveAudience> m_audience;
    /// With --nchan-publish: Nchan's readers into m_audience (so it goes first).
    std::unique_ptr<NchanAudience> m_nchanAudience;
    std::unique_ptr<MediaRepository> m_media;
    std::unique_ptr<MediaStore> m_mediaStore;
    std::unique_ptr<MediaController> m_mediaController;
    LiveService *m_liveService = nullptr;
    std::unique_ptr<LiveEventController> m_liveEvents;
    std::unique_ptr<LivePostController> m_livePosts;
    std::unique_ptr<LiveCommentController> m_liveComments;
    std::unique_ptr<LivePresenceController> m_livePresence;
    std::unique_ptr<InterviewRepository> m_interviewRepo;
    std::unique_ptr<InterviewService> m_interviews;
    std::unique_ptr<InterviewController> m_interviewController;
    StreamController *m_stream = nullptr;
    /// Last, so it is destroyed (its running checks finished) before the hasher and the controller its jobs use.
    std::unique_ptr<PasswordWorkers> m_passwords;
};

} // namespace pd::server
