#include "app/checks/TraditionalConverter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::checks;

class tst_TraditionalConverter : public QObject
{
    Q_OBJECT

private slots:
    void codes()
    {
        for (auto v : {TraditionalConverter::Variant::Traditional, TraditionalConverter::Variant::Taiwan,
                       TraditionalConverter::Variant::TaiwanPhrases, TraditionalConverter::Variant::HongKong})
            QCOMPARE(TraditionalConverter::variantFromCode(TraditionalConverter::variantCode(v)), v);
        QCOMPARE(TraditionalConverter::variantCode(TraditionalConverter::Variant::TaiwanPhrases), u"s2twp"_s);
        QCOMPARE(TraditionalConverter::variantFromCode(u"t2s"), std::nullopt);
    }

    void plainText()
    {
        const auto s2t = TraditionalConverter::create(TraditionalConverter::Variant::Traditional);
        QVERIFY(s2t);
        QCOMPARE(s2t->convert(u"临江市人民政府关于进一步加强政务公开工作的通知"),
                 u"臨江市人民政府關於進一步加強政務公開工作的通知"_s);
        QCOMPARE(s2t->convert(u"2026 GDP 5.2%"), u"2026 GDP 5.2%"_s);
        QCOMPARE(s2t->convert(u""), QString());
    }

    void variantsDiffer()
    {
        // Vocabulary differs by region: s2twp uses Taiwan words, plain s2t only swaps characters.
        const auto s2t = TraditionalConverter::create(TraditionalConverter::Variant::Traditional);
        const auto twp = TraditionalConverter::create(TraditionalConverter::Variant::TaiwanPhrases);
        QVERIFY(s2t && twp);
        QCOMPARE(s2t->convert(u"软件"), u"軟件"_s);
        QCOMPARE(twp->convert(u"软件"), u"軟體"_s);
        QCOMPARE(twp->variant(), TraditionalConverter::Variant::TaiwanPhrases);
    }

    void htmlKeepsMarkup()
    {
        const auto s2t = TraditionalConverter::create(TraditionalConverter::Variant::Traditional);
        QVERIFY(s2t);
        const QString html =
            u"<h2 class=\"标题\">发展规划</h2><p>详见<a href=\"/files/发展规划.pdf\" title=\"发展规划全文\">附件</a>"
            u"&nbsp;&amp;说明</p><img src='/media/图.png' alt='会议现场' width=600>"
            u"<!-- 注释不变 --><script>var 说明 = '发展';</script><p>a < b，开会</p>"_s;
        const QString expected =
            u"<h2 class=\"标题\">發展規劃</h2><p>詳見<a href=\"/files/发展规划.pdf\" title=\"發展規劃全文\">附件</a>"
            u"&nbsp;&amp;說明</p><img src='/media/图.png' alt='會議現場' width=600>"
            u"<!-- 注释不变 --><script>var 说明 = '发展';</script><p>a < b，開會</p>"_s;
        QCOMPARE(s2t->convertHtml(html), expected);
    }

    void wholeItem()
    {
        const auto s2t = TraditionalConverter::create(TraditionalConverter::Variant::Traditional);
        QVERIFY(s2t);
        pd::domain::Item item;
        item.id = 42;
        item.type = pd::domain::ItemType::Disclosure;
        item.title = u"关于印发临江市政务公开工作要点的通知"_s;
        item.bodyHtml = u"<p>各区县人民政府：</p>"_s;
        item.author = u"张华"_s;
        item.keywords = {u"政务公开"_s, u"要点"_s};
        item.attachments = {pd::domain::ItemAttachment{}};
        item.attachments[0].title = u"工作要点.pdf"_s;
        pd::domain::DisclosureMeta meta;
        meta.indexNo = u"11321700014538266M/2026-00042"_s;
        meta.publisher = u"临江市人民政府办公室"_s;
        meta.docNo = u"临政办发〔2026〕7号"_s;
        meta.topicCategory = u"0101"_s;
        meta.genre = u"通知"_s;
        meta.mode = u"主动公开"_s;
        meta.scope = u"面向社会"_s;
        meta.abstract = u"明确全年政务公开重点任务。"_s;
        item.disclosure = meta;

        const pd::domain::Item t = s2t->convertItem(item);
        QCOMPARE(t.id, 42);
        QCOMPARE(t.title, u"關於印發臨江市政務公開工作要點的通知"_s);
        QCOMPARE(t.bodyHtml, u"<p>各區縣人民政府：</p>"_s);
        QCOMPARE(t.author, u"張華"_s);
        QCOMPARE(t.keywords, (QStringList{u"政務公開"_s, u"要點"_s}));
        QCOMPARE(t.attachments[0].title, u"工作要點.pdf"_s);
        QCOMPARE(t.disclosure->publisher, u"臨江市人民政府辦公室"_s);
        QCOMPARE(t.disclosure->docNo, u"臨政辦發〔2026〕7號"_s);
        QCOMPARE(t.disclosure->abstract, u"明確全年政務公開重點任務。"_s);
        // Codes and fixed vocabularies stay as they are: they are compared against lists, not read.
        QCOMPARE(t.disclosure->indexNo, meta.indexNo);
        QCOMPARE(t.disclosure->topicCategory, meta.topicCategory);
        QCOMPARE(t.disclosure->mode, meta.mode);
        QCOMPARE(t.disclosure->scope, meta.scope);
    }

    void htmlEdgeCases()
    {
        const auto s2t = TraditionalConverter::create(TraditionalConverter::Variant::Traditional);
        QVERIFY(s2t);
        QCOMPARE(s2t->convertHtml(u""), QString());
        QCOMPARE(s2t->convertHtml(u"没有标签"), u"沒有標籤"_s);
        QCOMPARE(s2t->convertHtml(u"<p>未闭合<img alt=\"图"), u"<p>未閉合<img alt=\"圖"_s);
        QCOMPARE(s2t->convertHtml(u"<br/>换行<br />"), u"<br/>換行<br />"_s);
    }
};

QTEST_GUILESS_MAIN(tst_TraditionalConverter)
#include "tst_traditionalconverter.moc"
