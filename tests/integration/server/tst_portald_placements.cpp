// Co-publishing (站群) over real HTTP: a department site sends (报送) an item to its portal, whose reviewers see it in
// their queue with its source before it goes public there; pushes (推送) with and without review on the target; a
// new published text and a withdrawal of the original reach the copy's public page; pushes without the right to
// place (403), into a disabled site or an unsuitable column (422).
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/ReplyFields.h"
#include "tests/support/ProblemChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::test;

namespace {
const QString kPassword = u"portaldesk-demo"_s;
const QString kOwnPassword = u"placement-own-password"_s;
using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class tst_PortaldPlacements : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portald;
    HttpProbe m_http;
    qint64 m_portal = 0;
    qint64 m_portalNews = 0;
    qint64 m_portalFeature = 0;
    qint64 m_department = 0;
    qint64 m_departmentNews = 0;
    qint64 m_other = 0;
    qint64 m_otherNews = 0;


    HttpProbe::Reply act(const QString &who, qint64 id, const QString &action, const QString &comment = {})
    {
        const qint64 revision = revOf(m_portald.call(who, "GET", u"/api/v1/items/%1"_s.arg(id)));
        QJsonObject body{{u"action"_s, action}};
        if (!comment.isEmpty())
            body.insert(u"comment"_s, comment);
        return m_portald.call(who, "POST", u"/api/v1/items/%1/transitions"_s.arg(id), body, PortaldFixture::ifMatch(revision));
    }

    /// An account made by the administrator, its one-time password replaced by its own; returns false on a refusal.
    bool addAccount(const QString &username, const QString &displayName, const QJsonArray &roles)
    {
        const auto created = m_portald.call(u"admin"_s, "POST", u"/api/v1/users"_s,
                                  QJsonObject{{u"username"_s, username}, {u"displayName"_s, displayName}, {u"roles"_s, roles}});
        if (created.status != 201)
            return false;
        const QString oneTime = created.json.object().value(u"oneTimePassword").toString();
        m_portald.adopt(username, m_http.login(m_portald.baseUrl(), username, oneTime));
        if (m_portald.call(username, "POST", u"/api/v1/me/password"_s,
                 QJsonObject{{u"currentPassword"_s, oneTime}, {u"newPassword"_s, kOwnPassword}})
                .status
            >= 300)
            return false;
        m_portald.adopt(username, m_http.login(m_portald.baseUrl(), username, kOwnPassword));
        return !m_portald.token(username).isEmpty();
    }
    static QJsonObject grant(const QString &role, qint64 site, int level = 0)
    {
        QJsonObject g{{u"role"_s, role}, {u"site"_s, site}};
        if (level > 0)
            g.insert(u"level"_s, level);
        return g;
    }
    qint64 createSite(const QString &name, const QString &code, qint64 parent)
    {
        QJsonObject site{{u"name"_s, name}, {u"siteCode"_s, code}, {u"orgCode"_s, u"11321700014538266M"_s},
                         {u"reviewLevels"_s, 1}};
        if (parent > 0)
            site.insert(u"parentSite"_s, parent);
        return idOf(m_portald.call(u"admin"_s, "POST", u"/api/v1/sites"_s, site));
    }
    qint64 createColumn(qint64 site, const QString &name, const QString &kind)
    {
        return idOf(m_portald.call(u"admin"_s, "POST", u"/api/v1/sites/%1/columns"_s.arg(site),
                         QJsonObject{{u"name"_s, name}, {u"kind"_s, kind}}));
    }

