#include "app/api/LiveClient.h"

#include "app/api/ErrorMapper.h"
#include "app/domain/LiveApiPaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

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
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append({"If-Match", etag});
    return m_client.call("POST", domain::LiveApiPaths::postTransitions(postId), QJsonDocument(body), headers, context,
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

PortalClient::CallId LiveClient::event(qint64 eventId, QObject *context, Callback<domain::LiveEvent> done)
{
    return m_client.call("GET", domain::LiveApiPaths::event(eventId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(domain::LiveEvent::fromJson(r->json.object()));
    });
}

namespace {

QList<QPair<QByteArray, QByteArray>> ifMatch(const QByteArray &etag)
{
    if (etag.isEmpty())
        return {};
    return {{"If-Match", etag}};
}

PortalClient::Callback<ApiReply> versionedEventReply(LiveClient::Callback<LiveClient::Versioned<domain::LiveEvent>> done)
{
    return [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(LiveClient::Versioned<domain::LiveEvent>{domain::LiveEvent::fromJson(r->json.object()), r->etag});
    };
}

QString mediaPath(qint64 siteId)
{
    return siteId > 0 ? u"/api/v1/media?site=%1"_s.arg(siteId) : u"/api/v1/media"_s;
}

} // namespace

PortalClient::CallId LiveClient::versionedEvent(qint64 eventId, QObject *context,
                                                Callback<Versioned<domain::LiveEvent>> done)
{
    return m_client.call("GET", domain::LiveApiPaths::event(eventId), {}, {}, context,
                         versionedEventReply(std::move(done)));
}

PortalClient::CallId LiveClient::saveEvent(qint64 eventId, const QJsonObject &input, const QByteArray &etag,
                                           QObject *context, Callback<Versioned<domain::LiveEvent>> done)
{
    if (eventId == 0)
        return m_client.call("POST", domain::LiveApiPaths::events(), QJsonDocument(input), {}, context,
                             versionedEventReply(std::move(done)));
    return m_client.call("PUT", domain::LiveApiPaths::event(eventId), QJsonDocument(input), ifMatch(etag), context,
                         versionedEventReply(std::move(done)));
}

PortalClient::CallId LiveClient::transitionEvent(qint64 eventId, domain::LiveEventAction action,
                                                 const QByteArray &etag, QObject *context,
                                                 Callback<Versioned<domain::LiveEvent>> done)
{
    const QJsonObject body{{u"action"_s, domain::liveEventActionCode(action)}};
    return m_client.call("POST", domain::LiveApiPaths::eventTransitions(eventId), QJsonDocument(body), ifMatch(etag),
                         context, versionedEventReply(std::move(done)));
}

PortalClient::CallId LiveClient::staff(qint64 siteId, QObject *context, Callback<QList<domain::LiveStaffMember>> done)
{
    return m_client.call("GET", domain::LiveApiPaths::staff(siteId), {}, {}, context,
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::ListPage<domain::LiveStaffMember>::fromJson(r->json.object()).items);
                         });
}

PortalClient::CallId LiveClient::comments(qint64 eventId, const QString &state, const QString &search,
                                          const QString &cursor, int limit, QObject *context,
                                          Callback<domain::ListPage<domain::LiveComment>> done)
{
    return m_client.call("GET", domain::LiveApiPaths::comments(eventId, state, search, cursor, limit), {}, {}, context,
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::ListPage<domain::LiveComment>::fromJson(r->json.object()));
                         });
}

PortalClient::CallId LiveClient::transitionComment(qint64 commentId, domain::LiveComment::Action action,
                                                   QObject *context, Callback<domain::LiveComment> done)
{
    const QJsonObject body{{u"action"_s, domain::LiveComment::actionCode(action)}};
    return m_client.call("POST", domain::LiveApiPaths::commentTransitions(commentId), QJsonDocument(body), {}, context,
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::LiveComment::fromJson(r->json.object()));
                         });
}

PortalClient::CallId LiveClient::uploadMedia(qint64 siteId, const QByteArray &bytes, const QByteArray &contentType,
                                             const QString &fileName, QObject *context, PortalClient::Progress progress,
                                             Callback<domain::MediaInfo> done)
{
    return untypedUpload(siteId, bytes, contentType, fileName, context, std::move(progress),
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::MediaInfo::fromJson(r->json.object()));
                         });
}

PortalClient::CallId LiveClient::media(const QString &mediaPath, QObject *context, Callback<QByteArray> done)
{
    // Only files below /media/: this call hands bytes to plugins, which reach the API through typed calls.
    if (!mediaPath.startsWith(u"/media/"_s) || mediaPath.contains(u".."_s)) {
        done(std::unexpected(Error::make(ErrorCode::Validation, ErrorMapper::tr("Not a media file of the portal: %1").arg(mediaPath))));
        return 0;
    }
    return m_client.fetch(mediaPath, context, std::move(done));
}

PortalClient::CallId LiveClient::untyped(const QByteArray &verb, const QString &path, const QJsonDocument &body,
                                         const QByteArray &etag, QObject *context, Callback<ApiReply> done)
{
    return m_client.call(verb, path, body, ifMatch(etag), context, std::move(done));
}

