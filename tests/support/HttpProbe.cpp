#include "tests/support/HttpProbe.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::test {

HttpProbe::Reply HttpProbe::request(QByteArray verb, QUrl url, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(60'000);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = body.isEmpty() && verb != "POST" && verb != "PUT" && verb != "PATCH"
                               ? m_nam.sendCustomRequest(req, verb)
                               : m_nam.sendCustomRequest(req, verb, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.body, &error);
    if (error.error == QJsonParseError::NoError)
        out.json = doc;
    reply->deleteLater();
    return out;
}

HttpProbe::Reply HttpProbe::json(QByteArray verb, QUrl url, const QString &token, const QJsonDocument &body,
                                 QList<QPair<QByteArray, QByteArray>> headers)
{
    if (!token.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
    QByteArray payload;
    if (!body.isNull()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        payload = body.toJson(QJsonDocument::Compact);
    }
    return request(std::move(verb), std::move(url), payload, std::move(headers));
}

QString HttpProbe::login(QUrl base, QString user, QString password)
{
    base.setPath(u"/api/v1/session"_s);
    const Reply r = json("POST", base, {}, QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}));
    return r.status == 201 ? r.json.object().value(u"accessToken").toString() : QString();
}

} // namespace pd::test
