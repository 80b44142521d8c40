// pd_bench_live: the live broadcast desk's speed targets, and the online interview desk's beside them.
//  - live.desk.post_visible.p50_ms / p99_ms: Ctrl+Enter in the plugin's composer (the real plugin file, loaded
//    through the 直播 page and LivePanelHost, checks + outbox + OutboxSync) → the post arrives on a second client's
//    event stream, on loopback against a real `portald --demo`;
//  - live.photo_24mp.ms: a 24-megapixel camera JPEG (6000×4000, generated here) through PhotoPipeline, median.
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "tests/support/SourceAddressHttp.h"

#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/domain/LiveApiPaths.h"
#include "ui/live/LivePage.h"
#include "ui/live/LivePanelHost.h"
#include "app/media/PhotoPipeline.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHostAddress>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QWebSocket>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::bench::BenchLoop;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

/// A signed-in client core, as AppContext builds it.
struct Core {
    pd::api::PortalClient client;
    pd::models::Workspace workspace{client};
    pd::store::LocalStore store;
    std::unique_ptr<pd::sync::OutboxSync> sync;
    pd::api::EventStream stream{client};

    bool signIn(const QUrl &server, const QString &user, const QString &db)
    {
        bool in = false;
        QObject::connect(&workspace, &pd::models::Workspace::signedIn, [&in] { in = true; });
        workspace.signIn(server.toString(), user, pd::bench::BenchPortald::password());
        if (!BenchLoop::waitFor([&] { return in; }, 30000) || !store.open(db))
            return false;
        sync = std::make_unique<pd::sync::OutboxSync>(store, client);
        sync->start();
        stream.start();
        return BenchLoop::waitFor([&] { return stream.state() == pd::api::EventStream::State::Connected; }, 10000);
    }
};

QByteArray cameraJpeg()
{
    // Texture and noise, so the encoder works as hard as on a real photo (a flat image compresses to nothing).
    QImage image(6000, 4000, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 4000);
    sky.setColorAt(0, QColor(70, 120, 190));
    sky.setColorAt(1, QColor(200, 170, 120));
    painter.fillRect(image.rect(), sky);
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 4000; ++i)
        painter.fillRect(QRect(random->bounded(6000), random->bounded(4000), random->bounded(20, 300),
                               random->bounded(20, 300)),
                         QColor::fromRgb(random->generate() | 0xff000000));
    painter.end();
    for (int y = 0; y < image.height(); y += 2) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); x += 3)
            line[x] ^= random->bounded(24);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(92);
    writer.write(image);
    return bytes;
}

/// Rounds left out of a figure: the first few warm up connections and caches.
constexpr int kWarmUp = 5;

/// Puts `text` in `editor` and sends it with Ctrl+Enter, as a typist does; the milliseconds until `arrived` (which
/// the caller's reader sets when it sees the text) turns true, -1 when it did not within ten seconds.
double sendAndTime(QPlainTextEdit *editor, const QString &text, bool &arrived)
{
    arrived = false;
    editor->setPlainText(text);
    QElapsedTimer timer;
    timer.start();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::ControlModifier);
    QApplication::sendEvent(editor, &press);
    if (!BenchLoop::waitFor([&] { return arrived; }, 10000))
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

/// `<figure>.p50_ms` and `<figure>.p99_ms` of `samples`.
void writePercentiles(const QString &figure, const QList<double> &samples)
{
    const BenchStats stats(samples);
    FigureOutput::write(figure + u".p50_ms"_s, stats.median(), u"ms"_s, stats.count());
    FigureOutput::write(figure + u".p99_ms"_s, stats.percentile(99.0), u"ms"_s, stats.count());
}

int benchPhoto(int runs)
{
    const QByteArray jpeg = cameraJpeg();
    std::fprintf(stderr, "24 MP test JPEG: %lld bytes\n", static_cast<long long>(jpeg.size()));
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto photo = pd::media::PhotoPipeline::prepare(jpeg, pd::media::PhotoOptions{});
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (!photo || photo->size != QSize(1920, 1280)) {
            std::fprintf(stderr, "photo pipeline failed\n");
            return 1;
        }
    }
    FigureOutput::write(u"live.photo_24mp.ms"_s, BenchStats(samples).median(), u"ms"_s, samples.size());
    return 0;
}

