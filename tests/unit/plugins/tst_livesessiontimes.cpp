// The times of a live event's sessions in the event dialog (plugins/livebroadcast LiveSessionTimes): portald's UTC
// time shows as the desk's local time to the minute, a time typed or picked there goes back to portald in ISO 8601
// with the zone's offset and is the same instant, and a session that ends before it starts is named.
#include "plugins/livebroadcast/LiveSessionTimes.h"

#include "app/domain/IsoTime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::IsoTime;
using pd::livebroadcast::LiveSessionTimes;

class tst_LiveSessionTimes : public QObject
{
    Q_OBJECT

private:
    // The desk's zone named, so the test does not hang on the machine's.
    const LiveSessionTimes m_beijing{QTimeZone(QByteArrayLiteral("Asia/Shanghai"))};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_beijing.zone().isValid()); }

    void portaldsUtcShowsAsBeijingTime_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("shown");
        QTest::newRow("afternoon") << u"2026-12-08T07:00:00Z"_s << u"2026-12-08 15:00"_s;
        QTest::newRow("with milliseconds") << u"2026-12-08T07:30:00.000Z"_s << u"2026-12-08 15:30"_s;
        // late in the UTC day is the next day in Beijing
        QTest::newRow("past midnight") << u"2026-12-08T17:15:00Z"_s << u"2026-12-09 01:15"_s;
        QTest::newRow("already with offset") << u"2026-12-08T15:00:00+08:00"_s << u"2026-12-08 15:00"_s;
    }

    void portaldsUtcShowsAsBeijingTime()
    {
        QFETCH(QString, wire);
        QFETCH(QString, shown);
        QCOMPARE(m_beijing.displayText(IsoTime::parse(wire)), shown);
    }

    void anEditedTimeGoesBackWithItsOffsetAndTheSameInstant()
    {
        const QDateTime fromPortald = IsoTime::parse(u"2026-12-08T07:00:00Z");
        // shown and read back unchanged: the instant portald sent
        const QDateTime shown = m_beijing.fromDisplayText(m_beijing.displayText(fromPortald));
        QCOMPARE(shown.toMSecsSinceEpoch(), fromPortald.toMSecsSinceEpoch());
        QCOMPARE(m_beijing.wireText(shown), u"2026-12-08T15:00:00+08:00"_s);
        QCOMPARE(IsoTime::parse(m_beijing.wireText(shown)).toMSecsSinceEpoch(), fromPortald.toMSecsSinceEpoch());

        // 16:20 picked in Beijing is 08:20 UTC on the wire
        const QDateTime edited = m_beijing.fromDisplayText(u"2026-12-08 16:20"_s);
        QVERIFY(edited.isValid());
        QCOMPARE(m_beijing.wireText(edited), u"2026-12-08T16:20:00+08:00"_s);
        QCOMPARE(IsoTime::parse(m_beijing.wireText(edited)), QDateTime(QDate(2026, 12, 8), QTime(8, 20), QTimeZone::UTC));
        // a time held in another zone still goes out in the desk's
        QCOMPARE(m_beijing.wireText(edited.toUTC()), u"2026-12-08T16:20:00+08:00"_s);
    }

    void emptyOrUnreadableIsNoTime()
    {
        QCOMPARE(m_beijing.displayText({}), QString());
        QCOMPARE(m_beijing.wireText({}), QString());
        QVERIFY(!m_beijing.fromDisplayText({}).isValid());
        QVERIFY(!m_beijing.fromDisplayText(u"2026-12-08T07:00:00Z"_s).isValid());
        QVERIFY(!m_beijing.fromDisplayText(u"明天下午"_s).isValid());
    }

    void anEndBeforeItsStartIsNamed()
    {
        const QDateTime start = m_beijing.fromDisplayText(u"2026-12-08 15:00"_s);
        const QDateTime end = m_beijing.fromDisplayText(u"2026-12-08 14:30"_s);
        const QString problem = LiveSessionTimes::problem(u"回答网友提问"_s, start, end);
        QVERIFY2(problem.contains(u"回答网友提问"_s), qPrintable(problem));
        QCOMPARE(LiveSessionTimes::problem(u"回答网友提问"_s, end, start), QString());
        QCOMPARE(LiveSessionTimes::problem(u"回答网友提问"_s, start, start), QString());
        // an open end, or no start yet, is nothing to put right
        QCOMPARE(LiveSessionTimes::problem(u"回答网友提问"_s, start, {}), QString());
        QCOMPARE(LiveSessionTimes::problem(u"回答网友提问"_s, {}, end), QString());
    }
};

QTEST_GUILESS_MAIN(tst_LiveSessionTimes)
#include "tst_livesessiontimes.moc"
