// pd_bench_items: item API latency of a real portald holding 100,000 items: the editorial round trip
// create → submit → approve ×3 → publish, pages of 50 (first page and pages reached by cursor) and full-text search
// `q=` with varied Chinese terms. The items come from `portald --demo --generate-items N`, which stores them like real
// ones (revisions, search index, columns), so the figures describe the database a busy site actually has.
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchRequest.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QUrlQuery>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchRequest;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

struct Timed : BenchRequest::Answer {
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

/// One request at a time on kept-alive connections, the way one desktop client talks to portald.
class Client
{
public:
    explicit Client(QUrl base) : m_base(std::move(base)) {}

    std::optional<Timed> send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                              const QString &token = {}, const QJsonObject &body = {},
                              const QByteArray &ifMatch = {})
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
        return Timed{*answer};
    }

    /// send() that insists on one status; prints what went wrong otherwise.
    std::optional<Timed> expect(int status, const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                                const QString &token = {}, const QJsonObject &body = {},
                                const QByteArray &ifMatch = {})
    {
        auto t = send(verb, path, query, token, body, ifMatch);
        if (!t || t->status != status) {
            std::fprintf(stderr, "%s %s: expected %d, got %d: %s\n", verb.constData(), qPrintable(path), status,
                         t ? t->status : 0, t ? t->body.left(400).constData() : "");
            return std::nullopt;
        }
        return t;
    }

    QString login(const QString &user)
    {
        const auto t = expect(201, "POST", u"/api/v1/session"_s, {}, {},
                              QJsonObject{{u"username"_s, user}, {u"password"_s, pd::bench::BenchPortald::password()}});
        return t ? t->object().value(u"accessToken").toString() : QString();
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

/// Seeds the demo site and adds `count` generated items in the data directory before portald serves it; the same
/// run renders their public pages, as a portal that published them would have them.
bool generateItems(const QString &dataDir, int count)
{
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    generator.start(qEnvironmentVariable("PORTALD_BIN"), {u"--data"_s, dataDir, u"--demo"_s, u"--generate-items"_s,
                                                          QString::number(count)});
    if (!generator.waitForFinished(30 * 60 * 1000) || generator.exitStatus() != QProcess::NormalExit
        || generator.exitCode() != 0) {
        std::fprintf(stderr, "pd_bench_items: portald --generate-items %d failed\n", count);
        return false;
    }
    return true;
}

/// The first column id found (depth first) with the given name.
qint64 findColumn(const QJsonArray &columns, const QString &name)
{
    for (const QJsonValue &v : columns) {
        const QJsonObject c = v.toObject();
        if (c.value(u"name").toString() == name)
            return c.value(u"id").toInteger();
        if (const qint64 id = findColumn(c.value(u"children").toArray(), name); id > 0)
            return id;
    }
    return 0;
}

/// Terms an editor would look for on a city portal: places, policy words, people's concerns; some common, some rare.
const QStringList kSearchTerms = {
    u"政府"_s,   u"会议"_s,   u"经济"_s,   u"教育"_s,   u"医疗"_s,   u"交通"_s,   u"环境保护"_s, u"防汛"_s,
    u"疫苗"_s,   u"招聘"_s,   u"养老"_s,   u"住房"_s,   u"营商环境"_s, u"乡村振兴"_s, u"安全生产"_s, u"文明城市"_s,
    u"公示"_s,   u"通知"_s,   u"项目"_s,   u"市长"_s,   u"人民"_s,   u"发展"_s,   u"社区"_s,     u"学校"_s,
    u"科技创新"_s, u"旅游"_s, u"食品安全"_s, u"垃圾分类"_s, u"就业"_s, u"政务服务"_s, u"高质量"_s,  u"民生"_s,
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption itemsOpt(u"items"_s, u"Generated items in the database."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption requestsOpt(u"requests"_s, u"Measured requests per figure."_s, u"n"_s, u"300"_s);
    const pd::bench::BenchOptions options(app, u"portald item API latency over 100,000 items."_s,
                                          {itemsOpt, requestsOpt});
    const int itemCount = options.atLeast(itemsOpt, 1);
    const int count = options.atLeast(requestsOpt, 20);
    constexpr int warmup = 10;

    // The demo site, the generated items and their pages go into the data directory before portald serves it. Its
    // start then only loads the public index (seconds); the generous limit is for a machine busy with other work.
    pd::bench::BenchPortald portald("pd_bench_items", {});
    if (!generateItems(portald.process().dataDir(), itemCount))
        return 1;
    QElapsedTimer startClock;
    startClock.start();
    if (!portald.start(std::chrono::minutes(10)))
        return 1;
    const double startMs = double(startClock.nsecsElapsed()) / 1e6;
    Client client(portald.baseUrl());
    QHash<QString, QString> tokens;
    for (const QString &who : {u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s}) {
        const QString token = client.login(who);
        if (token.isEmpty()) {
            std::fprintf(stderr, "pd_bench_items: %s could not sign in\n", qPrintable(who));
            return 1;
        }
        tokens.insert(who, token);
    }
    const QString editor = tokens.value(u"editor"_s);
    const auto sites = client.expect(200, "GET", u"/api/v1/sites"_s, {}, editor);
    if (!sites)
        return 1;
    const qint64 site = QJsonDocument::fromJson(sites->body).array().first().toObject().value(u"id").toInteger();
    const auto columns = client.expect(200, "GET", u"/api/v1/sites/%1/columns"_s.arg(site), {}, editor);
    if (!columns)
        return 1;
    const qint64 column = findColumn(QJsonDocument::fromJson(columns->body).array(), u"要闻动态"_s);
    if (site <= 0 || column <= 0) {
        std::fprintf(stderr, "pd_bench_items: no demo site or column 要闻动态\n");
        return 1;
    }

    // Round trip: every step one request, timed from the create to the publish answer.
    QList<double> roundTrips;
    for (int i = 0; i < warmup + count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QJsonObject draft{{u"site"_s, site},
                                {u"type"_s, u"news"_s},
                                {u"columns"_s, QJsonArray{column}},
                                {u"title"_s, u"临江市召开第%1次政务服务工作推进会"_s.arg(i + 1)},
                                {u"summary"_s, u"会议部署下一阶段政务服务改革重点任务。"_s},
                                {u"bodyHtml"_s, u"<p>会议听取了各部门工作汇报，研究部署下一阶段重点任务。</p>"_s},
                                {u"author"_s, u"市政府办公室"_s}};
        auto r = client.expect(201, "POST", u"/api/v1/items"_s, {}, editor, draft);
        if (!r)
            return 1;
        const qint64 id = r->object().value(u"id").toInteger();
        const QString transitions = u"/api/v1/items/%1/transitions"_s.arg(id);
        const QList<std::pair<QString, QString>> steps{{u"editor"_s, u"submit"_s},    {u"reviewer1"_s, u"approve"_s},
                                                       {u"reviewer2"_s, u"approve"_s}, {u"reviewer3"_s, u"approve"_s},
                                                       {u"reviewer3"_s, u"publish"_s}};
        for (const auto &[who, action] : steps) {
            r = client.expect(200, "POST", transitions, {}, tokens.value(who), QJsonObject{{u"action"_s, action}},
                              r->etag);
            if (!r)
                return 1;
        }
        if (r->object().value(u"state").toString() != u"published") {
            std::fprintf(stderr, "pd_bench_items: item %lld ended as %s\n", id,
                         qPrintable(r->object().value(u"state").toString()));
            return 1;
        }
        if (i >= warmup)
            roundTrips.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // Pages of 50: the first page, then following the cursor deep into the list (restarting at the end).
    QList<double> pages;
    QString cursor;
    for (int i = 0; i < warmup + count; ++i) {
        QUrlQuery query{{u"limit"_s, u"50"_s}};
        if (!cursor.isEmpty() && i % 10 != 0)
            query.addQueryItem(u"cursor"_s, cursor);
        const auto r = client.expect(200, "GET", u"/api/v1/items"_s, query, editor);
        if (!r)
            return 1;
        const QJsonObject page = r->object();
        if (page.value(u"items").toArray().size() != 50) {
            std::fprintf(stderr, "pd_bench_items: a page held %lld items, not 50\n",
                         qint64(page.value(u"items").toArray().size()));
            return 1;
        }
        cursor = page.value(u"nextCursor").toString();
        if (i >= warmup)
            pages.append(r->ms);
    }

    // Search: terms cycle so each is asked several times, as different editors would.
    QList<double> searches;
    qint64 hits = 0;
    for (int i = 0; i < warmup + count; ++i) {
        const QUrlQuery query{{u"q"_s, kSearchTerms.at(i % kSearchTerms.size())}, {u"limit"_s, u"50"_s}};
        const auto r = client.expect(200, "GET", u"/api/v1/items"_s, query, editor);
        if (!r)
            return 1;
        hits += r->object().value(u"items").toArray().size();
        if (i >= warmup)
            searches.append(r->ms);
    }
    if (hits == 0) {
        std::fprintf(stderr, "pd_bench_items: no search term found anything\n");
        return 1;
    }
    portald.process().stop();

    const BenchStats rt(roundTrips);
    const BenchStats pg(pages);
    const BenchStats se(searches);
    FigureOutput::write(u"server.items_start.ms"_s, startMs, u"ms"_s, 1);
    FigureOutput::write(u"server.item_roundtrip.p50_ms"_s, rt.median(), u"ms"_s, rt.count());
    FigureOutput::write(u"server.item_roundtrip.p99_ms"_s, rt.percentile(99), u"ms"_s, rt.count());
    FigureOutput::write(u"server.items_page.p50_ms"_s, pg.median(), u"ms"_s, pg.count());
    FigureOutput::write(u"server.items_page.p99_ms"_s, pg.percentile(99), u"ms"_s, pg.count());
    FigureOutput::write(u"server.items_search.p50_ms"_s, se.median(), u"ms"_s, se.count());
    FigureOutput::write(u"server.items_search.p99_ms"_s, se.percentile(99), u"ms"_s, se.count());
    return 0;
}
