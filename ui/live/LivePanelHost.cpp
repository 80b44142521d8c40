#include "ui/live/LivePanelHost.h"

#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "ui/live/LiveLog.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "app/store/OutboxEntry.h"

#include <QDesktopServices>
#include <algorithm>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

/// Keys of plugin values in the account's store, apart from the application's own.
QString storeKey(const QString &key)
{
    return u"plugin."_s + key;
}

plugins::CheckFinding::Severity severityOf(checks::Severity severity)
{
    return severity == checks::Severity::Block ? plugins::CheckFinding::Severity::Block
                                               : plugins::CheckFinding::Severity::Warn;
}

} // namespace

LivePanelHost::LivePanelHost(models::Workspace &workspace, api::PortalClient &client, store::LocalStore &store,
                             api::EventStream &stream, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_live(client)
    , m_rules(client, nullptr)
    , m_store(store)
    , m_stream(stream)
    , m_urlOpener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    // Changes come in bursts (sending → sent → next sending): one scan per turn of the event loop is enough.
    m_scan.setSingleShot(true);
    m_scan.setInterval(0);
    connect(&m_scan, &QTimer::timeout, this, &LivePanelHost::scanOutbox);
    connect(&m_store, &store::LocalStore::outboxChanged, this, &LivePanelHost::onOutboxChanged);
    connect(&m_stream, &api::EventStream::eventReceived, this, &LivePanelHost::onEvent);
    connect(&m_stream, &api::EventStream::stateChanged, this, &LivePanelHost::notifyConnection);
    connect(&m_rules, &checks::RuleSource::rulesChanged, this, [this](qint64 siteId, const checks::RuleSet &rules) {
        if (siteId == currentSiteId())
            m_engine = checks::CheckEngine(rules);
    });
    connect(&m_rules, &checks::RuleSource::failed, this, [](qint64, const Error &error) {
        qCInfo(lcUiLive).noquote() << "no content-check rules for live posts:" << error.message;
    });
}

LivePanelHost::~LivePanelHost() = default;

void LivePanelHost::loadCheckRules()
{
    m_rules.load(currentSiteId());
}

domain::User LivePanelHost::currentUser() const
{
    return m_workspace.user();
}

qint64 LivePanelHost::currentSiteId() const
{
    return m_workspace.site().id;
}

QString LivePanelHost::currentSiteName() const
{
    return m_workspace.site().name;
}

QUrl LivePanelHost::serverUrl() const
{
    return m_client.session().serverUrl();
}

namespace {

/// The answer as plugins built for interface versions 2 to 4 read it: status, JSON and ETag as they came.
auto asHostReply(plugins::PanelHost::Callback<plugins::HostReply> done)
{
    return [done = std::move(done)](auto reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done(plugins::HostReply{reply->status, reply->json, reply->etag});
    };
}

/// A value of the live client's as a plugin receives it (the same domain type; the ETag beside it).
template <typename T>
api::LiveClient::Callback<api::LiveClient::Versioned<T>> revisioned(plugins::PanelHost::Callback<plugins::Revisioned<T>> done)
{
    return [done = std::move(done)](Result<api::LiveClient::Versioned<T>> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(plugins::Revisioned<T>{std::move(r->value), r->etag});
    };
}

} // namespace

void LivePanelHost::request(const QByteArray &verb, const QString &apiPath, const QJsonDocument &body,
                            const QByteArray &ifMatch, Callback<plugins::HostReply> done)
{
    m_live.untyped(verb, apiPath, body, ifMatch, this, asHostReply(std::move(done)));
}

void LivePanelHost::uploadMedia(const QByteArray &bytes, const QByteArray &contentType, const QString &fileName,
                                Progress progress, Callback<plugins::HostReply> done)
{
    m_live.untypedUpload(currentSiteId(), bytes, contentType, fileName, this, std::move(progress),
                         asHostReply(std::move(done)));
}

