// pd_bench_http: request latency of a real portald over loopback, one request at a time on a kept-alive connection
// (what one desktop client sees): POST /api/v1/session (sign-in, Argon2id verify included) and GET /api/v1/sites.
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchRequest.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchRequest;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

/// Sends warmup + count requests, expecting status each time; the latencies of the counted ones.
std::optional<QList<double>> measure(QNetworkAccessManager &nam, const QByteArray &verb, const QNetworkRequest &request,
                                     const QByteArray &body, int expectedStatus, int warmup, int count)
{
    QList<double> samples;
    for (int i = 0; i < warmup + count; ++i) {
        const auto t = BenchRequest::send(nam, verb, request, body);
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
    const QCommandLineOption requestsOpt(u"requests"_s, u"Measured requests per endpoint."_s, u"n"_s, u"300"_s);
    const pd::bench::BenchOptions options(app, u"portald request latency over loopback."_s, {requestsOpt});
    const int count = options.atLeast(requestsOpt, 10);
    constexpr int warmup = 10;

    pd::bench::BenchPortald portald("pd_bench_http");
    if (!portald.start())
        return 1;
    QNetworkAccessManager nam;

    QNetworkRequest sessionRequest(portald.url(u"/api/v1/session"_s));
    sessionRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray credentials = QJsonDocument(QJsonObject{{u"username"_s, u"editor"_s},
                                                             {u"password"_s, pd::bench::BenchPortald::password()}})
                                       .toJson(QJsonDocument::Compact);
    const auto sessions = measure(nam, "POST", sessionRequest, credentials, 201, warmup, count);
    if (!sessions)
        return 1;

    const auto login = BenchRequest::send(nam, "POST", sessionRequest, credentials);
    const QString token = login ? QJsonDocument::fromJson(login->body).object().value(u"accessToken").toString() : QString();
    if (token.isEmpty()) {
        portald.fail(u"sign-in returned no accessToken"_s);
        return 1;
    }
    QNetworkRequest sitesRequest(portald.url(u"/api/v1/sites"_s));
    sitesRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const auto sites = measure(nam, "GET", sitesRequest, {}, 200, warmup, count);
    if (!sites)
        return 1;
    portald.process().stop();

    const BenchStats s(*sessions);
    const BenchStats g(*sites);
    FigureOutput::write(u"server.session.p50_ms"_s, s.median(), u"ms"_s, count);
    FigureOutput::write(u"server.session.p99_ms"_s, s.percentile(99), u"ms"_s, count);
    FigureOutput::write(u"server.sites.p50_ms"_s, g.median(), u"ms"_s, count);
    FigureOutput::write(u"server.sites.p99_ms"_s, g.percentile(99), u"ms"_s, count);
    return 0;
}