int benchPostVisible(int posts, const QString &pluginDir)
{
    pd::bench::BenchPortald portald("pd_bench_live");
    if (!portald.start())
        return 1;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core reporter;
    Core reader;
    if (!reporter.signIn(portald.baseUrl(), u"reporter"_s, dir.filePath(u"reporter.db"_s))
        || !reader.signIn(portald.baseUrl(), u"moderator"_s, dir.filePath(u"reader.db"_s))) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    // A direct-mode event, live, made by the moderator.
    qint64 event = 0;
    QByteArray eventEtag;
    reader.client.call("POST", u"/api/v1/live/events"_s,
                       QJsonDocument(QJsonObject{{u"site"_s, reader.workspace.site().id},
                                                 {u"title"_s, u"基准测试直播"_s},
                                                 {u"mode"_s, u"direct"_s}}),
                       {{"Idempotency-Key", "bench-live-event"}}, nullptr,
                       [&event, &eventEtag](pd::Result<pd::api::ApiReply> r) {
                           if (!r)
                               return;
                           eventEtag = r->etag;
                           event = r->json.object().value(u"id"_s).toInteger();
                       });
    BenchLoop::waitFor([&] { return event != 0; }, 10000);
    bool started = false;
    reader.client.call("POST", u"/api/v1/live/events/%1/transitions"_s.arg(event),
                       QJsonDocument(QJsonObject{{u"action"_s, u"start"_s}}), {{"If-Match", eventEtag}}, nullptr,
                       [&started](pd::Result<pd::api::ApiReply> r) { started = bool(r); });
    if (!BenchLoop::waitFor([&] { return started; }, 10000)) {
        std::fprintf(stderr, "could not start the event\n");
        return 1;
    }

    pd::ui::LivePage page(settings,
                          std::make_unique<pd::ui::LivePanelHost>(reporter.workspace, reporter.client, reporter.store,
                                                                  reporter.stream),
                          pd::plugins::PluginDirectories{{pluginDir, pd::plugins::PluginOrigin::Installed}});
    page.loadPlugins();
    if (page.panels().isEmpty()) {
        std::fprintf(stderr, "plugin not loaded from %s: %s\n", qPrintable(pluginDir),
                     qPrintable(page.refusals().join(u' ')));
        return 1;
    }
    page.show();
    // The plugin directory holds the other panels too (在线访谈): this figure is the live desk's.
    QWidget *panel = page.findChild<QWidget *>(u"livePanel"_s);
    if (!panel) {
        std::fprintf(stderr, "no live broadcast panel among %lld\n", static_cast<long long>(page.panels().size()));
        return 1;
    }
    auto *chooser = panel->findChild<QComboBox *>(u"eventChooser"_s);
    auto *editor = panel->findChild<QPlainTextEdit *>(u"composerText"_s);
    if (!BenchLoop::waitFor([&] { return chooser->findData(event) >= 0; }, 10000)) {
        std::fprintf(stderr, "event not listed\n");
        return 1;
    }
    chooser->setCurrentIndex(chooser->findData(event));
    Q_EMIT chooser->activated(chooser->currentIndex());
    BenchLoop::idle(500); // the event and its (empty) timeline load

    QString awaited;
    bool arrived = false;
    QObject::connect(&reader.stream, &pd::api::EventStream::eventReceived,
                     [&](qint64, const QString &type, const QJsonObject &payload) {
                         if (type == u"live.post" && payload.value(u"text"_s).toString() == awaited)
                             arrived = true;
                     });
    QList<double> samples;
    for (int i = 0; i < posts + 5; ++i) {
        awaited = u"基准第%1条：市统计局发布一季度经济运行数据。"_s.arg(i);
        const double ms = sendAndTime(editor, awaited, arrived);
        if (ms < 0) {
            std::fprintf(stderr, "post %d never arrived\n", i);
            return 1;
        }
        if (i >= kWarmUp)
            samples.append(ms);
    }
    writePercentiles(u"live.desk.post_visible"_s, samples);
    return 0;
}

