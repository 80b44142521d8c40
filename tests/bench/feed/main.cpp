// pd_bench_feed: throughput of a live event's feed.json — the file every public live page polls — measured with wrk
// (100 keep-alive connections, ~10 s) from portald alone and from nginx serving the very same web-root file, so the
// ratio shows how much a production site gains (or not) from putting nginx in front (packaging/nginx/).
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchRequest.h"
#include "tests/bench/common/FigureOutput.h"
#include "tests/support/NginxFront.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchRequest;
using pd::bench::FigureOutput;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
};

Answer get(QNetworkAccessManager &nam, const QUrl &url, const QString &token = {})
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const auto answer = BenchRequest::send(nam, "GET", request);
    return answer ? Answer{answer->status, answer->body} : Answer{};
}

/// Asks `url` until it answers 200 or `seconds` pass (portald renders live pages in the background after start;
/// nginx needs a moment to bind).
bool waitFor200(QNetworkAccessManager &nam, const QUrl &url, int seconds)
{
    const QDeadlineTimer deadline(seconds * 1000);
    while (!deadline.hasExpired()) {
        if (get(nam, url).status == 200)
            return true;
        pd::bench::BenchLoop::idle(100);
    }
    return false;
}

/// A program from $envVar, else from PATH or the sbin directories.
QString findProgram(const QString &name, const char *envVar)
{
    if (const QString fromEnv = qEnvironmentVariable(envVar); !fromEnv.isEmpty())
        return fromEnv;
    if (QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
        return path;
    return QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
}

/// Runs wrk against url; its "Requests/sec" figure, nothing when wrk failed or saw errors.
std::optional<double> runWrk(const QString &wrk, const QUrl &url, int connections, int seconds)
{
    QProcess process;
    process.start(wrk, {u"-t2"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--timeout"_s, u"5s"_s,
                        url.toString()});
    if (!process.waitForFinished((seconds + 60) * 1000) || process.exitCode() != 0) {
        std::fprintf(stderr, "pd_bench_feed: wrk failed: %s\n", process.readAllStandardError().constData());
        return std::nullopt;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    std::fprintf(stderr, "wrk %s\n%s\n", qPrintable(url.toString()), qPrintable(out));
    // Non-2xx answers or socket errors mean the figure would not be about serving the file.
    if (out.contains(u"Non-2xx"_s) || out.contains(u"Socket errors"_s)) {
        std::fprintf(stderr, "pd_bench_feed: wrk saw errors\n");
        return std::nullopt;
    }
    const auto match = QRegularExpression(u"Requests/sec:\\s*([0-9.]+)"_s).match(out);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}

/// What nginx needs to serve a web root the way packaging/nginx/portaldesk.conf does for static files (sendfile,
/// keep-alive, open_file_cache), on the front's port.
QString staticServer(const pd::test::NginxFront &front, const QString &webroot)
{
    return uR"(    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    open_file_cache max=1000 inactive=10s;
    open_file_cache_valid 1s;
    server {
        listen 127.0.0.1:%1;
        root %2;
        location ~ /feed\.json$ { expires 1s; }
    }
)"_s.arg(QString::number(front.port()), webroot);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption connectionsOpt(u"connections"_s, u"wrk connections."_s, u"n"_s, u"100"_s);
    const QCommandLineOption secondsOpt(u"seconds"_s, u"wrk duration per server."_s, u"s"_s, u"10"_s);
    const pd::bench::BenchOptions options(
        app, u"feed.json throughput: portald alone and nginx on the same web root."_s, {connectionsOpt, secondsOpt});
    const int connections = options.atLeast(connectionsOpt, 1);
    const int seconds = options.atLeast(secondsOpt, 1);

    const QString wrk = findProgram(u"wrk"_s, "WRK_BIN");
    if (wrk.isEmpty() || !pd::test::NginxFront::missing().isEmpty()) {
        std::fprintf(stderr, "pd_bench_feed: needs wrk and nginx (run through packaging/rootfs/pdenv)\n");
        return 1;
    }

    pd::bench::BenchPortald portald("pd_bench_feed");
    if (!portald.start())
        return 1;
    QNetworkAccessManager nam;
    const QUrl base = portald.baseUrl();
    const QString token = portald.login(u"editor"_s);
    if (token.isEmpty())
        return 1;
    const Answer events = get(nam, base.resolved(QUrl(u"/api/v1/live/events"_s)), token);
    const QJsonDocument eventsDoc = QJsonDocument::fromJson(events.body);
    const QJsonArray list = eventsDoc.isArray() ? eventsDoc.array() : eventsDoc.object().value(u"items").toArray();
    // The event whose feed is measured must have posts, so the file has the size readers really download.
    QString feedPath;
    for (const QJsonValue &v : list) {
        const qint64 id = v.toObject().value(u"id").toInteger();
        const QUrl feed = base.resolved(QUrl(u"/live/%1/feed.json"_s.arg(id)));
        if (!waitFor200(nam, feed, 30))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(get(nam, feed).body);
        if (!doc.object().value(u"posts").toArray().isEmpty()) {
            feedPath = feed.path();
            break;
        }
    }
    if (feedPath.isEmpty()) {
        std::fprintf(stderr, "pd_bench_feed: no live event with a rendered feed.json holding posts (%d: %s)\n",
                     events.status, events.body.left(300).constData());
        return 1;
    }
    const QString webroot = QDir(portald.process().dataDir()).filePath(u"www"_s);
    if (!QFile::exists(webroot + feedPath)) {
        std::fprintf(stderr, "pd_bench_feed: %s is not under %s\n", qPrintable(feedPath), qPrintable(webroot));
        return 1;
    }

    const auto portaldRps = runWrk(wrk, base.resolved(QUrl(feedPath)), connections, seconds);
    if (!portaldRps)
        return 1;

    pd::test::NginxFront nginx;
    if (!nginx.configure(staticServer(nginx, webroot), 1024)) {
        std::fprintf(stderr, "pd_bench_feed: cannot prepare nginx: %s\n", qPrintable(nginx.failure()));
        return 1;
    }
    const QUrl nginxFeed = nginx.url(feedPath);
    if (!nginx.start() || !waitFor200(nam, nginxFeed, 15)) {
        std::fprintf(stderr, "pd_bench_feed: nginx did not serve %s\n%s\n", qPrintable(nginxFeed.toString()),
                     qPrintable(nginx.failure()));
        return 1;
    }
    const auto nginxRps = runWrk(wrk, nginxFeed, connections, seconds);
    nginx.stop();
    portald.process().stop();
    if (!nginxRps || *nginxRps <= 0)
        return 1;

    FigureOutput::write(u"server.feed_json.rps"_s, *portaldRps, u"req/s"_s, 1);
    FigureOutput::write(u"nginx.feed_json.rps"_s, *nginxRps, u"req/s"_s, 1);
    FigureOutput::write(u"server.feed_json.nginx_ratio"_s, *portaldRps / *nginxRps, u"ratio"_s, 1);
    return 0;
}
