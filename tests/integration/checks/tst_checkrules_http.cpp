// Check-rule editing through portald's HTTP API: only the site's admin may add, change (incl. disable) and
// delete rules or replace the allow-list (401/403 otherwise); every change bumps the rule set's version (its ETag);
// PUT/DELETE need If-Match (428/412); invalid rules are 422 per field; the submit check uses the new rules at once;
// every change is listed with who made it.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray etagOf(const pd::test::HttpProbe::Reply &r)
{
    return r.headers.value("etag");
}

bool hasRule(const QJsonObject &ruleSet, const QString &id)
{
    for (const QJsonValue &r : ruleSet.value(u"rules").toArray()) {
        if (r.toObject().value(u"id").toString() == id)
            return true;
    }
    return false;
}

} // namespace

class tst_CheckRulesHttp : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    qint64 m_site = 0;

    QString rules(const QString &suffix = {}) const
    {
        return u"/api/v1/checks/rules%1?site=%2"_s.arg(suffix).arg(m_site);
    }
    /// A news item by the demo editor with `text` in its body; its id and ETag.
    std::pair<qint64, QByteArray> createNews(const QString &text)
    {
        const auto columns = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_site));
        qint64 column = 0;
        for (const QJsonValue &c : columns.json.array()) {
            if (c.toObject().value(u"kind").toString() == u"news" && column == 0)
                column = c.toObject().value(u"id").toInteger();
        }
        const auto created = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s,
                                  QJsonObject{{u"site"_s, m_site},
                                              {u"type"_s, u"news"_s},
                                              {u"title"_s, u"临江市召开城市更新工作推进会"_s},
                                              {u"summary"_s, u"会议部署下一阶段城市更新工作。"_s},
                                              {u"bodyHtml"_s, u"<p>会议指出，%1。</p>"_s.arg(text)},
                                              {u"author"_s, u"市住建局"_s},
                                              {u"columns"_s, QJsonArray{column}}});
        return {created.status == 201 ? created.json.object().value(u"id").toInteger() : 0, etagOf(created)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        for (const QString &user : {u"admin"_s, u"editor"_s, u"reviewer1"_s})
            QVERIFY2(!m_portal.token(user).isEmpty(), qPrintable(user));
        const auto sites = m_portal.call(u"editor"_s, "GET", u"/api/v1/sites"_s);
        m_site = sites.json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_site > 0);
    }

    void onlyAdminsEdit()
    {
        const QJsonObject rule{{u"pattern"_s, u"某某词"_s}, {u"kind"_s, u"typo"_s}, {u"severity"_s, u"warn"_s}};
        QCOMPARE(m_portal.call(u"editor"_s, "POST", rules(), rule).status, 403);
        QCOMPARE(m_portal.call(u"reviewer1"_s, "POST", rules(), rule).status, 403);
        QCOMPARE(m_portal.call(u"editor"_s, "PUT", rules(u"/typo-001"_s), rule, pd::test::PortaldFixture::ifMatch("\"1\"")).status, 403);
        QCOMPARE(m_portal.call(u"editor"_s, "DELETE", rules(u"/typo-001"_s), {}, pd::test::PortaldFixture::ifMatch("\"1\"")).status, 403);
        QCOMPARE(m_portal.call(u"editor"_s, "PUT", u"/api/v1/checks/allow?site=%1"_s.arg(m_site),
                      QJsonObject{{u"allow"_s, QJsonArray{u"某某"_s}}}, pd::test::PortaldFixture::ifMatch("\"1\"")).status, 403);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", u"/api/v1/checks/changes?site=%1"_s.arg(m_site)).status, 403);
        QCOMPARE(m_portal.api("POST", rules(), QString(), QJsonDocument(rule)).status, 401);
        QCOMPARE(m_portal.call(u"admin"_s, "POST", u"/api/v1/checks/rules?site=999"_s, rule).status, 404);
        QCOMPARE(m_portal.call(u"admin"_s, "POST", u"/api/v1/checks/rules"_s, rule).status, 400);
        // Nothing changed.
        QCOMPARE(m_portal.call(u"admin"_s, "GET", u"/api/v1/checks/changes?site=%1"_s.arg(m_site)).json.object()
                     .value(u"items").toArray().size(), 0);
    }

    void addChangeDisableDelete()
    {
        const auto before = m_portal.call(u"editor"_s, "GET", rules());
        QCOMPARE(before.status, 200);
        const int v0 = before.json.object().value(u"version").toInt();
        QCOMPARE(etagOf(before), u"\"%1\""_s.arg(v0).toUtf8());

        // Add a blocking expression; the server names it.
        const auto added = m_portal.call(u"admin"_s, "POST", rules(),
                                QJsonObject{{u"pattern"_s, u" 违规宣传语 "_s}, {u"kind"_s, u"sensitive"_s},
                                            {u"severity"_s, u"block"_s}, {u"note"_s, u"测试用"_s}});
        QCOMPARE(added.status, 201);
        const QString id = added.json.object().value(u"rule").toObject().value(u"id").toString();
        QCOMPARE(id, u"custom-1"_s);
        QCOMPARE(added.json.object().value(u"rule").toObject().value(u"pattern").toString(), u"违规宣传语"_s);
        QCOMPARE(added.json.object().value(u"version").toInt(), v0 + 1);
        QCOMPARE(etagOf(added), u"\"%1\""_s.arg(v0 + 1).toUtf8());
        const auto after = m_portal.call(u"editor"_s, "GET", rules());
        QCOMPARE(after.json.object().value(u"version").toInt(), v0 + 1);
        QVERIFY(hasRule(after.json.object(), id));

        // Invalid rules are refused per field; a duplicate id too.
        const auto bad = m_portal.call(u"admin"_s, "POST", rules(),
                              QJsonObject{{u"pattern"_s, u"某词"_s}, {u"kind"_s, u"rumour"_s}, {u"severity"_s, u"warn"_s}});
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.json.object().value(u"errors").toArray().first().toObject().value(u"field").toString(), u"kind"_s);
        QCOMPARE(m_portal.call(u"admin"_s, "POST", rules(),
                      QJsonObject{{u"id"_s, u"typo-001"_s}, {u"pattern"_s, u"某词"_s}, {u"kind"_s, u"typo"_s},
                                  {u"severity"_s, u"warn"_s}}).status, 422);
        QCOMPARE(m_portal.call(u"admin"_s, "POST", rules(), QJsonObject{{u"kind"_s, u"typo"_s}, {u"severity"_s, u"warn"_s}}).status,
                 422);

        // The submit check uses the new rule at once.
        const auto [item, itemTag] = createNews(u"严禁出现违规宣传语"_s);
        QVERIFY(item > 0);
        const auto refused = m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(item),
                                  QJsonObject{{u"action"_s, u"submit"_s}}, pd::test::PortaldFixture::ifMatch(itemTag));
        QCOMPARE(refused.status, 422);
        QVERIFY(QJsonDocument(refused.json).toJson().contains(id.toUtf8()));

        // Disabling needs If-Match, and a current one.
        const QByteArray v1 = etagOf(added);
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", rules(u"/"_s + id), QJsonObject{{u"enabled"_s, false}}).status, 428);
        const auto staleReply =
            m_portal.call(u"admin"_s, "PUT", rules(u"/"_s + id), QJsonObject{{u"enabled"_s, false}}, pd::test::PortaldFixture::ifMatch(u"\"%1\""_s.arg(v0).toUtf8()));
        QCOMPARE(staleReply.status, 412);
        QCOMPARE(staleReply.json.object().value(u"current").toObject().value(u"version").toInt(), v0 + 1);
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", rules(u"/no-such-rule"_s), QJsonObject{{u"enabled"_s, false}}, pd::test::PortaldFixture::ifMatch(v1)).status, 404);
        const auto disabled = m_portal.call(u"admin"_s, "PUT", rules(u"/"_s + id), QJsonObject{{u"enabled"_s, false}}, pd::test::PortaldFixture::ifMatch(v1));
        QCOMPARE(disabled.status, 200);
        const QJsonObject rule = disabled.json.object().value(u"rule").toObject();
        QCOMPARE(rule.value(u"enabled").toBool(true), false);
        QCOMPARE(rule.value(u"pattern").toString(), u"违规宣传语"_s); // fields not sent keep their value
        QCOMPARE(disabled.json.object().value(u"version").toInt(), v0 + 2);

        // Disabled, the rule no longer blocks the submit.
        const auto fresh = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(item));
        const auto submitted = m_portal.call(u"editor"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(item),
                                    QJsonObject{{u"action"_s, u"submit"_s}}, pd::test::PortaldFixture::ifMatch(etagOf(fresh)));
        QVERIFY2(submitted.status == 200, submitted.body.constData());

        // The allow-list, then deletion.
        const auto allowed = m_portal.call(u"admin"_s, "PUT", u"/api/v1/checks/allow?site=%1"_s.arg(m_site),
                                  QJsonObject{{u"allow"_s, QJsonArray{u"既使得"_s, u" 截止日期 "_s, u"既使得"_s}}},
                                  pd::test::PortaldFixture::ifMatch(etagOf(disabled)));
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.json.object().value(u"allow").toArray(), (QJsonArray{u"既使得"_s, u"截止日期"_s}));
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", u"/api/v1/checks/allow?site=%1"_s.arg(m_site),
                      QJsonObject{{u"allow"_s, QJsonArray{u""_s}}}, pd::test::PortaldFixture::ifMatch(etagOf(allowed))).status, 422);
        QCOMPARE(m_portal.call(u"editor"_s, "GET", rules()).json.object().value(u"allow").toArray().size(), 2);

        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", rules(u"/"_s + id)).status, 428);
        const auto deleted = m_portal.call(u"admin"_s, "DELETE", rules(u"/"_s + id), {}, pd::test::PortaldFixture::ifMatch(etagOf(allowed)));
        QCOMPARE(deleted.status, 204);
        QCOMPARE(etagOf(deleted), u"\"%1\""_s.arg(v0 + 4).toUtf8());
        QVERIFY(!hasRule(m_portal.call(u"editor"_s, "GET", rules()).json.object(), id));
        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", rules(u"/"_s + id), {}, pd::test::PortaldFixture::ifMatch(etagOf(deleted))).status, 404);

        // Who changed what, newest first.
        const auto changes = m_portal.call(u"admin"_s, "GET", u"/api/v1/checks/changes?site=%1"_s.arg(m_site));
        QCOMPARE(changes.status, 200);
        const QJsonArray items = changes.json.object().value(u"items").toArray();
        QCOMPARE(items.size(), 4);
        QStringList actions;
        for (const QJsonValue &c : items)
            actions << c.toObject().value(u"action").toString();
        QCOMPARE(actions, (QStringList{u"delete"_s, u"allow"_s, u"update"_s, u"create"_s}));
        QCOMPARE(items.first().toObject().value(u"ruleId").toString(), id);
        QCOMPARE(items.first().toObject().value(u"version").toInt(), v0 + 4);
        QVERIFY(items.first().toObject().value(u"userId").toInteger() > 0);
    }
};

QTEST_GUILESS_MAIN(tst_CheckRulesHttp)
#include "tst_checkrules_http.moc"
