#pragma once
#include "app/domain/Error.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

namespace pd::api {

/// Turns what the network stack and the server said into a pd::Error with a translated, user-facing message.
/// Kept free of sockets so the mapping can be tested exhaustively without a network.
class ErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(pd::api::ErrorMapper)

public:
    /// What a finished request left behind; filled by PortalClient from a QNetworkReply.
    struct Reply {
        QUrl url;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString;
        int httpStatus = 0;
        QByteArray contentType;
        QByteArray body;
        QByteArray retryAfter;
        QList<QSslError> sslErrors;
        bool cancelledByCaller = false; ///< an abort we asked for, as opposed to a transfer time-out
        bool isSignIn = false;          ///< a 401 here means a wrong password, not an expired session
    };

    /// The error for a failed reply (a network failure or a non-2xx status).
    [[nodiscard]] static Error fromReply(const Reply &reply);
    /// The error for a server address that cannot be used.
    [[nodiscard]] static Error badUrl(const QString &text);
    /// The error for a 2xx answer whose body is not what the API promises.
    [[nodiscard]] static Error badResponse(const QUrl &url, const QString &why);

    /// Validates and normalises a server address typed by a person ("portal.gov.cn" → https://portal.gov.cn).
    [[nodiscard]] static Result<QUrl> parseServerUrl(const QString &text);
};

} // namespace pd::api
