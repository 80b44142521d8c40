#pragma once
#include "app/domain/Error.h"
#include "app/domain/ListPage.h"
#include "app/domain/LiveComment.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LiveEventState.h"
#include "app/domain/LivePost.h"
#include "app/domain/LivePostState.h"
#include "app/domain/LiveStaffMember.h"
#include "app/domain/LiveStats.h"
#include "app/domain/MediaInfo.h"
#include "app/domain/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace pd::plugins {

/// A successful answer of the portal API as the host hands it to a plugin.
struct HostReply {
    int status = 0;
    QJsonDocument json;
    QByteArray etag; ///< as the server sent it (quotes included); empty when none
};

/// A resource of the portal with the revision its ETag named, sent back (If-Match) with a change of it.
template <typename T>
struct Revisioned {
    T value;
    QByteArray etag; ///< quotes included; empty when the server sent none
};

/// Whether the portal can be reached right now (the event stream is up).
enum class ConnectionState { Online, Offline };

/// Where one outbox entry stands, as a person at the desk thinks of it.
enum class OutboxState {
    Queued,           ///< written locally, waiting for its turn or for the link
    Sending,          ///< on the wire
    WaitingForReview, ///< the portal has it, but a moderator must approve it before it goes out
    Live,             ///< the portal accepted it (a post in direct mode is public now)
    NeedsAttention,   ///< refused for good (403/409/412/422…): a person must decide; `error` says why
};

/// One entry of the application's outbox: a mutation stored locally first and delivered exactly once, in order
/// per resource, with its Idempotency-Key.
struct OutboxEntryInfo {
    qint64 id = 0;
    QString idempotencyKey;
    QString resource; ///< ordering scope, e.g. "live:7"
    QByteArray verb;
    QString path;
    QJsonObject body;
    OutboxState state = OutboxState::Queued;
    QJsonObject result; ///< the server's answer once delivered
    QString error;      ///< translated, for NeedsAttention (and the last transient failure while Queued)
    QDateTime createdAt;
};

/// One finding of the site's content checks on a text.
struct CheckFinding {
    enum class Severity { Info, Warn, Block };
    Severity severity = Severity::Warn;
    qsizetype start = 0;
    qsizetype length = 0;
    QString excerpt;
    QString suggestion;
    QString message; ///< translated explanation
};

/// What the application lends a panel plugin: plain values and asynchronous calls, never the client's objects.
/// Plugins are separate modules while the client core is linked statically, so handing over the core's QObjects
/// would duplicate their code and meta-objects in the plugin; this interface is all a plugin sees.
/// Every callback is invoked on the UI thread; a subscription stays active until unsubscribe() with its token
/// (a panel unsubscribes in its destructor). The host outlives every panel it created.
class PanelHost
{
public:
    using Token = quint64;
    template <typename T>
    using Callback = std::function<void(Result<T>)>;
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    using EventCallback = std::function<void(qint64 seq, const QString &type, const QJsonObject &payload)>;
    using OutboxCallback = std::function<void(const OutboxEntryInfo &entry)>;
    using ConnectionCallback = std::function<void(ConnectionState state, int waiting)>;

    virtual ~PanelHost() = default;

    // Who and where.
    [[nodiscard]] virtual domain::User currentUser() const = 0;
    [[nodiscard]] virtual qint64 currentSiteId() const = 0;
    [[nodiscard]] virtual QString currentSiteName() const = 0;
    /// The portald base URL, e.g. http://127.0.0.1:8470 (public pages live below it).
    [[nodiscard]] virtual QUrl serverUrl() const = 0;

    // The portal API (the application's session: the plugin never holds a token).
    /// Any API call, e.g. request("GET", "/api/v1/live/events?site=1", {}, {}, done). ifMatch is sent as If-Match
    /// when not empty. `done` is called exactly once. Kept for plugins built for versions 2 to 4; the live calls of
    /// version 5 below answer with the domain's types, so a plugin neither names API paths nor reads their JSON.
    virtual void request(const QByteArray &verb, const QString &apiPath, const QJsonDocument &body,
                         const QByteArray &ifMatch, Callback<HostReply> done) = 0;
    /// POST of a file's bytes to /api/v1/media?site=… with upload progress.
    virtual void uploadMedia(const QByteArray &bytes, const QByteArray &contentType, const QString &fileName,
                             Progress progress, Callback<HostReply> done) = 0;

    // The event stream.
    /// Events of the given types (empty: all) in seq order, never twice.
    virtual Token subscribe(const QStringList &types, EventCallback onEvent) = 0;

