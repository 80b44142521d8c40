#include "tests/bench/common/BenchRequest.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

namespace pd::bench {

std::optional<BenchRequest::Answer> BenchRequest::send(QNetworkAccessManager &nam, const QByteArray &verb,
                                                       const QNetworkRequest &request, const QByteArray &body)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        std::fprintf(stderr, "%s %s timed out\n", verb.constData(), qPrintable(request.url().toString()));
        return std::nullopt;
    }
    Answer a;
    a.ms = double(timer.nsecsElapsed()) / 1e6;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.etag = reply->rawHeader("ETag");
    if (a.status == 0)
        std::fprintf(stderr, "%s %s: %s\n", verb.constData(), qPrintable(request.url().toString()),
                     qPrintable(reply->errorString()));
    reply->deleteLater();
    return a;
}

} // namespace pd::bench
