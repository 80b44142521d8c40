#pragma once
#include <QByteArray>
#include <QHttpHeaders>
#include <QHttpServerResponse>
#include <QJsonValue>

namespace pd::server {

/// What a controller answers on success: a status, a body and extra headers (ETag, Location, …).
class ApiResponse
{
public:
    [[nodiscard]] static ApiResponse json(int status, const QJsonValue &value);
    [[nodiscard]] static ApiResponse noContent();
    [[nodiscard]] static ApiResponse raw(int status, QByteArray body, QByteArray contentType);

    ApiResponse &setHeader(QAnyStringView name, QAnyStringView value);
    /// Sets `ETag: "<revision>"`.
    ApiResponse &setETag(qint64 revision);

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] const QHttpHeaders &headers() const { return m_headers; }
    [[nodiscard]] QHttpServerResponse toHttp() const;

private:
    int m_status = 200;
    QByteArray m_body;
    QByteArray m_contentType;
    QHttpHeaders m_headers;
};

} // namespace pd::server
