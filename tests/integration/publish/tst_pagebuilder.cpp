// The pure parts of the public site: body normalising (heading levels, alt text), the web root's path rule, the
// static server's content types, and page contents rendered from an in-memory site (pagination, meta tags,
// escaping) — no portald needed.
#include "app/domain/TopicCategoryCatalog.h"
#include "server/publish/PageBuilder.h"
#include "server/publish/PageRenderer.h"
#include "server/publish/SiteContent.h"
#include "server/publish/StaticFileServer.h"
#include "server/publish/WebRoot.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace pd::server;

class tst_PageBuilder : public QObject
{
    Q_OBJECT

private:
    static pd::domain::Item news(qint64 id, qint64 column, const QString &title, int daysAgo)
    {
        pd::domain::Item item;
        item.id = id;
        item.siteId = 1;
        item.type = pd::domain::ItemType::News;
        item.workflow.state = pd::domain::ItemState::Published;
        item.columnIds = {column};
        item.title = title;
        item.publishedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC).addDays(-daysAgo);
        return item;
    }

private Q_SLOTS:
    void bodyHeadingsFollowTheTitle_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("h1 becomes h2") << u"<h1>A</h1><p>x</p>"_s << u"<h2>A</h2><p>x</p>"_s;
        QTest::newRow("gap closed") << u"<h3>A</h3><h4 class=\"c\">B</h4>"_s << u"<h2>A</h2><h3 class=\"c\">B</h3>"_s;
        QTest::newRow("h2 stays") << u"<h2>A</h2><h3>B</h3>"_s << u"<h2>A</h2><h3>B</h3>"_s;
        QTest::newRow("no headings") << u"<p>正文</p>"_s << u"<p>正文</p>"_s;
        QTest::newRow("not a heading tag") << u"<header>x</header><hr>"_s << u"<header>x</header><hr>"_s;
    }
    void bodyHeadingsFollowTheTitle()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(PageBuilder::normaliseBody(body, u"标题"_s), expected);
    }

    void imagesGetAltText()
    {
        QCOMPARE(PageBuilder::normaliseBody(u"<img src=\"/a.png\">"_s, u"会议\"现场\""_s),
                 u"<img src=\"/a.png\" alt=\"会议&quot;现场&quot;\">"_s);
        QCOMPARE(PageBuilder::normaliseBody(u"<img src=\"/a.png\" />"_s, u"t"_s), u"<img src=\"/a.png\"  alt=\"t\" />"_s);
        QCOMPARE(PageBuilder::normaliseBody(u"<img alt=\"原有\" src=\"/a.png\">"_s, u"t"_s),
                 u"<img alt=\"原有\" src=\"/a.png\">"_s);
    }

    void webRootPathsStayInside_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("page") << u"items/1.html"_s << true;
        QTest::newRow("nested") << u"disclosure/0101/page-2.html"_s << true;
        QTest::newRow("parent") << u"../x"_s << false;
        QTest::newRow("inner parent") << u"items/../../x"_s << false;
        QTest::newRow("absolute") << u"/etc/passwd"_s << false;
        QTest::newRow("hidden") << u".site-version"_s << false;
        QTest::newRow("backslash") << u"items\\..\\x"_s << false;
        QTest::newRow("empty segment") << u"items//1.html"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void webRootPathsStayInside()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(WebRoot::isSafeRelative(path), safe);
    }

    void contentTypesCarryCharsets()
    {
        QCOMPARE(StaticFileServer::contentType(u"index.html"_s), "text/html; charset=utf-8");
        QCOMPARE(StaticFileServer::contentType(u"a/portal.CSS"_s), "text/css; charset=utf-8");
        QCOMPARE(StaticFileServer::contentType(u"live.js"_s), "text/javascript; charset=utf-8");
        QCOMPARE(StaticFileServer::contentType(u"feed.json"_s), "application/json; charset=utf-8");
        QCOMPARE(StaticFileServer::contentType(u"x.png"_s), "image/png");
        QCOMPARE(StaticFileServer::contentType(u"x.unknown"_s), "application/octet-stream");
    }

    void columnPagesPaginateAndEscape()
    {
        SiteContent content;
        pd::domain::Site site;
        site.id = 1;
        site.name = u"测试市人民政府门户网站"_s;
        site.domain = u"www.example.gov.cn"_s;
        site.siteCode = u"3217000001"_s;
        pd::domain::Column top;
        top.id = 10;
        top.siteId = 1;
        top.name = u"政务动态"_s;
        pd::domain::Column child = top;
        child.id = 11;
        child.parentId = 10;
        child.name = u"要闻动态"_s;
        content.setSite(site, {top, child});
        // 45 items in the child column: the parent lists them too, 20 per page.
        for (int i = 1; i <= 45; ++i)
            content.upsert(news(i, 11, u"新闻 %1 <b>&</b>"_s.arg(i), i));

        PageRenderer renderer;
        pd::domain::TopicCategoryCatalog catalog;
        PageBuilder builder(content, renderer, catalog);
        const auto pages = builder.column(10);
        QVERIFY2(pages.has_value(), pages ? "" : qPrintable(pages.error().message));
        // The newest 20 on the front page, the other 25 on archive pages counted from the oldest: page-1 holds the
        // oldest 20, page-2 the 5 after them.
        QCOMPARE(pages->size(), 3);
        QCOMPARE(pages->at(0).path, u"columns/10/index.html"_s);
        QCOMPARE(pages->at(1).path, u"columns/10/page-1.html"_s);
        QCOMPARE(pages->at(2).path, u"columns/10/page-2.html"_s);
        const QString first = QString::fromUtf8(pages->at(0).bytes);
        const QString oldest = QString::fromUtf8(pages->at(1).bytes);
        const QString newest = QString::fromUtf8(pages->at(2).bytes);
        // Newest first on every page: item 1 (1 day ago) opens the front page, item 45 closes page-1.
        QVERIFY(first.indexOf(u"/items/1.html"_s) < first.indexOf(u"/items/2.html"_s));
        QVERIFY(oldest.indexOf(u"/items/26.html"_s) < oldest.indexOf(u"/items/45.html"_s));
        QVERIFY(!oldest.contains(u"/items/25.html\""_s));
        QVERIFY(newest.contains(u"/items/21.html"_s) && newest.contains(u"/items/25.html"_s));
        QCOMPARE(first.count(u"<li><a href=\"/items/"_s), 20);
        QCOMPARE(oldest.count(u"<li><a href=\"/items/"_s), 20);
        QCOMPARE(newest.count(u"<li><a href=\"/items/"_s), 5);
        QVERIFY2(first.contains(u"新闻 1 &lt;b&gt;&amp;&lt;/b&gt;"_s), "titles are escaped");
        QVERIFY(!first.contains(u"<b>&</b>"_s));
        QVERIFY(first.contains(u"<meta name=\"ColumnName\" content=\"政务动态\">"_s));
        QVERIFY(first.contains(u"<meta name=\"SiteIDCode\" content=\"3217000001\">"_s));
        // Older goes towards page-1, newer towards the front page.
        QVERIFY(first.contains(u"<a href=\"page-2.html\" rel=\"next\">"_s));
        QVERIFY(newest.contains(u"<a href=\"./\" rel=\"prev\">"_s));
        QVERIFY(newest.contains(u"<a href=\"page-1.html\" rel=\"next\">"_s));
        QVERIFY(oldest.contains(u"<a href=\"page-2.html\" rel=\"prev\">"_s));
        QVERIFY(!oldest.contains(u"rel=\"next\""_s));

        // With render keys, a new item re-renders only the pages it changes: the front page (it arrives) and the
        // newest archive page (item 20 moves there); the oldest archive page is left alone.
        PageBuilder::PageKeys keys;
        QVERIFY(builder.column(10, &keys).has_value());
        QCOMPARE(keys.size(), 3);
        const auto unchangedAgain = builder.column(10, &keys);
        QVERIFY(unchangedAgain.has_value());
        for (const PublicPage &p : *unchangedAgain)
            QVERIFY2(p.unchanged && p.bytes.isEmpty(), qPrintable(p.path));
        content.upsert(news(46, 11, u"新闻 46"_s, 0));
        const auto afterPublish = builder.column(10, &keys);
        QVERIFY(afterPublish.has_value());
        QCOMPARE(afterPublish->size(), 3);
        QVERIFY(!afterPublish->at(0).unchanged);
        QVERIFY(QString::fromUtf8(afterPublish->at(0).bytes).contains(u"/items/46.html"_s));
        QVERIFY(afterPublish->at(1).unchanged);
        QVERIFY(!afterPublish->at(2).unchanged);
        QVERIFY(QString::fromUtf8(afterPublish->at(2).bytes).contains(u"/items/20.html"_s));
        // columnKeys() records the same keys without rendering anything.
        PageBuilder::PageKeys primed;
        QCOMPARE(builder.columnKeys(10, primed), 3);
        QCOMPARE(primed, keys);
        content.remove(46);

        // A removed item leaves the listing.
        content.remove(1);
        const auto again = builder.column(11);
        QVERIFY(again.has_value());
        QVERIFY(!QString::fromUtf8(again->at(0).bytes).contains(u"/items/1.html\""_s));
        QCOMPARE(again->size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_PageBuilder)
#include "tst_pagebuilder.moc"
