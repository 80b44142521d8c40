// pd_bench_review: the reviewer's queue with 10,000 waiting items. A real portald --demo is filled with
// 10,000 submitted news items (over the API, not timed); then reviewer1's 审核 page — the real widgets, QtWebEngine
// preview included — measures: opening the queue (GET /api/v1/review/queue, model reset, view updated), the next
// item on J (the key handled: selection moved, pane fed) and the preview updated after J (page loaded in WebEngine).
// WebEngine needs a display: without one the program runs itself again under xvfb-run.
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "app/api/PortalClient.h"
#include "app/models/ReviewQueueModel.h"
#include "app/models/Workspace.h"
#include "ui/preview/PreviewView.h"
#include "app/review/ReviewDesk.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using pd::bench::BenchLoop;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

/// Fills portald with submitted items: create then submit, `parallel` chains at a time.
class Filler : public QObject
{
public:
    Filler(QUrl base, QString token, qint64 site, qint64 column)
        : m_base(std::move(base)), m_token(std::move(token)), m_site(site), m_column(column)
    {
    }

    bool fill(int count, int parallel)
    {
        m_left = count;
        for (int i = 0; i < parallel && m_left > 0; ++i)
            startOne();
        return BenchLoop::waitFor([this] { return m_running == 0 || m_failed; }, 3'600'000) && !m_failed;
    }

private:
    QNetworkRequest request(const QString &path, const QByteArray &ifMatch = {})
    {
        QNetworkRequest r(m_base.resolved(QUrl(path)));
        r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!ifMatch.isEmpty())
            r.setRawHeader("If-Match", ifMatch);
        return r;
    }

    void startOne()
    {
        const int n = m_left--;
        ++m_running;
        const QJsonObject item{{u"site"_s, m_site},
                               {u"type"_s, u"news"_s},
                               {u"title"_s, u"待审稿件第%1号：关于做好冬季安全生产工作的通知"_s.arg(n)},
                               {u"summary"_s, u"各单位要切实做好冬季安全生产工作。"_s},
                               {u"bodyHtml"_s, u"<p>为切实做好冬季安全生产工作，现将有关事项通知如下。</p>"
                                               u"<p>一、提高思想认识。</p><p>二、落实工作责任。</p>"_s},
                               {u"author"_s, u"应急管理局"_s},
                               {u"columns"_s, QJsonArray{m_column}}};
        QNetworkReply *created = m_nam.post(request(u"/api/v1/items"_s), QJsonDocument(item).toJson(QJsonDocument::Compact));
        connect(created, &QNetworkReply::finished, this, [this, created] {
            created->deleteLater();
            if (created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                std::fprintf(stderr, "create failed: %s\n", created->readAll().constData());
                m_failed = true;
                return;
            }
            const qint64 id = QJsonDocument::fromJson(created->readAll()).object().value(u"id").toInteger();
            QNetworkReply *submitted = m_nam.post(request(u"/api/v1/items/%1/transitions"_s.arg(id), created->rawHeader("ETag")),
                                                  QByteArray(R"({"action":"submit"})"));
            connect(submitted, &QNetworkReply::finished, this, [this, submitted] {
                submitted->deleteLater();
                if (submitted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                    std::fprintf(stderr, "submit failed: %s\n", submitted->readAll().constData());
                    m_failed = true;
                    return;
                }
                --m_running;
                if (m_left > 0 && !m_failed)
                    startOne();
            });
        });
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    qint64 m_site;
    qint64 m_column;
    int m_left = 0;
    int m_running = 0;
    bool m_failed = false;
};

