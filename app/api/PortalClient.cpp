#include "app/api/PortalClient.h"

#include "app/api/ApiLog.h"
#include "app/api/ErrorMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRestReply>
#include <QSslConfiguration>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::api {

namespace {
constexpr const char *kCancelledProperty = "pdCancelled";

/// Walks the column tree depth first so that every parent precedes its children.
void flattenColumns(const QJsonArray &nodes, qint64 parentId, QList<domain::Column> &out, bool &ok)
{
    for (const QJsonValue &v : nodes) {
        QJsonObject o = v.toObject();
        if (parentId != 0 && !o.contains(u"parentId"))
            o.insert(u"parentId"_s, parentId);
        auto column = domain::Column::fromJson(o);
        if (!column) {
            ok = false;
            return;
        }
        out.append(*column);
        const QJsonArray children = o.value(u"children").toArray();
        if (!children.isEmpty())
            flattenColumns(children, column->id, out, ok);
    }
}
} // namespace

PortalClient::PortalClient(QObject *parent)
    : QObject(parent)
    , m_session(this)
    , m_network(this)
    , m_rest(&m_network, this)
{
    // Certificate problems are recorded and reported with the failure; they are never ignored.
    connect(&m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    qCWarning(lcApi) << "TLS error for" << reply->url().host() << e.errorString();
                m_sslErrors[reply] += errors;
            });
}

PortalClient::~PortalClient()
{
    // Callbacks must not run into a half-destroyed client.
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<QNetworkReply> &reply : calls) {
        if (reply) {
            reply->disconnect();
            reply->abort();
        }
    }
}

Result<QList<QSslCertificate>> PortalClient::loadCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Tls, ErrorMapper::tr("Cannot read the certificate file %1: %2").arg(path, file.errorString()));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return fail(ErrorCode::Tls, ErrorMapper::tr("The file %1 contains no PEM certificate.").arg(path));
    return certs;
}

