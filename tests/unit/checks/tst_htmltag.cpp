#include "app/checks/HtmlTag.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::checks;

class tst_HtmlTag : public QObject
{
    Q_OBJECT

private slots:
    void tagsAndAttributes()
    {
        const QString html = u"<P Class=\"lead\">正文<IMG src='/a.png' alt = 图 data-x=1 hidden/></p>"_s;
        const QList<HtmlTag> tags = HtmlTag::scan(html);
        QCOMPARE(tags.size(), 3);
        QCOMPARE(tags[0].name, u"p"_s);
        QCOMPARE(tags[0].attribute(u"class")->value, u"lead"_s);
        QCOMPARE(html.sliced(tags[0].start, tags[0].end - tags[0].start), u"<P Class=\"lead\">"_s);
        const HtmlTag &img = tags[1];
        QCOMPARE(img.name, u"img"_s);
        QCOMPARE(img.attribute(u"src")->value, u"/a.png"_s);
        QCOMPARE(img.attribute(u"alt")->value, u"图"_s);
        QCOMPARE(html.sliced(img.attribute(u"alt")->valueStart, 1), u"图"_s);
        QCOMPARE(img.attribute(u"data-x")->value, u"1"_s);
        QCOMPARE(img.attribute(u"hidden")->valueStart, -1);
        QVERIFY(!img.attribute(u"title"));
        QVERIFY(tags[2].closing);
        QCOMPARE(tags[2].end, html.size());
    }

    void skipsCommentsScriptsAndStrayLessThan()
    {
        const QList<HtmlTag> tags = HtmlTag::scan(
            u"<!DOCTYPE html><!-- <img> --><script>if (a<b) { x = '<img>'; }</script>3 < 4<br>");
        QStringList names;
        for (const HtmlTag &t : tags)
            names.append((t.closing ? u"/"_s : QString()) + t.name);
        QCOMPARE(names, (QStringList{u"script"_s, u"/script"_s, u"br"_s}));
    }

    void unterminated()
    {
        const QList<HtmlTag> tags = HtmlTag::scan(u"<a href=\"/x");
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags[0].attribute(u"href")->value, u"/x"_s);
        QVERIFY(HtmlTag::scan(u"<").isEmpty());
        QVERIFY(HtmlTag::scan(u"").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HtmlTag)
#include "tst_htmltag.moc"
