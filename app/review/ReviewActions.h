#pragma once
#include "app/api/ApiReply.h"
#include "app/domain/Error.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace pd::api {
class PortalClient;
}

namespace pd::review {

/// The reviewer's workflow transitions (approve, reject, publish, schedule) on one item, always with the
/// If-Match of the revision the reviewer saw, so nothing is applied to a version nobody reviewed.
class ReviewActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewActions)

public:
    enum class Action { Approve, Reject, Publish, Schedule };
    Q_ENUM(Action)

    /// What the reviewer decided; comment and publishAt as the action needs them.
    struct Decision {
        Action action = Action::Approve;
        QString comment;
        QDateTime publishAt;
    };

    explicit ReviewActions(api::PortalClient &client, QObject *parent = nullptr);

    /// Refuses a decision the server would refuse too, before anything is sent: a rejection without a comment,
    /// a schedule without a future time. The message is translated.
    [[nodiscard]] static Result<void> validate(const Decision &decision, const QDateTime &now);
    [[nodiscard]] static QString actionCode(Action action);
    /// The action's name for display (通过, 驳回, 签发, 定时发布).
    [[nodiscard]] static QString actionName(Action action);

    /// POST /api/v1/items/{id}/transitions with If-Match "<revision>"; `done` gets the item in its new state or
    /// the error (412 when the item changed since `revision`, 409 when the state no longer allows it).
    void apply(qint64 itemId, qint64 revision, const Decision &decision, QObject *context,
               std::function<void(Result<api::ApiReply>)> done);

private:
    api::PortalClient &m_client;
};

} // namespace pd::review
