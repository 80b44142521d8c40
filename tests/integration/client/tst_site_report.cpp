// The monthly site report against a real demo portald: the figures the API reports are the ones its own item list,
// health and live statistics give; the dialog writes a PDF whose pages are the report document's (page 1 saved as
// the screenshot report-page1) and a CSV with the same figures; an empty period gets a clear message, no file.
#include "app/api/PortalClient.h"
#include "app/domain/SiteReport.h"
#include "app/reports/SiteReportWriter.h"
#include "tests/support/DemoSite.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/Screenshot.h"
#include "ui/reports/ReportChart.h"
#include "ui/reports/ReportDialog.h"
#include "translations/Translations.h"

#include <QFile>
#include <QScopeGuard>
#include <QTranslator>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using pd::domain::SiteReport;
using pd::test::DemoSite;
using pd::test::HttpProbe;

namespace {
const QTimeZone kBeijing(8 * 3600);
}

class tst_SiteReport : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    std::optional<DemoSite> m_site;
    pd::api::PortalClient m_client;
    QDate m_from;
    QDate m_to;
    SiteReport m_report;
    QTemporaryDir m_dir;

    QString reportPath(QDate from, QDate to) const
    {
        return u"/api/v1/sites/%1/report?from=%2&to=%3"_s.arg(m_site->siteId())
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }
    static QString key(qint64 column, const QString &type) { return u"%1/%2"_s.arg(column).arg(type); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_site = DemoSite::load(m_http, m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password());
        QVERIFY(m_site);
        QVERIFY2(m_portal.signIn(m_client), m_portal.failure());
        // The last 60 days as the site counts them: the demo's recent items, disclosure documents, reviews and live
        // events fall inside.
        m_to = QDateTime::currentDateTimeUtc().toTimeZone(kBeijing).date();
        m_from = m_to.addDays(-59);
        const auto reply = m_http.json("GET", m_site->api(reportPath(m_from, m_to)), m_site->token());
        QCOMPARE(reply.status, 200);
        auto report = SiteReport::fromJson(reply.json.object());
        QVERIFY(report);
        m_report = *report;
        QVERIFY(!m_report.isEmpty());
    }

    void chartNamesItsColumnsWhole()
    {
        // Run first: the first chart a process draws is the one QtCharts cut to "…" per name. Left of the bars the
        // names must be drawn whole — ink of a few dozen characters, not twelve ellipses.
        const QStringList names{u"要闻动态"_s, u"部门动态"_s, u"区县动态"_s, u"媒体关注"_s, u"通知公告"_s, u"人事任免"_s,
                                u"市政府文件"_s, u"市政府办公室文件"_s, u"政策解读"_s, u"专题专栏"_s, u"政府信息公开"_s,
                                u"在线访谈"_s};
        const QImage chart = pd::ui::ReportChart::bars(u"各栏目发布数量"_s, names,
                                                       {12, 16, 14, 2, 5, 1, 1, 2, 2, 3, 9, 1}, QSize(1240, 560));
        const auto isBar = [&](int x, int y) {
            const QColor c = chart.pixelColor(x, y);
            return c.red() > 150 && c.green() < 80 && c.blue() < 80;
        };
        int barsStart = chart.width();
        for (int y = 0; y < chart.height(); ++y)
            for (int x = 0; x < barsStart; ++x)
                if (isBar(x, y))
                    barsStart = x;
        int ink = 0;
        for (int y = 0; y < chart.height() * 85 / 100; ++y) // above the value axis and its numbers
            for (int x = 0; x + 3 < barsStart; ++x)
                ink += chart.pixelColor(x, y).lightness() < 128 ? 1 : 0;
        QVERIFY2(ink > 1500, qPrintable(u"%1 dark pixels left of the bars at x=%2"_s.arg(ink).arg(barsStart)));
    }

    void figuresAreTheApisOwn()
    {
        const auto items = m_site->items(m_http);
        QVERIFY(items);
        const QDateTime start(m_from, QTime(0, 0), kBeijing);
        const QDateTime end(m_to.addDays(1), QTime(0, 0), kBeijing);
        QHash<QString, int> perColumn;
        QHash<QString, int> perCategory;
        for (const QJsonObject &item : *items) {
            const QString state = item.value(u"state").toString();
            const QDateTime at = QDateTime::fromString(item.value(u"publishedAt").toString(), Qt::ISODateWithMs);
            if ((state != u"published"_s && state != u"archived"_s) || at < start || at >= end)
                continue;
            for (const QJsonValue &c : item.value(u"columns").toArray())
                ++perColumn[key(c.toInteger(), item.value(u"type").toString())];
            if (item.value(u"type").toString() == u"disclosure"_s)
                ++perCategory[item.value(u"topicCategory").toString()];
        }
        QHash<QString, int> reported;
        for (const auto &c : m_report.published)
            reported.insert(key(c.columnId, c.type), c.count);
        QCOMPARE(reported, perColumn);
        QHash<QString, int> reportedCategories;
        for (const auto &c : m_report.disclosure)
            reportedCategories.insert(c.code, c.count);
        QCOMPARE(reportedCategories, perCategory);
        QVERIFY(m_report.disclosureTotal() > 0);

        // Every level of the demo's 三审 decided something in a month, each decision after an entry into its level.
        QCOMPARE(m_report.review.size(), 3);
        for (const auto &l : m_report.review) {
            QVERIFY(l.decisions > 0);
            QVERIFY(l.medianHours > 0);
            QVERIFY(l.overdue <= l.decisions);
        }

        // The red columns are the health endpoint's.
        const auto health = m_http.json("GET", m_site->api(u"/api/v1/sites/%1/health"_s.arg(m_site->siteId())),
                                        m_site->token());
        QCOMPARE(m_report.health.failingCount(), health.json.object().value(u"failing").toInt());

        // Live events held in the period, with the figures their statistics give.
        const auto events = m_http.json("GET", m_site->api(u"/api/v1/live/events?site=%1"_s.arg(m_site->siteId())),
                                        m_site->token());
        QHash<qint64, qint64> posts;
        for (const QJsonValue &v : events.json.isArray() ? events.json.array()
                                                          : events.json.object().value(u"items").toArray()) {
            const QJsonObject e = v.toObject();
            const QDateTime startsAt = QDateTime::fromString(e.value(u"startsAt").toString(), Qt::ISODateWithMs);
            if (e.value(u"state").toString() == u"scheduled"_s || startsAt < start || startsAt >= end)
                continue;
            const auto stats = m_http.json(
                "GET", m_site->api(u"/api/v1/live/events/%1/stats"_s.arg(e.value(u"id").toInteger())), m_site->token());
            posts.insert(e.value(u"id").toInteger(), stats.json.object().value(u"posts").toInteger());
        }
        QHash<qint64, qint64> reportedPosts;
        for (const auto &e : m_report.live)
            reportedPosts.insert(e.eventId, e.posts);
        QCOMPARE(reportedPosts, posts);
        QVERIFY(!posts.isEmpty());
    }

    void pdfPagesAreTheDocumentsPages()
    {
        // In Chinese, as the report goes upward; the other tests read the English source texts.
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        const auto english = qScopeGuard([] {
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        pd::ui::ReportDialog dialog(m_client, m_site->siteId(), false);
        dialog.setPeriod(m_from, m_to);
        QSignalSpy saved(&dialog, &pd::ui::ReportDialog::saved);
        const QString path = m_dir.filePath(u"report.pdf"_s);
        dialog.saveTo(path, pd::ui::ReportDialog::Format::Pdf);
        QVERIFY2(saved.wait(30000), qPrintable(dialog.message()->text()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const qsizetype pages = QString::fromLatin1(pdf).count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s));

        // The same report laid out here: as many pages, and page 1 shows the title block, a table and a chart.
        const auto doc = pd::reports::SiteReportWriter(&pd::ui::ReportChart::bars).site(m_report);
        QCOMPARE(pages, qsizetype(doc->pageCount()));
        QVERIFY(pages >= 2);
        QVERIFY(doc->document().toPlainText().contains(m_report.siteName + u"运行情况报表"_s));
        QVERIFY(doc->document().toPlainText().contains(m_from.toString(Qt::ISODate)));
        const QImage page = doc->renderPage(0);
        int dark = 0;
        int red = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2) {
                const QColor c = page.pixelColor(x, y);
                dark += c.lightness() < 100 ? 1 : 0;
                red += c.red() > 150 && c.green() < 80 && c.blue() < 80 ? 1 : 0; // the chart's bars
            }
        QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
        QVERIFY2(red > 2000, qPrintable(QString::number(red)));
        QLabel shot;
        shot.setPixmap(QPixmap::fromImage(page));
        shot.resize(page.size());
        QVERIFY(pd::test::Screenshot::grab(&shot, u"report-page1"_s) || qEnvironmentVariableIsEmpty("PD_SCREENSHOT_DIR"));
    }

    void csvHasTheSameFigures()
    {
        pd::ui::ReportDialog dialog(m_client, m_site->siteId(), false);
        dialog.setPeriod(m_from, m_to);
        QSignalSpy saved(&dialog, &pd::ui::ReportDialog::saved);
        const QString path = m_dir.filePath(u"report.csv"_s);
        dialog.saveTo(path, pd::ui::ReportDialog::Format::Csv);
        QVERIFY2(saved.wait(30000), qPrintable(dialog.message()->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
        for (const auto &c : m_report.published) {
            const QString row = u"%1,%2,%3"_s.arg(c.column, pd::reports::SiteReportWriter::typeName(c.type)).arg(c.count);
            QVERIFY2(lines.contains(row), qPrintable(row));
        }
        QVERIFY(lines.contains(u"Total,,%1"_s.arg(m_report.publishedTotal())));
        QVERIFY(lines.contains(u"Total,%1"_s.arg(m_report.disclosureTotal())));
        for (const auto &l : m_report.review)
            QVERIFY(lines.contains(u"Level %1,%2,%3,%4"_s.arg(l.level).arg(l.decisions)
                                       .arg(QString::number(l.medianHours, 'f', 1))
                                       .arg(l.overdue)));
        for (const auto &e : m_report.live)
            QVERIFY(std::ranges::any_of(lines, [&e](const QString &line) {
                return line.startsWith(e.title + u',') && line.contains(u",%1,"_s.arg(e.posts));
            }));
    }

    void emptyPeriodSaysSo()
    {
        const QDate from(2001, 3, 1);
        const QDate to(2001, 3, 31);
        const auto reply = m_http.json("GET", m_site->api(reportPath(from, to)), m_site->token());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.object().value(u"empty"_s).toBool(), true);

        pd::ui::ReportDialog dialog(m_client, m_site->siteId(), false);
        dialog.setPeriod(from, to);
        QSignalSpy saved(&dialog, &pd::ui::ReportDialog::saved);
        const QString path = m_dir.filePath(u"empty.pdf"_s);
        dialog.saveTo(path, pd::ui::ReportDialog::Format::Pdf);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.message()->text().contains(u"Nothing was published"_s), 30000);
        QVERIFY(dialog.message()->text().contains(u"2001-03-01"_s));
        QCOMPARE(saved.size(), 0);
        QVERIFY(!QFile::exists(path));
    }

    void badPeriodsAreRefused()
    {
        QCOMPARE(m_http.json("GET", m_site->api(reportPath(m_to, m_from)), m_site->token()).status, 422);
        QCOMPARE(m_http.json("GET", m_site->api(reportPath(m_to.addYears(-2), m_to)), m_site->token()).status, 422);
        const auto junk = m_http.json(
            "GET", m_site->api(u"/api/v1/sites/%1/report?from=gestern"_s.arg(m_site->siteId())), m_site->token());
        QCOMPARE(junk.status, 422);
    }
};

QTEST_MAIN(tst_SiteReport)
#include "tst_site_report.moc"
