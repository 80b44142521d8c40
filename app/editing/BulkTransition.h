#pragma once
#include "app/api/ApiReply.h"
#include "app/api/ItemBatch.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/User.h"
#include "app/domain/WorkflowAction.h"

#include <QList>
#include <QObject>

namespace pd::api {
class PortalClient;
}

namespace pd::editing {

/// Pulls published content back — unpublish (取消发布), withdraw (撤稿) or archive (归档) — for one item or many
/// picked in a list. Each item is sent once with the If-Match of the revision the user saw when choosing it, so an
/// item someone changed meanwhile is refused (412) instead of being pulled in a version nobody looked at; every item
/// gets its own outcome and the others go on. The server applies each transition whole or not at all.
class BulkTransition : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTransition)

public:
    using Target = api::ItemBatch::Target;
    /// Its `item` is the item in its new state (success only).
    using Outcome = api::ItemBatch::Outcome;

    explicit BulkTransition(api::PortalClient &client, QObject *parent = nullptr);

    /// Whether `action` is one this class sends (unpublish, withdraw, archive).
    [[nodiscard]] static bool handles(domain::WorkflowAction action);
    /// Whether `actor` may take `action` on `item` as the workflow stands (a mirror of the server's rule, so that
    /// only what would succeed is offered; the server decides).
    [[nodiscard]] static bool mayApply(domain::WorkflowAction action, const domain::Item &item,
                                       const domain::User &actor, int reviewLevels);
    /// Refuses what the server would refuse anyway, before anything is sent: another action, a withdrawal
    /// without a reason, a reason longer than the server keeps. The message is translated.
    [[nodiscard]] static Result<void> validate(domain::WorkflowAction action, const QString &reason);

    /// Starts the run (nothing is sent when it is refused, or while a run is going on). Duplicate ids go once.
    Result<void> start(const QList<Target> &targets, domain::WorkflowAction action, const QString &reason);
    [[nodiscard]] bool isRunning() const { return m_batch.isRunning(); }
    [[nodiscard]] domain::WorkflowAction action() const { return m_action; }
    [[nodiscard]] QString reason() const { return m_reason; }
    [[nodiscard]] const QList<Outcome> &outcomes() const { return m_batch.outcomes(); }
    [[nodiscard]] int succeeded() const { return m_batch.succeeded(); }
    /// One translated line: "3 withdrawn" or "2 withdrawn, 1 not applied".
    [[nodiscard]] QString summary() const;

    /// What to tell the user about a refused transition of `title`: what happened and what to do next.
    [[nodiscard]] static QString explain(const Error &error, const QString &title);

    static constexpr qsizetype MaxReasonLength = 2000;

Q_SIGNALS:
    /// One item was answered (its outcome is the last of outcomes()).
    void progress(int done, int total);
    void finished();

private:
    void send(const Target &target, const std::function<void(Outcome)> &done);

    api::PortalClient &m_client;
    domain::WorkflowAction m_action = domain::WorkflowAction::Withdraw;
    QString m_reason;
    api::ItemBatch m_batch;
};

} // namespace pd::editing
