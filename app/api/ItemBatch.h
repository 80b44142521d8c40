#pragma once
#include "app/domain/Item.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace pd::api {

/// Many items sent one at a time, in the user's order, each at most once and never retried: every item gets its
/// own outcome and a refusal never stops the rest. What is sent for each (a review decision, a pull-back) is the
/// caller's; the run, the outcomes and the count are this.
class ItemBatch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemBatch)

public:
    struct Target {
        qint64 id = 0;
        qint64 revision = 0; ///< the revision the user saw when choosing it, sent as If-Match
        QString title;
    };
    struct Outcome {
        qint64 id = 0;
        QString title;
        bool ok = false;
        int httpStatus = 0; ///< 0 when no answer came (network) or nothing was sent
        QString message;    ///< translated, says what to do; empty on success
        domain::Item item;  ///< the item in its new state, where the answer carries it
    };
    /// Sends `target` and calls `done` with its outcome once it is answered.
    using Send = std::function<void(const Target &target, std::function<void(Outcome)> done)>;

    explicit ItemBatch(QObject *parent = nullptr);

    /// Starts sending `targets` through `send`, an id listed twice once; nothing while a run is going on.
    void start(const QList<Target> &targets, Send send);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QList<Outcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] int succeeded() const;
    /// `done` ("3 withdrawn"), and how many were not applied when any were.
    [[nodiscard]] QString summary(const QString &done) const;

Q_SIGNALS:
    /// One item was answered (its outcome is the last of outcomes()).
    void progress(int done, int total);
    void finished();

private:
    void next();

    QList<Target> m_queue;
    Send m_send;
    QList<Outcome> m_outcomes;
    int m_total = 0;
    bool m_running = false;
};

} // namespace pd::api
