#include "app/api/LiveClient.h"

#include "app/domain/LiveApiPaths.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::api {

namespace {
constexpr int PageSize = 200; // the API's largest page
} // namespace

PortalClient::CallId LiveClient::events(qint64 siteId, QObject *context, Callback<QList<domain::LiveEvent>> done)
{
    return m_client.call("GET", domain::LiveApiPaths::events(siteId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(domain::ListPage<domain::LiveEvent>::fromJson(r->json.object()).items);
    });
}

void LiveClient::allPosts(qint64 eventId, QObject *context, Callback<QList<domain::LivePost>> done)
{
    postsAfter(eventId, 0, {}, context, std::move(done));
}

void LiveClient::postsAfter(qint64 eventId, qint64 after, QList<domain::LivePost> collected, QObject *context,
                            Callback<QList<domain::LivePost>> done)
{
    const QString path = domain::LiveApiPaths::posts(eventId, after, PageSize);
    m_client.call("GET", path, {}, {}, context,
                  [this, eventId, context, collected = std::move(collected),
                   done = std::move(done)](Result<ApiReply> r) mutable {
                      if (!r)
                          return done(std::unexpected(r.error()));
                      const auto page = domain::ListPage<domain::LivePost>::fromJson(r->json.object());
                      collected.append(page.items);
                      if (!page.hasMore() || page.items.isEmpty())
                          return done(std::move(collected));
                      postsAfter(eventId, page.items.last().seq, std::move(collected), context, std::move(done));
                  });
}

PortalClient::CallId LiveClient::post(qint64 postId, QObject *context, Callback<Versioned<domain::LivePost>> done)
{
    return m_client.call("GET", domain::LiveApiPaths::post(postId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(Versioned<domain::LivePost>{domain::LivePost::fromJson(r->json.object()), r->etag});
    });
}

PortalClient::CallId LiveClient::transitionPost(qint64 postId, domain::LivePostAction action, const QString &reason,
                                                const QByteArray &etag, QObject *context,
                                                Callback<domain::LivePost> done)
{
    QJsonObject body{{u"action"_s, domain::livePostActionCode(action)}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return m_client.call("POST", domain::LiveApiPaths::postTransitions(postId), QJsonDocument(body), {{"If-Match", etag}}, context,
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::LivePost::fromJson(r->json.object()));
                         });
}

PortalClient::CallId LiveClient::stats(qint64 eventId, QObject *context, Callback<domain::LiveStats> done)
{
    return m_client.call("GET", domain::LiveApiPaths::stats(eventId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(domain::LiveStats::fromJson(r->json.object()));
    });
}

} // namespace pd::api
