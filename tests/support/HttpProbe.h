#pragma once
#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace pd::test {

/// A small blocking HTTP client for tests: each call runs a local event loop until the reply is complete.
class HttpProbe
{
public:
    struct Reply {
        int status = 0; ///< 0 when no HTTP answer arrived (connection refused, timeout)
        QByteArray body;
        QJsonDocument json; ///< parsed body when it is JSON
        QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    };

    Reply request(QByteArray verb, QUrl url, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {});
    /// POST /api/v1/session; returns the access token, empty on failure.
    QString login(QUrl base, QString user, QString password);

    /// Convenience: a JSON request with `Authorization: Bearer <token>` (token may be empty).
    Reply json(QByteArray verb, QUrl url, const QString &token, const QJsonDocument &body = {},
               QList<QPair<QByteArray, QByteArray>> headers = {});

private:
    QNetworkAccessManager m_nam;
};

} // namespace pd::test