/// Ctrl+Enter in the interview plugin's answer entry (checks, outbox, sync, portald) until the question-and-answer
/// pair reaches a reader of the public interview page over its WebSocket. Each round a netizen asks (from an address
/// of its own, as the rate limit is per address), the director queues it and the host asks it over the API, and the
/// typist's desk shows it before the clock starts.
int benchAnswerVisible(int answers, const QString &pluginDir)
{
    pd::bench::BenchPortald portald("pd_bench_live");
    if (!portald.start())
        return 1;
    const QString director = portald.login(u"moderator"_s);
    if (director.isEmpty())
        return 1;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Core typist;
    if (!typist.signIn(portald.baseUrl(), u"reporter"_s, dir.filePath(u"typist.db"_s)))
        return portald.fail(u"sign-in failed"_s);
    const auto created = portald.http().json(
        "POST", portald.url(pd::domain::LiveApiPaths::events()), director,
        QJsonDocument(QJsonObject{{u"site"_s, typist.workspace.site().id},
                                  {u"title"_s, u"基准测试在线访谈"_s},
                                  {u"kind"_s, u"interview"_s},
                                  {u"mode"_s, u"direct"_s},
                                  {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"王建国"_s}, {u"title"_s, u"市长"_s}}}}}),
        {{"Idempotency-Key", "bench-interview-event"}});
    const qint64 event = created.json.object().value(u"id"_s).toInteger();
    if (created.status != 201 || event == 0)
        return portald.fail(u"interview not created: %1"_s.arg(QString::fromUtf8(created.body)));
    const auto started = portald.http().json("POST", portald.url(pd::domain::LiveApiPaths::eventTransitions(event)),
                                             director, QJsonDocument(QJsonObject{{u"action"_s, u"start"_s}}),
                                             {{"If-Match", created.headers.value("etag")}});
    if (started.status != 200)
        return portald.fail(u"interview not started: %1"_s.arg(QString::fromUtf8(started.body)));

    // A reader of the public page, on its WebSocket.
    QWebSocket reader;
    QString awaited;
    bool arrived = false;
    QObject::connect(&reader, &QWebSocket::textMessageReceived, [&](const QString &message) {
        const QJsonObject m = QJsonDocument::fromJson(message.toUtf8()).object();
        if (m.value(u"type"_s).toString() == u"interview.pair"
            && m.value(u"payload"_s).toObject().value(u"answer"_s).toObject().value(u"text"_s).toString() == awaited)
            arrived = true;
    });
    QUrl ws = portald.url(u"/public/live/%1/stream"_s.arg(event));
    ws.setScheme(u"ws"_s);
    reader.open(ws);
    if (!BenchLoop::waitFor([&] { return reader.state() == QAbstractSocket::ConnectedState; }, 10000))
        return portald.fail(u"the public stream did not open: %1"_s.arg(reader.errorString()));

    pd::ui::LivePage page(settings,
                          std::make_unique<pd::ui::LivePanelHost>(typist.workspace, typist.client, typist.store,
                                                                  typist.stream),
                          pd::plugins::PluginDirectories{{pluginDir, pd::plugins::PluginOrigin::Installed}});
    page.loadPlugins();
    page.show();
    QWidget *panel = page.findChild<QWidget *>(u"interviewPanel"_s);
    if (!panel)
        return portald.fail(u"no interview panel: %1"_s.arg(page.refusals().join(u' ')));
    auto *chooser = panel->findChild<QComboBox *>(u"interviewChooser"_s);
    auto *question = panel->findChild<QLabel *>(u"typistQuestion"_s);
    auto *editor = panel->findChild<QPlainTextEdit *>(u"answerText"_s);
    if (!BenchLoop::waitFor([&] { return chooser->findData(event) >= 0; }, 10000))
        return portald.fail(u"interview not listed"_s);
    chooser->setCurrentIndex(chooser->findData(event));
    Q_EMIT chooser->activated(chooser->currentIndex());

    QList<double> samples;
    for (int i = 0; i < answers + 5; ++i) {
        const QString asked = u"第%1问：老旧小区改造什么时候覆盖到我们街道？"_s.arg(i);
        const QHostAddress from(u"127.0.%1.%2"_s.arg(1 + i / 200).arg(2 + i % 200));
        const auto submitted = pd::test::SourceAddressHttp::request(
            from, "POST", portald.url(pd::domain::LiveApiPaths::publicQuestions(event)),
            QJsonDocument(QJsonObject{{u"name"_s, u"网友"_s}, {u"text"_s, asked}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
        const qint64 id = submitted.json.object().value(u"id"_s).toInteger();
        if (id == 0)
            return portald.fail(u"question %1 refused: %2 %3"_s.arg(i).arg(submitted.status).arg(
                QString::fromUtf8(submitted.body)));
        for (const char *action : {"queue", "ask"}) {
            const auto moved = portald.http().json(
                "POST", portald.url(pd::domain::LiveApiPaths::questionTransitions(id)), director,
                QJsonDocument(QJsonObject{{u"action"_s, QString::fromLatin1(action)}}));
            if (moved.status != 200)
                return portald.fail(u"%1 of question %2: %3"_s.arg(QString::fromLatin1(action)).arg(id).arg(
                    QString::fromUtf8(moved.body)));
        }
        if (!BenchLoop::waitFor([&] { return question->text() == asked && editor->isEnabled(); }, 10000))
            return portald.fail(u"question %1 never reached the typist"_s.arg(i));
        // The typist takes a while to type the answer; portald meanwhile finishes what the question's ask set off
        // (the public page and feed.json written again), which is not this figure's.
        BenchLoop::idle(300);
        awaited = u"答复第%1问：今年第三季度开工，年底前完工。"_s.arg(i);
        const double ms = sendAndTime(editor, awaited, arrived);
        if (ms < 0)
            return portald.fail(u"answer %1 never reached the public page"_s.arg(i));
        if (i >= kWarmUp)
            samples.append(ms);
    }
    writePercentiles(u"interview.answer_visible"_s, samples);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"posts"_s, u"Posts to time."_s, u"n"_s, u"200"_s});
    parser.addOption({u"photo-runs"_s, u"Photo pipeline runs."_s, u"n"_s, u"7"_s});
    parser.addOption({u"answers"_s, u"Interview answers to time."_s, u"n"_s, u"200"_s});
    parser.addOption({u"plugin-dir"_s, u"Where the live broadcast and interview plugins are."_s, u"dir"_s,
                      QStringLiteral(PD_BENCH_PLUGIN_DIR)});
    parser.process(app);
    if (const int r = benchPhoto(parser.value(u"photo-runs"_s).toInt()); r != 0)
        return r;
    if (const int r = benchPostVisible(parser.value(u"posts"_s).toInt(), parser.value(u"plugin-dir"_s)); r != 0)
        return r;
    return benchAnswerVisible(parser.value(u"answers"_s).toInt(), parser.value(u"plugin-dir"_s));
}
