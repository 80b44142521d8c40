#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::store {

/// One mutation waiting in the outbox: written locally first, then sent (and resent) with its idempotency key
/// until the server has it. Entries of one resource are delivered in id order.
struct OutboxEntry {
    enum class State {
        Queued,         ///< waiting to be sent (again)
        Sending,        ///< on the wire; reset to Queued when the client restarts
        Sent,           ///< the server accepted it; `result` holds its answer
        NeedsAttention, ///< refused for good (403/409/412/422…): a person has to decide
    };

    qint64 id = 0;
    QString idempotencyKey;
    QString resource;  ///< ordering scope, e.g. "item:42", "item:new", "live:7"
    QByteArray verb;   ///< POST, PUT, PATCH, DELETE
    QString path;      ///< API path, e.g. /api/v1/items
    QJsonObject body;
    QString ifMatch;   ///< revision the change was made against (empty for creates)
    State state = State::Queued;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt; ///< not before this time (back-off)
    QString lastError;
    int lastStatus = 0;
    QJsonObject result; ///< the server's answer once Sent; for 412 the problem with the current version

    /// One translated line saying what the entry will do, for the outbox's list ("Save “标题”", "Submit for review
    /// (item 12)"); a parked entry says why it is parked.
    [[nodiscard]] QString describe() const;

    [[nodiscard]] static QString stateCode(State state);
    [[nodiscard]] static State stateFromCode(QStringView code);
};

} // namespace pd::store
