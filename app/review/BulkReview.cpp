#include "app/review/BulkReview.h"

#include "app/review/ReviewLog.h"

using namespace Qt::StringLiterals;

namespace pd::review {

BulkReview::BulkReview(ReviewActions &actions, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
{
}

Result<void> BulkReview::start(const QList<Target> &targets, const ReviewActions::Decision &decision)
{
    if (m_running)
        return std::unexpected(Error::make(ErrorCode::InvalidInput, tr("A bulk decision is still being applied.")));
    if (decision.action != ReviewActions::Action::Approve && decision.action != ReviewActions::Action::Reject)
        return std::unexpected(Error::make(ErrorCode::InvalidInput, tr("Only approve and reject apply to many items.")));
    if (auto ok = ReviewActions::validate(decision, QDateTime::currentDateTimeUtc()); !ok)
        return ok;
    m_queue.clear();
    QSet<qint64> seen;
    for (const Target &t : targets)
        if (!seen.contains(t.id)) {
            seen.insert(t.id);
            m_queue.append(t);
        }
    m_decision = decision;
    m_outcomes.clear();
    m_total = int(m_queue.size());
    m_running = true;
    next();
    return {};
}

void BulkReview::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    // One at a time: the server sees the items in the reviewer's order and a failure never hides another.
    const Target target = m_queue.takeFirst();
    m_actions.apply(target.id, target.revision, m_decision, this, [this, target](Result<api::ApiReply> reply) {
        Outcome o{target.id, target.title, bool(reply), 0, {}};
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
        m_outcomes.append(o);
        Q_EMIT progress(int(m_outcomes.size()), m_total);
        next();
    });
}

int BulkReview::succeeded() const
{
    return int(std::ranges::count_if(m_outcomes, &Outcome::ok));
}

QString BulkReview::summary() const
{
    const int ok = succeeded();
    const int failed = int(m_outcomes.size()) - ok;
    const QString done = m_decision.action == ReviewActions::Action::Reject ? tr("%n rejected", nullptr, ok)
                                                                             : tr("%n approved", nullptr, ok);
    return failed == 0 ? done : tr("%1, %n not applied", nullptr, failed).arg(done);
}

} // namespace pd::review
