#include "app/domain/WorkingCalendar.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::domain;

namespace {

const QTimeZone kBeijing = QTimeZone::fromSecondsAheadOfUtc(8 * 3600);

// 2026-11-23 is a Monday.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), kBeijing);
}

} // namespace

class tst_WorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const WorkingCalendar cal;
        QCOMPARE(cal.workingDays().size(), 5);
        QCOMPARE(cal.periods().size(), 2);
        QCOMPARE(cal.periods().at(1).start, QTime(13, 30));
        QVERIFY(cal.isWorkingTime(at(23, 9)));
        QVERIFY(!cal.isWorkingTime(at(23, 12, 30)));
        QVERIFY(!cal.isWorkingTime(at(23, 17, 30)));
        QVERIFY(!cal.isWorkingTime(at(28, 10)));
    }

    void addWorkingHours_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("morning, no break") << at(23, 9) << 2.0 << at(23, 11);
        QTest::newRow("across lunch") << at(23, 9) << 4.0 << at(23, 14, 30);
        QTest::newRow("late morning across lunch") << at(23, 11) << 2.0 << at(23, 14, 30);
        QTest::newRow("ends exactly at noon") << at(23, 9) << 3.0 << at(23, 12);
        QTest::newRow("starts in lunch") << at(23, 12, 30) << 1.0 << at(23, 14, 30);
        QTest::newRow("before office hours") << at(23, 7) << 0.5 << at(23, 9, 30);
        QTest::newRow("across the night") << at(23, 16, 30) << 4.0 << at(24, 12);
        QTest::newRow("evening start, a full day") << at(23, 20) << 7.0 << at(24, 17, 30);
        QTest::newRow("full day and a bit") << at(23, 20) << 7.5 << at(25, 9, 30);
        QTest::newRow("friday across the weekend") << at(27, 16) << 4.0 << at(30, 11, 30);
        QTest::newRow("saturday start") << at(28, 10) << 1.0 << at(30, 10);
        QTest::newRow("sunday night start") << at(29, 23) << 3.5 << at(30, 14);
        QTest::newRow("quarter hour") << at(23, 11, 50) << 0.25 << at(23, 13, 35);
        QTest::newRow("zero") << at(28, 10) << 0.0 << at(28, 10);
        QTest::newRow("two weeks of work")
            << at(23, 9) << 70.0 << QDateTime(QDate(2026, 12, 4), QTime(17, 30), kBeijing);
    }
    void addWorkingHours()
    {
        QFETCH(QDateTime, start);
        QFETCH(double, hours);
        QFETCH(QDateTime, expected);
        const WorkingCalendar cal;
        QCOMPARE(cal.addWorkingHours(start, hours), expected);
        if (hours > 0)
            QCOMPARE(cal.workingSecondsBetween(start, expected), qint64(hours * 3600));
    }

    void utcInputStaysUtc()
    {
        const WorkingCalendar cal;
        // 01:00Z is 09:00 in Beijing; 4 working hours later is 14:30 Beijing = 06:30Z.
        const QDateTime start(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::UTC);
        const QDateTime due = cal.addWorkingHours(start, 4);
        QCOMPARE(due, QDateTime(QDate(2026, 11, 23), QTime(6, 30), QTimeZone::UTC));
        QCOMPARE(due.timeSpec(), Qt::UTC);
        // 10:00Z Monday is 18:00 Beijing: after hours, so the clock starts Tuesday 09:00.
        QCOMPARE(cal.addWorkingHours(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC), 1),
                 QDateTime(QDate(2026, 11, 24), QTime(2, 0), QTimeZone::UTC));
    }

    void holidaysAndMakeUpDays()
    {
        WorkingCalendar cal;
        cal.setHolidays({QDate(2026, 11, 24)});        // Tuesday off
        cal.setExtraWorkingDays({QDate(2026, 11, 28)}); // Saturday worked instead (调休)
        QVERIFY(!cal.isWorkingDay(QDate(2026, 11, 24)));
        QVERIFY(cal.isWorkingDay(QDate(2026, 11, 28)));
        QCOMPARE(cal.addWorkingHours(at(23, 17), 1.0), at(25, 9, 30));
        QCOMPARE(cal.addWorkingHours(at(27, 17), 2.0), at(28, 10, 30));
    }

    void workingSecondsBetween()
    {
        const WorkingCalendar cal;
        QCOMPARE(cal.workingSecondsBetween(at(23, 9), at(23, 14, 30)), 4 * 3600);
        QCOMPARE(cal.workingSecondsBetween(at(27, 16), at(30, 11, 30)), 4 * 3600);
        QCOMPARE(cal.workingSecondsBetween(at(30, 11, 30), at(27, 16)), -4 * 3600);
        QCOMPARE(cal.workingSecondsBetween(at(28, 8), at(29, 20)), 0);
        QCOMPARE(cal.workingSecondsBetween(at(23, 12), at(23, 13, 30)), 0);
        QCOMPARE(cal.workingSecondsBetween(at(23, 0), at(24, 0)), qint64(7 * 3600));
    }

    void fixedOffsetArithmeticMatchesTimeZoneConversion()
    {
        // The calendar turns moments into local dates by arithmetic for a fixed offset; a zone Qt has to look up
        // (UTC+8 as the named zone from tzdata, which the build environment has) must agree with that, also before
        // 1970 and just around local midnight, where a wrong division would shift the day.
        WorkingCalendar fixed;
        WorkingCalendar looked;
        QTimeZone named(QByteArrayLiteral("Asia/Shanghai"));
        QVERIFY2(named.isValid() && named.timeSpec() == Qt::TimeZone, "Asia/Shanghai from the time-zone database");
        looked.setTimeZone(named);
        const QList<QDateTime> moments{
            QDateTime(QDate(2026, 11, 23), QTime(15, 59, 59, 999), QTimeZone::UTC), // 23:59:59.999 in Beijing
            QDateTime(QDate(2026, 11, 23), QTime(16, 0), QTimeZone::UTC),           // midnight in Beijing
            QDateTime(QDate(2026, 11, 24), QTime(1, 0, 0, 500), QTimeZone::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(15, 59, 59, 999), QTimeZone::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(2, 0), QTimeZone::UTC),
            QDateTime(QDate(2026, 11, 27), QTime(9, 29, 30), QTimeZone::UTC),
        };
        for (const QDateTime &from : moments) {
            QCOMPARE(fixed.isWorkingTime(from), looked.isWorkingTime(from));
            QCOMPARE(fixed.addWorkingHours(from, 3.5), looked.addWorkingHours(from, 3.5));
            for (const QDateTime &to : moments)
                QCOMPARE(fixed.workingSecondsBetween(from, to), looked.workingSecondsBetween(from, to));
        }
        QCOMPARE(fixed.workingSecondsBetween(moments.at(1), moments.at(2)), qint64(0)); // 00:00 → 09:00 local
        QCOMPARE(fixed.workingSecondsBetween(moments.at(1), moments.at(1).addSecs(10 * 3600)), qint64(3600));
    }

    void light()
    {
        const WorkingCalendar cal;
        const QDateTime start = at(23, 9);
        const QDateTime due = cal.addWorkingHours(start, 4); // 14:30
        QCOMPARE(cal.light(start, due, at(23, 9, 30)), DeadlineLight::Green);
        QCOMPARE(cal.light(start, due, at(23, 11)), DeadlineLight::Green);
        // In the lunch break exactly one working hour (a quarter) is left.
        QCOMPARE(cal.light(start, due, at(23, 12, 45)), DeadlineLight::Yellow);
        QCOMPARE(cal.light(start, due, at(23, 14)), DeadlineLight::Yellow);
        QCOMPARE(cal.light(start, due, at(23, 14, 30)), DeadlineLight::Red);
        QCOMPARE(cal.light(start, due, at(25, 9)), DeadlineLight::Red);
    }

    void configurablePeriods()
    {
        WorkingCalendar cal;
        QVERIFY(cal.setPeriods({{QTime(14, 0), QTime(18, 0)}, {QTime(8, 30), QTime(12, 0)}}));
        QCOMPARE(cal.periods().first().start, QTime(8, 30)); // kept sorted
        cal.setWorkingDays({Qt::Saturday, Qt::Monday, Qt::Monday});
        QCOMPARE(cal.workingDays(), (QList<Qt::DayOfWeek>{Qt::Monday, Qt::Saturday}));
        QCOMPARE(cal.addWorkingHours(at(23, 11), 2.0), at(23, 15));
        QCOMPARE(cal.addWorkingHours(at(23, 17), 2.0), at(28, 9, 30));

        const auto overlapping = cal.setPeriods({{QTime(9, 0), QTime(12, 0)}, {QTime(11, 0), QTime(13, 0)}});
        QVERIFY(!overlapping);
        QCOMPARE(overlapping.error().code, ErrorCode::Validation);
        QVERIFY(!cal.setPeriods({{QTime(12, 0), QTime(9, 0)}}));
        QCOMPARE(cal.periods().first().start, QTime(8, 30)); // unchanged after a refused change

        WorkingCalendar never;
        never.setWorkingDays({});
        QVERIFY(!never.addWorkingHours(at(23, 9), 1).isValid());
    }

    void jsonRoundTrip()
    {
        WorkingCalendar cal;
        QVERIFY(cal.setPeriods({{QTime(8, 30), QTime(12, 0)}, {QTime(14, 30), QTime(18, 0)}}));
        cal.setHolidays({QDate(2026, 10, 1), QDate(2026, 10, 2)});
        cal.setExtraWorkingDays({QDate(2026, 10, 10)});
        const QJsonObject json = cal.toJson();
        QCOMPARE(json.value(u"periods").toArray().at(1).toObject().value(u"start").toString(), u"14:30"_s);
        QCOMPARE(json.value(u"utcOffsetMinutes").toInt(), 480);
        const Result<WorkingCalendar> back = WorkingCalendar::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->periods(), cal.periods());
        QCOMPARE(back->holidays(), cal.holidays());
        QCOMPARE(back->extraWorkingDays(), cal.extraWorkingDays());
        QCOMPARE(back->workingDays(), cal.workingDays());

        // Absent keys keep the defaults.
        QCOMPARE(WorkingCalendar::fromJson({})->periods(), WorkingCalendar().periods());
        QVERIFY(!WorkingCalendar::fromJson(QJsonObject{{u"days"_s, QJsonArray{0, 8}}}));
        QVERIFY(!WorkingCalendar::fromJson(QJsonObject{{u"holidays"_s, QJsonArray{u"2026-13-01"_s}}}));
        QVERIFY(!WorkingCalendar::fromJson(QJsonObject{
            {u"periods"_s, QJsonArray{QJsonObject{{u"start"_s, u"9"_s}, {u"end"_s, u"12:00"_s}}}}}));
        const auto utc = WorkingCalendar::fromJson(QJsonObject{{u"utcOffsetMinutes"_s, 0}});
        QCOMPARE(utc->addWorkingHours(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC), 1),
                 QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC));
    }

    void siteHoursOverPortaldsCalendar()
    {
        // portald's calendar declares the National Day holiday for every office of the group.
        WorkingCalendar portald;
        portald.setHolidays({QDate(2026, 10, 1)});
        // A department keeps summer hours and closes one more day of its own.
        const QJsonObject summer{{u"periods"_s, QJsonArray{QJsonObject{{u"start"_s, u"08:00"_s}, {u"end"_s, u"11:30"_s}},
                                                           QJsonObject{{u"start"_s, u"14:30"_s}, {u"end"_s, u"18:00"_s}}}},
                                 {u"holidays"_s, QJsonArray{u"2026-11-24"_s}}};
        const WorkingCalendar site = portald.forSite(summer);
        QCOMPARE(site.periods().first().start, QTime(8, 0));
        QCOMPARE(site.workingDays(), portald.workingDays());
        QCOMPARE(site.holidays(), (QSet<QDate>{QDate(2026, 10, 1), QDate(2026, 11, 24)}));
        // Monday 11:00 + 5 hours: 11:00–11:30, 14:30–18:00, Tuesday off, Wednesday 08:00–09:00.
        QCOMPARE(site.addWorkingHours(at(23, 11), 5), at(25, 9));
        // A site without hours of its own, or with unreadable ones, keeps portald's calendar.
        QCOMPARE(portald.forSite({}).periods(), portald.periods());
        QCOMPARE(portald.forSite(QJsonObject{{u"days"_s, QJsonArray{9}}}).workingDays(), portald.workingDays());
        QCOMPARE(portald.forSite({}).holidays(), portald.holidays());
    }
};

QTEST_GUILESS_MAIN(tst_WorkingCalendar)
#include "tst_workingcalendar.moc"
