// Import files of the CLI: the metadata header and the Markdown subset of old CMS exports.
#include "app/cli/ImportFile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::cli::ImportFile;

class tst_ImportFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdown()
    {
        const QString html = ImportFile::markdownToHtml(
            u"# 标题\n\n第一段 **重点** 与 *强调*，\n接续一行。\n\n- 甲 <b>\n- 乙\n\n## 小节\n尾段"_s);
        QCOMPARE(html, u"<h2>标题</h2>\n<p>第一段 <strong>重点</strong> 与 <em>强调</em>， 接续一行。</p>\n<ul>\n"
                       "<li>甲 &lt;b&gt;</li>\n<li>乙</li>\n</ul>\n<h3>小节</h3>\n<p>尾段</p>"_s);
    }

    void headerAndBody()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"001.html"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"Title: 关于印发《临江市城市更新实施办法》的通知\r\ncolumn: 市政府文件\r\nkeywords: 城市更新，实施办法、通知\r\n"
                "editor: 王敏\r\n\r\n<p>各区人民政府：</p>"_s.toUtf8());
        f.close();
        const auto item = ImportFile::read(path, 1, {{u"市政府文件"_s, 10}});
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(item->value(u"title").toString(), u"关于印发《临江市城市更新实施办法》的通知"_s);
        QCOMPARE(item->value(u"columns").toArray(), QJsonArray{10});
        QCOMPARE(item->value(u"keywords").toArray().size(), 3);
        QCOMPARE(item->value(u"responsibleEditor").toString(), u"王敏"_s);
        QCOMPARE(item->value(u"bodyHtml").toString(), u"<p>各区人民政府：</p>"_s);
        QCOMPARE(item->value(u"site").toInteger(), 1);

        QVERIFY(!ImportFile::read(path, 1, {{u"要闻动态"_s, 2}})); // unknown column
        QVERIFY(!ImportFile::read(dir.filePath(u"missing.md"_s), 1, {}));
    }
};

QTEST_GUILESS_MAIN(tst_ImportFile)
#include "tst_importfile.moc"