    /// A news item written by `editor` on `site` and published there through its one review level by `chief`.
    qint64 publishedOn(qint64 site, qint64 column, const QString &editor, const QString &chief, const QString &title)
    {
        const auto created = m_portald.call(editor, "POST", u"/api/v1/items"_s,
                                  QJsonObject{{u"site"_s, site}, {u"type"_s, u"news"_s}, {u"columns"_s, QJsonArray{column}},
                                              {u"title"_s, title}, {u"summary"_s, u"摘要"_s},
                                              {u"bodyHtml"_s, u"<p>%1的正文。</p>"_s.arg(title)}, {u"author"_s, u"通讯员"_s}});
        if (created.status != 201)
            return 0;
        const qint64 id = idOf(created);
        if (act(editor, id, u"submit"_s).status != 200 || act(chief, id, u"approve"_s).status != 200
            || stateOf(act(chief, id, u"publish"_s)) != u"published"_s)
            return 0;
        return id;
    }
    HttpProbe::Reply place(const QString &who, qint64 item, qint64 site, const QJsonArray &columns)
    {
        return m_portald.call(who, "POST", u"/api/v1/items/%1/placements"_s.arg(item),
                    QJsonObject{{u"site"_s, site}, {u"columns"_s, columns}});
    }
    QJsonObject queueEntry(const QString &who, qint64 site, qint64 item)
    {
        for (const QJsonValue &v : m_portald.call(who, "GET", u"/api/v1/review/queue?site=%1"_s.arg(site)).json.object()
                                       .value(u"items").toArray())
            if (v.toObject().value(u"id").toInteger() == item)
                return v.toObject();
        return {};
    }
    QJsonObject placementOf(const QString &who, qint64 item, qint64 placement)
    {
        for (const QJsonValue &v : m_portald.call(who, "GET", u"/api/v1/items/%1/placements"_s.arg(item)).json.array())
            if (v.toObject().value(u"id").toInteger() == placement)
                return v.toObject();
        return {};
    }
    QString publicPage(qint64 item)
    {
        const auto r = m_http.request("GET", m_portald.url(u"/items/%1.html"_s.arg(item)));
        return r.status == 200 ? QString::fromUtf8(r.body) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portald.start(), m_portald.failure());
        for (const QString &who : {u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s, u"admin"_s}) {
            m_portald.adopt(who, m_portald.newToken(who));
            QVERIFY2(!m_portald.token(who).isEmpty(), qPrintable(who));
        }
        m_portal = m_portald.call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array().first().toObject().value(u"id").toInteger();
        for (const QJsonValue &c : m_portald.call(u"admin"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_portal)).json.array()) {
            const QJsonObject column = c.toObject();
            if (column.value(u"kind").toString() == u"news"_s && m_portalNews == 0)
                m_portalNews = column.value(u"id").toInteger();
            if (column.value(u"kind").toString() == u"feature"_s && m_portalFeature == 0)
                m_portalFeature = column.value(u"id").toInteger();
        }
        QVERIFY(m_portalNews > 0 && m_portalFeature > 0);

        // 市教育局 belongs to the portal; 市水务局 is a site of the group the department cannot place into.
        m_department = createSite(u"临江市教育局"_s, u"3217000201"_s, m_portal);
        m_other = createSite(u"临江市水务局"_s, u"3217000202"_s, m_portal);
        QVERIFY(m_department > 0 && m_other > 0);
        m_departmentNews = createColumn(m_department, u"教育动态"_s, u"news"_s);
        m_otherNews = createColumn(m_other, u"水务动态"_s, u"news"_s);
        QVERIFY(m_departmentNews > 0 && m_otherNews > 0);
        QVERIFY(addAccount(u"jy-editor"_s, u"钱晓燕"_s, QJsonArray{grant(u"editor"_s, m_department)}));
        QVERIFY(addAccount(u"jy-chief"_s, u"冯国强"_s,
                           QJsonArray{grant(u"reviewer"_s, m_department, 1), grant(u"publisher"_s, m_department)}));
        // Writes for the portal and for the department alike: may push either way.
        QVERIFY(addAccount(u"both"_s, u"陈思远"_s,
                           QJsonArray{grant(u"editor"_s, m_portal), grant(u"editor"_s, m_department)}));
    }

    void membersSeeTheirPortalOnlyForSubmissions()
    {
        const auto contains = [](const HttpProbe::Reply &r, qint64 site) {
            for (const QJsonValue &v : r.json.array())
                if (v.toObject().value(u"id").toInteger() == site)
                    return true;
            return false;
        };
        // The site switcher lists the sites one works on; the placement scope adds the portal one sends to.
        QVERIFY(!contains(m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/sites"_s), m_portal));
        const auto placement = m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/sites?scope=placement"_s);
        QVERIFY(contains(placement, m_portal) && contains(placement, m_department));
        QVERIFY(!contains(placement, m_other));
        QCOMPARE(m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_portal)).status, 200);
        QCOMPARE(m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_other)).status, 404);
        QCOMPARE(m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/sites?scope=everything"_s).status, 400);
    }

    void submissionIsReviewedByThePortalThenPublishedWithItsSource()
    {
        const QString title = u"市教育局召开秋季开学工作会议"_s;
        const qint64 source = publishedOn(m_department, m_departmentNews, u"jy-editor"_s, u"jy-chief"_s, title);
        QVERIFY(source > 0);

        const auto placed = place(u"jy-editor"_s, source, m_portal, QJsonArray{m_portalNews});
        QCOMPARE(placed.status, 201);
        const QJsonObject placement = placed.json.object();
        QCOMPARE(placement.value(u"kind").toString(), u"submit"_s);
        QCOMPARE(placement.value(u"state").toString(), u"pending"_s);
        QCOMPARE(placement.value(u"siteName").toString(), u"临江市人民政府门户网站"_s);
        const qint64 copy = placement.value(u"copy").toInteger();
        QVERIFY(copy > 0 && copy != source);

        // In the portal's queue at level 1, named as a 报送 from the department; not public before its review.
        const QJsonObject waiting = queueEntry(u"reviewer1"_s, m_portal, copy);
        QCOMPARE(waiting.value(u"placementKind").toString(), u"submit"_s);
        QCOMPARE(waiting.value(u"sourceSiteName").toString(), u"临江市教育局"_s);
        QCOMPARE(waiting.value(u"sourceItem").toInteger(), source);
        QVERIFY(queueEntry(u"jy-chief"_s, m_department, copy).isEmpty());
        QVERIFY(publicPage(copy).isEmpty());
        // Its text follows the original: nobody on the portal edits it.
        const auto copyItem = m_portald.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(copy));
        QCOMPARE(copyItem.json.object().value(u"source").toString(), u"临江市教育局"_s);
        QCOMPARE(m_portald.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(copy), copyItem.json.object(), PortaldFixture::ifMatch(revOf(copyItem)))
                     .status,
                 409);

        for (const QString &who : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            QCOMPARE(act(who, copy, u"approve"_s).status, 200);
        QCOMPARE(stateOf(act(u"reviewer3"_s, copy, u"publish"_s)), u"published"_s);
        QCOMPARE(placementOf(u"jy-editor"_s, source, idOf(placed)).value(u"state").toString(), u"published"_s);
        QTRY_VERIFY_WITH_TIMEOUT(publicPage(copy).contains(title), 10000);
        QVERIFY2(publicPage(copy).contains(u"来源：临江市教育局"_s), qPrintable(publicPage(copy)));

        // The original's pages list the copy's page on the portal too (for a withdrawal's confirmation).
        bool listed = false;
        for (const QJsonValue &p : m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/items/%1/pages"_s.arg(source)).json.array())
            listed = listed || p.toObject().value(u"url").toString() == u"/items/%1.html"_s.arg(copy);
        QVERIFY(listed);

        // A new published text of the original reaches the copy's page, without another review on the portal.
        const QString corrected = u"市教育局召开秋季开学工作会议（更新）"_s;
        auto current = m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/items/%1"_s.arg(source));
        QJsonObject edit = current.json.object();
        edit.insert(u"title"_s, corrected);
        QCOMPARE(m_portald.call(u"jy-editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(source), edit, PortaldFixture::ifMatch(revOf(current))).status, 200);
        QCOMPARE(act(u"jy-editor"_s, source, u"submit"_s).status, 200);
        QCOMPARE(act(u"jy-chief"_s, source, u"approve"_s).status, 200);
        QCOMPARE(act(u"jy-chief"_s, source, u"publish"_s).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(publicPage(copy).contains(corrected), 10000);
        QCOMPARE(m_portald.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(copy)).json.object().value(u"title").toString(), corrected);

        // Withdrawing the original takes the copy off the portal.
        QCOMPARE(act(u"jy-chief"_s, source, u"withdraw"_s, u"信息有误"_s).status, 200);
        QCOMPARE(stateOf(m_portald.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(copy))), u"withdrawn"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.request("GET", m_portald.url(u"/items/%1.html"_s.arg(copy))).status, 404, 10000);
        QCOMPARE(placementOf(u"jy-editor"_s, source, idOf(placed)).value(u"state").toString(), u"withdrawn"_s);
        bool audited = false;
        for (const QJsonValue &e : m_portald.call(u"editor"_s, "GET", u"/api/v1/items/%1/audit"_s.arg(copy)).json.array())
            audited = audited || (e.toObject().value(u"action").toString() == u"withdraw"_s
                                  && e.toObject().value(u"comment").toString().contains(u"信息有误"_s));
        QVERIFY(audited);
    }

    void pushIsReviewedOnTheTargetUnlessItsPolicySaysOtherwise()
    {
        auto r = m_portald.call(u"both"_s, "POST", u"/api/v1/items"_s,
                      QJsonObject{{u"site"_s, m_portal}, {u"type"_s, u"news"_s}, {u"columns"_s, QJsonArray{m_portalNews}},
                                  {u"title"_s, u"全市推进智慧校园建设"_s}, {u"bodyHtml"_s, u"<p>正文。</p>"_s}});
        QCOMPARE(r.status, 201);
        const qint64 source = idOf(r);
        QCOMPARE(act(u"both"_s, source, u"submit"_s).status, 200);
        for (const QString &who : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            QCOMPARE(act(who, source, u"approve"_s).status, 200);
        QCOMPARE(act(u"reviewer3"_s, source, u"publish"_s).status, 200);

        // The department reviews pushes by default: the copy waits in its queue as a 推送 from the portal.
        const auto reviewed = place(u"both"_s, source, m_department, QJsonArray{m_departmentNews});
        QCOMPARE(reviewed.status, 201);
        QCOMPARE(reviewed.json.object().value(u"kind").toString(), u"push"_s);
        QCOMPARE(reviewed.json.object().value(u"state").toString(), u"pending"_s);
        const qint64 copy = reviewed.json.object().value(u"copy").toInteger();
        const QJsonObject waiting = queueEntry(u"jy-chief"_s, m_department, copy);
        QCOMPARE(waiting.value(u"placementKind").toString(), u"push"_s);
        QCOMPARE(waiting.value(u"sourceSiteName").toString(), u"临江市人民政府门户网站"_s);
        QCOMPARE(place(u"both"_s, source, m_department, QJsonArray{m_departmentNews}).status, 409); // once per site

        // Ending the placement withdraws the copy; the placement stays listed.
        QCOMPARE(m_portald.call(u"both"_s, "DELETE", u"/api/v1/items/%1/placements/%2"_s.arg(source).arg(idOf(reviewed))).status, 204);
        QCOMPARE(stateOf(m_portald.call(u"jy-chief"_s, "GET", u"/api/v1/items/%1"_s.arg(copy))), u"withdrawn"_s);
        QCOMPARE(placementOf(u"both"_s, source, idOf(reviewed)).value(u"state").toString(), u"withdrawn"_s);
        QCOMPARE(m_portald.call(u"both"_s, "DELETE", u"/api/v1/items/%1/placements/%2"_s.arg(source).arg(idOf(reviewed))).status, 409);

        // A department that takes the portal's pushes as they are: published at once.
        const QString policyPath = u"/api/v1/sites/%1/review-policy"_s.arg(m_department);
        QJsonObject policy = m_portald.call(u"admin"_s, "GET", policyPath).json.object();
        QCOMPARE(policy.value(u"reviewPlacements").toBool(), true);
        policy.insert(u"reviewPlacements"_s, false);
        QCOMPARE(m_portald.call(u"admin"_s, "PUT", policyPath, policy, {{"If-Match", m_portald.call(u"admin"_s, "GET", policyPath).headers.value("etag")}}).status, 200);
        // A client that does not know the setting leaves it as it is.
        QCOMPARE(m_portald.call(u"admin"_s, "PUT", policyPath, QJsonObject{{u"levels"_s, 1}},
                      {{"If-Match", m_portald.call(u"admin"_s, "GET", policyPath).headers.value("etag")}})
                     .status,
                 200);
        QCOMPARE(m_portald.call(u"admin"_s, "GET", policyPath).json.object().value(u"reviewPlacements").toBool(), false);
        const auto direct = place(u"both"_s, source, m_department, QJsonArray{m_departmentNews});
        QCOMPARE(direct.status, 201);
        QCOMPARE(direct.json.object().value(u"state").toString(), u"published"_s);
        const qint64 directCopy = direct.json.object().value(u"copy").toInteger();
        QCOMPARE(stateOf(m_portald.call(u"jy-chief"_s, "GET", u"/api/v1/items/%1"_s.arg(directCopy))), u"published"_s);
        policy.insert(u"reviewPlacements"_s, true);
        QCOMPARE(m_portald.call(u"admin"_s, "PUT", policyPath, policy, {{"If-Match", m_portald.call(u"admin"_s, "GET", policyPath).headers.value("etag")}}).status, 200);

        // The department's own public site carries the copy, naming the portal as its source; the original's pages
        // list it with the department's name.
        const QString departmentPage = u"/sites/3217000201/items/%1.html"_s.arg(directCopy);
        const auto servedPage = [&] {
            const auto r = m_http.request("GET", m_portald.url(departmentPage));
            return r.status == 200 ? QString::fromUtf8(r.body) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(servedPage().contains(u"全市推进智慧校园建设"_s), 10000);
        QVERIFY2(servedPage().contains(u"来源：临江市人民政府门户网站"_s), qPrintable(servedPage()));
        bool listed = false;
        for (const QJsonValue &p : m_portald.call(u"both"_s, "GET", u"/api/v1/items/%1/pages"_s.arg(source)).json.array())
            listed = listed || (p.toObject().value(u"siteName").toString() == u"临江市教育局"_s
                                && p.toObject().value(u"url").toString() == u"/items/%1.html"_s.arg(directCopy));
        QVERIFY(listed);

        // Unpublishing the original takes the department's copy off its site too.
        QCOMPARE(act(u"reviewer3"_s, source, u"unpublish"_s).status, 200);
        QCOMPARE(stateOf(m_portald.call(u"jy-chief"_s, "GET", u"/api/v1/items/%1"_s.arg(directCopy))), u"unpublished"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.request("GET", m_portald.url(departmentPage)).status, 404, 10000);
        QCOMPARE(placementOf(u"both"_s, source, idOf(direct)).value(u"state").toString(), u"withdrawn"_s);
    }

    void placingWithoutTheRightIsForbidden()
    {
        const qint64 source = publishedOn(m_department, m_departmentNews, u"jy-editor"_s, u"jy-chief"_s, u"权限测试稿件"_s);
        QVERIFY(source > 0);
        // Not an editor of 市水务局, which is not the department's portal either.
        const auto sideways = place(u"jy-editor"_s, source, m_other, QJsonArray{m_otherNews});
        QCOMPARE(sideways.status, 403);
        QCOMPARE(sideways.headers.value("content-type"), QByteArray("application/problem+json"));
        QVERIFY(sideways.json.object().value(u"detail").toString().contains(u"临江市水务局"_s));
        // The department's publisher may send to the portal, but push sideways no more than its editor.
        QCOMPARE(place(u"jy-chief"_s, source, m_other, QJsonArray{m_otherNews}).status, 403);
        // The portal's editor cannot even see the department's items.
        QCOMPARE(place(u"editor"_s, source, m_portal, QJsonArray{m_portalNews}).status, 404);
        // A reviewer of the portal may not push the portal's items anywhere.
        const qint64 own = idOf(m_portald.call(u"both"_s, "POST", u"/api/v1/items"_s,
                                     QJsonObject{{u"site"_s, m_portal}, {u"type"_s, u"news"_s},
                                                 {u"columns"_s, QJsonArray{m_portalNews}}, {u"title"_s, u"审核人推送"_s},
                                                 {u"bodyHtml"_s, u"<p>正文。</p>"_s}}));
        QVERIFY(own > 0);
        QCOMPARE(place(u"reviewer1"_s, own, m_department, QJsonArray{m_departmentNews}).status, 403);
        QVERIFY(m_portald.call(u"jy-editor"_s, "GET", u"/api/v1/items/%1/placements"_s.arg(source)).json.array().isEmpty());
    }

    void unsuitableTargetsAreRefused()
    {
        const qint64 source = publishedOn(m_department, m_departmentNews, u"jy-editor"_s, u"jy-chief"_s, u"目标校验稿件"_s);
        QVERIFY(source > 0);
        auto r = place(u"jy-editor"_s, source, m_portal, QJsonArray{m_portalFeature});
        QCOMPARE(r.status, 422);
        QCOMPARE(pd::test::problemFields(r), QStringList{u"columns"_s});
        r = place(u"jy-editor"_s, source, m_portal, QJsonArray{m_departmentNews});
        QCOMPARE(r.status, 422);
        QCOMPARE(pd::test::problemFields(r), QStringList{u"columns"_s});
        r = place(u"jy-editor"_s, source, m_portal, QJsonArray{});
        QCOMPARE(r.status, 422);
        r = place(u"jy-editor"_s, source, 999999, QJsonArray{m_portalNews});
        QCOMPARE(r.status, 422);
        QCOMPARE(pd::test::problemFields(r), QStringList{u"site"_s});

        // A disabled site takes no new work.
        const qint64 closed = createSite(u"临江市旧站"_s, u"3217000203"_s, 0);
        const qint64 closedNews = createColumn(closed, u"旧站动态"_s, u"news"_s);
        QVERIFY(closed > 0 && closedNews > 0);
        QVERIFY(addAccount(u"old-editor"_s, u"林海"_s,
                           QJsonArray{grant(u"editor"_s, m_department), grant(u"editor"_s, closed)}));
        const auto site = m_portald.call(u"admin"_s, "GET", u"/api/v1/sites"_s);
        qint64 revision = 0;
        for (const QJsonValue &s : site.json.array())
            if (s.toObject().value(u"id").toInteger() == closed)
                revision = s.toObject().value(u"revision").toInteger();
        QCOMPARE(m_portald.call(u"admin"_s, "PUT", u"/api/v1/sites/%1"_s.arg(closed), QJsonObject{{u"enabled"_s, false}}, PortaldFixture::ifMatch(revision))
                     .status,
                 200);
        r = place(u"old-editor"_s, source, closed, QJsonArray{closedNews});
        QCOMPARE(r.status, 422);
        QCOMPARE(pd::test::problemFields(r), QStringList{u"site"_s});

        // Only published items travel.
        auto draft = m_portald.call(u"jy-editor"_s, "POST", u"/api/v1/items"_s,
                          QJsonObject{{u"site"_s, m_department}, {u"type"_s, u"news"_s},
                                      {u"columns"_s, QJsonArray{m_departmentNews}}, {u"title"_s, u"草稿"_s},
                                      {u"bodyHtml"_s, u"<p>草稿。</p>"_s}});
        QCOMPARE(draft.status, 201);
        QCOMPARE(place(u"jy-editor"_s, idOf(draft), m_portal, QJsonArray{m_portalNews}).status, 409);
    }

    void cleanupTestCase()
    {
        QVERIFY(m_portald.process().stop());
    }
};

QTEST_GUILESS_MAIN(tst_PortaldPlacements)
#include "tst_portald_placements.moc"
