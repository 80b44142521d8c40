#include "server/http/ApiServer.h"

#include "server/http/Authenticator.h"
#include "server/http/FileSender.h"
#include "server/http/HttpLog.h"
#include "server/http/JsonBody.h"
#include "server/http/LowDelayTcpServer.h"
#include "server/http/Metrics.h"
#include "server/http/Problem.h"
#include "server/log/LogText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QUrl>
#include <exception>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

std::optional<QHttpServerRequest::Method> methodFor(const QByteArray &verb)
{
    using M = QHttpServerRequest::Method;
    if (verb == "GET") return M::Get;
    if (verb == "POST") return M::Post;
    if (verb == "PUT") return M::Put;
    if (verb == "PATCH") return M::Patch;
    if (verb == "DELETE") return M::Delete;
    return std::nullopt;
}

QByteArray verbOf(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return "GET";
    case M::Post: return "POST";
    case M::Put: return "PUT";
    case M::Patch: return "PATCH";
    case M::Delete: return "DELETE";
    case M::Head: return "HEAD";
    case M::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

// Every JSON route takes at most this much unless it says otherwise; bodyless routes tolerate a stray few bytes.
constexpr qsizetype kBodylessSlack = 4096;

QByteArray mimeOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonContentType(QByteArray contentType)
{
    contentType = contentType.toLower();
    const qsizetype semicolon = contentType.indexOf(';');
    if (mimeOf(contentType) != "application/json")
        return false;
    if (semicolon < 0)
        return true;
    const QByteArray params = contentType.mid(semicolon + 1).trimmed();
    return !params.startsWith("charset=") || params == "charset=utf-8" || params == "charset=\"utf-8\"";
}

/// `a=1&b=x+y` → {"a": "1", "b": "x y"}; fields must be UTF-8, the last of a repeated name wins.
Result<QJsonValue> parseForm(QByteArrayView body)
{
    QJsonObject fields;
    for (const QByteArray &pair : body.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto decode = [](QByteArrayView part) {
            return QByteArray::fromPercentEncoding(part.toByteArray().replace('+', ' '));
        };
        const QByteArray name = decode(eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq));
        const QByteArray value = eq < 0 ? QByteArray() : decode(QByteArrayView(pair).sliced(eq + 1));
        if (!QUtf8StringView(name).isValidUtf8() || !QUtf8StringView(value).isValidUtf8())
            return fail(ErrorCode::BadRequest, u"表单内容必须是 UTF-8"_s);
        fields.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    }
    return fields;
}

/// Registers `dispatch(args, request)` for a pattern with `argc` `<arg>` placeholders; Qt HttpServer hands each
/// captured segment over as its own parameter. `dispatch` returns a response or a future of one.
template <typename Dispatch>
bool bindRoute(QHttpServer &http, const QString &pattern, QHttpServerRequest::Method method, qsizetype argc,
               Dispatch dispatch)
{
    switch (argc) {
    case 0:
        http.route(pattern, method, [dispatch](const QHttpServerRequest &r) { return dispatch({}, r); });
        return true;
    case 1:
        http.route(pattern, method, [dispatch](const QString &a, const QHttpServerRequest &r) { return dispatch({a}, r); });
        return true;
    case 2:
        http.route(pattern, method, [dispatch](const QString &a, const QString &b, const QHttpServerRequest &r) {
            return dispatch({a, b}, r);
        });
        return true;
    case 3:
        http.route(pattern, method,
                   [dispatch](const QString &a, const QString &b, const QString &c, const QHttpServerRequest &r) {
                       return dispatch({a, b, c}, r);
                   });
        return true;
    default:
        return false;
    }
}

} // namespace

