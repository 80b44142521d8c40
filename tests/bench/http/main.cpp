// pd_bench_http: request latency of a real portald over loopback, one request at a time on a kept-alive connection
// (what one desktop client sees): POST /api/v1/session (sign-in, Argon2id verify included) and GET /api/v1/sites.
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "tests/support/PortaldProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

struct Timed {
    int status = 0;
    QByteArray body;
    double ms = 0.0;
};

/// Sends one request and waits for the whole answer; nothing when the network failed or 30 s passed.
std::optional<Timed> send(QNetworkAccessManager &nam, const QByteArray &verb, const QNetworkRequest &request,
                          const QByteArray &body = {})
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
    Timed t;
    t.ms = double(timer.nsecsElapsed()) / 1e6;
    t.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    t.body = reply->readAll();
    if (t.status == 0)
        std::fprintf(stderr, "%s %s: %s\n", verb.constData(), qPrintable(request.url().toString()),
                     qPrintable(reply->errorString()));
    reply->deleteLater();
    return t;
}

/// Sends warmup + count requests, expecting status each time; the latencies of the counted ones.
std::optional<QList<double>> measure(QNetworkAccessManager &nam, const QByteArray &verb, const QNetworkRequest &request,
                                     const QByteArray &body, int expectedStatus, int warmup, int count)
{
    QList<double> samples;
    for (int i = 0; i < warmup + count; ++i) {
        const auto t = send(nam, verb, request, body);
        if (!t || t->status != expectedStatus) {
            std::fprintf(stderr, "%s %s: expected %d, got %d: %s\n", verb.constData(),
                         qPrintable(request.url().path()), expectedStatus, t ? t->status : 0,
                         t ? t->body.left(300).constData() : "");
            return std::nullopt;
        }
        if (i >= warmup)
            samples.append(t->ms);
    }
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"portald request latency over loopback."_s);
    parser.addHelpOption();
    const QCommandLineOption requestsOpt(u"requests"_s, u"Measured requests per endpoint."_s, u"n"_s, u"300"_s);
    parser.addOption(requestsOpt);
    parser.process(app);
    const int count = std::max(10, parser.value(requestsOpt).toInt());
    constexpr int warmup = 10;

    pd::test::PortaldProcess portald({u"--demo"_s});
    if (!portald.start()) {
        std::fprintf(stderr, "pd_bench_http: portald did not start\n");
        return 1;
    }
    const QUrl base = portald.baseUrl();
    QNetworkAccessManager nam;

    QNetworkRequest sessionRequest(base.resolved(QUrl(u"/api/v1/session"_s)));
    sessionRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray credentials = QJsonDocument(QJsonObject{{u"username"_s, u"editor"_s},
                                                             {u"password"_s, u"portaldesk-demo"_s}})
                                       .toJson(QJsonDocument::Compact);
    const auto sessions = measure(nam, "POST", sessionRequest, credentials, 201, warmup, count);
    if (!sessions)
        return 1;

    const auto login = send(nam, "POST", sessionRequest, credentials);
    const QString token = login ? QJsonDocument::fromJson(login->body).object().value(u"accessToken").toString() : QString();
    if (token.isEmpty()) {
        std::fprintf(stderr, "pd_bench_http: sign-in returned no accessToken\n");
        return 1;
    }
    QNetworkRequest sitesRequest(base.resolved(QUrl(u"/api/v1/sites"_s)));
    sitesRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const auto sites = measure(nam, "GET", sitesRequest, {}, 200, warmup, count);
    if (!sites)
        return 1;
    portald.stop();

    const BenchStats s(*sessions);
    const BenchStats g(*sites);
    FigureOutput::write(u"server.session.p50_ms"_s, s.median(), u"ms"_s, count);
    FigureOutput::write(u"server.session.p99_ms"_s, s.percentile(99), u"ms"_s, count);
    FigureOutput::write(u"server.sites.p50_ms"_s, g.median(), u"ms"_s, count);
    FigureOutput::write(u"server.sites.p99_ms"_s, g.percentile(99), u"ms"_s, count);
    return 0;
}
