#include "tests/bench/common/BenchClient.h"

#include <QJsonDocument>
#include <QNetworkRequest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pd::bench {

QJsonObject BenchClient::Answer::object() const
{
    return QJsonDocument::fromJson(body).object();
}

BenchClient::BenchClient(QUrl base)
    : m_base(std::move(base))
{
}

std::optional<BenchClient::Answer> BenchClient::send(const QByteArray &verb, const QString &path,
                                                     const QUrlQuery &query, const QString &token,
                                                     const QJsonObject &body, const QByteArray &ifMatch)
{
    QUrl url = m_base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const auto answer = BenchRequest::send(m_nam, verb, request, payload);
    if (!answer)
        return std::nullopt;
    return Answer{*answer};
}

std::optional<BenchClient::Answer> BenchClient::expect(int status, const QByteArray &verb, const QString &path,
                                                       const QUrlQuery &query, const QString &token,
                                                       const QJsonObject &body, const QByteArray &ifMatch)
{
    auto answer = send(verb, path, query, token, body, ifMatch);
    if (!answer || answer->status != status) {
        std::fprintf(stderr, "%s %s: expected %d, got %d: %s\n", verb.constData(), qPrintable(path), status,
                     answer ? answer->status : 0, answer ? answer->body.left(400).constData() : "");
        return std::nullopt;
    }
    return answer;
}

} // namespace pd::bench
