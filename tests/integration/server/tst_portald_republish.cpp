// Co-publishing (站群) when an original comes back, over real HTTP on the demo portal and its two department sites:
// copies that went offline with the unpublished original return with its new publication — into the target's
// review queue where the target reviews pushes, public at once where it does not — carrying the new text; a copy
// the target site took off itself stays off, and so does every copy of a withdrawn original.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::PortaldFixture;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class tst_PortaldRepublish : public QObject
{
    Q_OBJECT

    PortaldFixture m_portal;
    qint64 m_portalSite = 0;
    qint64 m_portalNews = 0;
    qint64 m_education = 0; ///< reviews the pushes it gets (the default)
    qint64 m_educationNews = 0;
    qint64 m_health = 0;    ///< takes pushes as they are
    qint64 m_healthNews = 0;

    static Headers ifMatch(qint64 revision) { return {{"If-Match", "\"" + QByteArray::number(revision) + "\""}}; }
    static qint64 idOf(const HttpProbe::Reply &r) { return r.json.object().value(u"id").toInteger(); }
    static QString stateOf(const HttpProbe::Reply &r) { return r.json.object().value(u"state").toString(); }

    HttpProbe::Reply get(const QString &who, const QString &path) { return m_portal.api("GET", path, who); }
    QString itemState(const QString &who, qint64 id) { return stateOf(get(who, u"/api/v1/items/%1"_s.arg(id))); }
    HttpProbe::Reply act(const QString &who, qint64 id, const QString &action, const QString &comment = {})
    {
        const qint64 revision = get(who, u"/api/v1/items/%1"_s.arg(id)).json.object().value(u"revision").toInteger();
        QJsonObject body{{u"action"_s, action}};
        if (!comment.isEmpty())
            body.insert(u"comment"_s, comment);
        return m_portal.api("POST", u"/api/v1/items/%1/transitions"_s.arg(id), who, QJsonDocument(body), ifMatch(revision));
    }
    /// Submits `id` on the portal and takes it through its three levels to published; false on any refusal.
    bool reviewAndPublish(qint64 id)
    {
        if (act(u"editor"_s, id, u"submit"_s).status != 200)
            return false;
        for (const QString &who : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            if (act(who, id, u"approve"_s).status != 200)
                return false;
        return stateOf(act(u"reviewer3"_s, id, u"publish"_s)) == u"published"_s;
    }
    /// A news item the demo editor writes on the portal, published there; its id, 0 on a refusal.
    qint64 publishedOnPortal(const QString &title)
    {
        const auto created = m_portal.api(
            "POST", u"/api/v1/items"_s, u"editor"_s,
            QJsonDocument(QJsonObject{{u"site"_s, m_portalSite}, {u"type"_s, u"news"_s}, {u"columns"_s, QJsonArray{m_portalNews}},
                                      {u"title"_s, title}, {u"summary"_s, u"摘要"_s},
                                      {u"bodyHtml"_s, u"<p>%1的正文。</p>"_s.arg(title)}, {u"author"_s, u"通讯员"_s}}));
        return created.status == 201 && reviewAndPublish(idOf(created)) ? idOf(created) : 0;
    }
    /// Pushes `item` into `column` of `site`; the placement (empty on a refusal).
    QJsonObject push(qint64 item, qint64 site, qint64 column)
    {
        const auto placed = m_portal.api("POST", u"/api/v1/items/%1/placements"_s.arg(item), u"editor"_s,
                                         QJsonDocument(QJsonObject{{u"site"_s, site}, {u"columns"_s, QJsonArray{column}}}));
        if (placed.status != 201)
            qWarning() << placed.status << placed.body;
        return placed.status == 201 ? placed.json.object() : QJsonObject();
    }
    QString placementState(qint64 item, qint64 placement)
    {
        for (const QJsonValue &v : get(u"editor"_s, u"/api/v1/items/%1/placements"_s.arg(item)).json.array())
            if (v.toObject().value(u"id").toInteger() == placement)
                return v.toObject().value(u"state").toString();
        return {};
    }
    bool inQueue(const QString &reviewer, qint64 site, qint64 item)
    {
        for (const QJsonValue &v : get(reviewer, u"/api/v1/review/queue?site=%1"_s.arg(site)).json.object()
                                       .value(u"items").toArray())
            if (v.toObject().value(u"id").toInteger() == item)
                return true;
        return false;
    }
    /// The copy's public page on its department site, empty while it is not there.
    QString departmentPage(const QString &siteCode, qint64 copy)
    {
        const auto r = m_portal.http().request("GET", m_portal.url(u"/sites/%1/items/%2.html"_s.arg(siteCode).arg(copy)));
        return r.status == 200 ? QString::fromUtf8(r.body) : QString();
    }
    /// Edits the unpublished original's title (a new text to come back with).
    bool retitle(qint64 id, const QString &title)
    {
        const auto current = get(u"editor"_s, u"/api/v1/items/%1"_s.arg(id));
        QJsonObject edit = current.json.object();
        edit.insert(u"title"_s, title);
        return m_portal.api("PUT", u"/api/v1/items/%1"_s.arg(id), u"editor"_s, QJsonDocument(edit),
                            ifMatch(current.json.object().value(u"revision").toInteger()))
                   .status
               == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        const auto columnOf = [&](qint64 site) {
            for (const QJsonValue &c : get(u"admin"_s, u"/api/v1/sites/%1/columns"_s.arg(site)).json.array())
                if (c.toObject().value(u"kind").toString() == u"news"_s)
                    return c.toObject().value(u"id").toInteger();
            return qint64(0);
        };
        for (const QJsonValue &v : get(u"admin"_s, u"/api/v1/sites"_s).json.array()) {
            const QString code = v.toObject().value(u"siteCode").toString();
            const qint64 id = v.toObject().value(u"id").toInteger();
            if (code == u"3217000001"_s)
                m_portalSite = id;
            else if (code == u"3217000012"_s)
                m_education = id;
            else if (code == u"3217000013"_s)
                m_health = id;
        }
        QVERIFY(m_portalSite > 0 && m_education > 0 && m_health > 0);
        m_portalNews = columnOf(m_portalSite);
        m_educationNews = columnOf(m_education);
        m_healthNews = columnOf(m_health);
        QVERIFY(m_portalNews > 0 && m_educationNews > 0 && m_healthNews > 0);

        // 卫健委 publishes the portal's pushes without its own review.
        const QString policyPath = u"/api/v1/sites/%1/review-policy"_s.arg(m_health);
        const auto current = get(u"admin"_s, policyPath);
        QJsonObject policy = current.json.object();
        policy.insert(u"reviewPlacements"_s, false);
        Headers headers;
        if (const QByteArray etag = current.headers.value("etag"); !etag.isEmpty())
            headers.append({"If-Match", etag});
        const auto changed = m_portal.api("PUT", policyPath, u"admin"_s, QJsonDocument(policy), headers);
        QCOMPARE(changed.status, 200);
    }

    void copiesComeBackWithTheRepublishedOriginal()
    {
        const qint64 source = publishedOnPortal(u"全市秋季征兵工作启动"_s);
        QVERIFY(source > 0);
        // Reviewed and published on 教育局; published at once on 卫健委.
        const QJsonObject toEducation = push(source, m_education, m_educationNews);
        const QJsonObject toHealth = push(source, m_health, m_healthNews);
        QVERIFY(!toEducation.isEmpty() && !toHealth.isEmpty());
        const qint64 educationCopy = toEducation.value(u"copy").toInteger();
        const qint64 healthCopy = toHealth.value(u"copy").toInteger();
        for (const QString &who : {u"jyj-reviewer1"_s, u"jyj-reviewer2"_s, u"jyj-reviewer3"_s})
            QCOMPARE(act(who, educationCopy, u"approve"_s).status, 200);
        QCOMPARE(stateOf(act(u"jyj-reviewer3"_s, educationCopy, u"publish"_s)), u"published"_s);
        QCOMPARE(itemState(u"wjw-reviewer3"_s, healthCopy), u"published"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!departmentPage(u"3217000013"_s, healthCopy).isEmpty(), 10000);

        // The original goes offline: both copies with it.
        QCOMPARE(stateOf(act(u"reviewer3"_s, source, u"unpublish"_s, u"内容需要核实"_s)), u"unpublished"_s);
        QCOMPARE(itemState(u"jyj-reviewer3"_s, educationCopy), u"unpublished"_s);
        QCOMPARE(itemState(u"wjw-reviewer3"_s, healthCopy), u"unpublished"_s);
        QTRY_VERIFY_WITH_TIMEOUT(departmentPage(u"3217000013"_s, healthCopy).isEmpty(), 10000);

        // Corrected and published again on the portal.
        const QString corrected = u"全市秋季征兵工作启动（核实后）"_s;
        QVERIFY(retitle(source, corrected));
        QVERIFY(reviewAndPublish(source));

        // 卫健委 takes pushes as they are: the copy is public again, with the corrected text.
        QCOMPARE(itemState(u"wjw-reviewer3"_s, healthCopy), u"published"_s);
        QCOMPARE(placementState(source, toHealth.value(u"id").toInteger()), u"published"_s);
        QTRY_VERIFY_WITH_TIMEOUT(departmentPage(u"3217000013"_s, healthCopy).contains(corrected), 10000);

        // 教育局 reviews pushes: the copy waits in its level-1 queue with the new text and a deadline, not public.
        const QJsonObject educationItem = get(u"jyj-reviewer1"_s, u"/api/v1/items/%1"_s.arg(educationCopy)).json.object();
        QCOMPARE(educationItem.value(u"state").toString(), u"submitted"_s);
        QCOMPARE(educationItem.value(u"level").toInt(), 1);
        QCOMPARE(educationItem.value(u"title").toString(), corrected);
        QVERIFY(!educationItem.value(u"dueAt").toString().isEmpty());
        QVERIFY(inQueue(u"jyj-reviewer1"_s, m_education, educationCopy));
        QCOMPARE(placementState(source, toEducation.value(u"id").toInteger()), u"pending"_s);
        QVERIFY(departmentPage(u"3217000012"_s, educationCopy).isEmpty());
        bool noted = false;
        for (const QJsonValue &e : get(u"jyj-reviewer1"_s, u"/api/v1/items/%1/audit"_s.arg(educationCopy)).json.array())
            noted = noted || (e.toObject().value(u"toState").toString() == u"submitted"_s
                              && e.toObject().value(u"comment").toString().contains(u"重新发布"_s));
        QVERIFY(noted);
        for (const QString &who : {u"jyj-reviewer1"_s, u"jyj-reviewer2"_s, u"jyj-reviewer3"_s})
            QCOMPARE(act(who, educationCopy, u"approve"_s).status, 200);
        QCOMPARE(stateOf(act(u"jyj-reviewer3"_s, educationCopy, u"publish"_s)), u"published"_s);
        QTRY_VERIFY_WITH_TIMEOUT(departmentPage(u"3217000012"_s, educationCopy).contains(corrected), 10000);
    }

    void aCopyItsSiteTookOffStaysOff()
    {
        const qint64 source = publishedOnPortal(u"全市开展冬季消防检查"_s);
        QVERIFY(source > 0);
        const QJsonObject toHealth = push(source, m_health, m_healthNews);
        QVERIFY(!toHealth.isEmpty());
        const qint64 copy = toHealth.value(u"copy").toInteger();
        QCOMPARE(itemState(u"wjw-reviewer3"_s, copy), u"published"_s);

        // 卫健委's own publisher takes the copy off; later the original goes offline and comes back.
        QCOMPARE(stateOf(act(u"wjw-reviewer3"_s, copy, u"unpublish"_s, u"与本站栏目定位不符"_s)), u"unpublished"_s);
        QCOMPARE(stateOf(act(u"reviewer3"_s, source, u"unpublish"_s)), u"unpublished"_s);
        QVERIFY(reviewAndPublish(source));
        QCOMPARE(itemState(u"wjw-reviewer3"_s, copy), u"unpublished"_s);
        QCOMPARE(placementState(source, toHealth.value(u"id").toInteger()), u"withdrawn"_s);
    }

    void anEndedPlacementStaysEnded()
    {
        const qint64 source = publishedOnPortal(u"全市中小学开展安全教育周活动"_s);
        QVERIFY(source > 0);
        const QJsonObject toHealth = push(source, m_health, m_healthNews);
        QVERIFY(!toHealth.isEmpty());
        const qint64 copy = toHealth.value(u"copy").toInteger();
        QCOMPARE(stateOf(act(u"reviewer3"_s, source, u"unpublish"_s)), u"unpublished"_s);
        QCOMPARE(m_portal.api("DELETE", u"/api/v1/items/%1/placements/%2"_s.arg(source).arg(toHealth.value(u"id").toInteger()),
                              u"editor"_s)
                     .status,
                 204);
        QVERIFY(reviewAndPublish(source));
        QCOMPARE(itemState(u"wjw-reviewer3"_s, copy), u"withdrawn"_s);
        QCOMPARE(placementState(source, toHealth.value(u"id").toInteger()), u"withdrawn"_s);
    }

    void aWithdrawnOriginalNeverComesBack()
    {
        const qint64 source = publishedOnPortal(u"关于调整公交线路的通告"_s);
        QVERIFY(source > 0);
        const QJsonObject toHealth = push(source, m_health, m_healthNews);
        QVERIFY(!toHealth.isEmpty());
        QCOMPARE(stateOf(act(u"reviewer3"_s, source, u"withdraw"_s, u"线路方案有变"_s)), u"withdrawn"_s);
        // 撤稿 is final: the original cannot be submitted again, so neither it nor its copy returns.
        QCOMPARE(act(u"editor"_s, source, u"submit"_s).status, 409);
        QCOMPARE(itemState(u"wjw-reviewer3"_s, toHealth.value(u"copy").toInteger()), u"withdrawn"_s);

        // Unpublished first and withdrawn afterwards: the copy, offline with the original, is withdrawn with it.
        const qint64 later = publishedOnPortal(u"关于调整出租车运价的通告"_s);
        QVERIFY(later > 0);
        const QJsonObject laterCopy = push(later, m_health, m_healthNews);
        QVERIFY(!laterCopy.isEmpty());
        QCOMPARE(stateOf(act(u"reviewer3"_s, later, u"unpublish"_s)), u"unpublished"_s);
        QCOMPARE(itemState(u"wjw-reviewer3"_s, laterCopy.value(u"copy").toInteger()), u"unpublished"_s);
        QCOMPARE(stateOf(act(u"reviewer3"_s, later, u"withdraw"_s, u"运价方案撤回"_s)), u"withdrawn"_s);
        QCOMPARE(itemState(u"wjw-reviewer3"_s, laterCopy.value(u"copy").toInteger()), u"withdrawn"_s);
    }
};

QTEST_GUILESS_MAIN(tst_PortaldRepublish)
#include "tst_portald_republish.moc"
