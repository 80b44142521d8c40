// pd_bench_editor: opening an item in the rich editor with QtWebEngine already warm — from the open request
// (a new editor window for an item, as a double-click in the item list makes) to the CKEditor page reporting the
// body loaded, against a real portald --demo over loopback. The first window starts WebEngine and is not counted;
// "warm" means the RichEditorPool's next page is up (it restarts in the background after each window). For
// comparison, the same with a window that starts its own profile and page.
// Then the content checks while typing (a typo shows a finding within 500 ms of typing): a typo committed
// into the rich editor as an input method does, timed from the last keystroke to its finding in the findings panel.
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "tests/support/ImeTyping.h"
#include "tests/support/RichEditorCaret.h"
#include "app/api/PortalClient.h"
#include "app/checksclient/FindingsModel.h"
#include "ui/checks/FindingsPanel.h"
#include "app/editing/EditorBridge.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/RichEditorPool.h"
#include "ui/editor/RichEditorView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTreeView>
#include <QWebEngineView>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchLoop;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

/// Opens `id` in a new editor window; the milliseconds until its rich editor shows the body, or nothing.
std::optional<double> openOnce(pd::api::PortalClient &client, const QList<pd::domain::Column> &columns,
                               pd::ui::RichEditorPool *pool, qint64 id)
{
    QElapsedTimer timer;
    timer.start();
    auto editor = std::make_unique<pd::ui::ItemEditorWindow>(client, nullptr, columns, nullptr, pool);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    bool loaded = false;
    QObject::connect(&editor->richEditor()->bridge(), &pd::editing::EditorBridge::loaded, editor.get(), [&] {
        loaded = editor->session().status() == pd::editing::DocumentSession::Status::Clean;
    });
    editor->show();
    editor->openItem(id);
    if (!BenchLoop::waitFor([&] { return loaded; }, 60'000))
        return std::nullopt;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    editor->close();
    return ms;
}

int findingsOf(const pd::checks::FindingsModel &model, const QString &ruleId)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.finding(row).ruleId == ruleId ? 1 : 0;
    return count;
}

/// Types a sentence with the typo 截止目前 (rule typo-001 of the demo site) at the end of item `id`'s body `runs`
/// times; the milliseconds from each last keystroke to one more typo finding in the panel, or nothing.
std::optional<QList<double>> findingLatencies(pd::api::PortalClient &client, const QList<pd::domain::Column> &columns,
                                              pd::ui::RichEditorPool *pool, qint64 id, int runs)
{
    auto editor = std::make_unique<pd::ui::ItemEditorWindow>(client, nullptr, columns, nullptr, pool);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->resize(1400, 950);
    editor->show();
    editor->activateWindow();
    editor->openItem(id);
    pd::checks::CheckRunner &checks = editor->checks();
    const auto ready = [&] {
        return editor->session().status() == pd::editing::DocumentSession::Status::Clean
               && editor->richEditor()->bridge().isBodyLoaded() && !checks.ruleSet().rules.isEmpty()
               && checks.isUpToDate();
    };
    if (!BenchLoop::waitFor(ready, 60'000))
        return std::nullopt;
    const auto *model = qobject_cast<const pd::checks::FindingsModel *>(editor->findingsPanel()->view()->model());
    QWebEngineView *view = editor->richEditor()->webView();
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        const int before = findingsOf(*model, u"typo-001"_s);
        if (!pd::test::RichEditorCaret::placeAtEnd(view))
            return std::nullopt;
        pd::test::ImeTyping::commit(pd::test::RichEditorCaret::keyboardTarget(view), u"截止目前，全市新建口袋公园十二个。"_s);
        QElapsedTimer timer;
        timer.start();
        if (!BenchLoop::waitFor([&] { return findingsOf(*model, u"typo-001"_s) > before; }, 10'000))
            return std::nullopt;
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        // Let the page's and the checks' pauses run out, so the next sentence starts from a quiet editor.
        BenchLoop::idle(400);
        BenchLoop::waitFor([&] { return checks.isUpToDate(); }, 10'000);
    }
    // Deleted, not closed: closing asks whether to save the typing, which the benchmark leaves unsaved.
    editor.reset();
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    // WebEngine in a headless run: no GPU, and the sandbox cannot start as root inside the build environment.
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu");
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QCommandLineOption runsOpt(u"runs"_s, u"Items opened (each in a new window)."_s, u"n"_s, u"20"_s);
    const pd::bench::BenchOptions options(app, u"Opening an item in the warm rich editor."_s, {runsOpt});
    const int runs = options.atLeast(runsOpt, 1);

    pd::bench::BenchPortald portald("pd_bench_editor");
    if (!portald.start())
        return 1;
    pd::api::PortalClient client;
    std::optional<bool> signedIn;
    client.login(portald.baseUrl(), u"editor"_s, pd::bench::BenchPortald::password(), &app,
                 [&](pd::Result<pd::domain::User> r) { signedIn = r.has_value(); });
    if (!BenchLoop::waitFor([&] { return signedIn.has_value(); }, 30'000) || !*signedIn) {
        std::fprintf(stderr, "pd_bench_editor: could not sign in\n");
        return 1;
    }
    std::optional<QList<pd::domain::Column>> columns;
    client.columns(1, &app, [&](pd::Result<QList<pd::domain::Column>> r) { columns = r.value_or(QList<pd::domain::Column>{}); });
    std::optional<QList<qint64>> ids;
    client.call("GET", u"/api/v1/items?type=news&limit=%1"_s.arg(runs + 1), {}, {}, &app,
                [&](pd::Result<pd::api::ApiReply> r) {
                    QList<qint64> found;
                    if (r)
                        for (const QJsonValue &v : r->json.object().value(u"items").toArray())
                            found.append(v.toObject().value(u"id").toInteger());
                    ids = found;
                });
    if (!BenchLoop::waitFor([&] { return columns.has_value() && ids.has_value(); }, 30'000) || columns->isEmpty()
        || ids->isEmpty()) {
        std::fprintf(stderr, "pd_bench_editor: no demo columns or news items\n");
        return 1;
    }

    // Warm-up: the first window starts the WebEngine process and reads the bundled editor.
    if (!openOnce(client, *columns, nullptr, ids->constFirst())) {
        std::fprintf(stderr, "pd_bench_editor: the rich editor never showed the body\n");
        return 1;
    }
    // As the application does it: a pool keeps the next editor page started; "warm" = that page is up.
    pd::ui::RichEditorPool pool;
    pool.setServer(portald.baseUrl());
    QList<double> samples;
    QList<double> cold;
    for (int i = 0; i < runs; ++i) {
        const qint64 id = ids->at((i + 1) % ids->size());
        if (!BenchLoop::waitFor([&] { return pool.isSpareReady(); }, 60'000)) {
            std::fprintf(stderr, "pd_bench_editor: the pool's editor page never came up\n");
            return 1;
        }
        const std::optional<double> ms = openOnce(client, *columns, &pool, id);
        if (!ms) {
            std::fprintf(stderr, "pd_bench_editor: item %lld never showed in the rich editor\n", id);
            return 1;
        }
        samples.append(*ms);
        // Without a page started ahead (a window that starts its own profile and page).
        if (const std::optional<double> own = openOnce(client, *columns, nullptr, id))
            cold.append(*own);
    }
    const BenchStats stats(samples);
    FigureOutput::write(u"editor.open_item.ms"_s, stats.median(), u"ms"_s, stats.count());
    FigureOutput::write(u"editor.open_item.p90_ms"_s, stats.percentile(90), u"ms"_s, stats.count());
    const BenchStats unpooled(cold);
    FigureOutput::write(u"editor.open_item_own_page.ms"_s, unpooled.median(), u"ms"_s, unpooled.count());

    const std::optional<QList<double>> latencies = findingLatencies(client, *columns, &pool, ids->constFirst(), runs);
    if (!latencies) {
        std::fprintf(stderr, "pd_bench_editor: a typo typed into the rich editor never showed as a finding\n");
        return 1;
    }
    const BenchStats findings(*latencies);
    FigureOutput::write(u"editor.finding_latency.p50_ms"_s, findings.median(), u"ms"_s, findings.count());
    FigureOutput::write(u"editor.finding_latency.p99_ms"_s, findings.percentile(99), u"ms"_s, findings.count());
    return 0;
}
