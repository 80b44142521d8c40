// Several public sites (站群) served by one portald --demo: the city portal and its two department sites, each
// rendered into its own root with its own 网页设计规范 meta, columns and pages, reached by its host name and under
// /sites/{siteCode}/ — links inside a site's pages staying inside that site either way — and a disabled site that
// is neither served nor open to publishing.
#include "tests/support/DemoWorkflow.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::DemoWorkflow;
using pd::test::HttpProbe;

namespace {

const QString kPassword = u"portaldesk-demo"_s;

struct DemoSite {
    QString name;
    QString code;
    QString host;
    QString newsColumn;
};

const DemoSite kPortal{u"临江市人民政府门户网站"_s, u"3217000001"_s, u"www.linjiang.gov.cn"_s, u"政务动态"_s};
const DemoSite kEducation{u"临江市教育局网站"_s, u"3217000012"_s, u"jyj.linjiang.gov.cn"_s, u"教育动态"_s};
const DemoSite kHealth{u"临江市卫生健康委员会网站"_s, u"3217000013"_s, u"wjw.linjiang.gov.cn"_s, u"卫生健康动态"_s};

struct RawReply {
    int status = 0;
    QByteArray headers;
    QString body;
};

QString metaOf(const QString &html, const QString &name)
{
    const QRegularExpression meta(u"<meta name=\"%1\" content=\"([^\"]*)\">"_s.arg(name));
    return meta.match(html).captured(1);
}

/// Every root-relative link of a page (href, src, action), in order.
QStringList rootLinks(const QString &html)
{
    static const QRegularExpression link(u"\\b(?:href|src|action|data-feed)=\"(/[^\"]*)\""_s);
    QStringList out;
    for (auto it = link.globalMatch(html); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(DemoSite)

class tst_PublicSites : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &path) const
    {
        QUrl u = m_portal.baseUrl();
        u.setPath(path);
        return u;
    }
    QString webroot() const { return m_portal.process().dataDir() + u"/www"_s; }

    /// GET with a Host header of our choosing (QNetworkAccessManager derives it from the URL).
    RawReply get(const QByteArray &target, const QByteArray &host)
    {
        QTcpSocket socket;
        socket.connectToHost(m_portal.baseUrl().host(), quint16(m_portal.baseUrl().port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000)) {
            answer += socket.readAll();
            const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            static const QRegularExpression length(u"content-length:\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
            const auto m = length.match(QString::fromLatin1(answer.left(headerEnd)));
            if (m.hasMatch() && answer.size() >= headerEnd + 4 + m.captured(1).toLongLong())
                break;
        }
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        RawReply reply;
        reply.status = answer.mid(9, 3).toInt();
        reply.headers = answer.left(headerEnd);
        reply.body = QString::fromUtf8(answer.mid(headerEnd + 4));
        return reply;
    }

    qint64 siteIdOf(const DemoSite &site)
    {
        const auto sites = m_http.json("GET", url(u"/api/v1/sites"_s), m_admin);
        for (const QJsonValue &v : sites.json.array())
            if (v.toObject().value(u"siteCode"_s).toString() == site.code)
                return v.toObject().value(u"id"_s).toInteger();
        return 0;
    }

    DemoWorkflow workflowOf(const QString &prefix, qint64 siteId)
    {
        DemoWorkflow::Accounts accounts;
        accounts.editor = m_portal.newToken(prefix + u"-editor"_s);
        accounts.reviewer1 = m_portal.newToken(prefix + u"-reviewer1"_s);
        accounts.reviewer2 = m_portal.newToken(prefix + u"-reviewer2"_s);
        accounts.reviewer3 = m_portal.newToken(prefix + u"-reviewer3"_s);
        m_accounts.insert(prefix, accounts);
        return DemoWorkflow(m_http, m_portal.baseUrl(), siteId, accounts);
    }

    /// The site's own pages, whichever way they were reached: its name and code in the meta tags, its columns.
    static void verifySitePage(const QString &html, const DemoSite &site, const QByteArray &where)
    {
        QCOMPARE(metaOf(html, u"SiteName"_s), site.name);
        QCOMPARE(metaOf(html, u"SiteIDCode"_s), site.code);
        QCOMPARE(metaOf(html, u"SiteDomain"_s), site.host);
        QVERIFY2(html.contains(u"网站标识码：%1"_s.arg(site.code)), where);
    }

    /// Follows every root-relative link of `html` (as `host` or below the prefix) and checks it stays on the site.
    void verifyLinksStayOnSite(const QString &html, const DemoSite &site, const QByteArray &host, bool byPrefix)
    {
        const QString prefix = u"/sites/"_s + site.code;
        QSet<QString> seen;
        for (const QString &link : rootLinks(html)) {
            if (link.startsWith(u"/media/"_s) || link.startsWith(u"/public/"_s) || seen.contains(link))
                continue;
            seen.insert(link);
            if (byPrefix)
                QVERIFY2(link.startsWith(prefix + u'/'), qPrintable(link + u" leaves "_s + prefix));
            const RawReply reply = get(link.toUtf8(), host);
            QVERIFY2(reply.status == 200, qPrintable(link + u" -> "_s + QString::number(reply.status)));
            if (link.endsWith(u'/') || link.endsWith(u".html"_s))
                QCOMPARE(metaOf(reply.body, u"SiteIDCode"_s), site.code);
        }
        QVERIFY2(seen.size() > 5, "the page links to the site's columns, items and assets");
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    QString m_admin;
    QHash<QString, DemoWorkflow::Accounts> m_accounts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_admin = m_portal.newToken(u"admin"_s);
        QVERIFY(!m_admin.isEmpty());
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void everySiteHasItsOwnRoot()
    {
        QVERIFY(QFile::exists(webroot() + u"/index.html"_s));
        for (const DemoSite &site : {kEducation, kHealth}) {
            const QString root = webroot() + u"/sites/"_s + site.code;
            for (const QString &file : {u"index.html"_s, u"disclosure/index.html"_s, u"404.html"_s, u"assets/portal.css"_s})
                QVERIFY2(QFile::exists(root + u'/' + file), qPrintable(root + u'/' + file));
        }
    }

    void eachSiteByItsHostName_data()
    {
        QTest::addColumn<DemoSite>("site");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("portal") << kPortal << QByteArray("www.linjiang.gov.cn");
        QTest::newRow("教育局") << kEducation << QByteArray("jyj.linjiang.gov.cn");
        QTest::newRow("卫健委, with a port") << kHealth << QByteArray("WJW.linjiang.gov.cn:8470");
    }

    void eachSiteByItsHostName()
    {
        QFETCH(DemoSite, site);
        QFETCH(QByteArray, host);
        const RawReply home = get("/", host);
        QCOMPARE(home.status, 200);
        verifySitePage(home.body, site, host);
        QVERIFY2(home.body.contains(site.newsColumn), "the site's own columns are in its navigation");
        for (const DemoSite &other : {kPortal, kEducation, kHealth})
            if (other.code != site.code)
                QVERIFY2(!home.body.contains(u"content=\"%1\""_s.arg(other.name)), "no other site's meta");
        verifyLinksStayOnSite(home.body, site, host, false);
    }

    void eachSiteByItsPrefix_data()
    {
        QTest::addColumn<DemoSite>("site");
        QTest::newRow("portal") << kPortal;
        QTest::newRow("教育局") << kEducation;
        QTest::newRow("卫健委") << kHealth;
    }

    void eachSiteByItsPrefix()
    {
        QFETCH(DemoSite, site);
        const QString prefix = u"/sites/"_s + site.code;
        const RawReply home = get((prefix + u'/').toUtf8(), "127.0.0.1");
        QCOMPARE(home.status, 200);
        verifySitePage(home.body, site, prefix.toUtf8());
        verifyLinksStayOnSite(home.body, site, "127.0.0.1", true);
        // Pages further in keep their links below the prefix too.
        const QString column = rootLinks(home.body).filter(QRegularExpression(u"/columns/\\d+/$"_s)).value(0);
        QVERIFY(!column.isEmpty());
        const RawReply columnPage = get(column.toUtf8(), "127.0.0.1");
        QCOMPARE(columnPage.status, 200);
        const QString item = rootLinks(columnPage.body).filter(QRegularExpression(u"/items/\\d+\\.html$"_s)).value(0);
        QVERIFY2(!item.isEmpty(), "the column lists items");
        const RawReply itemPage = get(item.toUtf8(), "127.0.0.1");
        verifySitePage(itemPage.body, site, item.toUtf8());
        QVERIFY(!metaOf(itemPage.body, u"ArticleTitle"_s).isEmpty());
        verifyLinksStayOnSite(itemPage.body, site, "127.0.0.1", true);

        QCOMPARE(get(prefix.toUtf8(), "127.0.0.1").status, 301);
        QCOMPARE(get("/sites/9999999999/", "127.0.0.1").status, 404);
        // The portal's root holds the member sites; they are not reachable below the portal's own prefix.
        QCOMPARE(get("/sites/3217000001/sites/3217000012/", "127.0.0.1").status, 404);
    }

    void publishedOnItsOwnSiteOnly()
    {
        const qint64 siteId = siteIdOf(kEducation);
        QVERIFY(siteId > 0);
        DemoWorkflow workflow = workflowOf(u"jyj"_s, siteId);
        const qint64 column = workflow.columnNamed(kEducation.newsColumn);
        QVERIFY(column > 0);
        const QString title = u"集成测试：市教育局部署寒假前学生安全教育"_s;
        const qint64 id = workflow.publishNews(column, title, u"部署寒假前学生安全教育工作。"_s);
        QVERIFY2(id > 0, "published by the site's own editor and three reviewers");
        const QString file = u"/sites/%1/items/%2.html"_s.arg(kEducation.code).arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(webroot() + file), 10000);
        QVERIFY2(!QFile::exists(webroot() + u"/items/%1.html"_s.arg(id)), "not on the portal's own pages");
        const RawReply byHost = get(u"/items/%1.html"_s.arg(id).toUtf8(), kEducation.host.toUtf8());
        QCOMPARE(byHost.status, 200);
        QVERIFY(byHost.body.contains(title));
        verifySitePage(byHost.body, kEducation, "item by host");
        QTRY_VERIFY(get("/", kEducation.host.toUtf8()).body.contains(title));
        QCOMPARE(get(u"/items/%1.html"_s.arg(id).toUtf8(), "www.linjiang.gov.cn").status, 404);
        QCOMPARE(get(file.toUtf8(), "127.0.0.1").status, 200);
    }

    void disabledSiteIsNotServedAndNotPublished()
    {
        const qint64 siteId = siteIdOf(kHealth);
        QVERIFY(siteId > 0);
        DemoWorkflow workflow = workflowOf(u"wjw"_s, siteId);
        const DemoWorkflow::Accounts accounts = m_accounts.value(u"wjw"_s);
        const qint64 column = workflow.columnNamed(u"通知公告"_s);
        QVERIFY(column > 0);
        // An item approved at every level, waiting for its publisher.
        const QJsonObject draft{{u"type"_s, u"news"_s},
                                {u"site"_s, siteId},
                                {u"columns"_s, QJsonArray{column}},
                                {u"title"_s, u"集成测试：关于调整门诊时间的公告"_s},
                                {u"summary"_s, u"调整部分门诊时间。"_s},
                                {u"bodyHtml"_s, u"<p>自下周起调整部分门诊时间。</p>"_s},
                                {u"source"_s, u"临江市卫生健康委员会"_s}};
        const auto created = m_http.json("POST", url(u"/api/v1/items"_s), accounts.editor, QJsonDocument(draft));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.object().value(u"id"_s).toInteger();
        QVERIFY(!workflow.transition(accounts.editor, id, u"submit"_s).isEmpty());
        for (const QString &reviewer : {accounts.reviewer1, accounts.reviewer2, accounts.reviewer3})
            QVERIFY(!workflow.transition(reviewer, id, u"approve"_s).isEmpty());

        const auto site = m_http.json("GET", url(u"/api/v1/sites"_s), m_admin);
        QJsonObject health;
        for (const QJsonValue &v : site.json.array())
            if (v.toObject().value(u"id"_s).toInteger() == siteId)
                health = v.toObject();
        const QByteArray etag = '"' + QByteArray::number(health.value(u"revision"_s).toInteger()) + '"';
        const auto disabled = m_http.json("PUT", url(u"/api/v1/sites/%1"_s.arg(siteId)), m_admin,
                                          QJsonDocument(QJsonObject{{u"enabled"_s, false}}), {{"If-Match", etag}});
        QCOMPARE(disabled.status, 200);

        QCOMPARE(get("/", kHealth.host.toUtf8()).status, 404);
        QCOMPARE(get(u"/sites/%1/"_s.arg(kHealth.code).toUtf8(), "127.0.0.1").status, 404);
        QVERIFY2(!QFile::exists(webroot() + u"/sites/"_s + kHealth.code), "its pages are gone from the web root");
        QCOMPARE(get("/", kEducation.host.toUtf8()).status, 200);

        const auto item = m_http.json("GET", url(u"/api/v1/items/%1"_s.arg(id)), accounts.reviewer3);
        const auto refused = m_http.json("POST", url(u"/api/v1/items/%1/transitions"_s.arg(id)), accounts.reviewer3,
                                         QJsonDocument(QJsonObject{{u"action"_s, u"publish"_s}}),
                                         {{"If-Match", item.headers.value("etag")}});
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.json.object().value(u"detail"_s).toString().contains(u"已停用"_s), refused.body);
        QCOMPARE(m_http.json("GET", url(u"/api/v1/items/%1"_s.arg(id)), accounts.reviewer3).json.object()
                     .value(u"state"_s).toString(), u"approved"_s);

        // Enabled again: rendered and served again, and the item can go out.
        const auto enabled = m_http.json("PUT", url(u"/api/v1/sites/%1"_s.arg(siteId)), m_admin,
                                         QJsonDocument(QJsonObject{{u"enabled"_s, true}}),
                                         {{"If-Match", disabled.headers.value("etag")}});
        QCOMPARE(enabled.status, 200);
        const RawReply home = get("/", kHealth.host.toUtf8());
        QCOMPARE(home.status, 200);
        verifySitePage(home.body, kHealth, "enabled again");
        QVERIFY(!workflow.transition(accounts.reviewer3, id, u"publish"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(webroot() + u"/sites/%1/items/%2.html"_s.arg(kHealth.code).arg(id)), 10000);
    }
};

QTEST_GUILESS_MAIN(tst_PublicSites)
#include "tst_publicsites.moc"