void LivePanelHost::liveEvents(Callback<QList<domain::LiveEvent>> done)
{
    m_live.events(currentSiteId(), this, std::move(done));
}

void LivePanelHost::liveStaff(Callback<QList<domain::LiveStaffMember>> done)
{
    m_live.staff(currentSiteId(), this, std::move(done));
}

void LivePanelHost::liveEvent(qint64 eventId, Callback<plugins::Revisioned<domain::LiveEvent>> done)
{
    m_live.versionedEvent(eventId, this, revisioned(std::move(done)));
}

void LivePanelHost::saveLiveEvent(qint64 eventId, const QJsonObject &input, const QByteArray &etag,
                                  Callback<plugins::Revisioned<domain::LiveEvent>> done)
{
    // Events are created on the site the person works on, whatever the plugin put in `input`.
    QJsonObject body = input;
    body.insert(u"site"_s, currentSiteId());
    m_live.saveEvent(eventId, body, etag, this, revisioned(std::move(done)));
}

void LivePanelHost::transitionLiveEvent(qint64 eventId, domain::LiveEventAction action, const QByteArray &etag,
                                        Callback<plugins::Revisioned<domain::LiveEvent>> done)
{
    m_live.transitionEvent(eventId, action, etag, this, revisioned(std::move(done)));
}

void LivePanelHost::livePosts(qint64 eventId, Callback<QList<domain::LivePost>> done)
{
    m_live.allPosts(eventId, this, std::move(done));
}

void LivePanelHost::transitionLivePost(qint64 postId, domain::LivePostAction action, const QString &reason,
                                       const QByteArray &etag, Callback<domain::LivePost> done)
{
    m_live.transitionPost(postId, action, reason, etag, this, std::move(done));
}

void LivePanelHost::liveStats(qint64 eventId, Callback<domain::LiveStats> done)
{
    m_live.stats(eventId, this, std::move(done));
}

void LivePanelHost::liveComments(qint64 eventId, const QString &state, const QString &search, const QString &cursor,
                                 int limit, Callback<domain::ListPage<domain::LiveComment>> done)
{
    m_live.comments(eventId, state, search, cursor, limit, this, std::move(done));
}

void LivePanelHost::transitionLiveComment(qint64 commentId, domain::LiveComment::Action action,
                                          Callback<domain::LiveComment> done)
{
    m_live.transitionComment(commentId, action, this, std::move(done));
}

void LivePanelHost::uploadLiveMedia(const QByteArray &bytes, const QByteArray &contentType, const QString &fileName,
                                    Progress progress, Callback<domain::MediaInfo> done)
{
    m_live.uploadMedia(currentSiteId(), bytes, contentType, fileName, this, std::move(progress), std::move(done));
}

void LivePanelHost::liveMedia(const QString &mediaPath, Callback<QByteArray> done)
{
    m_live.media(mediaPath, this, std::move(done));
}

plugins::PanelHost::Token LivePanelHost::subscribe(const QStringList &types, EventCallback onEvent)
{
    const Token token = m_nextToken++;
    m_subscriptions.insert(token, Subscription{types, {}, std::move(onEvent), {}, {}, {}});
    return token;
}

template <typename Pick>
void LivePanelHost::forEachSubscription(Pick pick)
{
    // A callback may unsubscribe (its panel closes) or subscribe: walk a snapshot of the tokens, skip the gone.
    const QList<Token> tokens = m_subscriptions.keys();
    for (Token token : tokens) {
        const auto it = m_subscriptions.constFind(token);
        if (it != m_subscriptions.constEnd())
            pick(Subscription(*it));
    }
}

void LivePanelHost::onEvent(qint64 seq, const QString &type, const QJsonObject &payload)
{
    forEachSubscription([&](const Subscription &s) {
        if (s.onEvent && (s.types.isEmpty() || s.types.contains(type)))
            s.onEvent(seq, type, payload);
    });
}