ApiServer::ApiServer(Authenticator &auth, Metrics &metrics, ClientAddress clientAddress, QObject *parent)
    : QObject(parent), m_auth(auth), m_metrics(metrics), m_clientAddress(std::move(clientAddress))
{
    m_http.setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        answerMissing(request, responder);
    });
    m_http.addAfterRequestHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponse &response) {
        QHttpHeaders headers = response.headers();
        headers.replaceOrAppend("X-Content-Type-Options", "nosniff");
        if (request.url().path().startsWith(u"/api/"_s))
            headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
        response.setHeaders(std::move(headers));
        const int status = int(response.statusCode());
        m_metrics.countResponse(status);
        qCDebug(lcHttp).noquote() << verbOf(request.method()) << logText(request.url().path()) << status;
    });
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoute(Route route)
{
    const auto method = methodFor(route.method);
    Q_ASSERT(method);
    if (!method)
        return;
    // `{name}` → Qt HttpServer's `<arg>`; the captured strings come back to us in order.
    static const QRegularExpression placeholder(u"\\{[A-Za-z]+\\}"_s);
    QString qtPattern = route.pattern;
    qtPattern.replace(placeholder, u"<arg>"_s);
    QString regex = QRegularExpression::escape(route.pattern);
    regex.replace(QRegularExpression(u"\\\\\\{[A-Za-z]+\\\\\\}"_s), u"[^/]+"_s);
    const qsizetype argc = route.pattern.count(u'{');
    const qsizetype index = m_routes.size();
    const bool async = bool(route.asyncHandler);
    m_routes.append(Entry{std::move(route), QRegularExpression(QRegularExpression::anchoredPattern(regex))});

    const bool bound = async ? bindRoute(m_http, qtPattern, *method, argc,
                                         [this, index](QStringList args, const QHttpServerRequest &r) {
                                             return dispatchAsync(index, std::move(args), r);
                                         })
                             : bindRoute(m_http, qtPattern, *method, argc,
                                         [this, index](QStringList args, const QHttpServerRequest &r) {
                                             return dispatch(index, std::move(args), r);
                                         });
    if (!bound) {
        qCCritical(lcHttp) << "route pattern with too many placeholders:" << m_routes.last().route.pattern;
        m_routes.removeLast();
    }
}

void ApiServer::addFileRoute(const QString &pattern, bool authenticated, FileHandler handler)
{
    static const QRegularExpression placeholder(u"\\{[A-Za-z]+\\}"_s);
    QString qtPattern = pattern;
    qtPattern.replace(placeholder, u"<arg>"_s);
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QRegularExpression(u"\\\\\\{[A-Za-z]+\\\\\\}"_s), u"[^/]+"_s);
    const qsizetype index = m_routes.size();
    // Listed with the others (405 detection, --list-routes); answered through dispatchFile, never through dispatch().
    m_routes.append(Entry{Route{"GET", pattern, authenticated, Route::Body::None, 0, {}},
                          QRegularExpression(QRegularExpression::anchoredPattern(regex))});
    switch (pattern.count(u'{')) {
    case 1:
        m_http.route(qtPattern, QHttpServerRequest::Method::Get,
                     [this, index, handler](const QString &a, const QHttpServerRequest &r, QHttpServerResponder &out) {
                         dispatchFile(index, handler, {a}, r, out);
                     });
        break;
    case 2:
        m_http.route(qtPattern, QHttpServerRequest::Method::Get,
                     [this, index, handler](const QString &a, const QString &b, const QHttpServerRequest &r,
                                            QHttpServerResponder &out) { dispatchFile(index, handler, {a, b}, r, out); });
        break;
    default:
        qCCritical(lcHttp) << "file route pattern needs one or two placeholders:" << pattern;
        m_routes.removeLast();
    }
}

void ApiServer::dispatchFile(qsizetype index, const FileHandler &handler, QStringList args,
                             const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QElapsedTimer timer;
    timer.start();
    Route route = m_routes.at(index).route;
    std::optional<FileAnswer> answer;
    route.handler = [&](ApiRequest &api) -> Result<ApiResponse> {
        auto found = handler(api);
        if (!found)
            return std::unexpected(found.error());
        answer = std::move(*found);
        return ApiResponse::noContent();
    };
    auto api = decode(route, std::move(args), request);
    Result<ApiResponse> result = api ? route.handler(*api) : Result<ApiResponse>(std::unexpected(api.error()));
    auto file = std::make_unique<QFile>(answer ? answer->path : QString());
    if (result && !file->open(QIODevice::ReadOnly))
        result = fail(ErrorCode::NotFound, u"文件不存在"_s);
    int status = 200;
    if (!result) {
        QHttpServerResponse problem = Problem::response(result.error());
        status = int(problem.statusCode());
        if (status >= 500)
            qCWarning(lcHttp).noquote() << "GET" << request.url().path() << "failed:" << result.error().message;
        QHttpHeaders headers = problem.headers();
        headers.replaceOrAppend("X-Content-Type-Options", "nosniff");
        problem.setHeaders(std::move(headers));
        responder.sendResponse(problem);
    } else if (QTcpSocket *connection = m_tcp ? m_tcp->connectionFrom(request.remoteAddress(), request.remotePort())
                                              : nullptr) {
        FileSender::start(std::move(responder), std::move(file), answer->headers, connection);
    } else {
        // Not one of our listener's connections (cannot happen in portald): let Qt read the file in chunks.
        responder.write(file.release(), answer->headers);
    }
    m_metrics.countResponse(status);
    m_metrics.observe("GET", m_routes.at(index).route.pattern, status, double(timer.nsecsElapsed()) / 1e9);
}

