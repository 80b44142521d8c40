#pragma once
#include "app/domain/User.h"

#include <QHostAddress>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace pd::server {

/// One API call as a controller sees it: the raw request, the path arguments, the caller and the decoded body.
struct ApiRequest {
    const QHttpServerRequest &http;
    QStringList pathArgs;            ///< the `{…}` segments of the route pattern, in order
    std::optional<domain::User> user; ///< set on authenticated routes
    QString accessToken;             ///< the bearer token the caller presented
    QJsonValue json;                 ///< decoded body on JSON routes
    bool fromForm = false;           ///< the body was an HTML form post: the answer should be a page, not JSON
    QHostAddress client;             ///< the client's address (ClientAddress: the peer, or what a trusted proxy says)

    [[nodiscard]] QJsonObject object() const { return json.toObject(); }
    [[nodiscard]] QByteArray header(QAnyStringView name) const { return http.headers().value(name).toByteArray(); }
    [[nodiscard]] QString query(const QString &name) const;
    /// The path argument at `index` as a positive integer id, or nullopt.
    [[nodiscard]] std::optional<qint64> idArg(qsizetype index) const;
    [[nodiscard]] const domain::User &caller() const { return *user; }
    /// The revision named by `If-Match` (`"3"`, `W/"3"` or `3`); nullopt when the header is absent, -1 when it
    /// names no revision we could have issued (so it never matches).
    [[nodiscard]] std::optional<qint64> ifMatch() const;
};

} // namespace pd::server
