#pragma once
#include "app/api/PortalClient.h"
#include "app/domain/InterviewQuestion.h"
#include "app/domain/InterviewStats.h"
#include "app/domain/Item.h"
#include "app/domain/ListPage.h"
#include "app/domain/LiveComment.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LiveEventState.h"
#include "app/domain/LivePost.h"
#include "app/domain/LivePostState.h"
#include "app/domain/LiveStaffMember.h"
#include "app/domain/LiveStats.h"
#include "app/domain/MediaInfo.h"

#include <QJsonObject>

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
    /// GET /api/v1/live/events/{id}
    PortalClient::CallId event(qint64 eventId, QObject *context, Callback<domain::LiveEvent> done);
    /// GET /api/v1/live/events/{id} with its ETag (for a later PUT or transition).
    PortalClient::CallId versionedEvent(qint64 eventId, QObject *context, Callback<Versioned<domain::LiveEvent>> done);
    /// POST /api/v1/live/events (`eventId` 0) or PUT /api/v1/live/events/{id} with If-Match `etag` (when not empty):
    /// `input` holds the event's fields as the API names them (the desk's event dialog builds it).
    PortalClient::CallId saveEvent(qint64 eventId, const QJsonObject &input, const QByteArray &etag, QObject *context,
                                   Callback<Versioned<domain::LiveEvent>> done);
    /// POST /api/v1/live/events/{id}/transitions `{action}` with If-Match `etag` (when not empty).
    PortalClient::CallId transitionEvent(qint64 eventId, domain::LiveEventAction action, const QByteArray &etag,
                                         QObject *context, Callback<Versioned<domain::LiveEvent>> done);
    /// GET /api/v1/live/staff?site=…: the site's live reporters and moderators (for the sub-forums' teams).
    PortalClient::CallId staff(qint64 siteId, QObject *context, Callback<QList<domain::LiveStaffMember>> done);
    /// One page of an event's comments for the moderators, newest first (see LiveApiPaths::comments).
    PortalClient::CallId comments(qint64 eventId, const QString &state, const QString &search, const QString &cursor,
                                  int limit, QObject *context, Callback<domain::ListPage<domain::LiveComment>> done);
    /// POST /api/v1/live/comments/{id}/transitions `{action}`.
    PortalClient::CallId transitionComment(qint64 commentId, domain::LiveComment::Action action, QObject *context,
                                           Callback<domain::LiveComment> done);
    /// POST /api/v1/media?site=… of a photo's bytes, with upload progress.
    PortalClient::CallId uploadMedia(qint64 siteId, const QByteArray &bytes, const QByteArray &contentType,
                                     const QString &fileName, QObject *context, PortalClient::Progress progress,
                                     Callback<domain::MediaInfo> done);

    /// The bytes of a media file the portal serves (`/media/{id}/{name}`, as a guest's photoUrl names it); any
    /// other path is refused as a validation error without a request.
    PortalClient::CallId media(const QString &mediaPath, QObject *context, Callback<QByteArray> done);

    /// Any call, answered as it came: for panel plugins built before the host had typed live calls (they name
    /// paths and read the JSON themselves), so they keep working within the interface versions the host runs.
    PortalClient::CallId untyped(const QByteArray &verb, const QString &path, const QJsonDocument &body,
                                 const QByteArray &ifMatch, QObject *context, Callback<ApiReply> done);
    /// uploadMedia() answered as it came, for the same older plugins.
    PortalClient::CallId untypedUpload(qint64 siteId, const QByteArray &bytes, const QByteArray &contentType,
                                       const QString &fileName, QObject *context, PortalClient::Progress progress,
                                       Callback<ApiReply> done);

    // Online interviews (在线访谈). The director (live_moderator) screens and queues, the typist (live_reporter)
    // records answers; see docs/api/openapi.yaml.

    /// Every question of an interview in `state` (all states when empty), all pages: queued ones in the host's
    /// order, answered ones in the order they were answered, the rest in the order they arrived.
    void questions(qint64 eventId, const QString &state, QObject *context, Callback<QList<domain::InterviewQuestion>> done);
    /// POST /api/v1/live/questions/{id}/transitions `{action, reason?}` (reason: why it was declined, kept internal).
    PortalClient::CallId transitionQuestion(qint64 questionId, domain::InterviewQuestionAction action,
                                            const QString &reason, QObject *context,
                                            Callback<domain::InterviewQuestion> done);
    /// Merges a duplicate into `intoId` (`{action: merge, into}`); answers with the question it went into, whose
    /// askers now count the duplicate's.
    PortalClient::CallId mergeQuestion(qint64 questionId, qint64 intoId, QObject *context,
                                       Callback<domain::InterviewQuestion> done);
    /// PUT /api/v1/live/events/{id}/queue: the queued questions in the order the host is to ask them; answers with
    /// the whole queue in its new order.
    PortalClient::CallId reorderQueue(qint64 eventId, const QList<qint64> &questionIds, QObject *context,
                                      Callback<QList<domain::InterviewQuestion>> done);
    /// POST /api/v1/live/questions/{id}/answers `{guest, text}` with `idempotencyKey` (a resend with the same key
    /// returns the first answer); answers with the question, now answered.
    PortalClient::CallId answerQuestion(qint64 questionId, qint64 guestId, const QString &text,
                                        const QByteArray &idempotencyKey, QObject *context,
                                        Callback<domain::InterviewQuestion> done);
    /// POST /public/live/{event}/questions `{name, text}` as a netizen would (the question arrives pending).
    PortalClient::CallId submitQuestion(qint64 eventId, const QString &name, const QString &text, QObject *context,
                                        Callback<domain::InterviewQuestion> done);
    /// The question figures of an interview (`interview` of GET /api/v1/live/events/{id}/stats).
    PortalClient::CallId interviewStats(qint64 eventId, QObject *context, Callback<domain::InterviewStats> done);
    /// POST /api/v1/live/events/{id}/transcript after the end: the 实录 as a draft item in the site's interview column.
    PortalClient::CallId buildTranscript(qint64 eventId, QObject *context, Callback<domain::Item> done);

private:
    void questionsFrom(const QString &path, const QString &cursor, QList<domain::InterviewQuestion> collected,
                       QObject *context, Callback<QList<domain::InterviewQuestion>> done);
    void postsAfter(qint64 eventId, qint64 after, QList<domain::LivePost> collected, QObject *context,
                    Callback<QList<domain::LivePost>> done);

    PortalClient &m_client;
};

} // namespace pd::api
