// A live event's final report (直播总结) against a real demo portald, in Chinese as it is sent upward: a broadcast with
// text and photo posts, page views, polling readers and comments (approved, hidden, waiting); the report dialog writes
// a PDF whose pages are the report document's (page 1 saved as the screenshot live-report) and a CSV whose figures
// are the API's; portaldesk-cli live-report writes the same files.
#include "app/api/PortalClient.h"
#include "app/reports/LiveReportWriter.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"
#include "translations/Translations.h"
#include "ui/reports/ReportChart.h"
#include "ui/reports/ReportDialog.h"

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QHostAddress>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::PortaldFixture;
using pd::test::SourceAddressHttp;

class tst_LiveReport : public QObject
{
    Q_OBJECT

private:
    PortaldFixture m_portal;
    pd::api::PortalClient m_client;
    QTemporaryDir m_dir;
    qint64 m_site = 0;
    qint64 m_event = 0;
    QJsonObject m_stats;

    QUrl url(const QString &path) const { return m_portal.url(path); }
    /// The figure in the CSV row that names it (`页面浏览量,20741`), -1 when there is none.
    static qint64 csvFigure(const QStringList &lines, const char *source)
    {
        const QString name = pd::reports::LiveReportWriter::tr(source);
        for (const QString &line : lines)
            if (line.startsWith(name + u','))
                return line.section(u',', 1, 1).toLongLong();
        return -1;
    }
    void compareCsv(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
        const auto figure = [&](const char *key) { return m_stats.value(QLatin1StringView(key)).toInteger(); };
        QCOMPARE(csvFigure(lines, "Posts"), figure("posts"));
        QCOMPARE(csvFigure(lines, "Characters"), figure("characters"));
        QCOMPARE(csvFigure(lines, "Photos"), figure("photos"));
        QCOMPARE(csvFigure(lines, "Peak viewers online"), figure("viewersPeak"));
        QCOMPARE(csvFigure(lines, "Page views"), figure("pageViews"));
        QCOMPARE(csvFigure(lines, "Received"), figure("commentsReceived"));
        QCOMPARE(csvFigure(lines, "Approved"), figure("commentsApproved"));
        QCOMPARE(csvFigure(lines, "Waiting for moderation"), figure("commentsPending"));
        QCOMPARE(csvFigure(lines, "Hidden"), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        pd::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_portal.start(), m_portal.failure());
        QVERIFY2(m_portal.signIn(m_client, u"moderator"_s), m_portal.failure());
        m_site = m_portal.siteId();

        // A press conference: three text posts and a photo, read by three page loads, with four comments.
        const auto started = m_portal.startLiveEvent(
            {{u"title"_s, u"灾后重建新闻发布会"_s}, {u"kind"_s, u"press"_s}, {u"venue"_s, u"市政府新闻发布厅"_s}});
        QVERIFY2(started.status == 200, m_portal.failure());
        m_event = started.json.object().value(u"id").toInteger();
        const QString posts = u"/api/v1/live/events/%1/posts"_s.arg(m_event);
        for (const QString &text : {u"发布会开始。"_s, u"市住建局介绍重建进度：已完成 80%。"_s, u"记者提问环节。"_s})
            QCOMPARE(m_portal.call(u"reporter"_s, "POST", posts, {{u"kind"_s, u"text"_s}, {u"text"_s, text}}).status, 201);
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const auto uploaded = m_portal.http().request("POST", url(u"/api/v1/media?site=%1"_s.arg(m_site)), png,
                                             {{"Authorization", "Bearer " + m_portal.token(u"reporter"_s).toLatin1()},
                                              {"Content-Type", "image/png"}, {"X-Filename", "hall.png"}});
        QVERIFY2(uploaded.status == 201 || uploaded.status == 200, uploaded.body.constData());
        QCOMPARE(m_portal.call(u"reporter"_s, "POST", posts,
                      {{u"kind"_s, u"photo"_s}, {u"text"_s, u"发布会现场"_s},
                       {u"mediaIds"_s, QJsonArray{uploaded.json.object().value(u"id")}}})
                     .status,
                 201);
        const auto presence = [&](const QString &from, const QByteArray &body) {
            return SourceAddressHttp::request(QHostAddress(from), "POST",
                                              url(u"/public/live/%1/presence"_s.arg(m_event)), body,
                                              {{"Content-Type", "application/json"}})
                .status;
        };
        // Three page loads; two of the readers fall back to polling feed.json.
        QCOMPARE(presence(u"127.0.0.2"_s, R"({"view":true,"polling":true})"), 204);
        QCOMPARE(presence(u"127.0.0.3"_s, R"({"view":true})"), 204);
        QCOMPARE(presence(u"127.0.0.3"_s, R"({"view":true,"polling":true})"), 204);
        QList<qint64> comments;
        for (const QString &text : {u"重建资金如何监管？"_s, u"学校什么时候复课？"_s, u"加微信领红包"_s, u"谢谢直播"_s}) {
            const auto sent = m_portal.http().json("POST", url(u"/public/live/%1/comments"_s.arg(m_event)), {},
                                          QJsonDocument(QJsonObject{{u"text"_s, text}}));
            QCOMPARE(sent.status, 202);
            comments.append(sent.json.object().value(u"id").toInteger());
        }
        const auto moderate = [&](qint64 id, const QString &action) {
            return m_portal.call(u"moderator"_s, "POST", u"/api/v1/live/comments/%1/transitions"_s.arg(id),
                        {{u"action"_s, action}}).status;
        };
        QCOMPARE(moderate(comments.at(0), u"approve"_s), 200);
        QCOMPARE(moderate(comments.at(1), u"approve"_s), 200);
        QCOMPARE(moderate(comments.at(2), u"hide"_s), 200);

        const auto event = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1"_s.arg(m_event));
        QCOMPARE(m_portal.call(u"moderator"_s, "POST", u"/api/v1/live/events/%1/transitions"_s.arg(m_event),
                      {{u"action"_s, u"end"_s}}, {{"If-Match", event.headers.value("etag")}})
                     .status,
                 200);
        m_stats = m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1/stats"_s.arg(m_event)).json.object();
        QCOMPARE(m_stats.value(u"posts").toInt(), 4);
        QCOMPARE(m_stats.value(u"photos").toInt(), 1);
        QCOMPARE(m_stats.value(u"pageViews").toInt(), 3);
        QCOMPARE(m_stats.value(u"viewersPeak").toInt(), 2);
        QCOMPARE(m_stats.value(u"commentsReceived").toInt(), 4);
        QCOMPARE(m_stats.value(u"commentsApproved").toInt(), 2);
        QCOMPARE(m_stats.value(u"commentsPending").toInt(), 1);
    }

