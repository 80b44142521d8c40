#pragma once
#include "domain/Error.h"
#include "http/Route.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QRegularExpression>

class QTcpServer;

namespace pd::server {

class Authenticator;
class Metrics;

/// portald's HTTP front: a Qt HttpServer with our route table, body limits, JSON decoding, authentication and the
/// problem+json error mapping wrapped around every controller.
class ApiServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(Authenticator &auth, Metrics &metrics, QObject *parent = nullptr);
    ~ApiServer() override;

    void addRoute(Route route);
    /// Every registered route (method + pattern), in registration order.
    [[nodiscard]] QList<RouteInfo> routes() const;

    /// Starts listening; returns the bound port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    struct Entry {
        Route route;
        QRegularExpression matcher; ///< for telling 405 from 404
    };

    QHttpServerResponse dispatch(qsizetype index, QStringList args, const QHttpServerRequest &request);
    Result<ApiResponse> run(const Route &route, QStringList args, const QHttpServerRequest &request);
    void answerMissing(const QHttpServerRequest &request, QHttpServerResponder &responder);

    Authenticator &m_auth;
    Metrics &m_metrics;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
    QList<Entry> m_routes;
};

} // namespace pd::server
