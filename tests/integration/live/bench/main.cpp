// pd_bench_live_fanout: a live post accepted by portald → received by N public WebSocket readers of the event
// (1,000 readers, p50 ≤ 20 ms, p99 ≤ 100 ms on loopback). Each sample is one reader's delay from the
// moment the POST was sent to the moment that reader had the `live.post` message.
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

/// Runs the event loop until `done` holds or `ms` passed; whether it held.
template <typename Done>
bool waitFor(Done done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Live post fan-out to public WebSocket readers."_s);
    parser.addHelpOption();
    const QCommandLineOption readersOpt(u"readers"_s, u"Public WebSocket readers."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption postsOpt(u"posts"_s, u"Measured posts."_s, u"n"_s, u"30"_s);
    parser.addOptions({readersOpt, postsOpt});
    parser.process(app);
    const int readers = std::max(1, parser.value(readersOpt).toInt());
    const int posts = std::max(5, parser.value(postsOpt).toInt());
    constexpr int warmup = 3;

    pd::test::PortaldProcess portald({u"--demo"_s});
    if (!portald.start()) {
        std::fprintf(stderr, "pd_bench_live_fanout: portald did not start\n");
        return 1;
    }
    const QUrl base = portald.baseUrl();
    pd::test::HttpProbe http;
    const QString editor = http.login(base, u"editor"_s, u"portaldesk-demo"_s);
    const QString reporter = http.login(base, u"reporter"_s, u"portaldesk-demo"_s);
    const qint64 site = http.json("GET", base.resolved(QUrl(u"/api/v1/sites"_s)), editor).json.array().first().toObject()
                            .value(u"id").toInteger();
    const auto event = http.json("POST", base.resolved(QUrl(u"/api/v1/live/events"_s)), editor,
                                 QJsonDocument(QJsonObject{{u"site"_s, site}, {u"title"_s, u"压测直播"_s}}));
    const qint64 eventId = event.json.object().value(u"id").toInteger();
    if (event.status != 201 || eventId <= 0) {
        std::fprintf(stderr, "pd_bench_live_fanout: cannot create the event: %s\n", event.body.constData());
        return 1;
    }

    QUrl streamUrl = base;
    streamUrl.setScheme(u"ws"_s);
    streamUrl.setPath(u"/public/live/%1/stream"_s.arg(eventId));
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
            waitFor([&] { return connected > i - 50; }, 30'000);
    }
    if (!waitFor([&] { return connected == readers; }, 60'000)) {
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
        if (!waitFor([&] { return received >= readers; }, 30'000)) {
            std::fprintf(stderr, "pd_bench_live_fanout: post %d reached %d of %d readers\n", i, received, readers);
            return 1;
        }
    }
    portald.stop();

    const BenchStats stats(samples);
    FigureOutput::write(u"live.fanout.p50_ms"_s, stats.median(), u"ms"_s, stats.count());
    FigureOutput::write(u"live.fanout.p99_ms"_s, stats.percentile(99.0), u"ms"_s, stats.count());
    return 0;
}
