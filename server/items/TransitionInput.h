#pragma once
#include <QDateTime>
#include <QString>

namespace pd::server {

/// The body of `POST /api/v1/items/{id}/transitions`: `{action, comment?, publishAt?, urgent?}`, and for `invalidate`
/// `{validity, effectiveDate, replacedBy?}`.
struct TransitionInput {
    QString action;
    QString comment;
    QDateTime publishAt;
    /// publish: republish the pending revision of a published item at once (紧急更正; publisher, comment required).
    bool urgent = false;
    QString validity;      ///< invalidate: 失效 or 废止
    QString effectiveDate; ///< invalidate: YYYY-MM-DD, as sent (checked by the service)
    qint64 replacedBy = 0; ///< invalidate: the replacing disclosure item, 0 for none
};

} // namespace pd::server
