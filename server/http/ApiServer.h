#pragma once
#include "app/domain/Error.h"
#include "server/http/ClientAddress.h"
#include "server/http/Route.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <functional>
#include <optional>

class QTcpSocket;

namespace pd::server {

class Authenticator;
class LowDelayTcpServer;
class Metrics;

/// portald's HTTP front: a Qt HttpServer with our route table, body limits, JSON decoding, authentication and the
/// problem+json error mapping wrapped around every controller.
class ApiServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    /// `clientAddress` decides which address each request comes from (ApiRequest::client).
    ApiServer(Authenticator &auth, Metrics &metrics, ClientAddress clientAddress, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Answers GET/HEAD requests no route matched (the public site in embedded mode); nullopt → the usual 404/405.
    using Fallback = std::function<std::optional<QHttpServerResponse>(const QHttpServerRequest &)>;

    void addRoute(Route route);

    /// What a file route answers on success: the file (opened here, never read whole) and the response headers.
    struct FileAnswer {
        QString path;
        QHttpHeaders headers;
    };
    using FileHandler = std::function<Result<FileAnswer>(ApiRequest &)>;
    /// A GET route (authenticated or not, as `authenticated` says) that answers with a file from disk, sent in
    /// chunks as the connection drains (FileSender); errors become problem+json as on every other route.
    void addFileRoute(const QString &pattern, bool authenticated, FileHandler handler);
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    /// The largest request body accepted for a request head (method and request target as sent): the limit of the
    /// route it reaches, a few bytes for routes without a body and for paths no route serves (the public site).
    [[nodiscard]] qint64 bodyLimit(QByteArrayView method, QByteArrayView target) const;
    /// Every registered route (method + pattern), in registration order.
    [[nodiscard]] QList<RouteInfo> routes() const;

    /// The underlying server, for what the route table does not cover (WebSocket upgrades).
    [[nodiscard]] QHttpServer &httpServer() { return m_http; }

    /// The open connection from `peer`:`port` on our listener (nullptr when none), for what takes a connection over
    /// from Qt HttpServer: the public stream's bare readers.
    [[nodiscard]] QTcpSocket *connectionFrom(const QHostAddress &peer, quint16 port) const;

    /// Starts listening; returns the bound port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    struct Entry {
        Route route;
        QRegularExpression matcher; ///< for telling 405 from 404
    };

    QHttpServerResponse dispatch(qsizetype index, QStringList args, const QHttpServerRequest &request);
    QFuture<QHttpServerResponse> dispatchAsync(qsizetype index, QStringList args, const QHttpServerRequest &request);
    /// Body limit, authentication and body decoding: what every route gets before its handler runs.
    Result<ApiRequest> decode(const Route &route, QStringList args, const QHttpServerRequest &request);
    /// The answer to a handler's result, logged and measured.
    QHttpServerResponse finish(const Route &route, const QString &path, const Result<ApiResponse> &result,
                               qint64 elapsedNs);
    void dispatchFile(qsizetype index, const FileHandler &handler, QStringList args, const QHttpServerRequest &request,
                      QHttpServerResponder &responder);
    void answerMissing(const QHttpServerRequest &request, QHttpServerResponder &responder);

    Authenticator &m_auth;
    Metrics &m_metrics;
    ClientAddress m_clientAddress;
    QHttpServer m_http;
    LowDelayTcpServer *m_tcp = nullptr;
    QList<Entry> m_routes;
    Fallback m_fallback;
};

} // namespace pd::server
