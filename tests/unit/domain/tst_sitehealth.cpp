// A column's standing under its update rule: calendar days left where the site is, yellow inside the margin for the
// rule's length, red when stale or empty, and the site's red columns against the fail line.
#include "app/domain/SiteHealth.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::domain;

namespace {
const QTimeZone kBeijing(8 * 3600);

Column column(qint64 id, int updateDays, const QDateTime &lastPublished, qint64 parent = 0)
{
    Column c;
    c.id = id;
    c.parentId = parent;
    c.siteId = 1;
    c.name = u"栏目%1"_s.arg(id);
    c.updateDays = updateDays;
    c.lastPublishedAt = lastPublished;
    return c;
}
} // namespace

class tst_SiteHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marginsByRuleLength_data()
    {
        QTest::addColumn<int>("updateDays");
        QTest::addColumn<int>("margin");
        QTest::newRow("两周更新：提前3天") << 14 << 3;
        QTest::newRow("一个月更新：仍按两周规则提前3天") << 30 << 3;
        QTest::newRow("半年更新：提前30天") << 180 << 30;
        QTest::newRow("一年更新：按半年规则提前30天") << 365 << 30;
        QTest::newRow("一周更新：按最短规则提前3天") << 7 << 3;
        QTest::newRow("两天更新：预警不超过周期") << 2 << 1;
        QTest::newRow("不要求更新：不预警") << 0 << 0;
    }
    void marginsByRuleLength()
    {
        QFETCH(int, updateDays);
        QFETCH(int, margin);
        QCOMPARE(StalenessPolicy().marginFor(updateDays), margin);
    }

    void marginsAreConfigurable()
    {
        auto parsed = StalenessPolicy::parseMargins(u" 14=5, 180=45"_s);
        QVERIFY(parsed);
        QCOMPARE(*parsed, (QMap<int, int>{{14, 5}, {180, 45}}));
        QCOMPARE(StalenessPolicy::formatMargins(*parsed), u"14=5,180=45"_s);
        QVERIFY(!StalenessPolicy::parseMargins(u"14"_s));
        QVERIFY(!StalenessPolicy::parseMargins(u"14=14"_s));
        QVERIFY(!StalenessPolicy::parseMargins(u""_s));
    }

    void standingUnderTheRule_data()
    {
        QTest::addColumn<int>("updateDays");
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<int>("ageHours");
        QTest::addColumn<QString>("standing");
        QTest::addColumn<int>("daysLeft");
        QTest::newRow("两周栏目 刚发布") << 14 << 0 << 1 << u"ok"_s << 14;
        QTest::newRow("两周栏目 10天前") << 14 << 10 << 0 << u"ok"_s << 4;
        QTest::newRow("两周栏目 11天前：进入预警") << 14 << 11 << 0 << u"warning"_s << 3;
        QTest::newRow("两周栏目 12天前：还剩2天") << 14 << 12 << 0 << u"warning"_s << 2;
        QTest::newRow("两周栏目 到期当天") << 14 << 13 << 20 << u"warning"_s << 0;
        QTest::newRow("两周栏目 15天前：超期") << 14 << 15 << 0 << u"stale"_s << -1;
        QTest::newRow("半年栏目 149天前") << 180 << 149 << 0 << u"ok"_s << 31;
        QTest::newRow("半年栏目 150天前：进入预警") << 180 << 150 << 0 << u"warning"_s << 30;
        QTest::newRow("半年栏目 181天前：超期") << 180 << 181 << 0 << u"stale"_s << -1;
    }
    void standingUnderTheRule()
    {
        QFETCH(int, updateDays);
        QFETCH(int, ageDays);
        QFETCH(int, ageHours);
        QFETCH(QString, standing);
        QFETCH(int, daysLeft);
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), kBeijing);
        const QDateTime published = now.addDays(-ageDays).addSecs(-ageHours * 3600);
        const StalenessPolicy policy;
        const ColumnHealth h =
            ColumnHealth::assess(column(1, updateDays, published), now, kBeijing, policy.marginFor(updateDays));
        QCOMPARE(columnStandingCode(h.standing), standing);
        QCOMPARE(h.daysLeft, std::optional<int>(daysLeft));
        QCOMPARE(h.dueAt, published.addDays(updateDays).toUTC());
    }

    void daysAreCountedWhereTheSiteIs()
    {
        // Published at 23:30 in Beijing on the 1st: due on the 15th there, though it is still the 1st in UTC-land.
        const QDateTime published(QDate(2026, 11, 1), QTime(23, 30), kBeijing);
        const QDateTime now(QDate(2026, 11, 13), QTime(0, 30), kBeijing);
        const ColumnHealth h = ColumnHealth::assess(column(1, 14, published), now, kBeijing, 3);
        QCOMPARE(h.daysLeft, std::optional<int>(2));
        QCOMPARE(h.standing, ColumnStanding::Warning);
    }

    void neverPublishedIsEmptyRuleOrNot()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ColumnHealth::assess(column(1, 14, {}), now, kBeijing, 3).standing, ColumnStanding::Empty);
        QCOMPARE(ColumnHealth::assess(column(1, 0, {}), now, kBeijing, 0).standing, ColumnStanding::Empty);
        const ColumnHealth noRule = ColumnHealth::assess(column(1, 0, now.addDays(-400)), now, kBeijing, 0);
        QCOMPARE(noRule.standing, ColumnStanding::Ok);
        QVERIFY(!noRule.daysLeft);
    }

    void fiveRedColumnsFailTheSite()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), kBeijing);
        QList<Column> columns{column(100, 0, {})}; // a parent holds no content of its own
        for (int i = 1; i <= 4; ++i)
            columns.append(column(i, 14, now.addDays(-15), 100));
        columns.append(column(5, 14, now.addDays(-12), 100));
        Column live = column(6, 0, {}, 100);
        live.kind = ColumnKind::Live;
        columns.append(live);
        Site site;
        site.id = 1;
        site.name = u"临江市统计局"_s;

        SiteHealth h = SiteHealth::assess(site, columns, now, kBeijing, StalenessPolicy());
        QCOMPARE(h.columns.size(), 5);
        QCOMPARE(h.failingCount(), 4);
        QCOMPARE(h.warningCount(), 1);
        QVERIFY(!h.failed());

        columns.append(column(7, 180, {}, 100));
        h = SiteHealth::assess(site, columns, now, kBeijing, StalenessPolicy());
        QCOMPARE(h.failingCount(), 5);
        QVERIFY(h.failed());

        auto back = SiteHealth::fromJson(h.toJson());
        QVERIFY(back);
        QCOMPARE(back->columns, h.columns);
        QCOMPARE(back->failed(), true);
        QCOMPARE(back->siteName, site.name);
    }
};

QTEST_GUILESS_MAIN(tst_SiteHealth)
#include "tst_sitehealth.moc"
