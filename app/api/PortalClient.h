#pragma once
#include "app/api/ApiReply.h"
#include "app/api/Session.h"
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/Site.h"
#include "app/domain/User.h"

#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRestAccessManager>
#include <QSslCertificate>
#include <QSslError>

#include <chrono>
#include <functional>

namespace pd::api {

/// Typed, asynchronous access to the portal REST API (docs/api/openapi.yaml) on top of QRestAccessManager.
/// Every call answers exactly once through its callback with a Result; failures carry a translated message.
class PortalClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalClient)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;
    /// Identifies a call for cancel(); 0 is never used.
    using CallId = quint64;

    explicit PortalClient(QObject *parent = nullptr);
    ~PortalClient() override;

    [[nodiscard]] Session &session() { return m_session; }
    [[nodiscard]] const Session &session() const { return m_session; }

    /// A request with no progress for this long fails with ErrorCode::Timeout.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds transferTimeout() const { return m_timeout; }
    /// Extra certificate authorities trusted for HTTPS (government extranets run their own CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }
    [[nodiscard]] QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    /// Reads PEM certificates from a file, for setExtraCaCertificates().
    [[nodiscard]] static Result<QList<QSslCertificate>> loadCaFile(const QString &path);

    // Each call below invokes `done` exactly once, unless `context` is destroyed first (then never).

    /// POST /api/v1/session. On success the session holds the server, the tokens and the user.
    CallId login(const QUrl &server, const QString &username, const QString &password, QObject *context,
                 Callback<domain::User> done);
    /// DELETE /api/v1/session; the local session is cleared whatever the server answers.
    CallId logout(QObject *context, Callback<void> done);
    /// GET /api/v1/me; also refreshes the session's user.
    CallId me(QObject *context, Callback<domain::User> done);
    /// GET /api/v1/sites.
    CallId sites(QObject *context, Callback<QList<domain::Site>> done);
    /// GET /api/v1/sites/{site}/columns, flattened in server order (parents before children).
    CallId columns(qint64 siteId, QObject *context, Callback<QList<domain::Column>> done);
    /// GET /healthz: whether the server answers at all.
    CallId health(QObject *context, Callback<void> done);

    /// Any API call: `path` below the server root (query included), optional JSON body and extra headers
    /// (Idempotency-Key, If-Match). Used by the outbox, which stores requests rather than typed calls.
    CallId call(const QByteArray &verb, const QString &path, const QJsonDocument &body,
                const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context, Callback<ApiReply> done);

    /// Reports the bytes of a request body sent so far (total is -1 while unknown).
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    /// POST of raw bytes (POST /api/v1/media?site=…: the file itself is the body, typed by `contentType`), with
    /// `progress` called as the body goes out. Extra headers as for call() (X-Filename).
    CallId upload(const QString &path, const QByteArray &bytes, const QByteArray &contentType,
                  const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context, Progress progress,
                  Callback<ApiReply> done);

    /// GET of a file the portal serves (a media file below /media/, such as a guest's photo), its bytes as they
    /// came, with the session's token for media not yet public.
    CallId fetch(const QString &path, QObject *context, Callback<QByteArray> done);

    /// Aborts a call; its callback receives ErrorCode::Cancelled.
    void cancel(CallId id);
    void cancelAll();
    /// Calls that have not answered yet (including those waiting for a token renewal).
    [[nodiscard]] int pendingCalls() const;

Q_SIGNALS:
    /// The session could not be renewed (refresh token expired or revoked): the user has to sign in again.
    void sessionExpired(const pd::Error &error);
    /// The access token was renewed with the refresh token, without the callers noticing.
    void sessionRefreshed();

private:
    struct Request {
        QByteArray verb;
        QString path; ///< below the server root, e.g. /api/v1/me
        QByteArray body;
        bool authenticated = true;
        bool signIn = false; ///< session creation or refresh: a 401 here is final
        QList<QPair<QByteArray, QByteArray>> headers = {};
        QByteArray contentType = {}; ///< of the body; JSON when empty
        Progress progress = {};      ///< upload progress, for raw uploads
        bool file = false;           ///< the answer is a file's bytes, not JSON
    };
    using JsonCallback = std::function<void(Result<ApiReply>)>;
    /// A call parked while the access token is renewed; resent (once) with the new token.
    struct Parked {
        CallId id;
        QUrl server;
        Request request;
        QPointer<QObject> context;
        bool hadContext;
        JsonCallback done;
        quint64 generation = 0; ///< the sign-in the call was made in
    };

    CallId send(const QUrl &server, const Request &request, QObject *context, JsonCallback done);
    void dispatch(CallId id, const QUrl &server, const Request &request, QPointer<QObject> context, bool hadContext,
                  JsonCallback done, bool retried);
    QNetworkRequest networkRequest(const QUrl &url, const Request &request) const;
    /// Renews the access token with the refresh token; one renewal at a time, parked calls resume after it.
    void park(Parked parked);
    void startRefresh();
    void finishRefresh(const Result<ApiReply> &result, quint64 generation);
    [[nodiscard]] bool accessTokenDue() const;

    Session m_session;
    QNetworkAccessManager m_network;
    QRestAccessManager m_rest;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(20)};
    QList<QSslCertificate> m_extraCas;
    QHash<CallId, QPointer<QNetworkReply>> m_calls;
    QHash<QNetworkReply *, QList<QSslError>> m_sslErrors;
    QList<Parked> m_parked;
    CallId m_refreshCall = 0;
    /// Counts sign-ins and sign-outs (not token renewals): a 401 or a renewal answer that belongs to a session
    /// that has since ended must not renew, clear or expire the session signed in now.
    quint64 m_generation = 0;
    CallId m_nextId = 1;
};

} // namespace pd::api
