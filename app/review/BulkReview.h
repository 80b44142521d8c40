#pragma once
#include "app/api/ItemBatch.h"
#include "app/review/ReviewActions.h"

#include <QList>
#include <QObject>

namespace pd::review {

/// One decision (approve or reject with one comment) applied to many queue items, each with the revision the
/// reviewer saw as If-Match. Every item is sent at most once and never retried: a 412 (changed since) or 409
/// (someone else already decided) is reported for that item and the rest go on.
class BulkReview : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkReview)

public:
    using Target = api::ItemBatch::Target;
    using Outcome = api::ItemBatch::Outcome;

    explicit BulkReview(ReviewActions &actions, QObject *parent = nullptr);

    /// Starts the run; refused (InvalidInput, nothing sent) when the decision is invalid or a run is going on.
    /// Duplicate ids in `targets` are sent once.
    Result<void> start(const QList<Target> &targets, const ReviewActions::Decision &decision);
    [[nodiscard]] bool isRunning() const { return m_batch.isRunning(); }
    [[nodiscard]] const QList<Outcome> &outcomes() const { return m_batch.outcomes(); }
    [[nodiscard]] int succeeded() const { return m_batch.succeeded(); }
    /// A one-line translated summary ("18 approved, 2 not applied").
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void send(const Target &target, const std::function<void(Outcome)> &done);

    ReviewActions &m_actions;
    ReviewActions::Decision m_decision;
    api::ItemBatch m_batch;
};

} // namespace pd::review
