// The 繁体版 through portald's HTTP API and the client's core call: an editor's news item gets a linked
// Traditional copy (title, summary, body, author, keywords converted; columns kept; a draft of its own); asking again
// for an unchanged item changes nothing; after the item is edited the same copy is refreshed; the site's OpenCC
// variant is chosen by its admin (s2twp: 软件 → 軟體); roles, copies of copies, disclosure items and bad variants are
// refused.
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/checksclient/TraditionalVersion.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::checks::TraditionalVersion;

class tst_TraditionalHttp : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    qint64 m_site = 0;
    qint64 m_column = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        for (const QString &user : {u"admin"_s, u"editor"_s, u"reviewer1"_s})
            QVERIFY2(!m_portal.token(user).isEmpty(), qPrintable(user));
        m_site = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites"_s).json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_site > 0);
        for (const QJsonValue &c : m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_site)).json.array()) {
            if (c.toObject().value(u"kind").toString() == u"news" && m_column == 0)
                m_column = c.toObject().value(u"id").toInteger();
        }
        QVERIFY(m_column > 0);
    }

    void copyCreatedRefreshedAndIdempotent()
    {
        const auto created = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s,
                                  QJsonObject{{u"site"_s, m_site},
                                              {u"type"_s, u"news"_s},
                                              {u"title"_s, u"临江市发展和改革委员会发布软件产业扶持政策"_s},
                                              {u"summary"_s, u"对符合条件的软件企业给予资金支持。"_s},
                                              {u"bodyHtml"_s, u"<p>为促进软件和信息服务业发展，市发展改革委制定了扶持办法。</p>"
                                                              u"<p><img src=\"/media/1/a.png\" alt=\"签约现场\"></p>"_s},
                                              {u"author"_s, u"刘晓东"_s},
                                              {u"keywords"_s, QJsonArray{u"软件"_s, u"扶持政策"_s}},
                                              {u"columns"_s, QJsonArray{m_column}}});
        QCOMPARE(created.status, 201);
        const qint64 source = created.json.object().value(u"id").toInteger();

        // Only editors of the site; nothing exists before.
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/traditional"_s.arg(source)).status, 404);
        QCOMPARE(m_portal.call(u"reviewer1"_s, "POST", u"/api/v1/items/%1/traditional"_s.arg(source)).status, 403);
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items/999999/traditional"_s).status, 404);

        // The core call creates the copy.
        pd::api::PortalClient client;
        bool signedIn = false;
        client.login(m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password(), this, [&](pd::Result<pd::domain::User> u) { signedIn = u.has_value(); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 15000);
        std::optional<pd::Result<pd::domain::Item>> answer;
        TraditionalVersion::generate(client, source, this, [&](pd::Result<pd::domain::Item> item) { answer = item; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->has_value(), answer->has_value() ? "" : qPrintable(answer->error().message));
        const pd::domain::Item copy = **answer;
        QVERIFY(copy.id != source);
        QCOMPARE(copy.title, u"臨江市發展和改革委員會發布軟件產業扶持政策"_s);
        QCOMPARE(copy.summary, u"對符合條件的軟件企業給予資金支持。"_s);
        QVERIFY2(copy.bodyHtml.contains(u"爲促進軟件和信息服務業發展"_s) || copy.bodyHtml.contains(u"為促進軟件和信息服務業發展"_s),
                 qPrintable(copy.bodyHtml));
        QVERIFY(copy.bodyHtml.contains(u"alt=\"簽約現場\""_s));
        QVERIFY(copy.bodyHtml.contains(u"/media/1/a.png"_s));
        QCOMPARE(copy.author, u"劉曉東"_s);
        QCOMPARE(copy.keywords, (QStringList{u"軟件"_s, u"扶持政策"_s}));
        QCOMPARE(copy.columnIds, (QList<qint64>{m_column}));
        QCOMPARE(copy.workflow.state, pd::domain::ItemState::Draft);

        // Unchanged source: the same copy, untouched.
        const auto again = m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/traditional"_s.arg(source));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.object().value(u"id").toInteger(), copy.id);
        QCOMPARE(again.json.object().value(u"revision").toInteger(), copy.revision);
        const auto fetched = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/traditional"_s.arg(source));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.headers.value("x-traditional-up-to-date"), QByteArray("true"));

        // A copy of the copy is refused.
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/traditional"_s.arg(copy.id)).status, 422);

        // The source is edited: the copy is out of date, then refreshed in place.
        QJsonObject edited = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(source)).json.object();
        edited.insert(u"title"_s, u"临江市发展和改革委员会发布软件产业扶持政策（修订）"_s);
        const auto put = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(source), edited,
                              pd::test::PortaldFixture::ifMatch(u"\"%1\""_s.arg(edited.value(u"revision").toInteger()).toUtf8()));
        QCOMPARE(put.status, 200);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1/traditional"_s.arg(source)).headers.value("x-traditional-up-to-date"),
                 QByteArray("false"));
        const auto refreshed = m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/traditional"_s.arg(source));
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.json.object().value(u"id").toInteger(), copy.id);
        QCOMPARE(refreshed.json.object().value(u"revision").toInteger(), copy.revision + 1);
        QCOMPARE(refreshed.json.object().value(u"title").toString(), u"臨江市發展和改革委員會發布軟件產業扶持政策（修訂）"_s);

        // The site's variant: Taiwan vocabulary.
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/traditional"_s.arg(m_site)).json.object().value(u"variant").toString(),
                 u"s2t"_s);
        QCOMPARE(m_portal.call(u"editor"_s, "PUT", u"/api/v1/sites/%1/traditional"_s.arg(m_site),
                      QJsonObject{{u"variant"_s, u"s2twp"_s}}).status, 403);
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", u"/api/v1/sites/%1/traditional"_s.arg(m_site),
                      QJsonObject{{u"variant"_s, u"s2x"_s}}).status, 422);
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", u"/api/v1/sites/%1/traditional"_s.arg(m_site),
                      QJsonObject{{u"variant"_s, u"s2twp"_s}}).status, 200);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/traditional"_s.arg(m_site)).json.object().value(u"variant").toString(),
                 u"s2twp"_s);
        answer.reset();
        TraditionalVersion::generate(client, source, this, [&](pd::Result<pd::domain::Item> item) { answer = item; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->has_value(), answer->has_value() ? "" : qPrintable(answer->error().message));
        QCOMPARE((*answer)->id, copy.id);
        QVERIFY2((*answer)->title.contains(u"軟體"_s), qPrintable((*answer)->title));
        QVERIFY((*answer)->summary.contains(u"軟體企業"_s));

        // Once the copy is in review it cannot be overwritten.
        const auto submitted = m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(copy.id),
                                    QJsonObject{{u"action"_s, u"submit"_s}},
                                    pd::test::PortaldFixture::ifMatch(u"\"%1\""_s.arg((*answer)->revision).toUtf8()));
        QVERIFY2(submitted.status == 200, submitted.body.constData());
        edited = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(source)).json.object();
        edited.insert(u"summary"_s, u"对符合条件的软件企业给予资金和人才支持。"_s);
        QCOMPARE(m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(source), edited,
                      pd::test::PortaldFixture::ifMatch(u"\"%1\""_s.arg(edited.value(u"revision").toInteger()).toUtf8())).status, 200);
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/traditional"_s.arg(source)).status, 409);
    }

    void disclosureItemsHaveNoSeparateCopy()
    {
        const auto items = m_portal.call(u"editor"_s, "GET", u"/api/v1/items?site=%1&type=disclosure&limit=1"_s.arg(m_site));
        QCOMPARE(items.status, 200);
        const QJsonArray list = items.json.object().value(u"items").toArray();
        QVERIFY(!list.isEmpty());
        const qint64 id = list.first().toObject().value(u"id").toInteger();
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/traditional"_s.arg(id)).status, 422);
    }
};

QTEST_GUILESS_MAIN(tst_TraditionalHttp)
#include "tst_traditional_http.moc"
