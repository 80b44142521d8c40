#pragma once
#include "app/api/LiveClient.h"
#include "app/checks/CheckEngine.h"
#include "app/checksclient/RuleSource.h"
#include "plugins/api/PanelHost.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace pd::api {
class EventStream;
class PortalClient;
} // namespace pd::api
namespace pd::models {
class Workspace;
}
namespace pd::store {
class LocalStore;
struct OutboxEntry;
} // namespace pd::store

namespace pd::ui {

/// The application's side of the panel plugin interface: forwards a plugin's plain-value calls to the client core
/// (LiveClient, EventStream, LocalStore outbox, RuleSource and CheckEngine) and reports back through callbacks on
/// the UI thread.
/// Outbox entry states are followed through LocalStore::outboxChanged, so whoever delivers the outbox (OutboxSync)
/// needs no knowledge of plugins.
class LivePanelHost : public QObject, public plugins::PanelHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePanelHost)

public:
    /// All four must outlive the host.
    LivePanelHost(models::Workspace &workspace, api::PortalClient &client, store::LocalStore &store,
                  api::EventStream &stream, QObject *parent = nullptr);
    ~LivePanelHost() override;

    /// Fetches the current site's content-check rules (RuleSource); until they arrive, or when they cannot be had,
    /// checkText() finds nothing.
    void loadCheckRules();
    /// Uses these rules for checkText() (tests, or rules the application already holds).
    void setCheckEngine(checks::CheckEngine engine) { m_engine = std::move(engine); }
    /// Replaces the system browser for openUrl() (tests record the URL instead).
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_urlOpener = std::move(opener); }

    // plugins::PanelHost
    domain::User currentUser() const override;
    qint64 currentSiteId() const override;
    QString currentSiteName() const override;
    QUrl serverUrl() const override;
    void request(const QByteArray &verb, const QString &apiPath, const QJsonDocument &body, const QByteArray &ifMatch,
                 Callback<plugins::HostReply> done) override;
    void uploadMedia(const QByteArray &bytes, const QByteArray &contentType, const QString &fileName, Progress progress,
                     Callback<plugins::HostReply> done) override;
    Token subscribe(const QStringList &types, EventCallback onEvent) override;
    Result<plugins::OutboxEntryInfo> enqueue(const QString &resource, const QByteArray &verb, const QString &apiPath,
                                             const QJsonObject &body, const QString &ifMatch = {}) override;
    QList<plugins::OutboxEntryInfo> pendingEntries(const QString &resourcePrefix) const override;
    Token subscribeOutbox(const QString &resourcePrefix, OutboxCallback onChange) override;
    Result<void> retryEntry(qint64 id, const QString &ifMatch = {}) override;
    Result<void> discardEntry(qint64 id) override;
    plugins::ConnectionState connectionState() const override;
    int waitingCount() const override;
    Token subscribeConnection(ConnectionCallback onChange) override;
    void unsubscribe(Token token) override;
    QList<plugins::CheckFinding> checkText(const QString &text) const override;
    QJsonValue localValue(const QString &key) const override;
    void setLocalValue(const QString &key, const QJsonValue &value) override;
    void openUrl(const QUrl &url) override;
    void showStatusMessage(const QString &text) override;
    Token onShutdown(std::function<void()> hook) override;
    /// Emits itemOpenRequested: the main window owns the editors.
    void openItem(qint64 itemId) override;
    void liveEvents(Callback<QList<domain::LiveEvent>> done) override;
    void liveStaff(Callback<QList<domain::LiveStaffMember>> done) override;
    void liveEvent(qint64 eventId, Callback<plugins::Revisioned<domain::LiveEvent>> done) override;
    void saveLiveEvent(qint64 eventId, const QJsonObject &input, const QByteArray &etag,
                       Callback<plugins::Revisioned<domain::LiveEvent>> done) override;
    void transitionLiveEvent(qint64 eventId, domain::LiveEventAction action, const QByteArray &etag,
                             Callback<plugins::Revisioned<domain::LiveEvent>> done) override;
    void livePosts(qint64 eventId, Callback<QList<domain::LivePost>> done) override;
    void transitionLivePost(qint64 postId, domain::LivePostAction action, const QString &reason,
                            const QByteArray &etag, Callback<domain::LivePost> done) override;
    void liveStats(qint64 eventId, Callback<domain::LiveStats> done) override;
    void liveComments(qint64 eventId, const QString &state, const QString &search, const QString &cursor, int limit,
                      Callback<domain::ListPage<domain::LiveComment>> done) override;
    void transitionLiveComment(qint64 commentId, domain::LiveComment::Action action,
                               Callback<domain::LiveComment> done) override;
    void liveMedia(const QString &mediaPath, Callback<QByteArray> done) override;
    void uploadLiveMedia(const QByteArray &bytes, const QByteArray &contentType, const QString &fileName,
                         Progress progress, Callback<domain::MediaInfo> done) override;

    /// Runs every shutdown hook once, oldest first, and forgets them: the page calls it before closing its panels.
    void shutdown();

    /// How many subscriptions are active (a closed panel must leave none behind).
    [[nodiscard]] int subscriptionCount() const { return int(m_subscriptions.size()); }

Q_SIGNALS:
    void statusMessage(const QString &text);
    /// A plugin asked to open this item in the item editor.
    void itemOpenRequested(qint64 itemId);

private:
    struct Subscription {
        QStringList types;    ///< stream events
        QString prefix;       ///< outbox resources
        EventCallback onEvent;
        OutboxCallback onOutbox;
        ConnectionCallback onConnection;
        std::function<void()> onShutdown;
    };

    void onEvent(qint64 seq, const QString &type, const QJsonObject &payload);
    void onOutboxChanged();
    void scanOutbox();
    void notifyConnection();
    [[nodiscard]] static plugins::OutboxEntryInfo info(const store::OutboxEntry &entry);
    template <typename Pick>
    void forEachSubscription(Pick pick);

    models::Workspace &m_workspace;
    api::PortalClient &m_client;
    api::LiveClient m_live;
    checks::RuleSource m_rules;
    store::LocalStore &m_store;
    api::EventStream &m_stream;
    checks::CheckEngine m_engine;
    std::function<void(const QUrl &)> m_urlOpener;
    QHash<Token, Subscription> m_subscriptions;
    Token m_nextToken = 1;
    /// Entries whose state a subscriber may care about, with the state last reported.
    QHash<qint64, plugins::OutboxState> m_tracked;
    QHash<QString, QJsonValue> m_memoryValues; ///< when the account has no local database
    QTimer m_scan;
    plugins::ConnectionState m_lastState = plugins::ConnectionState::Offline;
    int m_lastWaiting = -1;
};

} // namespace pd::ui
