// The 工作台 dashboard against a real portald --demo: its numbers are compared with what the API says
// (columns' lastPublishedAt and updateDays, the items' states, creators and deadlines, the live events' stats), then
// the data is changed — an empty column gets its first item, the clock moves on so news columns go stale, a draft
// is written, an item is rejected back — and the numbers follow. Each health problem leads to its fix.
// Screenshot: dashboard.png.
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/MarginTrayNotifier.h"
#include "app/models/DashboardModel.h"
#include "app/models/Workspace.h"
#include "translations/Translations.h"

#include <QChartView>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QScrollBar>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::models::DashboardModel;

namespace {

void flatten(const QJsonArray &nodes, qint64 parent, QList<QJsonObject> &out)
{
    for (const QJsonValue &v : nodes) {
        QJsonObject o = v.toObject();
        if (!o.contains(u"parentId"_s) || o.value(u"parentId"_s).isNull())
            o.insert(u"parentId"_s, parent);
        out.append(o);
        flatten(o.value(u"children").toArray(), o.value(u"id").toInteger(), out);
    }
}

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

class tst_DashboardUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    QString m_editor;
    qint64 m_editorId = 0;
    qint64 m_siteId = 0;

    QUrl api(const QString &path) const { return m_portal.url(path); }

    QList<QJsonObject> columns()
    {
        QList<QJsonObject> out;
        flatten(m_http.json("GET", api(u"/api/v1/sites/%1/columns"_s.arg(m_siteId)), m_editor).json.array(), 0, out);
        return out;
    }

    /// Every item of the site in `state` (all pages).
    QList<QJsonObject> items(const QString &state)
    {
        QList<QJsonObject> out;
        QString cursor;
        do {
            const auto page = m_http.json(
                "GET", api(u"/api/v1/items?site=%1&state=%2&limit=200%3"_s.arg(m_siteId).arg(state).arg(
                           cursor.isEmpty() ? QString() : u"&cursor="_s + cursor)),
                m_editor);
            for (const QJsonValue &v : page.json.object().value(u"items").toArray())
                out.append(v.toObject());
            cursor = page.json.object().value(u"nextCursor").toString();
        } while (!cursor.isEmpty());
        return out;
    }

    int mine(const QString &state)
    {
        int n = 0;
        for (const QJsonObject &o : items(state))
            n += o.value(u"createdBy").toInteger() == m_editorId ? 1 : 0;
        return n;
    }

    /// Stale and empty leaf columns at `now`, by the inspection rules, straight from the columns API.
    std::pair<QSet<qint64>, QSet<qint64>> expectedColumns(const QDateTime &now)
    {
        const QList<QJsonObject> all = columns();
        QSet<qint64> parents;
        for (const QJsonObject &c : all)
            parents.insert(c.value(u"parentId").toInteger());
        QSet<qint64> stale;
        QSet<qint64> empty;
        for (const QJsonObject &c : all) {
            const qint64 id = c.value(u"id").toInteger();
            if (parents.contains(id) || c.value(u"kind").toString() == u"live")
                continue;
            const QDateTime last = timeOf(c.value(u"lastPublishedAt"));
            const int days = c.value(u"updateDays").toInt();
            if (!last.isValid())
                empty.insert(id);
            else if (days > 0 && last.addDays(days) < now)
                stale.insert(id);
        }
        return {stale, empty};
    }

    static QSet<qint64> ids(const QList<pd::domain::Column> &columns)
    {
        QSet<qint64> out;
        for (const auto &c : columns)
            out.insert(c.id);
        return out;
    }

    qint64 transition(qint64 id, const QString &user, const QString &action, const QString &comment = {})
    {
        const QString token = m_http.login(m_portal.baseUrl(), user, pd::test::PortaldFixture::password());
        const auto current = m_http.json("GET", api(u"/api/v1/items/%1"_s.arg(id)), token);
        QJsonObject body{{u"action"_s, action}};
        if (!comment.isEmpty())
            body.insert(u"comment"_s, comment);
        const auto r = m_http.json("POST", api(u"/api/v1/items/%1/transitions"_s.arg(id)), token, QJsonDocument(body),
                                   {{"If-Match", current.headers.value("etag")}});
        return r.status;
    }

