#include "app/editing/BulkTransition.h"

#include "app/api/PortalClient.h"
#include "app/domain/Workflow.h"
#include "app/editing/EditingLog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::editing {

BulkTransition::BulkTransition(api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_batch, &api::ItemBatch::progress, this, &BulkTransition::progress);
    connect(&m_batch, &api::ItemBatch::finished, this, &BulkTransition::finished);
}

bool BulkTransition::handles(domain::WorkflowAction action)
{
    return action == domain::WorkflowAction::Unpublish || action == domain::WorkflowAction::Withdraw
           || action == domain::WorkflowAction::Archive;
}

bool BulkTransition::mayApply(domain::WorkflowAction action, const domain::Item &item, const domain::User &actor,
                              int reviewLevels)
{
    if (!handles(action))
        return false;
    const domain::Workflow workflow(std::max(1, reviewLevels));
    return workflow.allowedActions(item.workflow, actor, item.siteId).contains(action);
}

Result<void> BulkTransition::validate(domain::WorkflowAction action, const QString &reason)
{
    if (!handles(action))
        return std::unexpected(
            Error::make(ErrorCode::InvalidInput, tr("Only unpublish, withdraw and archive apply here.")));
    Error e = Error::make(ErrorCode::InvalidInput, {});
    if (action == domain::WorkflowAction::Withdraw && reason.trimmed().isEmpty())
        e.message = tr("A withdrawal needs a reason: it goes on the public record and into the audit log.");
    else if (reason.trimmed().size() > MaxReasonLength)
        e.message = tr("The reason is too long: at most %n characters.", nullptr, int(MaxReasonLength));
    if (e.message.isEmpty())
        return {};
    e.fields.append({u"comment"_s, e.message});
    return std::unexpected(e);
}

Result<void> BulkTransition::start(const QList<Target> &targets, domain::WorkflowAction action,
                                   const QString &reason)
{
    if (m_batch.isRunning())
        return std::unexpected(Error::make(ErrorCode::InvalidInput, tr("The previous run is still going on.")));
    if (auto ok = validate(action, reason); !ok)
        return ok;
    if (targets.isEmpty())
        return std::unexpected(Error::make(ErrorCode::InvalidInput, tr("Choose at least one item.")));
    m_action = action;
    m_reason = reason.trimmed();
    m_batch.start(targets, [this](const Target &target, std::function<void(Outcome)> done) { send(target, done); });
    return {};
}

QString BulkTransition::explain(const Error &error, const QString &title)
{
    switch (error.code) {
    case ErrorCode::PreconditionFailed:
        return tr("“%1” was changed by someone else after you chose it; nothing was done to it. Refresh the list, "
                  "look at the new version and try again.")
            .arg(title);
    case ErrorCode::Conflict:
        return tr("“%1” is no longer in a state that allows this (%2); nothing was done to it. Refresh the list to "
                  "see where it stands.")
            .arg(title, error.message);
    case ErrorCode::Forbidden:
        return tr("Your roles on this site do not allow this for “%1”; nothing was done to it. Ask a publisher "
                  "(签发) to do it.")
            .arg(title);
    case ErrorCode::Validation:
        return tr("“%1” was refused: %2 Correct the reason and try again.").arg(title, error.message);
    default:
        if (error.isTransient())
            return tr("“%1” could not be sent (%2); nothing was done to it. Try again when the portal is reachable.")
                .arg(title, error.message);
        return tr("“%1” was refused: %2").arg(title, error.message);
    }
}

void BulkTransition::send(const Target &target, const std::function<void(Outcome)> &done)
{
    QJsonObject body{{u"action"_s, domain::workflowActionCode(m_action)}};
    if (!m_reason.isEmpty())
        body.insert(u"comment"_s, m_reason);
    const QByteArray etag = '"' + QByteArray::number(target.revision) + '"';
    m_client.call("POST", u"/api/v1/items/%1/transitions"_s.arg(target.id), QJsonDocument(body),
                  {{"If-Match", etag}}, this, [this, target, done](Result<api::ApiReply> reply) {
                      Outcome o{target.id, target.title, false, 0, {}, {}};
                      if (reply) {
                          o.httpStatus = reply->status;
                          auto item = domain::Item::fromJson(reply->json.object());
                          o.ok = bool(item);
                          if (item)
                              o.item = *item;
                          else
                              o.message = tr("“%1”: the portal's answer could not be read (%2). Refresh the list.")
                                              .arg(target.title, item.error().message);
                      } else {
                          o.httpStatus = reply.error().httpStatus;
                          o.message = explain(reply.error(), target.title);
                          qCInfo(lcEditing) << "transition" << domain::workflowActionCode(m_action) << "of item"
                                            << target.id << "refused:" << o.httpStatus << reply.error().message;
                      }
                      done(o);
                  });
}

QString BulkTransition::summary() const
{
    const int ok = succeeded();
    QString done;
    switch (m_action) {
    case domain::WorkflowAction::Unpublish: done = tr("%n unpublished", nullptr, ok); break;
    case domain::WorkflowAction::Archive: done = tr("%n archived", nullptr, ok); break;
    default: done = tr("%n withdrawn", nullptr, ok); break;
    }
    return m_batch.summary(done);
}

} // namespace pd::editing