plugins::OutboxEntryInfo LivePanelHost::info(const store::OutboxEntry &entry)
{
    plugins::OutboxEntryInfo i;
    i.id = entry.id;
    i.idempotencyKey = entry.idempotencyKey;
    i.resource = entry.resource;
    i.verb = entry.verb;
    i.path = entry.path;
    i.body = entry.body;
    i.result = entry.result;
    i.error = entry.lastError;
    i.createdAt = entry.createdAt;
    switch (entry.state) {
    case store::OutboxEntry::State::Queued:
        i.state = plugins::OutboxState::Queued;
        break;
    case store::OutboxEntry::State::Sending:
        i.state = plugins::OutboxState::Sending;
        break;
    case store::OutboxEntry::State::NeedsAttention:
        i.state = plugins::OutboxState::NeedsAttention;
        break;
    case store::OutboxEntry::State::Sent:
        // The server's answer says whether a moderator still has to approve (a post in reviewed mode).
        i.state = domain::LivePost::fromJson(entry.result).state == domain::LivePostState::Pending
            ? plugins::OutboxState::WaitingForReview
            : plugins::OutboxState::Live;
        break;
    }
    return i;
}

Result<plugins::OutboxEntryInfo> LivePanelHost::enqueue(const QString &resource, const QByteArray &verb,
                                                        const QString &apiPath, const QJsonObject &body,
                                                        const QString &ifMatch)
{
    if (!m_store.isOpen())
        return fail(ErrorCode::Storage, tr("The local database is not open, so nothing can be queued for sending."));
    auto entry = m_store.enqueue(resource, verb, apiPath, body, ifMatch);
    if (!entry)
        return std::unexpected(entry.error());
    m_tracked.insert(entry->id, plugins::OutboxState::Queued);
    return info(*entry);
}

QList<plugins::OutboxEntryInfo> LivePanelHost::pendingEntries(const QString &resourcePrefix) const
{
    QList<plugins::OutboxEntryInfo> list;
    if (!m_store.isOpen())
        return list;
    const auto entries = m_store.outbox(false);
    if (!entries)
        return list;
    for (const store::OutboxEntry &e : *entries)
        if (e.resource.startsWith(resourcePrefix))
            list.append(info(e));
    return list;
}

plugins::PanelHost::Token LivePanelHost::subscribeOutbox(const QString &resourcePrefix, OutboxCallback onChange)
{
    const Token token = m_nextToken++;
    m_subscriptions.insert(token, Subscription{{}, resourcePrefix, {}, std::move(onChange), {}, {}});
    // What an earlier run left behind is followed from now on, too.
    for (const plugins::OutboxEntryInfo &e : pendingEntries(resourcePrefix))
        m_tracked.insert(e.id, e.state);
    return token;
}

Result<void> LivePanelHost::retryEntry(qint64 id, const QString &ifMatch)
{
    m_tracked.insert(id, plugins::OutboxState::NeedsAttention);
    return m_store.requeue(id, ifMatch);
}

Result<void> LivePanelHost::discardEntry(qint64 id)
{
    m_tracked.remove(id);
    return m_store.discard(id);
}

void LivePanelHost::onOutboxChanged()
{
    m_scan.start();
    notifyConnection();
}

void LivePanelHost::scanOutbox()
{
    if (m_tracked.isEmpty() || !m_store.isOpen())
        return;
    // One query for everything not yet delivered; what left that list was delivered (or discarded).
    const auto open = m_store.outbox(false);
    if (!open)
        return;
    QHash<qint64, plugins::OutboxEntryInfo> current;
    for (const store::OutboxEntry &e : *open)
        if (m_tracked.contains(e.id))
            current.insert(e.id, info(e));
    const QList<qint64> ids = m_tracked.keys();
    QList<plugins::OutboxEntryInfo> changes;
    for (qint64 id : ids) {
        if (const auto it = current.constFind(id); it != current.constEnd()) {
            if (m_tracked.value(id) == it->state)
                continue;
            m_tracked.insert(id, it->state);
            changes.append(*it);
            continue;
        }
        // Delivered (or discarded): report the final state once and stop following it.
        m_tracked.remove(id);
        const auto entry = m_store.outboxEntry(id);
        if (entry && entry->has_value())
            changes.append(info(**entry));
    }
    // Report in outbox order, so a timeline sees its posts settle in the order they were written.
    std::ranges::sort(changes, {}, &plugins::OutboxEntryInfo::id);
    for (const plugins::OutboxEntryInfo &change : changes)
        forEachSubscription([&](const Subscription &s) {
            if (s.onOutbox && change.resource.startsWith(s.prefix))
                s.onOutbox(change);
        });
}

