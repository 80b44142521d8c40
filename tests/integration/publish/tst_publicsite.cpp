// The public site of a real portald --demo: what is rendered at start-up, what follows a publish and a withdrawal,
// whether every page is valid HTML (tidy) with the accessibility and 网页设计规范 basics, and how the embedded static
// file server answers (ETag/304, Content-Type, directory traversal).
#include "tests/support/PortaldFixture.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class tst_PublicSite : public QObject
{
    Q_OBJECT

private:
    QString webroot() const { return m_portal.process().dataDir() + u"/www"_s; }
    QString page(const QString &relative) const { return readText(webroot() + u'/' + relative); }

    /// Every file below the web root whose text contains `needle` (relative paths).
    QStringList filesContaining(const QString &needle) const
    {
        QStringList out;
        QDirIterator it(webroot(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (readText(path).contains(needle))
                out.append(path.mid(webroot().size() + 1));
        }
        return out;
    }

    QJsonObject transition(const QString &token, qint64 id, const QString &action, const QString &comment = {})
    {
        return m_portal.workflow().transition(token, id, action, comment);
    }

    /// A news item (a heading, an image, keywords) taken through all three review levels to published; its id.
    qint64 publishNews(qint64 columnId, const QString &title)
    {
        return m_portal.workflow().publishNews(
            columnId, title, u"集成测试发布的新闻摘要。"_s,
            {{u"bodyHtml"_s, u"<h3>会议要点</h3><p>本市召开集成测试专题会议。</p><p><img src=\"/media/1/a.png\"></p>"_s},
             {u"responsibleEditor"_s, u"李编辑"_s},
             {u"keywords"_s, QJsonArray{u"集成测试"_s}}});
    }

    /// The raw answer to a request line sent as is (QNetworkAccessManager would normalise "..").
    QByteArray rawGet(const QByteArray &target)
    {
        QTcpSocket socket;
        socket.connectToHost(m_portal.baseUrl().host(), quint16(m_portal.baseUrl().port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(3000)) {
            answer += socket.readAll();
            if (answer.contains("\r\n\r\n")) {
                const qsizetype headerEnd = answer.indexOf("\r\n\r\n") + 4;
                static const QRegularExpression length(u"content-length:\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
                const auto m = length.match(QString::fromLatin1(answer.left(headerEnd)));
                if (m.hasMatch() && answer.size() >= headerEnd + m.captured(1).toLongLong())
                    break;
            }
        }
        return answer;
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    pd::test::DemoWorkflow::Accounts m_tokens;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.startSignedIn(m_tokens), m_portal.failure());
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void renderedAtStartup()
    {
        QVERIFY(QFile::exists(webroot() + u"/index.html"_s));
        QVERIFY(QFile::exists(webroot() + u"/assets/portal.css"_s));
        QVERIFY(QFile::exists(webroot() + u"/disclosure/index.html"_s));
        const auto home = m_http.request("GET", m_portal.url(u"/"_s));
        QCOMPARE(home.status, 200);
        QCOMPARE(home.headers.value("content-type"), "text/html; charset=utf-8");
        const QString html = QString::fromUtf8(home.body);
        QVERIFY(html.contains(u"临江市人民政府门户网站"_s));
        QVERIFY2(html.contains(u"网站标识码：3217000001"_s), "the header and footer carry the 网站标识码");
        QVERIFY(html.contains(u"主办单位"_s));
        QVERIFY(html.contains(u"ICP备"_s));
        // No external requests: every src/href is relative to this site.
        static const QRegularExpression external(u"(src|href)=\"(https?:)?//"_s);
        QVERIFY2(!external.match(html).hasMatch(), "the home page must not load anything from elsewhere");

        // The demo's columns, features and disclosure items are all there, with pagination where a column is long.
        QDirIterator features(webroot() + u"/features"_s, {u"index.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        int featureCount = 0;
        while (features.hasNext()) {
            features.next();
            ++featureCount;
        }
        QCOMPARE(featureCount, 3);
        // Archive pages are numbered from the oldest: page-1.html exists once a column has more than 20 items.
        QDirIterator pages(webroot() + u"/columns"_s, {u"page-1.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(pages.hasNext(), "a column with more than 20 items is paginated");
        const QString catalogue = page(u"disclosure/index.html"_s);
        QVERIFY(catalogue.contains(u"综合政务"_s));
    }

    void disclosurePageCarriesMetadata()
    {
        const QString catalogue = page(u"disclosure/index.html"_s);
        static const QRegularExpression link(u"href=\"(/items/\\d+\\.html)\""_s);
        const auto m = link.match(catalogue);
        QVERIFY2(m.hasMatch(), "the catalogue lists items");
        const auto item = m_http.request("GET", m_portal.url(m.captured(1)));
        QCOMPARE(item.status, 200);
        const QString html = QString::fromUtf8(item.body);
        for (const QString &label : {u"索引号"_s, u"发布机构"_s, u"文号"_s, u"成文日期"_s, u"发布日期"_s, u"主题分类"_s,
                                     u"体裁分类"_s, u"有效性"_s})
            QVERIFY2(html.contains(u"<th scope=\"row\">"_s + label + u"</th>"_s), qPrintable(label));
        static const QRegularExpression indexNo(u"<td>[0-9A-Z]{9,18}/\\d{4}-\\d{5}</td>"_s);
        QVERIFY2(indexNo.match(html).hasMatch(), "the 索引号 is shown in its format");
    }

    void catalogueCountsMatchItsPages()
    {
        const QString catalogue = page(u"disclosure/index.html"_s);
        static const QRegularExpression total(u"共公开信息 (\\d+) 条"_s);
        const int expected = total.match(catalogue).captured(1).toInt();
        QVERIFY(expected > 300);
        // Every top category's count is the number of rows on its own (paginated) listing.
        static const QRegularExpression top(u"<a href=\"/disclosure/(\\d{2})/\">[^<]+</a> <span class=\"count\">（(\\d+)）</span>"_s);
        static const QRegularExpression row(u"<tr><td>[^<]*</td><td><a href=\"/items/"_s);
        int sum = 0;
        int categories = 0;
        for (auto it = top.globalMatch(catalogue); it.hasNext();) {
            const auto m = it.next();
            const int count = m.captured(2).toInt();
            int rows = 0;
            QDirIterator pages(webroot() + u"/disclosure/"_s + m.captured(1), {u"*.html"_s}, QDir::Files);
            while (pages.hasNext())
                rows += int(readText(pages.next()).count(row));
            QCOMPARE(rows, count);
            sum += count;
            ++categories;
        }
        QVERIFY(categories >= 20);
        QCOMPARE(sum, expected);
        // The department sites below sites/ have catalogues of their own.
        const QStringList portalDocuments = filesContaining(u"<caption>信息公开元数据</caption>"_s)
                                                .filter(QRegularExpression(u"^(?!sites/)"_s));
        QCOMPARE(portalDocuments.size(), expected);
    }

    void publishThenWithdraw()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"要闻动态"_s);
        QVERIFY(column > 0);
        const QString title = u"集成测试：市政府召开公开发布验证会议"_s;
        const qint64 id = publishNews(column, title);
        QVERIFY2(id > 0, "the item went through review and was published");
        const QString itemFile = u"items/%1.html"_s.arg(id);
        const QString itemLink = u"/items/%1.html"_s.arg(id);

        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(webroot() + u'/' + itemFile), 10000);
        QTRY_VERIFY(page(u"columns/%1/index.html"_s.arg(column)).contains(itemLink));
        QTRY_VERIFY(page(u"index.html"_s).contains(itemLink)); // the home page is written after the column's
        QVERIFY(page(u"index.html"_s).contains(title));
        const QString itemHtml = page(itemFile);
        QVERIFY(itemHtml.contains(u"<h1>"_s + title + u"</h1>"_s));
        QVERIFY2(itemHtml.contains(u"<h2>会议要点</h2>"_s), "body headings follow the page's h1 without a gap");
        QVERIFY2(itemHtml.contains(u"alt=\""_s + title + u'"'), "an image without alt text gets the title");
        const auto served = m_http.request("GET", m_portal.url(itemLink));
        QCOMPARE(served.status, 200);
        QVERIFY(QString::fromUtf8(served.body).contains(title));

        QVERIFY(!transition(m_tokens.reviewer3, id, u"withdraw"_s, u"集成测试撤稿"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(webroot() + u'/' + itemFile), 10000);
        QTRY_COMPARE(filesContaining(itemLink), QStringList());
        QCOMPARE(filesContaining(title), QStringList());
        QCOMPARE(m_http.request("GET", m_portal.url(itemLink)).status, 404);
    }

    void unpublishAndArchiveKeepItOffline()
    {
        const qint64 column = m_portal.workflow().columnNamed(u"通知公告"_s);
        QVERIFY(column > 0);
        const QString title = u"集成测试：关于调整办公时间的通知"_s;
        const qint64 id = publishNews(column, title);
        QVERIFY(id > 0);
        const QString itemLink = u"/items/%1.html"_s.arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(page(u"columns/%1/index.html"_s.arg(column)).contains(itemLink), 10000);

        QCOMPARE(transition(m_tokens.reviewer3, id, u"unpublish"_s, u"暂时下线核对"_s).value(u"state"_s).toString(), u"unpublished"_s);
        QTRY_COMPARE_WITH_TIMEOUT(filesContaining(itemLink), QStringList(), 10000);
        QCOMPARE(transition(m_tokens.reviewer3, id, u"archive"_s, u"归档"_s).value(u"state"_s).toString(), u"archived"_s);
        // Archiving changes nothing public: the item stays off every page.
        QTRY_COMPARE(filesContaining(itemLink), QStringList());
        QCOMPARE(filesContaining(title), QStringList());
    }

    void withdrawnItemLeavesItsFeature()
    {
        const auto features = m_http.json("GET", m_portal.url(u"/api/v1/items?type=feature&state=published"_s), m_tokens.reviewer3);
        QCOMPARE(features.status, 200);
        const QJsonArray list = features.json.object().value(u"items"_s).toArray();
        QVERIFY(!list.isEmpty());
        const qint64 featureId = list.first().toObject().value(u"id"_s).toInteger();
        const auto feature = m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(featureId)), m_tokens.reviewer3);
        const QJsonObject f = feature.json.object().value(u"feature"_s).toObject();
        const QString slug = f.value(u"slug"_s).toString();
        qint64 referenced = 0;
        for (const QJsonValue &s : f.value(u"sections"_s).toArray())
            for (const QJsonValue &i : s.toObject().value(u"itemIds"_s).toArray())
                if (!referenced)
                    referenced = i.toInteger();
        QVERIFY(referenced > 0);
        const QString link = u"/items/%1.html"_s.arg(referenced);
        QVERIFY(page(u"features/%1/index.html"_s.arg(slug)).contains(link));

        QVERIFY(!transition(m_tokens.reviewer3, referenced, u"withdraw"_s, u"信息有误，撤稿"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!page(u"features/%1/index.html"_s.arg(slug)).contains(link), 10000);
        QTRY_COMPARE(filesContaining(link), QStringList());
    }

    void livePageWorksWithoutJavaScript()
    {
        const QString reporter = m_portal.newToken(u"reporter"_s);
        const QString moderator = m_portal.newToken(u"moderator"_s);
        QVERIFY(!reporter.isEmpty() && !moderator.isEmpty());
        const auto events = m_http.json("GET", m_portal.url(u"/api/v1/live/events"_s), moderator);
        QCOMPARE(events.status, 200);
        const QJsonArray list = events.json.isArray() ? events.json.array() : events.json.object().value(u"items"_s).toArray();
        qint64 event = 0;
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"state"_s).toString() == u"live"_s)
                event = v.toObject().value(u"id"_s).toInteger();
        QVERIFY(event > 0);
        const QString dir = u"live/%1/"_s.arg(event);
        QVERIFY(page(dir + u"index.html"_s).contains(u"<a href=\"./\" id=\"live-refresh\">"_s));
        QVERIFY(page(dir + u"index.html"_s).contains(u"action=\"/public/live/%1/comments\""_s.arg(event)));

        // A reporter's post, approved by the moderator, reaches the static page and feed.json.
        const QString text = u"集成测试：直播页静态列表中的新稿件"_s;
        const auto created = m_http.json("POST", m_portal.url(u"/api/v1/live/events/%1/posts"_s.arg(event)), reporter,
                                         QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, text},
                                                                   {u"speaker"_s, u"记者"_s}}),
                                         {{"Idempotency-Key", "publish-test-post-1"}});
        QCOMPARE(created.status, 201);
        const qint64 post = created.json.object().value(u"id"_s).toInteger();
        const auto act = [&](const QJsonObject &body, const QByteArray &etag) {
            return m_http.json("POST", m_portal.url(u"/api/v1/live/posts/%1/transitions"_s.arg(post)), moderator,
                               QJsonDocument(body), {{"If-Match", etag}});
        };
        const auto approved = act({{u"action"_s, u"approve"_s}}, created.headers.value("etag"));
        QCOMPARE(approved.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(page(dir + u"index.html"_s).contains(text), 10000);
        QTRY_VERIFY(page(dir + u"feed.json"_s).contains(text));

        // Pinned posts come first.
        const auto pinned = act({{u"action"_s, u"pin"_s}}, approved.headers.value("etag"));
        QCOMPARE(pinned.status, 200);
        static const QRegularExpression firstPost(u"<li class=\"post[^\"]*\" id=\"post-(\\d+)\""_s);
        QTRY_VERIFY(page(dir + u"index.html"_s).contains(u"<span class=\"badge badge-pinned\">置顶</span>"_s));
        QCOMPARE(firstPost.match(page(dir + u"index.html"_s)).captured(1).toLongLong(), post);
        // … even above a newer post.
        const QString newer = u"集成测试：置顶稿件之后的新稿件"_s;
        const auto second = m_http.json("POST", m_portal.url(u"/api/v1/live/events/%1/posts"_s.arg(event)), reporter,
                                        QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, newer}}),
                                        {{"Idempotency-Key", "publish-test-post-2"}});
        QCOMPARE(second.status, 201);
        QCOMPARE(m_http.json("POST", m_portal.url(u"/api/v1/live/posts/%1/transitions"_s.arg(second.json.object().value(u"id"_s).toInteger())),
                             moderator, QJsonDocument(QJsonObject{{u"action"_s, u"approve"_s}}),
                             {{"If-Match", second.headers.value("etag")}}).status, 200);
        QTRY_VERIFY(page(dir + u"index.html"_s).contains(newer));
        QCOMPARE(firstPost.match(page(dir + u"index.html"_s)).captured(1).toLongLong(), post);

        // A correction is visible with its note — in reviewed mode once the moderator has approved it.
        const auto corrected = m_http.json("PATCH", m_portal.url(u"/api/v1/live/posts/%1"_s.arg(post)), reporter,
                                           QJsonDocument(QJsonObject{{u"text"_s, text + u"（更新）"_s},
                                                                     {u"correctionNote"_s, u"发言人职务有误"_s}}),
                                           {{"If-Match", pinned.headers.value("etag")}});
        QCOMPARE(corrected.status, 200);
        const auto correctionApproved = act({{u"action"_s, u"approve"_s}}, corrected.headers.value("etag"));
        QCOMPARE(correctionApproved.status, 200);
        QTRY_VERIFY(page(dir + u"index.html"_s).contains(u"<strong>更正</strong>：发言人职务有误"_s));

        // feed.json: JSON with charset, ETag, a cheap 304.
        const auto feed = m_http.request("GET", m_portal.url(u"/"_s + dir + u"feed.json"_s));
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.headers.value("content-type"), "application/json; charset=utf-8");
        QVERIFY(feed.json.object().value(u"posts"_s).isArray());
        const auto unchanged = m_http.request("GET", m_portal.url(u"/"_s + dir + u"feed.json"_s), {},
                                              {{"If-None-Match", feed.headers.value("etag")}});
        QCOMPARE(unchanged.status, 304);

        // Retracted: gone from the page and the feed — in reviewed mode once a second moderator has approved it.
        const auto retracting = act({{u"action"_s, u"retract"_s}, {u"reason"_s, u"重复发布"_s}},
                                    correctionApproved.headers.value("etag"));
        QCOMPARE(retracting.status, 200);
        const QString admin = m_portal.newToken(u"admin"_s);
        const auto retracted = m_http.json("POST", m_portal.url(u"/api/v1/live/posts/%1/transitions"_s.arg(post)), admin,
                                           QJsonDocument(QJsonObject{{u"action"_s, u"approve"_s}}),
                                           {{"If-Match", retracting.headers.value("etag")}});
        QCOMPARE(retracted.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!page(dir + u"index.html"_s).contains(text), 10000);
        QTRY_VERIFY(!page(dir + u"feed.json"_s).contains(text)); // written just after the page
        QCOMPARE(m_http.request("GET", m_portal.url(u"/"_s + dir + u"feed.json"_s), {}, {{"If-None-Match", feed.headers.value("etag")}}).status,
                 200);
    }

    void everyPageIsValidAndAccessible()
    {
        const QString tidy = QStandardPaths::findExecutable(u"tidy"_s);
        QVERIFY2(!tidy.isEmpty(), "tidy (Debian package tidy) checks the HTML");
        static const QRegularExpression heading(u"<h([1-6])[ >]"_s);
        static const QRegularExpression img(u"<img\\b[^>]*>"_s);
        static const QRegularExpression meta(u"<meta name=\"([A-Za-z]+)\" content=\"([^\"]*)\">"_s);
        // Every site of the group: the portal at the root, the department sites below sites/{siteCode}/.
        static const QRegularExpression member(u"^sites/(\\d{10})/"_s);
        QHash<QString, int> checkedPerSite;
        int checked = 0;
        QDirIterator it(webroot(), {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString relative = path.mid(webroot().size() + 1);
            const QString siteCode = member.match(relative).hasMatch() ? member.match(relative).captured(1) : u"3217000001"_s;
            relative.remove(member);
            const QString html = readText(path);
            const QByteArray where = relative.toUtf8();

            QProcess check;
            check.start(tidy, {u"-q"_s, u"-e"_s, u"--show-warnings"_s, u"yes"_s, path});
            QVERIFY(check.waitForFinished(30000));
            // tidy's attribute table predates ARIA 1.1: aria-current (the sub-forum tab being read) is valid HTML
            // that it calls proprietary. Any other warning, or an error, still fails.
            static const QRegularExpression ariaCurrent(
                u"^line \\d+ column \\d+ - Warning: <a> proprietary attribute \"aria-current\"$"_s);
            QStringList findings = QString::fromUtf8(check.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
            findings.removeIf([](const QString &line) { return ariaCurrent.match(line).hasMatch(); });
            QVERIFY2(check.exitCode() == 0 || (check.exitCode() == 1 && findings.isEmpty()),
                     where + ":\n" + findings.join(u'\n').toUtf8());

            QVERIFY2(html.contains(u"<html lang=\"zh-CN\">"_s), where);
            QVERIFY2(html.contains(u"<a class=\"skip-link\" href=\"#main\">"_s) && html.contains(u"<main id=\"main\""_s), where);
            QList<int> levels;
            for (auto m = heading.globalMatch(html); m.hasNext();)
                levels.append(m.next().captured(1).toInt());
            QVERIFY2(levels.count(1) == 1, where + " has exactly one h1");
            QVERIFY2(levels.first() == 1, where + " starts with its h1");
            for (qsizetype i = 1; i < levels.size(); ++i)
                QVERIFY2(levels.at(i) <= levels.at(i - 1) + 1, where + " skips a heading level");
            for (auto m = img.globalMatch(html); m.hasNext();)
                QVERIFY2(m.next().captured(0).contains(u" alt=\""_s), where + " has an image without alt");

            QHash<QString, QString> metas;
            for (auto m = meta.globalMatch(html); m.hasNext();) {
                const auto match = m.next();
                metas.insert(match.captured(1), match.captured(2));
            }
            QStringList required{u"SiteName"_s, u"SiteDomain"_s, u"SiteIDCode"_s};
            if (relative.startsWith(u"columns/"_s) || relative.startsWith(u"disclosure/"_s))
                required << u"ColumnName"_s << u"ColumnDescription"_s << u"ColumnKeywords"_s << u"ColumnType"_s << u"Url"_s;
            if (relative.startsWith(u"items/"_s))
                required << u"ColumnName"_s << u"ColumnType"_s << u"ArticleTitle"_s << u"PubDate"_s << u"ContentSource"_s
                         << u"Keywords"_s << u"Description"_s << u"Url"_s;
            if (relative.startsWith(u"features/"_s))
                required << u"ArticleTitle"_s << u"PubDate"_s << u"Description"_s << u"Url"_s;
            for (const QString &name : std::as_const(required))
                QVERIFY2(!metas.value(name).isEmpty(), where + " lacks meta " + name.toUtf8());
            QVERIFY2(metas.value(u"SiteIDCode"_s) == siteCode, where + " carries another site's 网站标识码");
            ++checked;
            ++checkedPerSite[siteCode];
        }
        QVERIFY2(checked > 500, qPrintable(u"only %1 pages rendered"_s.arg(checked)));
        QCOMPARE(checkedPerSite.size(), 3);
        for (const QString &code : {u"3217000012"_s, u"3217000013"_s})
            QVERIFY2(checkedPerSite.value(code) > 15, qPrintable(u"site %1: %2 pages"_s.arg(code).arg(checkedPerSite.value(code))));
    }

    void staticServerRevalidates()
    {
        const auto first = m_http.request("GET", m_portal.url(u"/assets/portal.css"_s));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.headers.value("content-type"), "text/css; charset=utf-8");
        const QByteArray etag = first.headers.value("etag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        const auto again = m_http.request("GET", m_portal.url(u"/assets/portal.css"_s), {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        const auto other = m_http.request("GET", m_portal.url(u"/assets/portal.css"_s), {}, {{"If-None-Match", "\"stale\""}});
        QCOMPARE(other.status, 200);

        QCOMPARE(m_http.request("GET", m_portal.url(u"/assets/live.js"_s)).headers.value("content-type"),
                 "text/javascript; charset=utf-8");
        const auto home = m_http.request("GET", m_portal.url(u"/"_s));
        const auto homeAgain = m_http.request("GET", m_portal.url(u"/index.html"_s), {}, {{"If-None-Match", home.headers.value("etag")}});
        QCOMPARE(homeAgain.status, 304);

        // Directories: a slash is added, then index.html answers.
        const qint64 column = m_portal.workflow().columnNamed(u"通知公告"_s);
        const QByteArray moved = rawGet("/columns/" + QByteArray::number(column));
        QVERIFY2(moved.startsWith("HTTP/1.1 301"), moved.left(200));
        QVERIFY(moved.contains("/columns/" + QByteArray::number(column) + "/\r\n"));
        QCOMPARE(m_http.request("GET", m_portal.url(u"/columns/%1/"_s.arg(column))).status, 200);

        const auto missing = m_http.request("GET", m_portal.url(u"/items/999999.html"_s));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.headers.value("content-type"), "text/html; charset=utf-8");
        // The API keeps its own answers.
        QVERIFY(m_http.request("GET", m_portal.url(u"/api/v1/nothing-here"_s)).headers.value("content-type").startsWith("application/problem+json"));
    }

    void traversalIsRefused()
    {
        QFile secret(m_portal.process().dataDir() + u"/secret.txt"_s);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("top-secret-marker");
        secret.close();
        for (const QByteArray &target : {QByteArray("/../secret.txt"), QByteArray("/%2e%2e/secret.txt"),
                                         QByteArray("/assets/..%2f..%2fsecret.txt"), QByteArray("/assets/%2e%2e/%2e%2e/secret.txt"),
                                         QByteArray("/..%5csecret.txt"), QByteArray("/../portald.sqlite"),
                                         QByteArray("/.site-version")}) {
            const QByteArray answer = rawGet(target);
            QVERIFY2(answer.startsWith("HTTP/1.1 4"), target + " -> " + answer.left(100));
            QVERIFY2(!answer.contains("top-secret-marker") && !answer.contains("SQLite format"), target);
        }
    }

    void startupRendersOnlyWhenNeeded()
    {
        // Same templates: a restart keeps the web root as it is (a stray file survives, nothing is rewritten).
        const QString stray = webroot() + u"/items/987654.html"_s;
        QFile f(stray);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<!DOCTYPE html><title>stray</title>");
        f.close();
        const QDateTime homeWritten = QFileInfo(webroot() + u"/index.html"_s).lastModified();
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        QVERIFY(QFile::exists(stray));
        QCOMPARE(QFileInfo(webroot() + u"/index.html"_s).lastModified(), homeWritten);

        // Other templates (the version stamp differs): everything is rendered again and files no page owns go.
        QFile version(webroot() + u"/.site-version"_s);
        QVERIFY(version.open(QIODevice::WriteOnly));
        version.write("rendered-by-older-templates\n");
        version.close();
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        QVERIFY(!QFile::exists(stray));
        QVERIFY(QFile::exists(webroot() + u"/index.html"_s));
        QVERIFY(readText(webroot() + u"/.site-version"_s).trimmed() != u"rendered-by-older-templates"_s);
        QCOMPARE(m_http.request("GET", m_portal.url(u"/"_s)).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_PublicSite)
#include "tst_publicsite.moc"