    qint64 create(qint64 column, const QString &title)
    {
        const QJsonObject input{{u"site"_s, m_siteId},
                                {u"type"_s, u"news"_s},
                                {u"title"_s, title},
                                {u"summary"_s, u"摘要。"_s},
                                {u"bodyHtml"_s, u"<p>正文内容。</p>"_s},
                                {u"author"_s, u"办公室"_s},
                                {u"columns"_s, QJsonArray{column}}};
        const auto r = m_http.json("POST", api(u"/api/v1/items"_s), m_editor, QJsonDocument(input));
        return r.status == 201 ? r.json.object().value(u"id").toInteger() : 0;
    }

    static bool refreshed(DashboardModel &model, const QDateTime &now, qint64 siteId)
    {
        QSignalSpy ready(&model, &DashboardModel::ready);
        model.setNow(now);
        model.refresh(siteId);
        return ready.wait(20000) || ready.size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_editor = m_portal.newToken(u"editor"_s);
        QVERIFY(!m_editor.isEmpty());
        m_editorId = m_http.json("GET", api(u"/api/v1/me"_s), m_editor).json.object().value(u"id").toInteger();
        m_siteId = m_http.json("GET", api(u"/api/v1/sites"_s), m_editor).json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_editorId > 0 && m_siteId > 0);
    }

    void marginMessageReadsAsChinese()
    {
        // Where there is no tray the warning goes to the status bar as one line: Chinese punctuation throughout.
        pd::domain::ColumnHealth notices;
        notices.name = u"通知公告"_s;
        notices.standing = pd::domain::ColumnStanding::Warning;
        notices.daysLeft = 2;
        pd::domain::ColumnHealth news = notices;
        news.name = u"部门动态"_s;
        news.daysLeft = 1;
        const QString line = pd::ui::MarginTrayNotifier::statusText({notices, news});
        QVERIFY2(line.startsWith(u"栏目即将超期未更新："_s), qPrintable(line));
        QVERIFY2(line.contains(u"通知公告"_s) && line.contains(u"；部门动态"_s), qPrintable(line));
        QVERIFY2(!line.contains(u':') && !line.contains(u';'), qPrintable(line));
    }

    void nothingCutOnANarrowScreen()
    {
        // The page as it sits beside the column tree in a main window of its default size (1100×720).
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"editor"_s), m_portal.failure());
        pd::ui::DashboardPage page(workspace, nullptr);
        page.resize(780, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(refreshed(page.model(), QDateTime::currentDateTimeUtc(), m_siteId));
        QTRY_VERIFY(page.healthList()->count() > 0);

        // Axis labels whole: dates under the bars, 第 N 级 under the review times.
        for (QChartView *view : {page.publishedChart(), page.reviewTimeChart()}) {
            QStringList labels;
            for (QGraphicsItem *item : view->scene()->items())
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                    labels.append(text->toPlainText());
            QVERIFY(!labels.isEmpty());
            for (const QString &label : std::as_const(labels))
                QVERIFY2(!label.contains(u'…') && !label.endsWith(u"..."_s), qPrintable(labels.join(u" | "_s)));
        }
        QVERIFY(std::ranges::any_of(page.reviewTimeChart()->scene()->items(), [](QGraphicsItem *item) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            return text && text->toPlainText() == u"第 1 级"_s;
        }));

        // 网站健康: every problem readable without scrolling sideways.
        QListWidget *health = page.healthList();
        QVERIFY(!health->horizontalScrollBar()->isVisible());
        for (int i = 0; i < health->count(); ++i)
            QVERIFY2(health->visualItemRect(health->item(i)).width() <= health->viewport()->width(),
                     qPrintable(health->item(i)->text()));
        QVERIFY(!page.draftsList()->horizontalScrollBar()->isVisible());
    }

    void numbersMatchThePortal()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"editor"_s), m_portal.failure());
        pd::ui::DashboardPage page(workspace, nullptr);
        DashboardModel &model = page.model();
        page.resize(1500, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // As the demo has it, now.
        QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(refreshed(model, now, m_siteId));
        auto [stale, empty] = expectedColumns(now);
        QCOMPARE(ids(model.health().staleColumns), stale);
        QCOMPARE(ids(model.health().emptyColumns), empty);
        QVERIFY(!empty.isEmpty());
        QCOMPARE(int(model.myDrafts().size()), mine(u"draft"_s));
        QCOMPARE(int(model.myInReview().size()), mine(u"submitted"_s));
        QCOMPARE(int(model.myRejected().size()), mine(u"rejected"_s));
        int overdue = 0;
        for (const QJsonObject &o : items(u"submitted"_s))
            overdue += timeOf(o.value(u"dueAt")).isValid() && timeOf(o.value(u"dueAt")) < now ? 1 : 0;
        QCOMPARE(int(model.health().overdueReviews.size()), overdue);
        int pending = 0;
        const auto events = m_http.json("GET", api(u"/api/v1/live/events?site=%1"_s.arg(m_siteId)), m_editor);
        QCOMPARE(events.status, 200);
        const QJsonArray eventList = events.json.isArray() ? events.json.array()
                                                           : events.json.object().value(u"items").toArray();
        for (const QJsonValue &e : eventList)
            pending += m_http.json("GET", api(u"/api/v1/live/events/%1/stats"_s.arg(e.toObject().value(u"id").toInteger())),
                                   m_editor)
                           .json.object().value(u"commentsPending").toInt();
        QCOMPARE(model.health().pendingComments, pending);
        QCOMPARE(page.draftsList()->count(), int(model.myDrafts().size()));
        QVERIFY(page.healthSummary()->text().contains(u"空白栏目：%1"_s.arg(empty.size())));
        QCOMPARE(page.healthList()->count(), int(stale.size() + empty.size()) + (overdue > 0 ? 1 : 0)
                                                 + (pending > 0 ? 1 : 0));
        // Published per day: every published item of the window, once per column it is in.
        const QDate first = model.firstChartDay();
        int expectedBars = 0;
        for (const QJsonObject &o : items(u"published"_s)) {
            const QDate day = timeOf(o.value(u"publishedAt")).toLocalTime().date();
            if (day >= first && day <= first.addDays(DashboardModel::ChartDays - 1))
                expectedBars += int(o.value(u"columns").toArray().size());
        }
        int bars = 0;
        for (const auto &s : model.publishedPerDay())
            bars += std::accumulate(s.perDay.cbegin(), s.perDay.cend(), 0);
        QCOMPARE(bars, expectedBars);
        QVERIFY(page.publishedChart()->chart() && !page.publishedChart()->chart()->series().isEmpty());
        QVERIFY(pd::test::PortaldFixture::screenshot(&page, u"dashboard"_s));

        // An empty column gets its first item through the whole workflow: one empty column less, and the review
        // times now include all three levels.
        // A news item may go into news, notice and policy columns.
        qint64 target = 0;
        for (const QJsonObject &c : columns())
            if (empty.contains(c.value(u"id").toInteger())
                && QStringList{u"news"_s, u"notice"_s, u"policy"_s}.contains(c.value(u"kind").toString()))
                target = c.value(u"id").toInteger();
        QVERIFY(target > 0);
        const qint64 published = create(target, u"栏目首条信息：办事指南更新"_s);
        QVERIFY(published > 0);
        QCOMPARE(transition(published, u"editor"_s, u"submit"_s), 200);
        QCOMPARE(transition(published, u"reviewer1"_s, u"approve"_s), 200);
        QCOMPARE(transition(published, u"reviewer2"_s, u"approve"_s), 200);
        QCOMPARE(transition(published, u"reviewer3"_s, u"approve"_s), 200);
        QCOMPARE(transition(published, u"reviewer3"_s, u"publish"_s), 200);
        // A new draft, and an item rejected back to the editor.
        QVERIFY(create(target, u"新写的草稿"_s) > 0);
        const qint64 rejected = create(target, u"将被驳回的稿件"_s);
        QCOMPARE(transition(rejected, u"editor"_s, u"submit"_s), 200);
        QCOMPARE(transition(rejected, u"reviewer1"_s, u"reject"_s, u"请补充来源。"_s), 200);

        // Three weeks on: news columns (14 days) are stale unless published since, reviews are overdue.
        now = now.addDays(21);
        QVERIFY(refreshed(model, now, m_siteId));
        std::tie(stale, empty) = expectedColumns(now);
        QVERIFY(!empty.contains(target));
        QCOMPARE(ids(model.health().emptyColumns), empty);
        QCOMPARE(ids(model.health().staleColumns), stale);
        QVERIFY(!stale.isEmpty());
        QCOMPARE(int(model.myDrafts().size()), mine(u"draft"_s));
        QCOMPARE(int(model.myRejected().size()), mine(u"rejected"_s));
        QVERIFY(std::ranges::any_of(model.myRejected(), [rejected](const auto &r) { return r.id == rejected; }));
        QCOMPARE(int(model.health().overdueReviews.size()), int(items(u"submitted"_s).size()));
        QVERIFY(model.reviewHoursPerLevel().contains(1) && model.reviewHoursPerLevel().contains(3));
        QVERIFY(model.reviewHoursPerLevel().value(1) >= 0.0);

        // Each problem is a click away from its fix.
        QSignalSpy column(&page, &pd::ui::DashboardPage::showColumnRequested);
        QSignalSpy queue(&page, &pd::ui::DashboardPage::showQueueRequested);
        QListWidget *health = page.healthList();
        for (int row = 0; row < health->count(); ++row) {
            health->setCurrentRow(row);
            QTest::keyClick(health, Qt::Key_Return);
        }
        QCOMPARE(int(column.size()), int(stale.size() + empty.size()));
        QCOMPARE(int(queue.size()), model.health().overdueReviews.isEmpty() ? 0 : 1);
        QSet<qint64> clicked;
        for (const auto &args : std::as_const(column))
            clicked.insert(args.at(0).toLongLong());
        QCOMPARE(clicked, stale + empty);
    }

    void levelDurationsFromTheAuditTrail()
    {
        const auto entry = [](const char *at, const char *action, const char *from, int level, const char *to) {
            return QJsonObject{{u"at"_s, QString::fromLatin1(at)},
                               {u"action"_s, QString::fromLatin1(action)},
                               {u"fromState"_s, QString::fromLatin1(from)},
                               {u"fromLevel"_s, level},
                               {u"toState"_s, QString::fromLatin1(to)}};
        };
        const auto d = DashboardModel::levelDurations(
            {entry("2026-11-02T01:00:00Z", "submit", "draft", 0, "submitted"),
             entry("2026-11-02T02:30:00Z", "reject", "submitted", 1, "rejected"),
             entry("2026-11-02T03:00:00Z", "submit", "rejected", 0, "submitted"),
             entry("2026-11-02T04:00:00Z", "approve", "submitted", 1, "submitted"),
             entry("2026-11-02T06:00:00Z", "approve", "submitted", 2, "approved"),
             entry("2026-11-02T07:00:00Z", "publish", "approved", 0, "published")});
        QCOMPARE(d.value(1), (QList<qint64>{5400, 3600}));
        QCOMPARE(d.value(2), (QList<qint64>{7200}));
        QVERIFY(!d.contains(0));
    }
};

QTEST_MAIN(tst_DashboardUi)
#include "tst_dashboard_ui.moc"