    void dialogWritesTheReport()
    {
        pd::ui::ReportDialog dialog(m_client, m_site, false);
        QSignalSpy listed(&dialog, &pd::ui::ReportDialog::liveEventsLoaded);
        QVERIFY(listed.wait(20000));
        QVERIFY(dialog.liveEvents()->findData(m_event) >= 0);
        QSignalSpy saved(&dialog, &pd::ui::ReportDialog::saved);
        const QString pdfPath = m_dir.filePath(u"live.pdf"_s);
        dialog.saveLiveReport(m_event, pdfPath, pd::ui::ReportDialog::Format::Pdf);
        QVERIFY2(saved.wait(20000), qPrintable(dialog.message()->text()));
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const qsizetype pages = QString::fromLatin1(pdf).count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s));

        // The same report laid out here from the API's figures: as many pages, each figure in it.
        const auto event = pd::domain::LiveEvent::fromJson(
            m_portal.call(u"moderator"_s, "GET", u"/api/v1/live/events/%1"_s.arg(m_event)).json.object());
        const auto doc = pd::reports::LiveReportWriter(&pd::ui::ReportChart::bars)
                             .event(event, pd::domain::LiveStats::fromJson(m_stats), QDateTime::currentDateTimeUtc());
        QCOMPARE(pages, qsizetype(doc->pageCount()));
        const QString text = doc->document().toPlainText();
        QVERIFY(text.contains(u"灾后重建新闻发布会"_s));
        QVERIFY(text.contains(u"市政府新闻发布厅"_s));
        for (const char *figure : {"posts", "characters", "viewersPeak", "pageViews", "commentsReceived"})
            QVERIFY(text.contains(QString::number(m_stats.value(QLatin1StringView(figure)).toInteger())));
        const QImage page = doc->renderPage(0);
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += page.pixelColor(x, y).lightness() < 100 ? 1 : 0;
        QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
        QLabel shot;
        shot.setPixmap(QPixmap::fromImage(page));
        shot.resize(page.size());
        QVERIFY(PortaldFixture::screenshot(&shot, u"live-report"_s) || qEnvironmentVariableIsEmpty("PD_SCREENSHOT_DIR"));

        const QString csvPath = m_dir.filePath(u"live.csv"_s);
        dialog.saveLiveReport(m_event, csvPath, pd::ui::ReportDialog::Format::Csv);
        QVERIFY2(saved.wait(20000), qPrintable(dialog.message()->text()));
        compareCsv(csvPath);

        // An event that is not there: the reason, no file.
        const QString missing = m_dir.filePath(u"missing.pdf"_s);
        dialog.saveLiveReport(999999, missing, pd::ui::ReportDialog::Format::Pdf);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message()->text().contains(u"…"_s), 20000);
        QVERIFY(!QFile::exists(missing));
    }

    void cliWritesTheReport()
    {
        const QString pdf = m_dir.filePath(u"cli.pdf"_s);
        const QString csv = m_dir.filePath(u"cli.csv"_s);
        const auto run = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PORTALDESK_PASSWORD"_s, PortaldFixture::password());
            env.insert(u"PORTALDESK_LANG"_s, u"zh_CN"_s); // the CSV's row names as the dialog's
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PD_CLI_BIN), QStringList{u"--server"_s, m_portal.baseUrl().toString(), u"--user"_s,
                                                             u"moderator"_s} + args);
            if (!p.waitForFinished(60000))
                p.kill();
            return std::pair{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                             p.readAllStandardError() + p.readAllStandardOutput()};
        };
        const auto [code, err] = run({u"--pdf"_s, pdf, u"--csv"_s, csv, u"live-report"_s, QString::number(m_event)});
        QVERIFY2(code == 0, qPrintable(QString::number(code) + u' ' + QString::fromUtf8(err)));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        compareCsv(csv);
        QCOMPARE(run({u"live-report"_s, QString::number(m_event)}).first, 2); // no --pdf or --csv
    }
};

QTEST_MAIN(tst_LiveReport)
#include "tst_live_report.moc"