plugins::ConnectionState LivePanelHost::connectionState() const
{
    return m_stream.state() == api::EventStream::State::Connected ? plugins::ConnectionState::Online
                                                                   : plugins::ConnectionState::Offline;
}

int LivePanelHost::waitingCount() const
{
    if (!m_store.isOpen())
        return 0;
    return m_store.pendingCount().value_or(0);
}

plugins::PanelHost::Token LivePanelHost::subscribeConnection(ConnectionCallback onChange)
{
    const Token token = m_nextToken++;
    m_subscriptions.insert(token, Subscription{{}, {}, {}, {}, std::move(onChange), {}});
    return token;
}

void LivePanelHost::notifyConnection()
{
    const plugins::ConnectionState state = connectionState();
    const int waiting = waitingCount();
    if (state == m_lastState && waiting == m_lastWaiting)
        return;
    m_lastState = state;
    m_lastWaiting = waiting;
    forEachSubscription([&](const Subscription &s) {
        if (s.onConnection)
            s.onConnection(state, waiting);
    });
}

void LivePanelHost::unsubscribe(Token token)
{
    m_subscriptions.remove(token);
}

plugins::PanelHost::Token LivePanelHost::onShutdown(std::function<void()> hook)
{
    const Token token = m_nextToken++;
    m_subscriptions.insert(token, Subscription{{}, {}, {}, {}, {}, std::move(hook)});
    return token;
}

void LivePanelHost::shutdown()
{
    // Tokens grow with each subscription, so their order is the order the hooks were given.
    QList<Token> tokens = m_subscriptions.keys();
    std::ranges::sort(tokens);
    for (Token token : std::as_const(tokens)) {
        const auto it = m_subscriptions.constFind(token);
        if (it == m_subscriptions.constEnd() || !it->onShutdown)
            continue;
        const std::function<void()> hook = it->onShutdown;
        m_subscriptions.remove(token); // once only, even if the hook forgets to unsubscribe
        hook();
    }
}

QList<plugins::CheckFinding> LivePanelHost::checkText(const QString &text) const
{
    QList<plugins::CheckFinding> list;
    const QList<checks::Finding> findings = m_engine.checkText(text, u"text"_s);
    for (const checks::Finding &f : findings)
        list.append(
            plugins::CheckFinding{severityOf(f.severity), f.start, f.length, f.excerpt, f.suggestion, f.message});
    return list;
}

QJsonValue LivePanelHost::localValue(const QString &key) const
{
    if (!m_store.isOpen())
        return m_memoryValues.value(key);
    return m_store.value(storeKey(key));
}

void LivePanelHost::setLocalValue(const QString &key, const QJsonValue &value)
{
    if (!m_store.isOpen()) {
        m_memoryValues.insert(key, value);
        return;
    }
    if (auto stored = m_store.setValue(storeKey(key), value); !stored)
        qCWarning(lcUiLive).noquote() << "could not keep" << key << stored.error().message;
}

void LivePanelHost::openUrl(const QUrl &url)
{
    m_urlOpener(url);
}

void LivePanelHost::showStatusMessage(const QString &text)
{
    Q_EMIT statusMessage(text);
}

void LivePanelHost::openItem(qint64 itemId)
{
    if (itemId > 0)
        Q_EMIT itemOpenRequested(itemId);
}

} // namespace pd::ui
