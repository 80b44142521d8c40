// IsoTime: the API's time stamps read and written by arithmetic must mean exactly what QDateTime's ISO 8601
// parser and formatter make of them, for the API's own form and for every other form handed on to QDateTime.
#include "app/domain/IsoTime.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace pd::domain;

class tst_IsoTime : public QObject
{
    Q_OBJECT

private slots:
    void apiForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("plain") << u"2026-11-23T01:30:00.000Z"_s
                               << QDateTime(QDate(2026, 11, 23), QTime(1, 30), QTimeZone::UTC);
        QTest::newRow("milliseconds") << u"2026-12-31T23:59:59.999Z"_s
                                      << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC);
        QTest::newRow("leap day") << u"2028-02-29T12:00:00.500Z"_s
                                  << QDateTime(QDate(2028, 2, 29), QTime(12, 0, 0, 500), QTimeZone::UTC);
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59.001Z"_s
                                     << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), QTimeZone::UTC);
        QTest::newRow("epoch") << u"1970-01-01T00:00:00.000Z"_s << QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
    }

    void apiForm()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = IsoTime::parse(text);
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(parsed, QDateTime::fromString(text, Qt::ISODateWithMs));
        QCOMPARE(IsoTime::format(expected), text);
        QCOMPARE(IsoTime::format(expected), expected.toUTC().toString(Qt::ISODateWithMs));
    }

    void otherFormsAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("offset") << u"2026-11-23T09:30:00.000+08:00"_s;
        QTest::newRow("no milliseconds") << u"2026-11-23T01:30:00Z"_s;
        QTest::newRow("no zone") << u"2026-11-23T01:30:00.000"_s;
        QTest::newRow("hour 24") << u"2026-11-23T24:00:00.000Z"_s;
        QTest::newRow("30 February") << u"2026-02-30T01:30:00.000Z"_s;
        QTest::newRow("month 13") << u"2026-13-01T01:30:00.000Z"_s;
        QTest::newRow("letters") << u"2026-1x-23T01:30:00.000Z"_s;
        QTest::newRow("second 60") << u"2026-11-23T01:30:60.000Z"_s;
        QTest::newRow("garbage") << u"yesterday at noon"_s;
        QTest::newRow("space instead of T") << u"2026-11-23 01:30:00.000Z"_s;
    }

    void otherFormsAsQtReadsThem()
    {
        QFETCH(QString, text);
        const QDateTime ours = IsoTime::parse(text);
        const QDateTime qts = QDateTime::fromString(text, Qt::ISODateWithMs);
        QCOMPARE(ours.isValid(), qts.isValid());
        if (qts.isValid())
            QCOMPARE(ours.toMSecsSinceEpoch(), qts.toMSecsSinceEpoch());
    }

    void emptyAndInvalid()
    {
        QVERIFY(!IsoTime::parse(QStringView()).isValid());
        QVERIFY(!IsoTime::parse(u"").isValid());
        QVERIFY(IsoTime::format(QDateTime()).isNull());
    }

    void formatsAnyZoneAsUtc()
    {
        const QDateTime beijing(QDate(2026, 11, 23), QTime(9, 30, 0, 250), QTimeZone::fromSecondsAheadOfUtc(8 * 3600));
        QCOMPARE(IsoTime::format(beijing), u"2026-11-23T01:30:00.250Z"_s);
        const QDateTime early(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QCOMPARE(IsoTime::format(early), early.toString(Qt::ISODateWithMs));
    }

    void roundTripsAgreeWithQtOverManyMoments()
    {
        // Seeded, so a failure repeats: moments from 1901 to 2099 at millisecond resolution.
        QRandomGenerator random(20261205);
        const qint64 from = QDateTime(QDate(1901, 1, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2099, 12, 31), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 20'000; ++i) {
            const qint64 ms = from + qint64(random.bounded(quint64(to - from)));
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
            const QString text = IsoTime::format(t);
            QCOMPARE(text, t.toString(Qt::ISODateWithMs));
            QCOMPARE(IsoTime::parse(text).toMSecsSinceEpoch(), ms);
        }
    }
};

QTEST_GUILESS_MAIN(tst_IsoTime)
#include "tst_isotime.moc"
