// pd_bench_live_subforums: three sub-forums of one event posting at once, as on a forum day with three live teams
// (target: p99 ≤ 150 ms on loopback). Each round the three reporters post together, one post into each sub-forum;
// every sub-forum's tab has its own public WebSocket readers, which keep only their sub-forum's posts (as the
// public page does). Each sample is one reader's delay from the moment its sub-forum's POST was sent to the moment
// that reader had the `live.post` message.
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

#include <array>
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
    const QCommandLineOption readersOpt(u"readers"_s, u"Public WebSocket readers per sub-forum."_s, u"n"_s, u"100"_s);
    const QCommandLineOption postsOpt(u"posts"_s, u"Measured rounds (one post per sub-forum each)."_s, u"n"_s, u"30"_s);
    const pd::bench::BenchOptions options(app, u"Three sub-forums posting at once, to their public readers."_s,
                                          {readersOpt, postsOpt});
    const int readers = options.atLeast(readersOpt, 1);
    const int rounds = options.atLeast(postsOpt, 5);
    constexpr int warmup = 3;
    constexpr int kSessions = 3;

    // Every reader connects from loopback: lift the per-address cap on public stream connections.
    pd::bench::BenchPortald portald("pd_bench_live_subforums", {u"--demo"_s, u"--stream-connections-per-address"_s, u"0"_s});
    if (!portald.start())
        return 1;
    const QUrl base = portald.baseUrl();
    pd::test::HttpProbe &http = portald.http();
    const std::array<QString, kSessions> users{u"reporter"_s, u"reporter2"_s, u"reporter3"_s};
    std::array<QString, kSessions> tokens;
    QJsonArray sessions;
    for (int s = 0; s < kSessions; ++s) {
        tokens[size_t(s)] = portald.login(users[size_t(s)]);
        const qint64 id = http.json("GET", base.resolved(QUrl(u"/api/v1/me"_s)), tokens[size_t(s)]).json.object()
                              .value(u"id").toInteger();
        sessions.append(QJsonObject{{u"title"_s, s == 0 ? u"主论坛"_s : u"分论坛%1"_s.arg(s)},
                                    {u"reporters"_s, QJsonArray{id}}});
    }
    const qint64 eventId = portald.newLiveEvent(
        {{u"title"_s, u"分论坛压测"_s}, {u"kind"_s, u"forum"_s}, {u"sessions"_s, sessions}});
    if (eventId <= 0)
        return 1;

    const QUrl streamUrl = portald.publicStream(eventId);
    QElapsedTimer clock;
    clock.start();
    std::array<qint64, kSessions> sentNs{};
    std::array<int, kSessions> received{};
    QList<double> samples;
    bool measuring = false;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int connected = 0;
    for (int s = 0; s < kSessions; ++s) {
        // What a reader's tab keeps: the posts of its sub-forum (a string test, so the client thread measures
        // portald rather than JSON parsing).
        const QString mine = u"\"session\":%1"_s.arg(s + 1);
        for (int i = 0; i < readers; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QObject::connect(socket.get(), &QWebSocket::connected, [&connected] { ++connected; });
            QObject::connect(socket.get(), &QWebSocket::textMessageReceived, [&, s, mine](const QString &text) {
                if (!text.contains(u"\"type\":\"live.post\""_s) || !text.contains(mine))
                    return;
                ++received[size_t(s)];
                if (measuring)
                    samples.append(double(clock.nsecsElapsed() - sentNs[size_t(s)]) / 1e6);
            });
            socket->open(streamUrl);
            sockets.push_back(std::move(socket));
        }
    }
    if (!BenchLoop::waitFor([&] { return connected == kSessions * readers; }, 60'000)) {
        std::fprintf(stderr, "pd_bench_live_subforums: only %d of %d readers connected\n", connected,
                     kSessions * readers);
        return 1;
    }

    // Three desks, three connections: the three POSTs of a round go out together.
    std::array<QNetworkAccessManager, kSessions> nams;
    for (int round = 0; round < warmup + rounds; ++round) {
        measuring = round >= warmup;
        received.fill(0);
        for (int s = 0; s < kSessions; ++s) {
            QNetworkRequest request(base.resolved(QUrl(u"/api/v1/live/events/%1/posts"_s.arg(eventId))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + tokens[size_t(s)].toLatin1());
            const QByteArray body = QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"session"_s, s + 1},
                                                              {u"text"_s, u"第 %1 轮：分论坛%2现场，嘉宾围绕产业创新交流发言。"_s.arg(round).arg(s)}})
                                        .toJson(QJsonDocument::Compact);
            sentNs[size_t(s)] = clock.nsecsElapsed();
            QNetworkReply *reply = nams[size_t(s)].post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
        if (!BenchLoop::waitFor([&] { return std::ranges::all_of(received, [&](int n) { return n >= readers; }); },
                                30'000)) {
            std::fprintf(stderr, "pd_bench_live_subforums: round %d reached %d/%d/%d of %d readers each\n", round,
                         received[0], received[1], received[2], readers);
            return 1;
        }
    }
    portald.process().stop();

    const BenchStats stats(samples);
    FigureOutput::write(u"live.subforums.post_visible.p50_ms"_s, stats.median(), u"ms"_s, stats.count());
    FigureOutput::write(u"live.subforums.post_visible.p99_ms"_s, stats.percentile(99.0), u"ms"_s, stats.count());
    return 0;
}
