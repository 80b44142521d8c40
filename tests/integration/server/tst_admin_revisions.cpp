// Two administrators at work on one site over real HTTP: columns and the review policy carry revisions like sites
// and accounts, a change sent with the revision read before someone else's change is refused with 412
// problem+json (Chinese detail, the record as it is now in `current`) and changes nothing, and a change without
// If-Match gets 428. A column's revision also moves when a sibling's move shifts its place, and the policy's when
// the site record it belongs to changes.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::PortaldFixture;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const QString kOwnPassword = u"second-admin-password"_s;
} // namespace

class tst_AdminRevisions : public QObject
{
    Q_OBJECT

    PortaldFixture m_portal;
    QString m_second; ///< the second administrator's token
    qint64 m_site = 0;

    static Headers ifMatch(qint64 revision) { return {{"If-Match", "\"" + QByteArray::number(revision) + "\""}}; }
    static QString detailOf(const HttpProbe::Reply &r) { return r.json.object().value(u"detail").toString(); }
    static QJsonObject currentOf(const HttpProbe::Reply &r) { return r.json.object().value(u"current").toObject(); }

    /// A request as the second administrator.
    HttpProbe::Reply second(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, Headers headers = {})
    {
        return m_portal.http().json(verb, m_portal.url(path), m_second,
                                    body.isEmpty() ? QJsonDocument() : QJsonDocument(body), std::move(headers));
    }
    HttpProbe::Reply first(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, Headers headers = {})
    {
        return m_portal.api(verb, path, u"admin"_s, body.isEmpty() ? QJsonDocument() : QJsonDocument(body),
                            std::move(headers));
    }
    QJsonObject column(qint64 id)
    {
        for (const QJsonValue &v : first("GET", u"/api/v1/sites/%1/columns"_s.arg(m_site)).json.array())
            if (v.toObject().value(u"id").toInteger() == id)
                return v.toObject();
        return {};
    }
    qint64 newColumn(const QString &name, qint64 parent = 0)
    {
        QJsonObject body{{u"name"_s, name}, {u"kind"_s, u"news"_s}};
        if (parent > 0)
            body.insert(u"parentId"_s, parent);
        const auto made = first("POST", u"/api/v1/sites/%1/columns"_s.arg(m_site), body);
        return made.status == 201 ? made.json.object().value(u"id").toInteger() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_site = m_portal.siteId();
        QVERIFY(m_site > 0);
        // A second administrator, with a password of their own.
        const auto created = first("POST", u"/api/v1/users"_s,
                                   QJsonObject{{u"username"_s, u"admin2"_s}, {u"displayName"_s, u"第二管理员"_s},
                                               {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"admin"_s}, {u"site"_s, m_site}}}}});
        QCOMPARE(created.status, 201);
        const QString oneTime = created.json.object().value(u"oneTimePassword").toString();
        const QString token = m_portal.http().login(m_portal.baseUrl(), u"admin2"_s, oneTime);
        QVERIFY(m_portal.http()
                    .json("POST", m_portal.url(u"/api/v1/me/password"_s), token,
                          QJsonDocument(QJsonObject{{u"currentPassword"_s, oneTime}, {u"newPassword"_s, kOwnPassword}}))
                    .status
                < 300);
        m_second = m_portal.http().login(m_portal.baseUrl(), u"admin2"_s, kOwnPassword);
        QVERIFY(!m_second.isEmpty());
    }

    void aStaleColumnChangeIsRefused()
    {
        const qint64 id = newColumn(u"政务要闻"_s);
        QVERIFY(id > 0);
        const QJsonObject read = column(id); // both administrators read it now
        const qint64 revision = read.value(u"revision").toInteger();
        QVERIFY(revision >= 1);

        const auto renamed = first("PUT", u"/api/v1/columns/%1"_s.arg(id), QJsonObject{{u"name"_s, u"今日要闻"_s}},
                                   ifMatch(revision));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json.object().value(u"revision").toInteger(), revision + 1);

        // The second one still has the first version on screen.
        const auto stale = second("PUT", u"/api/v1/columns/%1"_s.arg(id), QJsonObject{{u"name"_s, u"头条新闻"_s}},
                                  ifMatch(revision));
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.headers.value("content-type").startsWith("application/problem+json"));
        QVERIFY2(detailOf(stale).contains(u"已被他人修改"_s), qPrintable(detailOf(stale)));
        QCOMPARE(currentOf(stale).value(u"name").toString(), u"今日要闻"_s);
        QCOMPARE(currentOf(stale).value(u"revision").toInteger(), revision + 1);
        QCOMPARE(column(id).value(u"name").toString(), u"今日要闻"_s);

        // Without If-Match: 428, nothing changed; a stale delete: 412, the column stays.
        QCOMPARE(second("PUT", u"/api/v1/columns/%1"_s.arg(id), QJsonObject{{u"name"_s, u"头条新闻"_s}}).status, 428);
        QCOMPARE(second("DELETE", u"/api/v1/columns/%1"_s.arg(id)).status, 428);
        QCOMPARE(second("DELETE", u"/api/v1/columns/%1"_s.arg(id), {}, ifMatch(revision)).status, 412);
        QCOMPARE(column(id).value(u"name").toString(), u"今日要闻"_s);
        // With the revision now read, the change goes through.
        QCOMPARE(second("DELETE", u"/api/v1/columns/%1"_s.arg(id), {}, ifMatch(revision + 1)).status, 204);
        QVERIFY(column(id).isEmpty());
    }

    void aSiblingsMoveChangesTheColumnToo()
    {
        const qint64 parent = newColumn(u"机构设置"_s);
        const qint64 a = newColumn(u"领导信息"_s, parent);
        const qint64 b = newColumn(u"内设机构"_s, parent);
        QVERIFY(parent > 0 && a > 0 && b > 0);
        const qint64 aRevision = column(a).value(u"revision").toInteger();
        const qint64 bRevision = column(b).value(u"revision").toInteger();
        QCOMPARE(column(a).value(u"sortOrder").toInt(), 0);
        // One administrator moves b first: a's place changes with it.
        QCOMPARE(first("PUT", u"/api/v1/columns/%1"_s.arg(b), QJsonObject{{u"position"_s, 0}}, ifMatch(bRevision)).status, 200);
        QCOMPARE(column(a).value(u"sortOrder").toInt(), 1);
        QVERIFY(column(a).value(u"revision").toInteger() > aRevision);
        // The other, who saw a first, gets 412 for a change of a.
        const auto stale = second("PUT", u"/api/v1/columns/%1"_s.arg(a), QJsonObject{{u"position"_s, 1}}, ifMatch(aRevision));
        QCOMPARE(stale.status, 412);
        QCOMPARE(currentOf(stale).value(u"sortOrder").toInt(), 1);
    }

    void aStalePolicyChangeIsRefused()
    {
        const QString path = u"/api/v1/sites/%1/review-policy"_s.arg(m_site);
        const auto read = first("GET", path);
        QCOMPARE(read.status, 200);
        const QByteArray etag = read.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        QJsonObject policy = read.json.object();
        QCOMPARE(policy.value(u"levels").toInt(), 3);

        policy.insert(u"levels"_s, 2);
        const auto changed = first("PUT", path, policy, {{"If-Match", etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(!changed.headers.value("etag").isEmpty());
        QVERIFY(changed.headers.value("etag") != etag);

        // The second administrator, with the policy read before, would turn the author rule off.
        QJsonObject relaxed = read.json.object();
        relaxed.insert(u"allowAuthorReview"_s, true);
        const auto stale = second("PUT", path, relaxed, {{"If-Match", etag}});
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.headers.value("content-type").startsWith("application/problem+json"));
        QVERIFY2(detailOf(stale).contains(u"已被他人修改"_s), qPrintable(detailOf(stale)));
        QCOMPARE(currentOf(stale).value(u"levels").toInt(), 2);
        QCOMPARE('"' + QByteArray::number(currentOf(stale).value(u"revision").toInteger()) + '"',
                 changed.headers.value("etag"));
        QCOMPARE(second("PUT", path, relaxed).status, 428);
        QCOMPARE(first("GET", path).json.object().value(u"allowAuthorReview").toBool(), false);
        QCOMPARE(first("GET", path).json.object().value(u"levels").toInt(), 2);

        // The policy is part of the site record: a site edit in between makes a policy change stale too.
        const QByteArray now = first("GET", path).headers.value("etag");
        QJsonObject site;
        for (const QJsonValue &v : first("GET", u"/api/v1/sites"_s).json.array())
            if (v.toObject().value(u"id").toInteger() == m_site)
                site = v.toObject();
        QCOMPARE(first("PUT", u"/api/v1/sites/%1"_s.arg(m_site), QJsonObject{{u"reviewHours"_s, 6}},
                       ifMatch(site.value(u"revision").toInteger()))
                     .status,
                 200);
        QCOMPARE(second("PUT", path, relaxed, {{"If-Match", now}}).status, 412);
        const QByteArray fresh = first("GET", path).headers.value("etag");
        QCOMPARE(second("PUT", path, relaxed, {{"If-Match", fresh}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_AdminRevisions)
#include "tst_admin_revisions.moc"
