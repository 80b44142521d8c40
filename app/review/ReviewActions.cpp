#include "app/review/ReviewActions.h"

#include "app/api/PortalClient.h"
#include "app/review/ReviewLog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::review {

ReviewActions::ReviewActions(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Result<void> ReviewActions::validate(const Decision &decision, const QDateTime &now)
{
    if (decision.action == Action::Reject && decision.comment.trimmed().isEmpty()) {
        Error e = Error::make(ErrorCode::InvalidInput,
                              tr("A rejection needs a comment: tell the author what to change."));
        e.fields.append({u"comment"_s, e.message});
        return std::unexpected(e);
    }
    if (decision.action == Action::Schedule && (!decision.publishAt.isValid() || decision.publishAt <= now)) {
        Error e = Error::make(ErrorCode::InvalidInput, tr("Choose a publishing time in the future."));
        e.fields.append({u"publishAt"_s, e.message});
        return std::unexpected(e);
    }
    return {};
}

QString ReviewActions::actionCode(Action action)
{
    switch (action) {
    case Action::Approve: return u"approve"_s;
    case Action::Reject: return u"reject"_s;
    case Action::Publish: return u"publish"_s;
    case Action::Schedule: return u"schedule"_s;
    }
    return {};
}

QString ReviewActions::actionName(Action action)
{
    switch (action) {
    case Action::Approve: return tr("Approve");
    case Action::Reject: return tr("Reject");
    case Action::Publish: return tr("Publish now");
    case Action::Schedule: return tr("Schedule");
    }
    return {};
}

void ReviewActions::apply(qint64 itemId, qint64 revision, const Decision &decision, QObject *context,
                          std::function<void(Result<api::ApiReply>)> done)
{
    if (auto ok = validate(decision, QDateTime::currentDateTimeUtc()); !ok) {
        done(std::unexpected(ok.error()));
        return;
    }
    QJsonObject body{{u"action"_s, actionCode(decision.action)}};
    if (!decision.comment.trimmed().isEmpty())
        body.insert(u"comment"_s, decision.comment.trimmed());
    if (decision.action == Action::Schedule)
        body.insert(u"publishAt"_s, decision.publishAt.toUTC().toString(Qt::ISODate));
    const QByteArray etag = '"' + QByteArray::number(revision) + '"';
    qCDebug(lcReview) << "transition" << itemId << body.value(u"action").toString() << etag;
    m_client.call("POST", u"/api/v1/items/%1/transitions"_s.arg(itemId), QJsonDocument(body), {{"If-Match", etag}},
                  context, std::move(done));
}

} // namespace pd::review
