#include "app/review/BulkReview.h"

#include "app/review/ReviewLog.h"

using namespace Qt::StringLiterals;

namespace pd::review {

BulkReview::BulkReview(ReviewActions &actions, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
{
    connect(&m_batch, &api::ItemBatch::progress, this, &BulkReview::progress);
    connect(&m_batch, &api::ItemBatch::finished, this, &BulkReview::finished);
}

Result<void> BulkReview::start(const QList<Target> &targets, const ReviewActions::Decision &decision)
{
    if (m_batch.isRunning())
        return std::unexpected(Error::make(ErrorCode::InvalidInput, tr("A bulk decision is still being applied.")));
    if (decision.action != ReviewActions::Action::Approve && decision.action != ReviewActions::Action::Reject)
        return std::unexpected(Error::make(ErrorCode::InvalidInput, tr("Only approve and reject apply to many items.")));
    if (auto ok = ReviewActions::validate(decision, QDateTime::currentDateTimeUtc()); !ok)
        return ok;
    m_decision = decision;
    m_batch.start(targets, [this](const Target &target, std::function<void(Outcome)> done) { send(target, done); });
    return {};
}

void BulkReview::send(const Target &target, const std::function<void(Outcome)> &done)
{
    m_actions.apply(target.id, target.revision, m_decision, this, [target, done](Result<api::ApiReply> reply) {
        Outcome o{target.id, target.title, bool(reply), 0, {}, {}};
        if (reply) {
            o.httpStatus = reply->status;
        } else {
            o.httpStatus = reply.error().httpStatus;
            o.message = reply.error().code == ErrorCode::PreconditionFailed
                            ? tr("Changed since you saw it; open it again and review the new version.")
                        : reply.error().code == ErrorCode::Conflict
                            ? tr("Already decided by someone else (%1).").arg(reply.error().message)
                            : reply.error().message;
            qCInfo(lcReview) << "bulk: item" << target.id << "not applied:" << o.httpStatus << reply.error().message;
        }
        done(o);
    });
}

QString BulkReview::summary() const
{
    const int ok = succeeded();
    return m_batch.summary(m_decision.action == ReviewActions::Action::Reject ? tr("%n rejected", nullptr, ok)
                                                                              : tr("%n approved", nullptr, ok));
}

} // namespace pd::review
