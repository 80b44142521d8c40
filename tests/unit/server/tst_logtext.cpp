// logText: values from outside (user names, paths) written into portald's log can neither end their line nor
// pass for another one, and ordinary text — Chinese names included — stays readable.
#include "server/log/LogText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::server::logText;

class tst_LogText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("logged");
        QTest::newRow("plain name") << u"editor"_s << u"editor"_s;
        QTest::newRow("Chinese name") << u"编辑 审核"_s << u"编辑 审核"_s;
        QTest::newRow("forged line") << u"x\nportald.auth: admin signed in"_s << u"x\\nportald.auth: admin signed in"_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"a\\rb"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a\\tb"_s;
        QTest::newRow("terminal escape") << u"\x1b[2Kok"_s << u"\\x1b[2Kok"_s;
        QTest::newRow("NUL and DEL") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7f"_s;
        QTest::newRow("C1 next line") << u"a\u0085b"_s << u"a\\x85b"_s;
        QTest::newRow("line separator") << u"a\u2028b\u2029c"_s << u"a\\u2028b\\u2029c"_s;
        QTest::newRow("direction override") << u"a\u202eb"_s << u"a\\u202eb"_s;
        // The backslash itself is escaped, so a literal "\n" typed by someone is not mistaken for an escape.
        QTest::newRow("backslash") << u"a\\nb"_s << u"a\\\\nb"_s;
        QTest::newRow("path") << u"/api/v1/items/1\n200"_s << u"/api/v1/items/1\\n200"_s;
    }

    void escapes()
    {
        QFETCH(QString, value);
        QFETCH(QString, logged);
        QCOMPARE(logText(value), logged);
    }

    void nothingBelowSpaceSurvives()
    {
        QString all;
        for (char16_t c = 0; c < 0x20; ++c)
            all += QChar(c);
        const QString out = logText(all);
        for (const QChar c : out)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(tst_LogText)
#include "tst_logtext.moc"
