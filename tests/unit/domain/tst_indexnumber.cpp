#include "app/domain/IndexNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::domain;

class tst_IndexNumber : public QObject
{
    Q_OBJECT

private slots:
    void format()
    {
        QCOMPARE(IndexNumber::format(u"11441700007280420Y", 2021, 50), u"11441700007280420Y/2021-00050"_s);
        QCOMPARE(IndexNumber::format(u"000014349", 2017, 110), u"000014349/2017-00110"_s);
        QCOMPARE((IndexNumber{u"11321700014538266M"_s, 2026, 1}).toString(), u"11321700014538266M/2026-00001"_s);
    }

    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("org");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("seq");
        QTest::newRow("credit code") << u"11441700007280420Y/2021-00050"_s << u"11441700007280420Y"_s << 2021 << 50;
        QTest::newRow("demo city") << u"11321700014538266M/2026-12345"_s << u"11321700014538266M"_s << 2026 << 12345;
        QTest::newRow("legacy 9-char") << u"000014349/2017-00110"_s << u"000014349"_s << 2017 << 110;
        QTest::newRow("past 99999") << u"000014349/2017-100001"_s << u"000014349"_s << 2017 << 100001;
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, org);
        QFETCH(int, year);
        QFETCH(int, seq);
        const Result<IndexNumber> n = IndexNumber::parse(text);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(n->orgCode, org);
        QCOMPARE(n->year, year);
        QCOMPARE(n->sequence, seq);
        QCOMPARE(n->toString(), text);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no slash") << u"11441700007280420Y-2021-00050"_s;
        QTest::newRow("short sequence") << u"11441700007280420Y/2021-0050"_s;
        QTest::newRow("two-digit year") << u"11441700007280420Y/21-00050"_s;
        QTest::newRow("letters in sequence") << u"11441700007280420Y/2021-0005O"_s;
        QTest::newRow("zero sequence") << u"11441700007280420Y/2021-00000"_s;
        QTest::newRow("underscore") << u"11441700007280420Y/2021_00050"_s;
        QTest::newRow("ancient year") << u"11441700007280420Y/1900-00050"_s;
        QTest::newRow("wrong check char") << u"11441700007280420X/2021-00050"_s;
        QTest::newRow("lower case") << u"11441700007280420y/2021-00050"_s;
        QTest::newRow("wrong legacy check") << u"000014348/2017-00110"_s;
        QTest::newRow("10-char org") << u"0000143490/2017-00110"_s;
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        const Result<IndexNumber> n = IndexNumber::parse(text);
        QVERIFY(!n);
        QCOMPARE(n.error().code, ErrorCode::Validation);
        QCOMPARE(n.error().fields.size(), 1);
        QCOMPARE(n.error().fields.first().field, u"indexNo"_s);
        QVERIFY(!n.error().message.isEmpty());
    }

    void creditCodeRules()
    {
        QCOMPARE(IndexNumber::creditCodeCheckChar(u"11441700007280420"), QChar(u'Y'));
        QCOMPARE(IndexNumber::creditCodeCheckChar(u"11321700014538266"), QChar(u'M'));
        QVERIFY(IndexNumber::creditCodeCheckChar(u"1132170001453826I").isNull()); // I is never used
        QVERIFY(IndexNumber::creditCodeCheckChar(u"short").isNull());
        QVERIFY(IndexNumber::validateOrgCode(u"11441700007280420Y"));
        // Check character right, but the embedded org code's own check character (pos. 17) is wrong.
        QVERIFY(!IndexNumber::validateOrgCode(u"114417000072804212"));
        // Registrar Z does not exist.
        QVERIFY(!IndexNumber::validateOrgCode(u"Z1441700007280420Y"));
        // Region code must be digits.
        QVERIFY(!IndexNumber::validateOrgCode(u"1144A700007280420Y"));
        QCOMPARE(IndexNumber::validateOrgCode(u"1234").error().fields.first().field, u"orgCode"_s);
    }

    void legacyOrgCodeRules()
    {
        QCOMPARE(IndexNumber::orgCodeCheckChar(u"00001434"), QChar(u'9'));
        QCOMPARE(IndexNumber::orgCodeCheckChar(u"00728042"), QChar(u'0')); // remainder 0 -> '0'
        QVERIFY(IndexNumber::orgCodeCheckChar(u"0000143a").isNull());
        // Find a body whose check value is 10 and make sure it is written X.
        bool sawX = false;
        for (int i = 0; i < 100 && !sawX; ++i) {
            const QString body = u"%1"_s.arg(i, 8, 10, QChar(u'0'));
            if (IndexNumber::orgCodeCheckChar(body) == u'X') {
                sawX = true;
                QVERIFY(IndexNumber::validateOrgCode(QString(body + u'X')));
            }
        }
        QVERIFY(sawX);
        QVERIFY(IndexNumber::validateOrgCode(u"000014349"));
        QVERIFY(!IndexNumber::validateOrgCode(u"00001434X"));
    }
};

QTEST_GUILESS_MAIN(tst_IndexNumber)
#include "tst_indexnumber.moc"