    // The outbox.
    /// Stores a mutation (durable when this returns) with a fresh Idempotency-Key; it is delivered when its turn
    /// and the link come. Entries of one resource go out in the order they were enqueued.
    [[nodiscard]] virtual Result<OutboxEntryInfo> enqueue(const QString &resource, const QByteArray &verb,
                                                          const QString &apiPath, const QJsonObject &body,
                                                          const QString &ifMatch = {}) = 0;
    /// Entries not yet delivered (queued, sending, needs attention) whose resource starts with resourcePrefix,
    /// in order: what an earlier run left behind.
    [[nodiscard]] virtual QList<OutboxEntryInfo> pendingEntries(const QString &resourcePrefix) const = 0;
    /// Every state change of entries whose resource starts with resourcePrefix.
    virtual Token subscribeOutbox(const QString &resourcePrefix, OutboxCallback onChange) = 0;
    /// Sends a needs-attention entry again — against a newer revision when ifMatch is given (a stale correction
    /// the person decided to apply anyway) — or gives it up.
    virtual Result<void> retryEntry(qint64 id, const QString &ifMatch = {}) = 0;
    virtual Result<void> discardEntry(qint64 id) = 0;

    // The link.
    [[nodiscard]] virtual ConnectionState connectionState() const = 0;
    /// Outbox entries waiting to be delivered (all resources).
    [[nodiscard]] virtual int waitingCount() const = 0;
    virtual Token subscribeConnection(ConnectionCallback onChange) = 0;

    /// Ends any subscription.
    virtual void unsubscribe(Token token) = 0;

    // Content checks: the current site's rules over a plain text (a live post), synchronous and fast.
    [[nodiscard]] virtual QList<CheckFinding> checkText(const QString &text) const = 0;

    // Small durable values of the signed-in account (the composer's unsent text survives a crash).
    [[nodiscard]] virtual QJsonValue localValue(const QString &key) const = 0;
    virtual void setLocalValue(const QString &key, const QJsonValue &value) = 0;

    /// Opens a URL in the system browser (the public live page).
    virtual void openUrl(const QUrl &url) = 0;
    /// Shows a short message in the main window's status bar.
    virtual void showStatusMessage(const QString &text) = 0;

    // Since interface version 3. New calls go after all earlier ones, so a plugin built for an older version still
    // finds every call it knows where it was.

    /// `hook` runs once, on the UI thread, just before the host closes the panels (the window closes or another
    /// user signs in on it): the last moment to store what must survive and to stop timers, while the host still
    /// answers. unsubscribe() with the token takes it back.
    virtual Token onShutdown(std::function<void()> hook) = 0;

    // Since interface version 4.

    /// Opens an item of the portal in the client's item editor (a draft portald built for the plugin, such as an
    /// interview's transcript), where the person reads it through and submits it for review like any other item.
    virtual void openItem(qint64 itemId) = 0;

    // Since interface version 5: the live broadcast's calls, typed. Each `done` is called exactly once, on the UI
    // thread; an `etag` (If-Match) is sent when not empty, so a decision on something that changed meanwhile comes
    // back as a conflict instead of landing.

    /// The current site's live events.
    virtual void liveEvents(Callback<QList<domain::LiveEvent>> done) = 0;
    /// The current site's live reporters and moderators (who can be put on a sub-forum's team).
    virtual void liveStaff(Callback<QList<domain::LiveStaffMember>> done) = 0;
    virtual void liveEvent(qint64 eventId, Callback<Revisioned<domain::LiveEvent>> done) = 0;
    /// Creates an event on the current site (`eventId` 0) or changes one; `input` holds the event's fields as the
    /// API names them.
    virtual void saveLiveEvent(qint64 eventId, const QJsonObject &input, const QByteArray &etag,
                               Callback<Revisioned<domain::LiveEvent>> done) = 0;
    virtual void transitionLiveEvent(qint64 eventId, domain::LiveEventAction action, const QByteArray &etag,
                                     Callback<Revisioned<domain::LiveEvent>> done) = 0;
    /// Every post of an event the user may see, in seq order.
    virtual void livePosts(qint64 eventId, Callback<QList<domain::LivePost>> done) = 0;
    /// A decision taken at once (approve, reject), not through the outbox.
    virtual void transitionLivePost(qint64 postId, domain::LivePostAction action, const QString &reason,
                                    const QByteArray &etag, Callback<domain::LivePost> done) = 0;
    virtual void liveStats(qint64 eventId, Callback<domain::LiveStats> done) = 0;
    /// One page of an event's comments, newest first: of one `state` code (empty: all), matching `search`, after
    /// `cursor` (the previous page's nextCursor; empty: the first page).
    virtual void liveComments(qint64 eventId, const QString &state, const QString &search, const QString &cursor,
                              int limit, Callback<domain::ListPage<domain::LiveComment>> done) = 0;
    virtual void transitionLiveComment(qint64 commentId, domain::LiveComment::Action action,
                                       Callback<domain::LiveComment> done) = 0;
    /// uploadMedia() answered with the stored media.
    virtual void uploadLiveMedia(const QByteArray &bytes, const QByteArray &contentType, const QString &fileName,
                                 Progress progress, Callback<domain::MediaInfo> done) = 0;

    // Since interface version 6.

    /// The bytes of a media file the portal serves, named by its path as the domain's types carry it (a guest's
    /// `photoUrl`, `/media/{id}/{name}`); anything else is refused. The plugin decodes the image itself.
    virtual void liveMedia(const QString &mediaPath, Callback<QByteArray> done) = 0;

protected:
    PanelHost() = default;
    PanelHost(const PanelHost &) = default;
    PanelHost &operator=(const PanelHost &) = default;
};

} // namespace pd::plugins