PortalClient::CallId LiveClient::untypedUpload(qint64 siteId, const QByteArray &bytes, const QByteArray &contentType,
                                               const QString &fileName, QObject *context,
                                               PortalClient::Progress progress, Callback<ApiReply> done)
{
    return m_client.upload(mediaPath(siteId), bytes, contentType, {{"X-Filename", QUrl::toPercentEncoding(fileName)}},
                           context, std::move(progress), std::move(done));
}

void LiveClient::questions(qint64 eventId, const QString &state, QObject *context,
                           Callback<QList<domain::InterviewQuestion>> done)
{
    questionsFrom(domain::LiveApiPaths::questions(eventId, state), {}, {}, context, std::move(done));
}

void LiveClient::questionsFrom(const QString &path, const QString &cursor, QList<domain::InterviewQuestion> collected,
                               QObject *context, Callback<QList<domain::InterviewQuestion>> done)
{
    const QChar join = path.contains(u'?') ? u'&' : u'?';
    QString page = path + join + u"limit=%1"_s.arg(PageSize);
    if (!cursor.isEmpty())
        page += u"&cursor="_s + QString::fromUtf8(QUrl::toPercentEncoding(cursor));
    m_client.call("GET", page, {}, {}, context,
                  [this, path, context, collected = std::move(collected), done = std::move(done)](Result<ApiReply> r) mutable {
                      if (!r)
                          return done(std::unexpected(r.error()));
                      const auto list = domain::ListPage<domain::InterviewQuestion>::fromJson(r->json.object());
                      collected.append(list.items);
                      if (!list.hasMore() || list.items.isEmpty())
                          return done(std::move(collected));
                      questionsFrom(path, list.nextCursor, std::move(collected), context, std::move(done));
                  });
}

namespace {

PortalClient::Callback<ApiReply> questionReply(PortalClient::Callback<domain::InterviewQuestion> done)
{
    return [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(domain::InterviewQuestion::fromJson(r->json.object()));
    };
}

} // namespace

PortalClient::CallId LiveClient::transitionQuestion(qint64 questionId, domain::InterviewQuestionAction action,
                                                    const QString &reason, QObject *context,
                                                    Callback<domain::InterviewQuestion> done)
{
    QJsonObject body{{u"action"_s, domain::interviewQuestionActionCode(action)}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return m_client.call("POST", domain::LiveApiPaths::questionTransitions(questionId), QJsonDocument(body), {},
                         context, questionReply(std::move(done)));
}

PortalClient::CallId LiveClient::mergeQuestion(qint64 questionId, qint64 intoId, QObject *context,
                                               Callback<domain::InterviewQuestion> done)
{
    const QJsonObject body{{u"action"_s, domain::interviewQuestionActionCode(domain::InterviewQuestionAction::Merge)},
                           {u"into"_s, intoId}};
    return m_client.call("POST", domain::LiveApiPaths::questionTransitions(questionId), QJsonDocument(body), {},
                         context, questionReply(std::move(done)));
}

PortalClient::CallId LiveClient::reorderQueue(qint64 eventId, const QList<qint64> &questionIds, QObject *context,
                                              Callback<QList<domain::InterviewQuestion>> done)
{
    QJsonArray ids;
    for (qint64 id : questionIds)
        ids.append(id);
    return m_client.call("PUT", domain::LiveApiPaths::questionQueue(eventId), QJsonDocument(QJsonObject{{u"questions"_s, ids}}),
                         {}, context, [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::ListPage<domain::InterviewQuestion>::fromJson(r->json.object()).items);
                         });
}

PortalClient::CallId LiveClient::answerQuestion(qint64 questionId, qint64 guestId, const QString &text,
                                                const QByteArray &idempotencyKey, QObject *context,
                                                Callback<domain::InterviewQuestion> done)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    const QJsonObject body{{u"guest"_s, guestId}, {u"text"_s, text}};
    return m_client.call("POST", domain::LiveApiPaths::questionAnswers(questionId), QJsonDocument(body), headers,
                         context, questionReply(std::move(done)));
}

PortalClient::CallId LiveClient::submitQuestion(qint64 eventId, const QString &name, const QString &text,
                                                QObject *context, Callback<domain::InterviewQuestion> done)
{
    const QJsonObject body{{u"name"_s, name}, {u"text"_s, text}};
    return m_client.call("POST", domain::LiveApiPaths::publicQuestions(eventId), QJsonDocument(body), {}, context,
                         questionReply(std::move(done)));
}

PortalClient::CallId LiveClient::interviewStats(qint64 eventId, QObject *context, Callback<domain::InterviewStats> done)
{
    return m_client.call("GET", domain::LiveApiPaths::stats(eventId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(domain::InterviewStats::fromJson(r->json.object().value(u"interview").toObject()));
    });
}

PortalClient::CallId LiveClient::buildTranscript(qint64 eventId, QObject *context, Callback<domain::Item> done)
{
    return m_client.call("POST", domain::LiveApiPaths::transcript(eventId), QJsonDocument(QJsonObject{}), {}, context,
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::Item::fromJson(r->json.object()));
                         });
}

} // namespace pd::api