QTcpSocket *ApiServer::connectionFrom(const QHostAddress &peer, quint16 port) const
{
    return m_tcp ? m_tcp->connectionFrom(peer, port) : nullptr;
}

QList<RouteInfo> ApiServer::routes() const
{
    QList<RouteInfo> out;
    for (const Entry &e : m_routes)
        out.append(RouteInfo{e.route.method, e.route.pattern});
    return out;
}

qint64 ApiServer::bodyLimit(QByteArrayView method, QByteArrayView target) const
{
    // The path as Qt HttpServer routes it: decoded, without the query.
    const QString path = QUrl::fromEncoded(target.toByteArray()).path();
    for (const Entry &e : m_routes) {
        if (e.route.method != method || !e.matcher.match(path).hasMatch())
            continue;
        return e.route.body == Route::Body::None ? kBodylessSlack : e.route.maxBodyBytes;
    }
    return kBodylessSlack;
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new LowDelayTcpServer(
        [this](QByteArrayView method, QByteArrayView target) { return bodyLimit(method, target); }, this);
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(ErrorCode::Network, u"无法监听 %1:%2：%3"_s.arg(address.toString()).arg(port).arg(reason));
    }
    if (!m_http.bind(tcp)) {
        delete tcp;
        return fail(ErrorCode::Network, u"HTTP 服务无法绑定监听端口"_s);
    }
    m_tcp = tcp;
    if (const int cap = LowDelayTcpServer::systemBacklogCap(); cap > 0 && cap < LowDelayTcpServer::kListenBacklog) {
        qCWarning(lcHttp) << "net.core.somaxconn is" << cap << "— the kernel cuts the listen backlog of"
                          << LowDelayTcpServer::kListenBacklog
                          << "to that, and a burst of readers beyond it is refused (see the administrator's guide)";
    }
    return tcp->serverPort();
}

QHttpServerResponse ApiServer::dispatch(qsizetype index, QStringList args, const QHttpServerRequest &request)
{
    const Route &route = m_routes.at(index).route;
    QElapsedTimer timer;
    timer.start();
    Result<ApiResponse> result = fail(ErrorCode::Server, u"服务器内部错误"_s);
    try {
        auto api = decode(route, std::move(args), request);
        result = api ? route.handler(*api) : Result<ApiResponse>(std::unexpected(api.error()));
    } catch (const std::exception &e) {
        // A failing request must never take the server down; the reason goes to the log, not to the client.
        qCCritical(lcHttp) << "handler threw for" << route.method << route.pattern << ':' << e.what();
    } catch (...) {
        qCCritical(lcHttp) << "handler threw for" << route.method << route.pattern;
    }
    return finish(route, request.url().path(), result, timer.nsecsElapsed());
}

QFuture<QHttpServerResponse> ApiServer::dispatchAsync(qsizetype index, QStringList args,
                                                      const QHttpServerRequest &request)
{
    const Route &route = m_routes.at(index).route;
    QElapsedTimer timer;
    timer.start();
    const QString path = request.url().path();
    std::optional<QFuture<Result<ApiResponse>>> pending;
    try {
        auto api = decode(route, std::move(args), request);
        pending = api ? route.asyncHandler(*api)
                      : QtFuture::makeReadyValueFuture(Result<ApiResponse>(std::unexpected(api.error())));
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler threw for" << route.method << route.pattern << ':' << e.what();
    } catch (...) {
        qCCritical(lcHttp) << "handler threw for" << route.method << route.pattern;
    }
    if (!pending)
        pending = QtFuture::makeReadyValueFuture(Result<ApiResponse>(fail(ErrorCode::Server, u"服务器内部错误"_s)));
    // By index: the table may have grown (and moved) by the time the answer is ready.
    return pending->then(this, [this, index, path, timer](const Result<ApiResponse> &result) {
        return finish(m_routes.at(index).route, path, result, timer.nsecsElapsed());
    });
}

