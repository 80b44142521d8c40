#include "server/http/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

struct ProblemKind {
    int status;
    QLatin1StringView slug;
    const char16_t *title;
};

// Titles are short Chinese phrases; `detail` carries the specific explanation.
constexpr ProblemKind kKinds[] = {
    {400, QLatin1StringView("bad-request"), u"请求格式错误"},
    {401, QLatin1StringView("unauthorized"), u"未登录或登录已失效"},
    {403, QLatin1StringView("forbidden"), u"无权执行此操作"},
    {404, QLatin1StringView("not-found"), u"资源不存在"},
    {405, QLatin1StringView("method-not-allowed"), u"不支持的请求方法"},
    {409, QLatin1StringView("conflict"), u"当前状态不允许此操作"},
    {412, QLatin1StringView("precondition-failed"), u"内容已被他人修改"},
    {413, QLatin1StringView("too-large"), u"请求内容过大"},
    {415, QLatin1StringView("unsupported-media-type"), u"不支持的内容类型"},
    {422, QLatin1StringView("validation"), u"内容校验未通过"},
    {428, QLatin1StringView("precondition-required"), u"缺少 If-Match 请求头"},
    {429, QLatin1StringView("rate-limited"), u"请求过于频繁"},
    {431, QLatin1StringView("header-too-large"), u"请求头过大"},
    {500, QLatin1StringView("server-error"), u"服务器内部错误"},
};

const ProblemKind &kindFor(int status)
{
    for (const ProblemKind &k : kKinds)
        if (k.status == status)
            return k;
    return kKinds[std::size(kKinds) - 1];
}

} // namespace

int Problem::status(const Error &error)
{
    return error.httpStatus > 0 ? error.httpStatus : Error::statusFor(error.code);
}

QJsonObject Problem::document(const Error &error)
{
    const int code = status(error);
    const ProblemKind &kind = kindFor(code);
    QJsonObject doc = error.body; // extra members first (412 `current`, 422 `findings`); the core ones win
    doc.insert(u"type"_s, u"/problems/"_s + kind.slug);
    doc.insert(u"title"_s, QString::fromUtf16(kind.title));
    doc.insert(u"status"_s, code);
    doc.insert(u"detail"_s, error.message.isEmpty() ? QString::fromUtf16(kind.title) : error.message);
    QJsonArray errors;
    for (const FieldError &f : error.fields)
        errors.append(QJsonObject{{u"field"_s, f.field}, {u"message"_s, f.message}});
    doc.insert(u"errors"_s, errors);
    return doc;
}

QHttpServerResponse Problem::response(const Error &error)
{
    const int code = status(error);
    QHttpServerResponse response("application/problem+json",
                                 QJsonDocument(document(error)).toJson(QJsonDocument::Compact),
                                 static_cast<QHttpServerResponse::StatusCode>(code));
    QHttpHeaders headers = response.headers();
    if (code == 429 && error.retryAfterSeconds > 0)
        headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(error.retryAfterSeconds));
    if (code == 401)
        headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer realm=\"portald\"");
    response.setHeaders(std::move(headers));
    return response;
}

QByteArray Problem::closingMessage(const Error &error)
{
    const int code = status(error);
    const QByteArray body = QJsonDocument(document(error)).toJson(QJsonDocument::Compact);
    QByteArray reason;
    switch (code) {
    case 413: reason = "Content Too Large"; break;
    case 431: reason = "Request Header Fields Too Large"; break;
    default: reason = "Bad Request"; break;
    }
    return "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason + "\r\n"
           "Content-Type: application/problem+json\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
           "Cache-Control: no-store\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Connection: close\r\n\r\n" + body;
}

} // namespace pd::server
