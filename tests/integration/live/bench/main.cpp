// pd_bench_live_fanout: a live post accepted by portald → received by N public WebSocket readers of the event
// (1,000 readers, p50 ≤ 20 ms, p99 ≤ 100 ms on loopback). Each sample is one reader's delay from the
// moment the POST was sent to the moment that reader had the `live.post` message.
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QWebSocket>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using pd::bench::BenchLoop;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption readersOpt(u"readers"_s, u"Public WebSocket readers."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption postsOpt(u"posts"_s, u"Measured posts."_s, u"n"_s, u"30"_s);
    const pd::bench::BenchOptions options(app, u"Live post fan-out to public WebSocket readers."_s,
                                          {readersOpt, postsOpt});
    const int readers = options.atLeast(readersOpt, 1);
    const int posts = options.atLeast(postsOpt, 5);
    constexpr int warmup = 3;

    // Every reader comes from 127.0.0.1: the per-address cap (a flood guard, 20 by default) is off for the measurement.
    pd::bench::BenchPortald portald("pd_bench_live_fanout",
                                    {u"--demo"_s, u"--stream-connections-per-address"_s, u"0"_s});
    if (!portald.start())
        return 1;
    const QUrl base = portald.baseUrl();
    const QString reporter = portald.login(u"reporter"_s);
    const qint64 eventId = portald.newLiveEvent({{u"title"_s, u"压测直播"_s}});
    if (eventId <= 0)
        return 1;

    const QUrl streamUrl = portald.publicStream(eventId);
    QElapsedTimer clock;
    clock.start();
    qint64 sentNs = 0;
    int received = 0;
    QList<double> samples;
    bool measuring = false;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    sockets.reserve(size_t(readers));
    int connected = 0;
    for (int i = 0; i < readers; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, [&connected] { ++connected; });
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, [&](const QString &text) {
            // Posts go one at a time and each waits for every reader: a live.post now is the one just sent. (A string
            // test rather than a JSON parse, so 1,000 readers in one client thread measure portald, not the client.)
            if (!text.contains(u"\"type\":\"live.post\""_s))
                return;
            ++received;
            if (measuring)
                samples.append(double(clock.nsecsElapsed() - sentNs) / 1e6);
        });
        socket->open(streamUrl);
        sockets.push_back(std::move(socket));
        if (i % 100 == 99)
            BenchLoop::waitFor([&] { return connected > i - 50; }, 30'000);
    }
    if (!BenchLoop::waitFor([&] { return connected == readers; }, 60'000)) {
        std::fprintf(stderr, "pd_bench_live_fanout: only %d of %d readers connected\n", connected, readers);
        return 1;
    }

    // The POST goes out on its own socket without waiting in between: the clock starts when it is written.
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(u"/api/v1/live/events/%1/posts"_s.arg(eventId))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + reporter.toLatin1());
    for (int i = 0; i < warmup + posts; ++i) {
        measuring = i >= warmup;
        received = 0;
        const QByteArray body = QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s},
                                                          {u"text"_s, u"第 %1 条：市政府新闻发布会现场，发布人介绍今年防汛准备情况。"_s.arg(i)}})
                                    .toJson(QJsonDocument::Compact);
        sentNs = clock.nsecsElapsed();
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        if (!BenchLoop::waitFor([&] { return received >= readers; }, 30'000)) {
            std::fprintf(stderr, "pd_bench_live_fanout: post %d reached %d of %d readers\n", i, received, readers);
            return 1;
        }
    }
    portald.process().stop();

    const BenchStats stats(samples);
    FigureOutput::write(u"live.fanout.p50_ms"_s, stats.median(), u"ms"_s, stats.count());
    FigureOutput::write(u"live.fanout.p99_ms"_s, stats.percentile(99.0), u"ms"_s, stats.count());
    return 0;
}
