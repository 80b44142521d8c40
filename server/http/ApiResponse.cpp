#include "server/http/ApiResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

ApiResponse ApiResponse::json(int status, const QJsonValue &value)
{
    ApiResponse r;
    r.m_status = status;
    r.m_contentType = "application/json";
    r.m_body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse r;
    r.m_status = 204;
    return r;
}

ApiResponse ApiResponse::raw(int status, QByteArray body, QByteArray contentType)
{
    ApiResponse r;
    r.m_status = status;
    r.m_body = std::move(body);
    r.m_contentType = std::move(contentType);
    return r;
}

ApiResponse &ApiResponse::setHeader(QAnyStringView name, QAnyStringView value)
{
    m_headers.replaceOrAppend(name, value);
    return *this;
}

ApiResponse &ApiResponse::setETag(qint64 revision)
{
    return setHeader("ETag", u"\"%1\""_s.arg(revision));
}

QHttpServerResponse ApiResponse::toHttp() const
{
    const auto code = static_cast<QHttpServerResponse::StatusCode>(m_status);
    QHttpServerResponse response = m_status == 204 || m_contentType.isEmpty()
                                       ? QHttpServerResponse(code)
                                       : QHttpServerResponse(m_contentType, m_body, code);
    QHttpHeaders headers = response.headers();
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        headers.replaceOrAppend(m_headers.nameAt(i), m_headers.valueAt(i));
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace pd::server