QNetworkRequest PortalClient::networkRequest(const QUrl &url, const Request &request) const
{
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json, application/problem+json");
    if (!request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(request.contentType));
    else if (!request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (request.authenticated && m_session.isSignedIn())
        req.setRawHeader("Authorization", "Bearer " + m_session.accessToken().toUtf8());
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    req.setTransferTimeout(m_timeout);
    if (url.scheme() == u"https"_s && !m_extraCas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        req.setSslConfiguration(ssl);
    }
    return req;
}

PortalClient::CallId PortalClient::send(const QUrl &server, const Request &request, QObject *context, JsonCallback done)
{
    const CallId id = m_nextId++;
    const bool hadContext = context != nullptr;
    if (request.authenticated && !request.signIn && accessTokenDue()) {
        // The token is known to be (nearly) expired: renew first instead of collecting a certain 401.
        park(Parked{id, server, request, QPointer<QObject>(context), hadContext, std::move(done), m_generation});
        return id;
    }
    dispatch(id, server, request, QPointer<QObject>(context), hadContext, std::move(done), false);
    return id;
}

bool PortalClient::accessTokenDue() const
{
    const QDateTime expires = m_session.accessExpiresAt();
    return !m_session.refreshToken().isEmpty() && expires.isValid()
           && QDateTime::currentDateTimeUtc().secsTo(expires) < 30;
}

void PortalClient::dispatch(CallId id, const QUrl &server, const Request &request, QPointer<QObject> guard,
                            bool hadContext, JsonCallback done, bool retried)
{
    QUrl url = server;
    url.setPath(server.path() + request.path.section(u'?', 0, 0));
    if (request.path.contains(u'?'))
        url.setQuery(request.path.section(u'?', 1));
    const QNetworkRequest req = networkRequest(url, request);
    qCDebug(lcApi) << request.verb << url.toDisplayString();

    auto onFinished = [this, id, guard, hadContext, request, server, retried, generation = m_generation,
                       sentWith = m_session.accessToken(), done = std::move(done)](QRestReply &reply) mutable {
        QNetworkReply *raw = reply.networkReply();
        m_calls.remove(id);
        const QList<QSslError> sslErrors = m_sslErrors.take(raw);
        if (hadContext && !guard)
            return;

        if (reply.isSuccess()) {
            ApiReply answer;
            answer.status = reply.httpStatus();
            answer.etag = raw->rawHeader("ETag");
            answer.replayed = raw->rawHeader("Idempotent-Replay") == "true";
            const QByteArray body = reply.readBody();
            if (request.file) {
                answer.bytes = body;
                done(std::move(answer));
                return;
            }
            // Not body.trimmed(): that copies a queue of 10,000 items (4 MB) only to look at its first byte.
            if (std::ranges::any_of(body, [](char c) { return !QChar::isSpace(uchar(c)); })) {
                QJsonParseError parseError;
                answer.json = QJsonDocument::fromJson(body, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    qCWarning(lcApi) << "unreadable JSON from" << raw->url().toDisplayString()
                                     << parseError.errorString();
                    done(std::unexpected(ErrorMapper::badResponse(raw->url(), QString())));
                    return;
                }
            }
            done(std::move(answer));
            return;
        }

        // An access token the server no longer accepts: renew it and send the call once more — unless the call
        // belongs to a session that has ended since (its 401 is no news about the session signed in now, and
        // renewing would spend the new session's refresh token), or the token was renewed while the call was on
        // its way (then the new one is enough).
        const bool currentSession = generation == m_generation;
        if (reply.httpStatus() == 401 && request.authenticated && !request.signIn && !retried && currentSession) {
            if (m_session.isSignedIn() && m_session.accessToken() != sentWith) {
                dispatch(id, server, request, guard, hadContext, std::move(done), true);
                return;
            }
            if (!m_session.refreshToken().isEmpty()) {
                park(Parked{id, server, request, guard, hadContext, std::move(done), generation});
                return;
            }
        }

        ErrorMapper::Reply facts;
        facts.url = raw->url();
        facts.networkError = reply.error();
        facts.networkErrorString = reply.errorString();
        facts.httpStatus = reply.httpStatus();
        facts.contentType = raw->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1();
        if (raw->isOpen())
            facts.body = reply.readBody();
        facts.retryAfter = raw->rawHeader("Retry-After");
        facts.sslErrors = sslErrors;
        facts.cancelledByCaller = raw->property(kCancelledProperty).toBool();
        facts.isSignIn = request.signIn;
        Error error = ErrorMapper::fromReply(facts);
        qCInfo(lcApi) << request.verb << facts.url.path() << "failed:" << facts.httpStatus << facts.networkError
                      << error.message;
        if (error.code == ErrorCode::Unauthorized && request.authenticated && !request.signIn && currentSession)
            Q_EMIT sessionExpired(error);
        done(std::unexpected(std::move(error)));
    };

    QNetworkReply *reply = nullptr;
    if (request.verb == "GET")
        reply = m_rest.get(req, this, std::move(onFinished));
    else if (request.verb == "DELETE")
        reply = m_rest.deleteResource(req, this, std::move(onFinished));
    else
        reply = m_rest.sendCustomRequest(req, request.verb, request.body, this, std::move(onFinished));
    if (request.progress && reply)
        connect(reply, &QNetworkReply::uploadProgress, this, [guard, hadContext, progress = request.progress](
                                                                  qint64 sent, qint64 total) {
            if (!hadContext || guard)
                progress(sent, total);
        });
    m_calls.insert(id, reply);
}

void PortalClient::park(Parked parked)
{
    m_parked.append(std::move(parked));
    if (m_refreshCall == 0)
        startRefresh();
}

void PortalClient::startRefresh()
{
    const QJsonObject body{{u"refreshToken"_s, m_session.refreshToken()}};
    Request request{"POST", u"/api/v1/session/refresh"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), false,
                    true};
    m_refreshCall = m_nextId++;
    qCInfo(lcApi) << "renewing the access token";
    dispatch(m_refreshCall, m_session.serverUrl(), request, {}, false,
             [this, generation = m_generation](Result<ApiReply> result) { finishRefresh(result, generation); }, true);
}

