// Times in the printed reports: Beijing time, whatever the zone of the machine that writes them.
#include "app/reports/ReportDocument.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using pd::reports::ReportDocument;

class tst_ReportTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utcMomentsPrintInBeijingTime()
    {
        const QDateTime morningUtc(QDate(2026, 12, 8), QTime(7, 0), QTimeZone::UTC);
        QCOMPARE(ReportDocument::timeText(morningUtc), u"2026-12-08 15:00"_s);
        // 17:30 UTC is already the next day in Beijing: a date-only column turns over with it.
        const QDateTime eveningUtc(QDate(2026, 12, 8), QTime(17, 30), QTimeZone::UTC);
        QCOMPARE(ReportDocument::timeText(eveningUtc, u"yyyy-MM-dd"), u"2026-12-09"_s);
    }

    void otherZonesArriveAtTheSameFace()
    {
        const QDateTime newYork(QDate(2026, 12, 8), QTime(2, 0), QTimeZone::fromSecondsAheadOfUtc(-5 * 3600));
        QCOMPARE(ReportDocument::timeText(newYork), u"2026-12-08 15:00"_s);
    }

    void anUnknownMomentPrintsNothing()
    {
        QCOMPARE(ReportDocument::timeText(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(tst_ReportTime)
#include "tst_reporttime.moc"
