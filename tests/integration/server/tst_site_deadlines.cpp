// Review deadlines in each site's own working hours, over real HTTP: the demo portal keeps portald's office hours
// while its 教育局 member site keeps a summer timetable with a holiday of its own; one editor submits an item on
// each at the same moment (portald's clock pinned to a Monday 11:00 in Beijing), and each deadline, in the item
// and in its reviewers' queue, counts that site's hours.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::PortaldFixture;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const QTimeZone kBeijing = QTimeZone::fromSecondsAheadOfUtc(8 * 3600);
} // namespace

class tst_SiteDeadlines : public QObject
{
    Q_OBJECT

    // Monday 23 November 2026, 11:00 in Beijing; the clock runs on from there.
    PortaldFixture m_portal{{u"--demo"_s, u"--clock-start"_s, u"2026-11-23T11:00:00+08:00"_s}};
    qint64 m_portalSite = 0;
    qint64 m_education = 0;

    static Headers ifMatch(qint64 revision) { return {{"If-Match", "\"" + QByteArray::number(revision) + "\""}}; }

    QJsonObject siteNamed(const QString &code)
    {
        for (const QJsonValue &v : m_portal.api("GET", u"/api/v1/sites"_s, u"admin"_s).json.array())
            if (v.toObject().value(u"siteCode"_s).toString() == code)
                return v.toObject();
        return {};
    }
    qint64 firstColumn(qint64 site, const QString &kind)
    {
        for (const QJsonValue &v : m_portal.api("GET", u"/api/v1/sites/%1/columns"_s.arg(site), u"editor"_s).json.array())
            if (v.toObject().value(u"kind"_s).toString() == kind)
                return v.toObject().value(u"id"_s).toInteger();
        return 0;
    }
    /// A news item the demo editor writes on `site` and submits; the item as submitted (empty on a refusal).
    QJsonObject submitted(qint64 site, const QString &title)
    {
        const auto created = m_portal.api("POST", u"/api/v1/items"_s, u"editor"_s,
                                          QJsonDocument(QJsonObject{{u"site"_s, site}, {u"type"_s, u"news"_s},
                                                                    {u"columns"_s, QJsonArray{firstColumn(site, u"news"_s)}},
                                                                    {u"title"_s, title}, {u"summary"_s, u"摘要"_s},
                                                                    {u"bodyHtml"_s, u"<p>%1的正文。</p>"_s.arg(title)},
                                                                    {u"author"_s, u"通讯员"_s}}));
        if (created.status != 201) {
            qWarning() << created.status << created.body;
            return {};
        }
        const QJsonObject item = created.json.object();
        const auto sent = m_portal.api("POST", u"/api/v1/items/%1/transitions"_s.arg(item.value(u"id"_s).toInteger()),
                                       u"editor"_s, QJsonDocument(QJsonObject{{u"action"_s, u"submit"_s}}),
                                       ifMatch(item.value(u"revision"_s).toInteger()));
        if (sent.status != 200)
            qWarning() << sent.status << sent.body;
        return sent.status == 200 ? sent.json.object() : QJsonObject();
    }
    QDateTime queueDue(const QString &reviewer, qint64 site, qint64 item)
    {
        for (const QJsonValue &v : m_portal.api("GET", u"/api/v1/review/queue?site=%1"_s.arg(site), reviewer).json.object()
                                       .value(u"items"_s).toArray())
            if (v.toObject().value(u"id"_s).toInteger() == item)
                return QDateTime::fromString(v.toObject().value(u"dueAt"_s).toString(), Qt::ISODateWithMs);
        return {};
    }
    /// Whether `due` is `expected` (Beijing time) give or take the minutes the clock ran on during the test.
    static bool near(const QDateTime &due, const QDateTime &expected)
    {
        const qint64 late = expected.secsTo(due);
        if (late < 0 || late > 5 * 60)
            qWarning() << "due" << due.toTimeZone(kBeijing) << "expected" << expected;
        return late >= 0 && late <= 5 * 60;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        const QJsonObject portal = siteNamed(u"3217000001"_s);
        const QJsonObject education = siteNamed(u"3217000012"_s);
        m_portalSite = portal.value(u"id"_s).toInteger();
        m_education = education.value(u"id"_s).toInteger();
        QVERIFY(m_portalSite > 0 && m_education > 0);

        // The portal: portald's hours (09:00–12:00, 13:30–17:30), 4 working hours per level.
        QCOMPARE(portal.value(u"reviewHours"_s).toDouble(), 4.0);
        // 教育局: a summer timetable (08:00–11:30, 14:30–18:00) and a holiday of its own on Tuesday, 5 hours.
        const QJsonObject summer{{u"days"_s, QJsonArray{1, 2, 3, 4, 5}},
                                 {u"periods"_s, QJsonArray{QJsonObject{{u"start"_s, u"08:00"_s}, {u"end"_s, u"11:30"_s}},
                                                           QJsonObject{{u"start"_s, u"14:30"_s}, {u"end"_s, u"18:00"_s}}}},
                                 {u"holidays"_s, QJsonArray{u"2026-11-24"_s}},
                                 {u"utcOffsetMinutes"_s, 480}};
        const auto changed = m_portal.api("PUT", u"/api/v1/sites/%1"_s.arg(m_education), u"admin"_s,
                                          QJsonDocument(QJsonObject{{u"workingHours"_s, summer}, {u"reviewHours"_s, 5}}),
                                          ifMatch(education.value(u"revision"_s).toInteger()));
        QCOMPARE(changed.status, 200);
    }

    void eachSiteCountsItsOwnHours()
    {
        const QJsonObject onPortal = submitted(m_portalSite, u"市政府召开常务会议"_s);
        const QJsonObject onEducation = submitted(m_education, u"市教育局部署秋季开学工作"_s);
        QVERIFY(!onPortal.isEmpty() && !onEducation.isEmpty());

        // Portal: 11:00–12:00 and 13:30–16:30 make the four hours.
        const QDateTime portalDue = QDateTime::fromString(onPortal.value(u"dueAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(near(portalDue, QDateTime(QDate(2026, 11, 23), QTime(16, 30), kBeijing)));
        // 教育局: half an hour before its lunch, 3.5 hours in the afternoon, Tuesday off, then 08:00–09:00 Wednesday.
        const QDateTime educationDue = QDateTime::fromString(onEducation.value(u"dueAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(near(educationDue, QDateTime(QDate(2026, 11, 25), QTime(9, 0), kBeijing)));

        // Each site's reviewers see the same deadline in their queue, with its light counted in the same hours.
        QCOMPARE(queueDue(u"reviewer1"_s, m_portalSite, onPortal.value(u"id"_s).toInteger()), portalDue);
        QCOMPARE(queueDue(u"jyj-reviewer1"_s, m_education, onEducation.value(u"id"_s).toInteger()), educationDue);
    }

    void cleanupTestCase() { QVERIFY2(m_portal.process().stop(), qPrintable(m_portal.process().log())); }
};

QTEST_GUILESS_MAIN(tst_SiteDeadlines)
#include "tst_site_deadlines.moc"