void PortalClient::finishRefresh(const Result<ApiReply> &result, quint64 generation)
{
    m_refreshCall = 0;
    if (generation != m_generation) {
        // The renewal was for a session that ended while it ran: its answer must not touch the session now.
        // Calls parked for that session fail; calls the current one parked meanwhile get a renewal of their own.
        QList<Parked> stale;
        for (qsizetype i = m_parked.size() - 1; i >= 0; --i)
            if (m_parked.at(i).generation != m_generation)
                stale.prepend(m_parked.takeAt(i));
        ErrorMapper::Reply facts;
        facts.url = m_session.serverUrl();
        facts.httpStatus = 401;
        const Error error = ErrorMapper::fromReply(facts);
        for (const Parked &p : std::as_const(stale))
            if (!p.hadContext || p.context)
                p.done(std::unexpected(error));
        if (!m_parked.isEmpty())
            startRefresh();
        return;
    }
    const QList<Parked> parked = std::exchange(m_parked, {});
    const QString access = result ? result->json.object().value(u"accessToken").toString() : QString();
    if (!access.isEmpty()) {
        const QJsonObject o = result->json.object();
        m_session.setTokens(access, o.value(u"refreshToken").toString(m_session.refreshToken()),
                            o.value(u"expiresIn").toInt());
        Q_EMIT sessionRefreshed();
        for (const Parked &p : parked) {
            if (p.hadContext && !p.context)
                continue;
            dispatch(p.id, p.server, p.request, p.context, p.hadContext, p.done, true);
        }
        return;
    }

    // Network trouble during renewal is reported as such (the session may still be good later);
    // a refused refresh token means signing in again.
    Error error = result ? ErrorMapper::badResponse(m_session.serverUrl(), QString()) : result.error();
    if (error.code == ErrorCode::Unauthorized || error.code == ErrorCode::BadRequest) {
        ErrorMapper::Reply facts;
        facts.url = m_session.serverUrl();
        facts.httpStatus = 401;
        error = ErrorMapper::fromReply(facts);
        m_session.clear();
        ++m_generation;
        Q_EMIT sessionExpired(error);
    }
    for (const Parked &p : parked) {
        if (p.hadContext && !p.context)
            continue;
        p.done(std::unexpected(error));
    }
}

void PortalClient::cancel(CallId id)
{
    for (qsizetype i = 0; i < m_parked.size(); ++i) {
        if (m_parked.at(i).id == id) {
            const Parked p = m_parked.takeAt(i);
            if (!p.hadContext || p.context)
                p.done(std::unexpected(Error::make(ErrorCode::Cancelled, ErrorMapper::tr("The request was cancelled."))));
            return;
        }
    }
    const QPointer<QNetworkReply> reply = m_calls.value(id);
    if (!reply)
        return;
    reply->setProperty(kCancelledProperty, true);
    reply->abort();
}

int PortalClient::pendingCalls() const
{
    // The renewal itself is bookkeeping, not a caller's call.
    return int(m_calls.size() + m_parked.size()) - (m_refreshCall != 0 && m_calls.contains(m_refreshCall) ? 1 : 0);
}

void PortalClient::cancelAll()
{
    QList<CallId> ids = m_calls.keys();
    for (const Parked &p : std::as_const(m_parked))
        ids.append(p.id);
    for (CallId id : ids)
        if (id != m_refreshCall)
            cancel(id);
}

PortalClient::CallId PortalClient::login(const QUrl &server, const QString &username, const QString &password,
                                         QObject *context, Callback<domain::User> done)
{
    m_session.clear();
    ++m_generation;
    m_session.setServerUrl(server);
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
    Request request{"POST", u"/api/v1/session"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), false, true};
    return send(server, request, context, [this, server, context, done](Result<ApiReply> result) {
        if (!result) {
            done(std::unexpected(result.error()));
            return;
        }
        const QJsonObject o = result->json.object();
        const QString access = o.value(u"accessToken").toString();
        if (access.isEmpty()) {
            done(std::unexpected(ErrorMapper::badResponse(server, QString())));
            return;
        }
        m_session.setTokens(access, o.value(u"refreshToken").toString(), o.value(u"expiresIn").toInt());
        if (auto user = domain::User::fromJson(o.value(u"user").toObject())) {
            m_session.setUser(*user);
            done(*user);
            return;
        }
        // The sign-in answer normally carries the user; ask for it when it does not.
        me(context, done);
    });
}

