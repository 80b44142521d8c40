// A site's working hours (the office hours review deadlines count in) over the admin API of a real portald --demo:
// the default answered while none is set, a calendar stored and returned as written, each malformed part refused
// with 422 naming it in Chinese and nothing changed, and null returning to the default.
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;

class tst_SiteWorkingHours : public QObject
{
    Q_OBJECT

private:
    QJsonObject site()
    {
        for (const QJsonValue &v : m_http.json("GET", m_portal.url(u"/api/v1/sites"_s), m_admin).json.array())
            if (v.toObject().value(u"id"_s).toInteger() == m_siteId)
                return v.toObject();
        return {};
    }
    HttpProbe::Reply put(const QJsonObject &body)
    {
        const QByteArray etag = '"' + QByteArray::number(site().value(u"revision"_s).toInteger()) + '"';
        return m_http.json("PUT", m_portal.url(u"/api/v1/sites/%1"_s.arg(m_siteId)), m_admin, QJsonDocument(body),
                           {{"If-Match", etag}});
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    QString m_admin;
    qint64 m_siteId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_admin = m_portal.newToken(u"admin"_s);
        QVERIFY(!m_admin.isEmpty());
        m_siteId = m_portal.siteId();
        QVERIFY(m_siteId > 0);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void defaultWhileNoneIsSet()
    {
        const QJsonObject hours = site().value(u"workingHours"_s).toObject();
        QCOMPARE(hours.value(u"days"_s).toArray(), (QJsonArray{1, 2, 3, 4, 5}));
        QCOMPARE(hours.value(u"periods"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"start"_s, u"09:00"_s}, {u"end"_s, u"12:00"_s}},
                             QJsonObject{{u"start"_s, u"13:30"_s}, {u"end"_s, u"17:30"_s}}}));
        QCOMPARE(hours.value(u"utcOffsetMinutes"_s).toInt(), 480);
    }

    void storedAndReturned()
    {
        // A summer timetable with the National Day holiday and its make-up Saturday.
        const QJsonObject summer{{u"days"_s, QJsonArray{1, 2, 3, 4, 5}},
                                 {u"periods"_s, QJsonArray{QJsonObject{{u"start"_s, u"08:30"_s}, {u"end"_s, u"12:00"_s}},
                                                           QJsonObject{{u"start"_s, u"14:30"_s}, {u"end"_s, u"18:00"_s}}}},
                                 {u"holidays"_s, QJsonArray{u"2026-10-01"_s, u"2026-10-02"_s}},
                                 {u"workdays"_s, QJsonArray{u"2026-10-10"_s}},
                                 {u"utcOffsetMinutes"_s, 480}};
        const auto changed = put({{u"workingHours"_s, summer}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.object().value(u"workingHours"_s).toObject(), summer);
        QCOMPARE(site().value(u"workingHours"_s).toObject(), summer);
        // Kept across a restart (stored, not held in memory).
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        m_admin = m_portal.newToken(u"admin"_s);
        QCOMPARE(site().value(u"workingHours"_s).toObject(), summer);
        // Another field changed leaves the working hours as they are.
        QCOMPARE(put({{u"reviewHours"_s, 6}}).status, 200);
        QCOMPARE(site().value(u"workingHours"_s).toObject(), summer);
    }

    void malformedPartsAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("hours");
        QTest::addColumn<QString>("field");
        QTest::newRow("not an object") << QJsonValue(u"9-17"_s) << u"workingHours"_s;
        QTest::newRow("day 8") << QJsonValue(QJsonObject{{u"days"_s, QJsonArray{1, 8}}}) << u"workingHours.days"_s;
        QTest::newRow("inverted period")
            << QJsonValue(QJsonObject{{u"periods"_s, QJsonArray{QJsonObject{{u"start"_s, u"17:00"_s}, {u"end"_s, u"09:00"_s}}}}})
            << u"workingHours.periods"_s;
        QTest::newRow("holiday not a date") << QJsonValue(QJsonObject{{u"holidays"_s, QJsonArray{u"十月一日"_s}}})
                                            << u"workingHours.holidays"_s;
        QTest::newRow("no working day") << QJsonValue(QJsonObject{{u"days"_s, QJsonArray{}}}) << u"workingHours"_s;
        QTest::newRow("unknown key") << QJsonValue(QJsonObject{{u"lunch"_s, u"12:00"_s}}) << u"workingHours.lunch"_s;
    }

    void malformedPartsAreRefused()
    {
        QFETCH(QJsonValue, hours);
        QFETCH(QString, field);
        const QJsonObject before = site();
        const auto refused = put({{u"workingHours"_s, hours}});
        QCOMPARE(refused.status, 422);
        const QJsonArray errors = refused.json.object().value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(u"field"_s).toString(), field);
        const QString message = errors.first().toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"工作"_s) || message.contains(u"日期"_s) || message.contains(u"YYYY"_s), qPrintable(message));
        QCOMPARE(site(), before);
    }

    void nullReturnsToTheDefault()
    {
        QCOMPARE(put({{u"workingHours"_s, QJsonValue::Null}}).status, 200);
        QCOMPARE(site().value(u"workingHours"_s).toObject().value(u"periods"_s).toArray().first().toObject()
                     .value(u"start"_s).toString(), u"09:00"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SiteWorkingHours)
#include "tst_site_workinghours.moc"
