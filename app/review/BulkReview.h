#pragma once
#include "app/review/ReviewActions.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace pd::review {

/// One decision (approve or reject with one comment) applied to many queue items, each with the revision the
/// reviewer saw as If-Match. Every item is sent at most once and never retried: a 412 (changed since) or 409
/// (someone else already decided) is reported for that item and the rest go on.
class BulkReview : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkReview)

public:
    struct Target {
        qint64 id = 0;
        qint64 revision = 0;
        QString title;
    };
    struct Outcome {
        qint64 id = 0;
        QString title;
        bool ok = false;
        int httpStatus = 0; ///< 0 when no answer came (network) or nothing was sent
        QString message;    ///< translated; empty on success
    };

    explicit BulkReview(ReviewActions &actions, QObject *parent = nullptr);

    /// Starts the run; refused (InvalidInput, nothing sent) when the decision is invalid or a run is going on.
    /// Duplicate ids in `targets` are sent once.
    Result<void> start(const QList<Target> &targets, const ReviewActions::Decision &decision);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QList<Outcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] int succeeded() const;
    /// A one-line translated summary ("18 approved, 2 not applied").
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();

    ReviewActions &m_actions;
    QList<Target> m_queue;
    ReviewActions::Decision m_decision;
    QList<Outcome> m_outcomes;
    int m_total = 0;
    bool m_running = false;
};

} // namespace pd::review
