#pragma once
#include <QDateTime>
#include <QString>

namespace pd::server {

/// The body of `POST /api/v1/items/{id}/transitions`: `{action, comment?, publishAt?}`.
struct TransitionInput {
    QString action;
    QString comment;
    QDateTime publishAt;
};

} // namespace pd::server
