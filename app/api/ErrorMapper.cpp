#include "app/api/ErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::api {

namespace {

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

int parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    // Retry-After may also be an HTTP date.
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (at.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
    return -1;
}

Error networkError(const ErrorMapper::Reply &r)
{
    const QString host = hostOf(r.url);
    switch (r.networkError) {
    case QNetworkReply::TimeoutError:
        return Error::make(ErrorCode::Timeout,
                           ErrorMapper::tr("The server %1 did not answer in time. Please try again later.").arg(host));
    case QNetworkReply::OperationCanceledError:
        // Qt reports a transfer time-out as a cancellation; only our own aborts are real cancellations.
        if (r.cancelledByCaller)
            return Error::make(ErrorCode::Cancelled, ErrorMapper::tr("The request was cancelled."));
        return Error::make(ErrorCode::Timeout,
                           ErrorMapper::tr("The server %1 did not answer in time. Please try again later.").arg(host));
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &e : r.sslErrors)
            reasons.append(e.errorString());
        if (reasons.isEmpty())
            reasons.append(r.networkErrorString);
        return Error::make(ErrorCode::Tls,
                           ErrorMapper::tr("The secure connection to %1 could not be established: %2. "
                                           "Check the server address and the certificate settings of this account.")
                               .arg(host, reasons.join(u"; "_s)));
    }
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return ErrorMapper::badUrl(r.url.toString());
    default:
        // Below 100: transport (refused, host not found, reset); 101-199: proxy; 300+: the peer broke HTTP.
        if (int(r.networkError) >= 300)
            return ErrorMapper::badResponse(r.url, QString());
        if (r.networkError >= QNetworkReply::ProxyConnectionRefusedError
            && r.networkError <= QNetworkReply::UnknownProxyError)
            return Error::make(ErrorCode::Network,
                               ErrorMapper::tr("Cannot reach the server %1 through the configured proxy.").arg(host));
        return Error::make(ErrorCode::Network,
                           ErrorMapper::tr("Cannot reach the server %1. Check the server address and the network "
                                           "connection.")
                               .arg(host));
    }
}

QString genericMessage(ErrorCode code, int status, const ErrorMapper::Reply &r, int retryAfter)
{
    switch (code) {
    case ErrorCode::Unauthorized:
        return r.isSignIn ? ErrorMapper::tr("Wrong user name or password.")
                          : ErrorMapper::tr("Your session has expired. Please sign in again.");
    case ErrorCode::Forbidden: return ErrorMapper::tr("You do not have permission to do this.");
    case ErrorCode::NotFound: return ErrorMapper::tr("The requested content no longer exists on the server.");
    case ErrorCode::Conflict: return ErrorMapper::tr("This is not allowed in the item's current state.");
    case ErrorCode::PreconditionFailed:
        return ErrorMapper::tr("Someone else changed this in the meantime. Review their version before saving.");
    case ErrorCode::TooLarge: return ErrorMapper::tr("The upload is larger than the server accepts.");
    case ErrorCode::UnsupportedMedia: return ErrorMapper::tr("The server does not accept this type of file.");
    case ErrorCode::Validation: return ErrorMapper::tr("Some fields are not filled in correctly.");
    case ErrorCode::PreconditionRequired:
        return ErrorMapper::tr("The server refused a change made without a known revision.");
    case ErrorCode::RateLimited:
        return retryAfter > 0 ? ErrorMapper::tr("Too many attempts. Please wait %n second(s) and try again.", nullptr,
                                                retryAfter)
                              : ErrorMapper::tr("Too many attempts. Please wait a moment and try again.");
    case ErrorCode::Timeout: return ErrorMapper::tr("The server %1 did not answer in time. Please try again later.")
                                 .arg(hostOf(r.url));
    case ErrorCode::BadRequest: return ErrorMapper::tr("The server could not understand the request.");
    default: return ErrorMapper::tr("The server reported an internal error (HTTP %1). Please try again later.")
                 .arg(status);
    }
}

} // namespace

Error ErrorMapper::fromReply(const Reply &r)
{
    const int status = r.httpStatus;
    if (status == 0) {
        if (r.networkError != QNetworkReply::NoError)
            return networkError(r);
        return badResponse(r.url, QString());
    }
    // A status line arrived but the connection broke before the body was complete (codes below 100 are transport
    // failures): the answer is lost, not refused — e.g. a 201 whose body was cut off. Sending again is the fix.
    if (r.networkError != QNetworkReply::NoError && int(r.networkError) < 100)
        return networkError(r);

    Error e;
    e.httpStatus = status;
    e.code = Error::codeForStatus(status);
    e.retryAfterSeconds = r.retryAfter.isEmpty() ? -1 : parseRetryAfter(r.retryAfter);

    // problem+json is the contract; tolerate plain JSON bodies and ignore anything else (never show HTML to a user).
    QString detail;
    const bool jsonish = r.contentType.contains("json");
    if (jsonish) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject()) {
            e.body = doc.object();
            e.type = e.body.value(u"type").toString();
            detail = e.body.value(u"detail").toString().trimmed();
            for (const QJsonValue &v : e.body.value(u"errors").toArray()) {
                const QJsonObject o = v.toObject();
                e.fields.append(FieldError{o.value(u"field").toString(), o.value(u"message").toString()});
            }
        }
    }

    // Sign-in and session failures, throttling and server faults get our own wording: a wrong password must not
    // hint whether the user exists, an expired session must say what to do, throttling needs the wait time, and
    // server-internal details mean nothing to an editor.
    const bool ownWording = e.code == ErrorCode::Unauthorized || e.code == ErrorCode::RateLimited
                            || e.code == ErrorCode::Server || e.code == ErrorCode::Timeout;
    e.message = (!ownWording && !detail.isEmpty()) ? detail : genericMessage(e.code, status, r, e.retryAfterSeconds);
    if (e.code == ErrorCode::Validation && detail.isEmpty() && !e.fields.isEmpty()) {
        QStringList lines;
        for (const FieldError &f : std::as_const(e.fields))
            lines.append(f.message);
        e.message += u' ' + lines.join(u"；"_s);
    }
    return e;
}

Error ErrorMapper::badUrl(const QString &text)
{
    return Error::make(ErrorCode::BadUrl,
                       tr("The server address “%1” is not valid. Enter an address such as "
                          "https://portal.example.gov.cn or http://127.0.0.1:8080.")
                           .arg(text));
}

Error ErrorMapper::badResponse(const QUrl &url, const QString &why)
{
    Error e = Error::make(ErrorCode::BadResponse,
                          tr("The server %1 sent a response that cannot be read.").arg(hostOf(url)));
    if (!why.isEmpty())
        e.message += u' ' + why;
    return e;
}

Result<QUrl> ErrorMapper::parseServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::unexpected(badUrl(text));
    if (!t.contains(u"://"_s))
        t.prepend(u"https://"_s);
    QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()
        || url.host().contains(u' ') || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return std::unexpected(badUrl(text.trimmed()));
    url.setScheme(scheme);
    // The API lives under /api/v1 of the server root; a trailing slash would double up when paths are appended.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace pd::api
