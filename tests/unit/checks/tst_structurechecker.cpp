#include "app/checks/StructureChecker.h"
#include "tests/support/CheckSamples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::checks;

class tst_StructureChecker : public QObject
{
    Q_OBJECT

private slots:
    void html_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("image with alt") << u"<img src=\"/m/1.jpg\" alt=\"市政府常务会议现场\">"_s << QStringList{};
        QTest::newRow("image without alt") << u"<p><img src=\"/m/1.jpg\"></p>"_s
                                           << QStringList{u"structure.image-alt"_s};
        QTest::newRow("image with blank alt") << u"<img src=\"/m/1.jpg\" alt=\" &nbsp;\u3000\">"_s
                                              << QStringList{u"structure.image-alt"_s};
        QTest::newRow("heading with text") << u"<h2>一、总体要求</h2>"_s << QStringList{};
        QTest::newRow("heading with inline text") << u"<h3><strong>二、</strong>主要任务</h3>"_s << QStringList{};
        QTest::newRow("empty heading") << u"<h2> <br> </h2><p>正文</p>"_s
                                       << QStringList{u"structure.empty-heading"_s};
        QTest::newRow("nbsp heading") << u"<h3>&nbsp;</h3>"_s << QStringList{u"structure.empty-heading"_s};
        QTest::newRow("heading with only an image")
            << u"<h2><img src=\"/m/t.png\" alt=\"专题标题\"></h2>"_s << QStringList{};
        QTest::newRow("http link") << u"<a href=\"https://www.gov.cn/\">中国政府网</a>"_s << QStringList{};
        QTest::newRow("relative and mailto links")
            << u"<a href=\"/items/12.html\">详情</a><a href=\"mailto:zwgk@linjiang.gov.cn\">信箱</a>"_s
            << QStringList{};
        QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">点击</a>"_s
                                         << QStringList{u"structure.link-scheme"_s};
        QTest::newRow("file link") << u"<a href=\"file:///C:/公文.doc\">附件</a>"_s
                                   << QStringList{u"structure.link-scheme"_s};
        QTest::newRow("anchor without href") << u"<a name=\"top\"></a>"_s << QStringList{};
        QTest::newRow("several") << u"<h1></h1><img src=a.png><a href='ftp://x/'>x</a>"_s
                                 << QStringList{u"structure.empty-heading"_s, u"structure.image-alt"_s,
                                                u"structure.link-scheme"_s};
    }
    void html()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, expected);
        const QList<Finding> findings = StructureChecker().checkHtml(html, u"bodyHtml"_s);
        QCOMPARE(pd::test::CheckSamples::ruleIds(findings), expected);
        for (const Finding &f : findings) {
            QCOMPARE(f.kind, RuleKind::Structure);
            QCOMPARE(f.severity, Severity::Warn);
            QCOMPARE(f.field, u"bodyHtml"_s);
            QVERIFY(!f.message.isEmpty());
            QVERIFY(f.start >= 0 && f.start + f.length <= html.size());
        }
    }

    void offsets()
    {
        const QString html = u"<p>见图：<img src=\"/m/1.jpg\"></p><a href=\"javascript:void(0)\">x</a>"_s;
        const QList<Finding> f = StructureChecker().checkHtml(html, u"b"_s);
        QCOMPARE(f.size(), 2);
        QCOMPARE(html.sliced(f[0].start, f[0].length), u"<img src=\"/m/1.jpg\">"_s);
        QCOMPARE(html.sliced(f[1].start, f[1].length), u"javascript:void(0)"_s);
        QCOMPARE(f[0].excerpt, u"<img src=\"/m/1.jpg\">"_s);
    }

    void titleLength()
    {
        const StructureChecker checker;
        QCOMPARE(checker.maxTitleLength(), 40);
        QVERIFY(checker.checkTitle(QString(40, QChar(u'政')), u"title"_s).isEmpty());
        const QList<Finding> f = checker.checkTitle(QString(41, QChar(u'政')), u"title"_s);
        QCOMPARE(pd::test::CheckSamples::ruleIds(f), QStringList{u"structure.title-length"_s});
        QCOMPARE(f[0].start, 0);
        QCOMPARE(f[0].length, 41);
        QVERIFY(f[0].message.contains(u"41"));
        QVERIFY(StructureChecker(60).checkTitle(QString(41, QChar(u'政')), u"title"_s).isEmpty());
    }

    void httpLinksForTheLinkChecker()
    {
        const QString html = u"<a href=\"https://www.gov.cn/\">国务院</a><a href='/local'>x</a>"
                             u"<img src=\"http://img.example.cn/a.png\" alt=\"图\"><a href=\"mailto:a@b.cn\">m</a>"_s;
        const QList<StructureChecker::Link> links = StructureChecker::httpLinks(html);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].url, u"https://www.gov.cn/"_s);
        QCOMPARE(html.sliced(links[1].start, links[1].length), u"http://img.example.cn/a.png"_s);
    }
};

QTEST_GUILESS_MAIN(tst_StructureChecker)
#include "tst_structurechecker.moc"
