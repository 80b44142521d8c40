// Every known XSS vector sent as an item's bodyHtml to a real portald: what the API returns and stores — on create
// and on update — must hold nothing executable. The same corpus drives the sanitiser's unit test.
#include "tests/support/NewsDraft.h"
#include "tests/support/PortaldFixture.h"
#include "tests/unit/server/XssCorpus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;

class tst_BodyHtmlXss : public QObject
{
    Q_OBJECT

private:

    QJsonObject newsItem(const QString &title, const QString &bodyHtml) const
    {
        return pd::test::NewsDraft(m_site, m_column, title, {{u"bodyHtml"_s, bodyHtml}}).json();
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    QString m_token;
    qint64 m_site = 0;
    qint64 m_column = 0;

private slots:
    void initTestCase();
    void createdBodiesAreSafe_data();
    void createdBodiesAreSafe();
    void updatedBodyIsSafe();
};

void tst_BodyHtmlXss::initTestCase()
{
    QVERIFY2(m_portal.start(), m_portal.failure());
    m_token = m_portal.newToken(u"editor"_s);
    QVERIFY(!m_token.isEmpty());
    const auto sites = m_http.json("GET", m_portal.url(u"/api/v1/sites"_s), m_token);
    QCOMPARE(sites.status, 200);
    QVERIFY(!sites.json.array().isEmpty());
    m_site = sites.json.array().first().toObject().value(u"id"_s).toInteger();
    const auto columns = m_http.json("GET", m_portal.url(u"/api/v1/sites/%1/columns"_s.arg(m_site)), m_token);
    QCOMPARE(columns.status, 200);
    for (const QJsonValue &c : columns.json.array()) {
        if (c.toObject().value(u"kind"_s).toString() == u"news"_s) {
            m_column = c.toObject().value(u"id"_s).toInteger();
            break;
        }
    }
    QVERIFY2(m_column > 0, "the demo site has no news column");
}

void tst_BodyHtmlXss::createdBodiesAreSafe_data()
{
    QTest::addColumn<QString>("html");
    const QList<pd::test::XssVector> vectors = pd::test::xssVectors();
    QVERIFY(vectors.size() >= 40);
    for (const pd::test::XssVector &v : vectors)
        QTest::newRow(qPrintable(v.name)) << v.html;
}

void tst_BodyHtmlXss::createdBodiesAreSafe()
{
    QFETCH(QString, html);
    const QString title = u"安全测试 "_s + QString::fromLatin1(QTest::currentDataTag());
    const auto created = pd::test::NewsDraft(m_site, m_column, title, {{u"bodyHtml"_s, html}})
                             .create(m_http, m_portal.baseUrl(), m_token);
    QVERIFY2(created.status == 201, created.body.constData());
    const QString returned = created.json.object().value(u"bodyHtml"_s).toString();
    QStringList problems = pd::test::unsafeConstructs(returned);
    QVERIFY2(problems.isEmpty(), qPrintable(returned + u"\n"_s + problems.join(u"; "_s)));

    // What is stored (and later published) is what a fresh read returns.
    const qint64 id = created.json.object().value(u"id"_s).toInteger();
    const auto read = m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_token);
    QCOMPARE(read.status, 200);
    const QString stored = read.json.object().value(u"bodyHtml"_s).toString();
    QCOMPARE(stored, returned);
    problems = pd::test::unsafeConstructs(stored);
    QVERIFY2(problems.isEmpty(), qPrintable(stored + u"\n"_s + problems.join(u"; "_s)));
}

void tst_BodyHtmlXss::updatedBodyIsSafe()
{
    const auto created = pd::test::NewsDraft(m_site, m_column, u"更新路径的安全测试"_s, {{u"bodyHtml"_s, u"<p>正文</p>"_s}})
                             .create(m_http, m_portal.baseUrl(), m_token);
    QCOMPARE(created.status, 201);
    const QJsonObject item = created.json.object();
    const qint64 id = item.value(u"id"_s).toInteger();
    const QByteArray etag = created.headers.value("etag");
    QVERIFY(!etag.isEmpty());
    QJsonObject changed = newsItem(u"更新路径的安全测试"_s,
                                   u"<p>正文</p><img src=x onerror=alert(1)><a href=\"jav&#x09;ascript:alert(1)\">链接</a>"
                                   u"<svg><script>alert(1)</script></svg>"_s);
    const auto updated = m_http.json("PUT", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_token, QJsonDocument(changed),
                                     {{"If-Match", etag}});
    QVERIFY2(updated.status == 200, updated.body.constData());
    const QString stored = updated.json.object().value(u"bodyHtml"_s).toString();
    QVERIFY2(pd::test::unsafeConstructs(stored).isEmpty(), qPrintable(stored));
    QVERIFY(stored.contains(u"<p>正文</p>"_s));
    QVERIFY(stored.contains(u"链接"_s));
}

QTEST_GUILESS_MAIN(tst_BodyHtmlXss)
#include "tst_bodyhtml_xss.moc"
