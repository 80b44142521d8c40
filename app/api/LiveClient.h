#pragma once
#include "app/api/PortalClient.h"
#include "app/domain/ListPage.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LivePost.h"
#include "app/domain/LivePostState.h"
#include "app/domain/LiveStats.h"

#include <QString>

namespace pd::api {

/// The live broadcast part of the portal API with the domain's live types: typed calls over the application's
/// PortalClient (paths from domain::LiveApiPaths). Writes that must survive a bad venue network go through the outbox
/// instead; these calls are for reading and for decisions taken at once. It must outlive the calls it starts.
class LiveClient
{
public:
    template <typename T>
    using Callback = PortalClient::Callback<T>;

    /// A resource with the revision its ETag named (for If-Match).
    template <typename T>
    struct Versioned {
        T value;
        QByteArray etag;
    };

    explicit LiveClient(PortalClient &client) : m_client(client) {}

    /// GET /api/v1/live/events?site=…
    PortalClient::CallId events(qint64 siteId, QObject *context, Callback<QList<domain::LiveEvent>> done);
    /// Every post of an event the caller may see, in seq order (all pages).
    void allPosts(qint64 eventId, QObject *context, Callback<QList<domain::LivePost>> done);
    /// GET /api/v1/live/posts/{id} with its ETag.
    PortalClient::CallId post(qint64 postId, QObject *context, Callback<Versioned<domain::LivePost>> done);
    /// POST /api/v1/live/posts/{id}/transitions with If-Match `etag` (the revision the person decided on).
    PortalClient::CallId transitionPost(qint64 postId, domain::LivePostAction action, const QString &reason,
                                        const QByteArray &etag, QObject *context, Callback<domain::LivePost> done);
    /// GET /api/v1/live/events/{id}/stats
    PortalClient::CallId stats(qint64 eventId, QObject *context, Callback<domain::LiveStats> done);

private:
    void postsAfter(qint64 eventId, qint64 after, QList<domain::LivePost> collected, QObject *context,
                    Callback<QList<domain::LivePost>> done);

    PortalClient &m_client;
};

} // namespace pd::api