QJsonDocument getJson(QNetworkAccessManager &nam, const QUrl &url, const QString &token)
{
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.get(r);
    BenchLoop::waitFor([reply] { return reply->isFinished(); }, 30'000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

/// A key as the user types it: through the shortcut map first (QTest routes it like the window system does).
void press(QWidget *target, Qt::Key key)
{
    QTest::keyClick(target, key);
}

} // namespace

int main(int argc, char *argv[])
{
    // QtWebEngine renders only on a real (or virtual) display: run again under xvfb-run when there is none.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("PD_BENCH_REVIEW_CHILD")) {
        QCoreApplication core(argc, argv);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PD_BENCH_REVIEW_CHILD"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        if (!env.contains(u"QTWEBENGINE_CHROMIUM_FLAGS"_s))
            env.insert(u"QTWEBENGINE_CHROMIUM_FLAGS"_s, u"--no-sandbox --disable-gpu"_s);
        child.setProcessEnvironment(env);
        child.start(u"xvfb-run"_s, QStringList{u"-a"_s, u"-s"_s, u"-screen 0 1600x1000x24"_s}
                                       + QCoreApplication::arguments());
        if (!child.waitForStarted()) {
            std::fprintf(stderr, "pd_bench_review: no display and no xvfb-run\n");
            return 1;
        }
        child.waitForFinished(-1);
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
    }

    QApplication app(argc, argv);
    const QCommandLineOption itemsOpt(u"items"_s, u"Waiting items in the queue."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Measurements of each figure."_s, u"n"_s, u"20"_s);
    const pd::bench::BenchOptions options(app, u"The reviewer's queue with 10,000 waiting items."_s,
                                          {itemsOpt, runsOpt});
    const int itemCount = options.atLeast(itemsOpt, 0);
    const int runs = options.atLeast(runsOpt, 3);

    pd::bench::BenchPortald portald("pd_bench_review");
    if (!portald.start(std::chrono::seconds(120)))
        return 1;
    const QUrl base = portald.baseUrl();
    QNetworkAccessManager nam;
    const QString editor = portald.login(u"editor"_s);
    const qint64 site = getJson(nam, base.resolved(QUrl(u"/api/v1/sites"_s)), editor).array().first().toObject().value(u"id").toInteger();
    qint64 column = 0;
    // A news column below a top-level one (the tree may come nested or flat with parentId).
    const std::function<void(const QJsonArray &, bool)> find = [&](const QJsonArray &nodes, bool nested) {
        for (const QJsonValue &v : nodes) {
            const QJsonObject c = v.toObject();
            if (column == 0 && c.value(u"kind").toString() == u"news"
                && (nested || c.value(u"parentId").toInteger() != 0))
                column = c.value(u"id").toInteger();
            find(c.value(u"children").toArray(), true);
        }
    };
    find(getJson(nam, base.resolved(QUrl(u"/api/v1/sites/%1/columns"_s.arg(site))), editor).array(), false);
    if (editor.isEmpty() || site == 0 || column == 0) {
        std::fprintf(stderr, "demo site not found\n");
        return 1;
    }
    QElapsedTimer fillTime;
    fillTime.start();
    Filler filler(base, editor, site, column);
    if (!filler.fill(itemCount, 6)) {
        std::fprintf(stderr, "could not fill the queue\n%s\n", qPrintable(portald.process().log().right(2000)));
        return 1;
    }
    std::fprintf(stderr, "pd_bench_review: %d items submitted in %.1f s\n", itemCount, fillTime.elapsed() / 1000.0);

    pd::api::PortalClient client;
    pd::models::Workspace workspace(client);
    bool signedIn = false;
    QObject::connect(&workspace, &pd::models::Workspace::signedIn, &app, [&signedIn] { signedIn = true; });
    workspace.signIn(base.toString(), u"reviewer1"_s, pd::bench::BenchPortald::password());
    if (!BenchLoop::waitFor([&] { return signedIn; }, 60'000)) {
        std::fprintf(stderr, "reviewer1 could not sign in\n");
        return 1;
    }

    pd::ui::ReviewPage page(workspace, nullptr);
    page.resize(1500, 900);
    page.show();
    pd::review::ReviewDesk &desk = page.desk();
    int previews = 0;
    QObject::connect(page.pane()->preview(), &pd::ui::PreviewView::loadFinished, &app, [&previews] { ++previews; });
    pd::models::ReviewQueueModel &queue = desk.queue();
    int refreshes = 0;
    QObject::connect(&queue, &pd::models::ReviewQueueModel::refreshed, &app, [&refreshes] { ++refreshes; });
    if (!BenchLoop::waitFor([&] { return refreshes > 0 && queue.rowCount() >= itemCount; }, 60'000)) {
        std::fprintf(stderr, "the queue did not load (%d rows)\n", queue.rowCount());
        return 1;
    }

    // For the reader of the figures: how much of opening is portald answering (request and transfer alone).
    {
        const QString reviewer = portald.login(u"reviewer1"_s);
        QList<double> raw;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            getJson(nam, base.resolved(QUrl(u"/api/v1/review/queue?site=%1"_s.arg(site))), reviewer);
            raw.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::fprintf(stderr, "pd_bench_review: GET /api/v1/review/queue alone (parse included), median %.1f ms\n",
                     BenchStats(raw).median());
    }

    // Opening the queue: the request, 10,000 rows parsed and sorted, the filtered view updated and painted.
    QList<double> open;
    for (int i = 0; i < runs; ++i) {
        const int before = refreshes;
        QElapsedTimer t;
        t.start();
        queue.refresh(site);
        if (!BenchLoop::waitFor([&] { return refreshes > before; }, 30'000))
            return 1;
        page.queueView()->viewport()->repaint();
        open.append(double(t.nsecsElapsed()) / 1e6);
    }

    // Next item: J on the list moves the selection and feeds the pane; the preview follows in WebEngine.
    QTableView *view = page.queueView();
    // Shortcuts reach the active window only (there is no window manager under xvfb-run to activate it).
    page.activateWindow();
    if (!QTest::qWaitForWindowActive(&page)) {
        std::fprintf(stderr, "the review page did not become the active window\n");
        return 1;
    }
    view->setFocus();
    view->setCurrentIndex(desk.filter().index(0, 0));
    if (!BenchLoop::waitFor([&] { return previews > 0; }, 60'000)) {
        std::fprintf(stderr, "the preview never loaded\n");
        return 1;
    }
    QList<double> next;
    QList<double> preview;
    for (int i = 0; i < runs; ++i) {
        // Let the prefetch of the neighbours land, as it does while a reviewer reads.
        BenchLoop::idle(150);
        const int before = previews;
        QElapsedTimer t;
        t.start();
        press(view, Qt::Key_J);
        next.append(double(t.nsecsElapsed()) / 1e6);
        if (!BenchLoop::waitFor([&] { return previews > before; }, 10'000)) {
            std::fprintf(stderr, "the preview did not update\n");
            return 1;
        }
        preview.append(double(t.nsecsElapsed()) / 1e6);
    }
    if (view->currentIndex().row() != runs) {
        std::fprintf(stderr, "J did not move through the queue (row %d)\n", view->currentIndex().row());
        return 1;
    }

    FigureOutput::write(u"review.queue_open.ms"_s, BenchStats(open).median(), u"ms"_s, open.size());
    FigureOutput::write(u"review.next_item.ms"_s, BenchStats(next).median(), u"ms"_s, next.size());
    FigureOutput::write(u"review.preview_update.ms"_s, BenchStats(preview).median(), u"ms"_s, preview.size());
    FigureOutput::write(u"review.preview_update.p95_ms"_s, BenchStats(preview).percentile(95), u"ms"_s, preview.size());
    page.close();
    portald.process().stop();
    return 0;
}
