#include "app/checks/HtmlText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::checks;

class tst_HtmlText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsIdentity()
    {
        const QString s = u"临江市政务公开"_s;
        const HtmlText t = HtmlText::fromHtml(s);
        QCOMPARE(t.text(), s);
        for (qsizetype i = 0; i < s.size(); ++i) {
            QCOMPARE(t.htmlStart(i), i);
            QCOMPARE(t.htmlEnd(i), i + 1);
        }
    }

    void inlineTagsAreSkipped()
    {
        const QString html = u"<p>请<strong>按</strong><em>装</em>说明</p>"_s;
        const HtmlText t = HtmlText::fromHtml(html);
        QCOMPARE(t.text(), u"\n请按装说明\n"_s);
        const qsizetype i = t.text().indexOf(u"按装");
        const auto [start, end] = t.htmlRange(i, 2);
        QCOMPARE(html.sliced(start, end - start), u"按</strong><em>装"_s);
    }

    void blockTagsBreakWords()
    {
        const HtmlText t = HtmlText::fromHtml(u"<p>截止</p><p>目前</p>第一行<br/>第二行<li>项</li>");
        QVERIFY(!t.text().contains(u"截止目前"));
        QVERIFY(t.text().contains(u"截止\n"));
        QVERIFY(t.text().contains(u"第一行\n第二行"));
    }

    void entitiesAreDecodedAndMapped()
    {
        const QString html = u"A&amp;B&nbsp;&ldquo;&#25919;&#x52A1;&rdquo;&unknown; &lt;p&gt;"_s;
        const HtmlText t = HtmlText::fromHtml(html);
        QCOMPARE(t.text(), u"A&B\u00A0“政务”&unknown; <p>"_s);
        const qsizetype zheng = t.text().indexOf(u'政');
        QCOMPARE(html.sliced(t.htmlStart(zheng), t.htmlEnd(zheng) - t.htmlStart(zheng)), u"&#25919;"_s);
        const auto [start, end] = t.htmlRange(zheng, 2);
        QCOMPARE(html.sliced(start, end - start), u"&#25919;&#x52A1;"_s);
        // An unknown entity stays literal, character by character.
        const qsizetype amp = t.text().indexOf(u"&unknown;");
        QCOMPARE(t.htmlStart(amp), html.indexOf(u"&unknown;"));
    }

    void nonBmpEntity()
    {
        const QString html = u"<b>&#x20BB7;</b>"_s;
        const HtmlText t = HtmlText::fromHtml(html);
        QCOMPARE(t.text(), QString::fromUcs4(U"\U00020BB7", 1));
        QCOMPARE(t.htmlRange(0, 2), (std::pair<qsizetype, qsizetype>{3, 12}));
    }

    void hiddenContentAndAttributes()
    {
        const QString html =
            u"<!-- 按装 --><script>var s = '按装 <p>';</script><style>p{}</style>"
            u"<a href=\"/x?a=1&amp;b=按装\" title='a > b'>链接</a><img alt=\"图\" src=\"a.png\">"_s;
        const HtmlText t = HtmlText::fromHtml(html);
        QVERIFY(!t.text().contains(u"按装"));
        QVERIFY(t.text().contains(u"链接"));
        QCOMPARE(t.htmlStart(t.text().indexOf(u"链接")), html.indexOf(u"链接"));
    }

    void randomMarkupKeepsOffsetsSane()
    {
        // Whatever the input, offsets stay inside the HTML, never go backwards, and a plain character maps to itself.
        QRandomGenerator rng(7);
        const QList<QString> pieces{u"<p>"_s, u"</p>"_s, u"<b>"_s, u"&amp;"_s, u"&#x4E2D;"_s, u"&#99999999;"_s,
                                    u"&"_s, u"<"_s, u">"_s, u"\""_s, u"<!--"_s, u"-->"_s, u"<script>"_s,
                                    u"</script>"_s, u"政"_s, u"务"_s, u" "_s, u"<a href='x>y'>"_s, u"&nbsp"_s};
        for (int round = 0; round < 500; ++round) {
            QString html;
            const int n = int(rng.bounded(40));
            for (int i = 0; i < n; ++i)
                html += pieces.at(rng.bounded(pieces.size()));
            const HtmlText t = HtmlText::fromHtml(html);
            qsizetype last = 0;
            for (qsizetype i = 0; i < t.text().size(); ++i) {
                QVERIFY(t.htmlStart(i) >= last);
                QVERIFY(t.htmlStart(i) <= t.htmlEnd(i));
                QVERIFY(t.htmlEnd(i) <= html.size());
                last = t.htmlStart(i);
                if (t.htmlEnd(i) - t.htmlStart(i) == 1 && t.text().at(i) != u'\n')
                    QCOMPARE(html.at(t.htmlStart(i)), t.text().at(i));
            }
        }
    }

    void strayLessThanIsText()
    {
        const HtmlText t = HtmlText::fromHtml(u"3 < 5 且 <未闭合");
        QCOMPARE(t.text(), u"3 < 5 且 <未闭合"_s);
        const HtmlText u = HtmlText::fromHtml(u"正文<p class=\"x");
        QCOMPARE(u.text(), u"正文\n"_s);
    }
};

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_htmltext.moc"