PortalClient::CallId PortalClient::logout(QObject *context, Callback<void> done)
{
    const QUrl server = m_session.serverUrl();
    Request request{"DELETE", u"/api/v1/session"_s, {}, true, false};
    const CallId id = send(server, request, context, [done](Result<ApiReply> result) {
        if (!result && result.error().code != ErrorCode::Unauthorized) {
            done(std::unexpected(result.error()));
            return;
        }
        done({});
    });
    // Revocation is best effort; locally the tokens are gone at once.
    m_session.clear();
    ++m_generation;
    return id;
}

PortalClient::CallId PortalClient::me(QObject *context, Callback<domain::User> done)
{
    const QUrl server = m_session.serverUrl();
    return send(server, Request{"GET", u"/api/v1/me"_s, {}, true, false}, context, [this, server, done](Result<ApiReply> result) {
        if (!result) {
            done(std::unexpected(result.error()));
            return;
        }
        auto user = domain::User::fromJson(result->json.object());
        if (!user) {
            done(std::unexpected(ErrorMapper::badResponse(server, user.error().message)));
            return;
        }
        m_session.setUser(*user);
        done(*user);
    });
}

PortalClient::CallId PortalClient::sites(QObject *context, Callback<QList<domain::Site>> done)
{
    const QUrl server = m_session.serverUrl();
    return send(server, Request{"GET", u"/api/v1/sites"_s, {}, true, false}, context, [server, done](Result<ApiReply> result) {
        if (!result) {
            done(std::unexpected(result.error()));
            return;
        }
        // Accept both a bare array and the list envelope {items: [...]}.
        const QJsonArray array = result->json.isArray() ? result->json.array() : result->json.object().value(u"items").toArray();
        QList<domain::Site> sites;
        for (const QJsonValue &v : array) {
            auto site = domain::Site::fromJson(v.toObject());
            if (!site) {
                done(std::unexpected(ErrorMapper::badResponse(server, site.error().message)));
                return;
            }
            sites.append(*site);
        }
        done(sites);
    });
}

PortalClient::CallId PortalClient::columns(qint64 siteId, QObject *context, Callback<QList<domain::Column>> done)
{
    const QUrl server = m_session.serverUrl();
    const QString path = u"/api/v1/sites/%1/columns"_s.arg(siteId);
    return send(server, Request{"GET", path, {}, true, false}, context, [server, siteId, done](Result<ApiReply> result) {
        if (!result) {
            done(std::unexpected(result.error()));
            return;
        }
        const QJsonArray array = result->json.isArray() ? result->json.array() : result->json.object().value(u"items").toArray();
        QList<domain::Column> columns;
        bool ok = true;
        flattenColumns(array, 0, columns, ok);
        if (!ok) {
            done(std::unexpected(ErrorMapper::badResponse(server, QString())));
            return;
        }
        for (domain::Column &c : columns)
            if (c.siteId == 0)
                c.siteId = siteId;
        done(columns);
    });
}

PortalClient::CallId PortalClient::upload(const QString &path, const QByteArray &bytes, const QByteArray &contentType,
                                          const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context,
                                          Progress progress, Callback<ApiReply> done)
{
    Request request{"POST", path, bytes, true, false, headers, contentType, std::move(progress)};
    return send(m_session.serverUrl(), request, context, std::move(done));
}

PortalClient::CallId PortalClient::call(const QByteArray &verb, const QString &path, const QJsonDocument &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context,
                                        Callback<ApiReply> done)
{
    Request request{verb, path, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact), true, false,
                    headers};
    return send(m_session.serverUrl(), request, context, std::move(done));
}

PortalClient::CallId PortalClient::fetch(const QString &path, QObject *context, Callback<QByteArray> done)
{
    Request request{"GET", path, {}, true, false};
    request.file = true;
    return send(m_session.serverUrl(), request, context, [done = std::move(done)](Result<ApiReply> result) {
        if (!result)
            return done(std::unexpected(result.error()));
        done(std::move(result->bytes));
    });
}

PortalClient::CallId PortalClient::health(QObject *context, Callback<void> done)
{
    return send(m_session.serverUrl(), Request{"GET", u"/healthz"_s, {}, false, false}, context,
                [done](Result<ApiReply> result) {
                    if (!result && result.error().code != ErrorCode::BadResponse) {
                        done(std::unexpected(result.error()));
                        return;
                    }
                    // /healthz may answer plain text; any 2xx means the server is up.
                    done({});
                });
}

} // namespace pd::api