QHttpServerResponse ApiServer::finish(const Route &route, const QString &path, const Result<ApiResponse> &result,
                                      qint64 elapsedNs)
{
    QHttpServerResponse response = result ? result->toHttp() : Problem::response(result.error());
    if (!result && Problem::status(result.error()) >= 500)
        qCWarning(lcHttp).noquote() << route.method << logText(path) << "failed:" << logText(result.error().message);
    m_metrics.observe(route.method, route.pattern, int(response.statusCode()), double(elapsedNs) / 1e9);
    return response;
}

Result<ApiRequest> ApiServer::decode(const Route &route, QStringList args, const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    const qsizetype limit = route.body == Route::Body::None ? kBodylessSlack : route.maxBodyBytes;
    if (body.size() > limit)
        return fail(ErrorCode::TooLarge, u"请求体 %1 字节，超过此接口上限 %2 字节"_s.arg(body.size()).arg(limit));

    ApiRequest api{request, std::move(args), std::nullopt, {}, {}, false, m_clientAddress.resolve(request)};
    if (route.authenticated) {
        auto caller = m_auth.authenticate(request);
        if (!caller)
            return std::unexpected(caller.error());
        api.user = std::move(caller->user);
        api.accessToken = std::move(caller->accessToken);
        if (api.user->mustChangePassword && !route.beforePasswordChange)
            return fail(ErrorCode::Forbidden, u"管理员已重置您的密码：请先设置新密码（POST /api/v1/me/password），"
                                              u"然后才能继续使用"_s);
    }
    if (route.body == Route::Body::Json) {
        if (!isJsonContentType(request.value("Content-Type")))
            return fail(ErrorCode::UnsupportedMedia, u"请求体必须是 application/json（UTF-8）"_s);
        auto json = JsonBody::parse(body);
        if (!json)
            return std::unexpected(json.error());
        api.json = std::move(*json);
    } else if (route.body == Route::Body::JsonOrForm) {
        const QByteArray contentType = request.value("Content-Type");
        api.fromForm = mimeOf(contentType) == "application/x-www-form-urlencoded";
        if (!api.fromForm && !isJsonContentType(contentType))
            return fail(ErrorCode::UnsupportedMedia,
                        u"请求体必须是 application/json（UTF-8）或 application/x-www-form-urlencoded"_s);
        auto parsed = api.fromForm ? parseForm(body) : JsonBody::parse(body);
        if (!parsed)
            return std::unexpected(parsed.error());
        api.json = std::move(*parsed);
    }
    return api;
}

void ApiServer::answerMissing(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    if (m_fallback && !path.startsWith(u"/api/"_s)) {
        if (std::optional<QHttpServerResponse> answer = m_fallback(request)) {
            m_metrics.countResponse(int(answer->statusCode()));
            responder.sendResponse(*answer);
            return;
        }
    }
    QByteArrayList allowed;
    for (const Entry &e : m_routes)
        if (e.matcher.match(path).hasMatch())
            allowed.append(e.route.method);
    Error error = allowed.isEmpty() ? Error::make(ErrorCode::NotFound, u"没有这个地址：%1"_s.arg(path))
                                    : Error::make(ErrorCode::BadRequest, u"此地址不支持 %1 方法"_s.arg(
                                                                             QString::fromLatin1(verbOf(request.method()))));
    if (!allowed.isEmpty())
        error.httpStatus = 405;
    QHttpServerResponse response = Problem::response(error);
    if (!allowed.isEmpty()) {
        QHttpHeaders headers = response.headers();
        headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::Allow, allowed.join(", "));
        response.setHeaders(std::move(headers));
    }
    m_metrics.countResponse(int(response.statusCode()));
    responder.sendResponse(response);
}

} // namespace pd::server
