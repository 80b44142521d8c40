// Administration over real HTTP: `portald init` on an empty data directory, the refusal to serve an uninitialised
// one, each site's review policy (三审 by different people, enforced on approval) and the administration audit log.
#include "tests/support/DemoWorkflow.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/ReplyFields.h"
#include "tests/support/ProblemChecks.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pd::test;

namespace {
const QString kAuthorReviewerPassword = u"zhou-long-password"_s;
using Headers = QList<QPair<QByteArray, QByteArray>>;

/// A request of the administrator's that portald must refuse with `status`, naming `field` among its errors.
struct Refused {
    QByteArray verb;
    QString path;
    QJsonObject body;
    int status;
    QString field;
};
} // namespace

class tst_PortaldAdmin : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    qint64 m_site = 0;
    qint64 m_newsColumn = 0;

    static QString detailOf(const HttpProbe::Reply &r) { return r.json.object().value(u"detail").toString(); }
    /// Sends each of `cases` as the administrator (a PUT with the If-Match that `ifMatchOf` gives for its path); the
    /// first one not refused as it says, described, or empty when every one was.
    QString notRefused(const QList<Refused> &cases, const std::function<Headers(const QString &path)> &ifMatchOf)
    {
        for (const Refused &c : cases) {
            const auto r = m_portal.call(u"admin"_s, c.verb, c.path, c.body, c.verb == "PUT" ? ifMatchOf(c.path) : Headers{});
            if (r.status != c.status || !pd::test::problemFields(r).contains(c.field))
                return c.path + u' ' + QString::fromUtf8(r.body);
        }
        return {};
    }
    /// If-Match with the ETag a GET of the review policy at `path` answers now.
    Headers policyIfMatch(const QString &path)
    {
        return {{"If-Match", m_portal.call(u"admin"_s, "GET", path).headers.value("etag")}};
    }
    /// If-Match with the current revision of the column at `columnPath` (`/api/v1/columns/{id}`) on the test's site.
    Headers columnIfMatch(const QString &columnPath)
    {
        const qint64 id = columnPath.section(u'/', -1).toLongLong();
        for (const QJsonValue &v : m_portal.call(u"admin"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_site)).json.array())
            if (v.toObject().value(u"id").toInteger() == id)
                return PortaldFixture::ifMatch(v.toObject().value(u"revision").toInteger());
        return {};
    }

    /// A submitted news item written by `author`; returns {id, revision}.
    std::pair<qint64, qint64> submitted(const QString &author, const QString &title)
    {
        const QJsonObject draft{{u"site"_s, m_site}, {u"type"_s, u"news"_s}, {u"columns"_s, QJsonArray{m_newsColumn}},
                                {u"title"_s, title}, {u"summary"_s, u"摘要"_s}, {u"bodyHtml"_s, u"<p>正文内容。</p>"_s},
                                {u"author"_s, u"测试"_s}};
        auto r = m_portal.call(author, "POST", u"/api/v1/items"_s, draft);
        if (r.status != 201)
            return {0, 0};
        r = act(author, idOf(r), revOf(r), u"submit"_s);
        return {idOf(r), r.status == 200 ? revOf(r) : 0};
    }
    HttpProbe::Reply act(const QString &who, qint64 id, qint64 revision, const QString &action)
    {
        return m_portal.call(who, "POST", u"/api/v1/items/%1/transitions"_s.arg(id), QJsonObject{{u"action"_s, action}},
                    PortaldFixture::ifMatch(revision));
    }
    QJsonArray audit(const QString &query)
    {
        const auto r = m_portal.call(u"admin"_s, "GET", u"/api/v1/audit?"_s + query);
        return r.json.object().value(u"entries").toArray();
    }

    /// Runs `portald init` over `dataDir` with the password on standard input; returns exit code and stderr.
    static std::pair<int, QString> runInit(const QString &dataDir, const QString &siteCode, const QString &orgCode,
                                           const QByteArray &password)
    {
        QProcess p;
        p.start(qEnvironmentVariable("PORTALD_BIN"),
                {u"init"_s, u"--data"_s, dataDir, u"--site-name"_s, u"临江市水务局"_s, u"--site-code"_s, siteCode,
                 u"--org-code"_s, orgCode, u"--admin"_s, u"root"_s, u"--display-name"_s, u"系统管理员"_s});
        p.write(password + '\n');
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            return {-1, u"portald init did not finish"_s};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        // An account that both writes and reviews at every level, to meet the 三审 rules head on.
        QVERIFY(m_portal.process().stop());
        const auto added = m_portal.runTool({u"--add-user"_s, u"zhou"_s, u"--role"_s, u"editor"_s, u"--role"_s,
                                             u"reviewer:1"_s, u"--role"_s, u"reviewer:2"_s, u"--role"_s, u"reviewer:3"_s},
                                            {}, kAuthorReviewerPassword);
        QVERIFY2(added.exitCode == 0, qPrintable(added.errors));
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));

        for (const QString &who : {u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s, u"admin"_s}) {
            m_portal.adopt(who, m_http.login(m_portal.baseUrl(), who, pd::test::PortaldFixture::password()));
            QVERIFY2(!m_portal.token(who).isEmpty(), qPrintable(who));
        }
        m_portal.adopt(u"zhou"_s, m_http.login(m_portal.baseUrl(), u"zhou"_s, kAuthorReviewerPassword));
        QVERIFY(!m_portal.token(u"zhou"_s).isEmpty());
        m_site = m_portal.call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array().first().toObject().value(u"id").toInteger();
        for (const QJsonValue &c : m_portal.call(u"admin"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_site)).json.array())
            if (c.toObject().value(u"kind").toString() == u"news"_s && m_newsColumn == 0)
                m_newsColumn = c.toObject().value(u"id").toInteger();
        QVERIFY(m_newsColumn > 0);
    }

    void uninitialisedDataDirectoryIsRefusedNamingInit()
    {
        pd::test::PortaldFixture bare(QStringList{});
        QVERIFY(!bare.start());
        QVERIFY2(bare.process().log().contains(u"portald init"_s), bare.failure());
    }

    void initCreatesAnEmptyPortalThatStarts()
    {
        QTemporaryDir data;
        // Bad codes are refused, naming what is wrong, and leave the directory uninitialised.
        auto [badCode, badLog] = runInit(data.path(), u"32170"_s, u"11321700014538266M"_s, "root-long-password");
        QVERIFY(badCode != 0);
        QVERIFY2(badLog.contains(u"网站标识码"_s), qPrintable(badLog));
        auto [badOrg, badOrgLog] = runInit(data.path(), u"3217000002"_s, u"11321700014538266X"_s, "root-long-password");
        QVERIFY(badOrg != 0);
        QVERIFY2(badOrgLog.contains(u"机构代码"_s), qPrintable(badOrgLog));
        auto [shortCode, shortLog] = runInit(data.path(), u"3217000002"_s, u"11321700014538266M"_s, "short");
        QVERIFY(shortCode != 0);
        QVERIFY2(shortLog.contains(u"12"_s), qPrintable(shortLog));

        auto [code, log] = runInit(data.path(), u"3217000002"_s, u"11321700014538266M"_s, "root-long-password");
        QVERIFY2(code == 0, qPrintable(log));
        // A second init never touches an initialised portal.
        auto [again, againLog] = runInit(data.path(), u"3217000003"_s, u"11321700014538266M"_s, "root-long-password");
        QVERIFY(again != 0);
        QVERIFY2(againLog.contains(u"已经初始化"_s), qPrintable(againLog));

        QProcess server;
        server.start(qEnvironmentVariable("PORTALD_BIN"), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path()});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() == QProcess::NotRunning, 30'000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"portald listening on "_s), qPrintable(line + QString::fromUtf8(server.readAllStandardError())));
        const QUrl base(line.mid(21));
        const QString token = m_http.login(base, u"root"_s, u"root-long-password"_s);
        QVERIFY(!token.isEmpty());
        QUrl sitesUrl = base;
        sitesUrl.setPath(u"/api/v1/sites"_s);
        const auto sites = m_http.json("GET", sitesUrl, token);
        QCOMPARE(sites.json.array().size(), 1);
        const QJsonObject site = sites.json.array().first().toObject();
        QCOMPARE(site.value(u"name").toString(), u"临江市水务局"_s);
        QCOMPARE(site.value(u"siteCode").toString(), u"3217000002"_s);
        QCOMPARE(site.value(u"orgCode").toString(), u"11321700014538266M"_s);
        QUrl columnsUrl = base;
        columnsUrl.setPath(u"/api/v1/sites/%1/columns"_s.arg(site.value(u"id").toInteger()));
        QCOMPARE(m_http.json("GET", columnsUrl, token).json.array().size(), 0);
        QUrl meUrl = base;
        meUrl.setPath(u"/api/v1/me"_s);
        const QJsonArray roles = m_http.json("GET", meUrl, token).json.object().value(u"roles").toArray();
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().toObject().value(u"role").toString(), u"admin"_s);
        // The creation is in the audit log like any other administrative change.
        QUrl auditUrl = base;
        auditUrl.setPath(u"/api/v1/audit"_s);
        auditUrl.setQuery(u"resource=site"_s);
        const QJsonArray entries = m_http.json("GET", auditUrl, token).json.object().value(u"entries").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"action").toString(), u"init"_s);
        QCOMPARE(entries.first().toObject().value(u"after").toObject().value(u"siteCode").toString(), u"3217000002"_s);
        server.terminate();
        QVERIFY(server.waitForFinished(15'000));
    }

    void defaultPolicyIsThreeReviewersOtherThanTheAuthor()
    {
        const auto policy = m_portal.call(u"admin"_s, "GET", u"/api/v1/sites/%1/review-policy"_s.arg(m_site));
        QCOMPARE(policy.status, 200);
        QCOMPARE(policy.json.object(), (QJsonObject{{u"levels"_s, 3},
                                                    {u"allowSameReviewerAcrossLevels"_s, false},
                                                    {u"allowAuthorReview"_s, false},
                                                    {u"reviewPlacements"_s, true}}));
    }

    void authorCannotApproveOwnItem()
    {
        auto [id, rev] = submitted(u"zhou"_s, u"自审测试"_s);
        QVERIFY(id > 0 && rev > 0);
        const auto refused = act(u"zhou"_s, id, rev, u"approve"_s);
        QCOMPARE(refused.status, 403);
        QVERIFY2(detailOf(refused).contains(u"自己撰写"_s), qPrintable(detailOf(refused)));
        // Someone else may.
        QCOMPARE(act(u"reviewer1"_s, id, rev, u"approve"_s).status, 200);
    }

    void onePersonCannotApproveTwoLevels()
    {
        auto [id, rev] = submitted(u"editor"_s, u"同人两级测试"_s);
        QVERIFY(id > 0 && rev > 0);
        auto first = act(u"zhou"_s, id, rev, u"approve"_s);
        QCOMPARE(first.status, 200);
        const auto refused = act(u"zhou"_s, id, revOf(first), u"approve"_s);
        QCOMPARE(refused.status, 409);
        QVERIFY2(detailOf(refused).contains(u"第 1 级"_s) && detailOf(refused).contains(u"不同的人"_s),
                 qPrintable(detailOf(refused)));
        auto second = act(u"reviewer2"_s, id, revOf(first), u"approve"_s);
        QCOMPARE(second.status, 200);
        QCOMPARE(act(u"reviewer3"_s, id, revOf(second), u"approve"_s).status, 200);
    }

    void anEditOfAPublishedItemFollowsTheSameRules()
    {
        auto [id, rev] = submitted(u"editor"_s, u"发布后修改"_s);
        auto r = act(u"reviewer1"_s, id, rev, u"approve"_s);
        r = act(u"reviewer2"_s, id, revOf(r), u"approve"_s);
        r = act(u"reviewer3"_s, id, revOf(r), u"approve"_s);
        r = act(u"reviewer3"_s, id, revOf(r), u"publish"_s);
        QCOMPARE(stateOf(r), u"published"_s);
        const QJsonObject edit{{u"site"_s, m_site}, {u"type"_s, u"news"_s}, {u"columns"_s, QJsonArray{m_newsColumn}},
                               {u"title"_s, u"发布后修改（更正）"_s}, {u"summary"_s, u"摘要"_s},
                               {u"bodyHtml"_s, u"<p>更正后的正文。</p>"_s}, {u"author"_s, u"测试"_s}};
        r = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(id), edit, PortaldFixture::ifMatch(revOf(r)));
        QVERIFY2(r.status == 200, r.body.constData());
        r = act(u"editor"_s, id, revOf(r), u"submit"_s);
        QVERIFY2(r.status == 200, r.body.constData());
        r = act(u"zhou"_s, id, revOf(r), u"approve"_s);
        QVERIFY2(r.status == 200, r.body.constData());
        const auto refused = act(u"zhou"_s, id, revOf(r), u"approve"_s);
        QCOMPARE(refused.status, 409);
        QVERIFY2(detailOf(refused).contains(u"不同的人"_s), qPrintable(detailOf(refused)));
    }

    void rejectionStartsAFreshRound()
    {
        auto [id, rev] = submitted(u"editor"_s, u"退回后重审"_s);
        auto first = act(u"zhou"_s, id, rev, u"approve"_s);
        QCOMPARE(first.status, 200);
        auto rejected = m_portal.call(u"reviewer2"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(id),
                             QJsonObject{{u"action"_s, u"reject"_s}, {u"comment"_s, u"请补充"_s}}, PortaldFixture::ifMatch(revOf(first)));
        QCOMPARE(rejected.status, 200);
        auto again = act(u"editor"_s, id, revOf(rejected), u"submit"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(act(u"zhou"_s, id, revOf(again), u"approve"_s).status, 200);
    }

    void badPolicyIsRefusedAndNothingChanges()
    {
        const QString path = u"/api/v1/sites/%1/review-policy"_s.arg(m_site);
        struct Case {
            QJsonObject body;
            QString field;
        };
        const QList<Case> cases{
            {QJsonObject{{u"levels"_s, 0}}, u"levels"_s},
            {QJsonObject{{u"levels"_s, 6}}, u"levels"_s},
            {QJsonObject{{u"levels"_s, 2.5}}, u"levels"_s},
            {QJsonObject{{u"levels"_s, u"3"_s}}, u"levels"_s},
            {QJsonObject{{u"allowAuthorReview"_s, true}}, u"levels"_s},
            {QJsonObject{{u"levels"_s, 3}, {u"allowAuthorReview"_s, u"yes"_s}}, u"allowAuthorReview"_s},
            {QJsonObject{{u"levels"_s, 3}, {u"allowSameReviewerAcrossLevels"_s, 1}}, u"allowSameReviewerAcrossLevels"_s},
            {QJsonObject{{u"levels"_s, 3}, {u"allowAuthorReview"_s, true}, {u"reviewers"_s, 3}}, u"reviewers"_s},
        };
        for (const Case &c : cases) {
            const auto r = m_portal.call(u"admin"_s, "PUT", path, c.body);
            QCOMPARE(r.status, 422);
            QVERIFY2(pd::test::problemFields(r).contains(c.field), r.body.constData());
        }
        for (const QString &who : {u"editor"_s, u"reviewer3"_s, u"zhou"_s}) {
            QCOMPARE(m_portal.call(who, "PUT", path, QJsonObject{{u"levels"_s, 1}}).status, 403);
            QCOMPARE(m_portal.call(who, "GET", path).status, 403);
            QCOMPARE(m_portal.call(who, "GET", u"/api/v1/audit"_s).status, 403);
        }
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", u"/api/v1/sites/999999/review-policy"_s, QJsonObject{{u"levels"_s, 1}}).status, 404);
        QCOMPARE(m_portal.call(u"admin"_s, "GET", u"/api/v1/audit?resource=nonsense"_s).status, 422);
        QCOMPARE(m_portal.call(u"admin"_s, "GET", path).json.object().value(u"levels").toInt(), 3);
        QVERIFY(audit(u"resource=review-policy"_s).isEmpty());
    }

    void siteCanTurnBothRulesOff()
    {
        const QString path = u"/api/v1/sites/%1/review-policy"_s.arg(m_site);
        const QJsonObject relaxed{{u"levels"_s, 3}, {u"allowSameReviewerAcrossLevels"_s, true}, {u"allowAuthorReview"_s, true},
                                  {u"reviewPlacements"_s, true}};
        const auto put = m_portal.call(u"admin"_s, "PUT", path, relaxed, policyIfMatch(path));
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.object(), relaxed);
        QCOMPARE(m_portal.call(u"admin"_s, "GET", path).json.object(), relaxed);

        // One person now writes and approves all three levels of an item.
        auto [id, rev] = submitted(u"zhou"_s, u"放宽规则后自审"_s);
        auto r = act(u"zhou"_s, id, rev, u"approve"_s);
        QCOMPARE(r.status, 200);
        r = act(u"zhou"_s, id, revOf(r), u"approve"_s);
        QCOMPARE(r.status, 200);
        r = act(u"zhou"_s, id, revOf(r), u"approve"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(stateOf(r), u"approved"_s);

        // The change is in the audit log: who, when, before and after.
        const QJsonArray entries = audit(u"resource=review-policy&id=%1"_s.arg(m_site));
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.first().toObject();
        QCOMPARE(e.value(u"user").toObject().value(u"username").toString(), u"admin"_s);
        QCOMPARE(e.value(u"action").toString(), u"update"_s);
        QVERIFY(QDateTime::fromString(e.value(u"at").toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(e.value(u"before").toObject().value(u"allowAuthorReview").toBool(true), false);
        QCOMPARE(e.value(u"after").toObject(), relaxed);

        // Back to the default for whatever runs next.
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", path, QJsonObject{{u"levels"_s, 3}}, policyIfMatch(path)).status, 200);
        auto [other, orev] = submitted(u"zhou"_s, u"恢复默认后自审"_s);
        QCOMPARE(act(u"zhou"_s, other, orev, u"approve"_s).status, 403);
    }

    void accountsAreCreatedWithAOneTimePassword()
    {
        const QJsonObject liu{{u"username"_s, u"liu"_s},
                              {u"displayName"_s, u"刘洋"_s},
                              {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"reviewer"_s}, {u"site"_s, m_site}, {u"level"_s, 2}}}}};
        const auto created = m_portal.call(u"admin"_s, "POST", u"/api/v1/users"_s, liu);
        QCOMPARE(created.status, 201);
        const QJsonObject account = created.json.object();
        QCOMPARE(account.value(u"username").toString(), u"liu"_s);
        QCOMPARE(account.value(u"enabled").toBool(), true);
        QCOMPARE(account.value(u"mustChangePassword").toBool(), true);
        const QString oneTime = account.value(u"oneTimePassword").toString();
        QVERIFY(oneTime.size() >= 12);
        const qint64 id = idOf(created);
        QCOMPARE(m_portal.call(u"admin"_s, "GET", u"/api/v1/users/%1"_s.arg(id)).json.object().value(u"displayName").toString(),
                 u"刘洋"_s);
        QVERIFY(!m_portal.call(u"admin"_s, "GET", u"/api/v1/users"_s).json.array().isEmpty());
        QCOMPARE(m_portal.call(u"admin"_s, "GET", u"/api/v1/users?role=reviewer&q=liu"_s).json.array().size(), 1);

        // Until liu chooses a password, everything else answers 403 with the reason.
        m_portal.adopt(u"liu"_s, m_http.login(m_portal.baseUrl(), u"liu"_s, oneTime));
        QVERIFY(!m_portal.token(u"liu"_s).isEmpty());
        const auto blocked = m_portal.call(u"liu"_s, "GET", u"/api/v1/sites"_s);
        QCOMPARE(blocked.status, 403);
        QVERIFY2(detailOf(blocked).contains(u"新密码"_s), qPrintable(detailOf(blocked)));
        QCOMPARE(m_portal.call(u"liu"_s, "GET", u"/api/v1/me"_s).json.object().value(u"mustChangePassword").toBool(), true);
        const auto wrong = m_portal.call(u"liu"_s, "POST", u"/api/v1/me/password"_s,
                                QJsonObject{{u"currentPassword"_s, u"not-the-one-time"_s}, {u"newPassword"_s, u"liu-own-password"_s}});
        QCOMPARE(wrong.status, 422);
        QVERIFY(pd::test::problemFields(wrong).contains(u"currentPassword"_s));
        const auto tooShort = m_portal.call(u"liu"_s, "POST", u"/api/v1/me/password"_s,
                                   QJsonObject{{u"currentPassword"_s, oneTime}, {u"newPassword"_s, u"short"_s}});
        QCOMPARE(tooShort.status, 422);
        QVERIFY(pd::test::problemFields(tooShort).contains(u"newPassword"_s));
        QCOMPARE(m_portal.call(u"liu"_s, "POST", u"/api/v1/me/password"_s,
                      QJsonObject{{u"currentPassword"_s, oneTime}, {u"newPassword"_s, u"liu-own-password"_s}})
                     .status,
                 204);
        QCOMPARE(m_portal.call(u"liu"_s, "GET", u"/api/v1/sites"_s).status, 200);
        QVERIFY(!m_http.login(m_portal.baseUrl(), u"liu"_s, u"liu-own-password"_s).isEmpty());

        // A reset gives a new one-time password; the old one stops working and a change is due again.
        const auto reset = m_portal.call(u"admin"_s, "POST", u"/api/v1/users/%1/password-reset"_s.arg(id));
        QCOMPARE(reset.status, 200);
        const QString again = reset.json.object().value(u"oneTimePassword").toString();
        QVERIFY(m_http.login(m_portal.baseUrl(), u"liu"_s, u"liu-own-password"_s).isEmpty());
        m_portal.adopt(u"liu"_s, m_http.login(m_portal.baseUrl(), u"liu"_s, again));
        QCOMPARE(m_portal.call(u"liu"_s, "GET", u"/api/v1/sites"_s).status, 403);

        const QJsonArray entries = audit(u"resource=user&id=%1"_s.arg(id));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"action").toString(), u"password-reset"_s);
        QCOMPARE(entries.at(1).toObject().value(u"action").toString(), u"create"_s);
        QVERIFY(entries.at(1).toObject().value(u"before").toObject().isEmpty());
        QCOMPARE(entries.at(1).toObject().value(u"after").toObject().value(u"username").toString(), u"liu"_s);
        QVERIFY(!QJsonDocument(entries.at(0).toObject()).toJson().contains(again.toUtf8()));
    }

    void badAccountsAreRefused()
    {
        const auto role = [&](const QJsonObject &grant) { return QJsonArray{grant}; };
        const QJsonObject editorRole{{u"role"_s, u"editor"_s}, {u"site"_s, m_site}};
        struct Case {
            QJsonObject body;
            int status;
            QString field;
        };
        const QList<Case> cases{
            {QJsonObject{{u"username"_s, u"editor"_s}, {u"displayName"_s, u"重名"_s}, {u"roles"_s, role(editorRole)}}, 409, u"username"_s},
            {QJsonObject{{u"username"_s, u"noroles"_s}, {u"displayName"_s, u"无角色"_s}, {u"roles"_s, QJsonArray{}}}, 422, u"roles"_s},
            {QJsonObject{{u"username"_s, u"noroles"_s}, {u"displayName"_s, u"无角色"_s}}, 422, u"roles"_s},
            {QJsonObject{{u"username"_s, u"x y"_s}, {u"displayName"_s, u"坏名"_s}, {u"roles"_s, role(editorRole)}}, 422, u"username"_s},
            {QJsonObject{{u"username"_s, u"nodisplay"_s}, {u"roles"_s, role(editorRole)}}, 422, u"displayName"_s},
            {QJsonObject{{u"username"_s, u"badrole"_s}, {u"displayName"_s, u"坏角色"_s},
                         {u"roles"_s, role(QJsonObject{{u"role"_s, u"chief"_s}, {u"site"_s, m_site}})}}, 422, u"roles[0].role"_s},
            {QJsonObject{{u"username"_s, u"nolevel"_s}, {u"displayName"_s, u"无级别"_s},
                         {u"roles"_s, role(QJsonObject{{u"role"_s, u"reviewer"_s}, {u"site"_s, m_site}})}}, 422, u"roles[0].level"_s},
            {QJsonObject{{u"username"_s, u"nosite"_s}, {u"displayName"_s, u"无站点"_s},
                         {u"roles"_s, role(QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, 999999}})}}, 422, u"roles[0].site"_s},
        };
        const int before = m_portal.call(u"admin"_s, "GET", u"/api/v1/users"_s).json.array().size();
        for (const Case &c : cases) {
            const auto r = m_portal.call(u"admin"_s, "POST", u"/api/v1/users"_s, c.body);
            QVERIFY2(r.status == c.status, r.body.constData());
            QVERIFY2(pd::test::problemFields(r).contains(c.field), r.body.constData());
        }
        QCOMPARE(m_portal.call(u"admin"_s, "GET", u"/api/v1/users"_s).json.array().size(), before);
        for (const QString &who : {u"editor"_s, u"reviewer1"_s})
            QCOMPARE(m_portal.call(who, "POST", u"/api/v1/users"_s, QJsonObject{{u"username"_s, u"sneaky"_s}, {u"displayName"_s, u"偷偷"_s},
                                                                       {u"roles"_s, role(editorRole)}})
                         .status,
                     403);
    }

    void accountsAreEditedWithIfMatchAndTheLastAdminStays()
    {
        const auto created = m_portal.call(u"admin"_s, "POST", u"/api/v1/users"_s,
                                  QJsonObject{{u"username"_s, u"chen"_s}, {u"displayName"_s, u"陈静"_s},
                                              {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_site}}}}});
        QCOMPARE(created.status, 201);
        const qint64 id = idOf(created);
        const QString path = u"/api/v1/users/%1"_s.arg(id);
        const QString chenPassword = created.json.object().value(u"oneTimePassword").toString();
        const QJsonObject edit{{u"displayName"_s, u"陈静（编辑部）"_s},
                               {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_site}},
                                                       QJsonObject{{u"role"_s, u"publisher"_s}, {u"site"_s, m_site}}}}};
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", path, edit).status, 428);
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", path, edit, PortaldFixture::ifMatch(revOf(created) + 5)).status, 412);
        const auto noRoles = m_portal.call(u"admin"_s, "PUT", path, QJsonObject{{u"roles"_s, QJsonArray{}}}, PortaldFixture::ifMatch(revOf(created)));
        QCOMPARE(noRoles.status, 422);
        QVERIFY(pd::test::problemFields(noRoles).contains(u"roles"_s));
        const auto edited = m_portal.call(u"admin"_s, "PUT", path, edit, PortaldFixture::ifMatch(revOf(created)));
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json.object().value(u"roles").toArray().size(), 2);
        QCOMPARE(edited.json.object().value(u"displayName").toString(), u"陈静（编辑部）"_s);
        QVERIFY(revOf(edited) > revOf(created));

        // Disabling ends the account's sign-in.
        const auto disabled = m_portal.call(u"admin"_s, "PUT", path, QJsonObject{{u"enabled"_s, false}}, PortaldFixture::ifMatch(revOf(edited)));
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json.object().value(u"enabled").toBool(), false);
        QVERIFY(m_http.login(m_portal.baseUrl(), u"chen"_s, chenPassword).isEmpty());

        const QJsonArray entries = audit(u"resource=user&id=%1"_s.arg(id));
        QCOMPARE(entries.size(), 3);
        const QJsonObject last = entries.first().toObject();
        QCOMPARE(last.value(u"before").toObject().value(u"enabled").toBool(), true);
        QCOMPARE(last.value(u"after").toObject().value(u"enabled").toBool(), false);
        QCOMPARE(entries.at(1).toObject().value(u"before").toObject().value(u"displayName").toString(), u"陈静"_s);
        QCOMPARE(entries.at(1).toObject().value(u"after").toObject().value(u"displayName").toString(), u"陈静（编辑部）"_s);

        // An account can also be created disabled, e.g. for someone who starts next month.
        const auto later = m_portal.call(u"admin"_s, "POST", u"/api/v1/users"_s,
                                QJsonObject{{u"username"_s, u"later"_s}, {u"displayName"_s, u"下月入职"_s}, {u"enabled"_s, false},
                                            {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_site}}}}});
        QCOMPARE(later.status, 201);
        QCOMPARE(later.json.object().value(u"enabled").toBool(), false);
        QVERIFY(m_http.login(m_portal.baseUrl(), u"later"_s, later.json.object().value(u"oneTimePassword").toString()).isEmpty());

        // The demo's only administrator can neither be disabled nor lose the role; nothing changes.
        const auto me = m_portal.call(u"admin"_s, "GET", u"/api/v1/me"_s);
        const QString adminPath = u"/api/v1/users/%1"_s.arg(idOf(me));
        const auto admin = m_portal.call(u"admin"_s, "GET", adminPath);
        const auto off = m_portal.call(u"admin"_s, "PUT", adminPath, QJsonObject{{u"enabled"_s, false}}, PortaldFixture::ifMatch(revOf(admin)));
        QCOMPARE(off.status, 409);
        QVERIFY2(detailOf(off).contains(u"最后一个"_s), qPrintable(detailOf(off)));
        const auto demoted = m_portal.call(u"admin"_s, "PUT", adminPath,
                                  QJsonObject{{u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_site}}}}},
                                  PortaldFixture::ifMatch(revOf(admin)));
        QCOMPARE(demoted.status, 409);
        const auto still = m_portal.call(u"admin"_s, "GET", adminPath);
        QCOMPARE(revOf(still), revOf(admin));
        QCOMPARE(still.json.object().value(u"roles").toArray(), admin.json.object().value(u"roles").toArray());
        QCOMPARE(audit(u"resource=user&id=%1"_s.arg(idOf(me))).size(), 0);
    }

    void sitesAreCreatedAndEditedAsOneGroup()
    {
        const QJsonObject education{{u"name"_s, u"临江市教育局"_s},
                                    {u"domain"_s, u"jyj.linjiang.gov.cn"_s},
                                    {u"siteCode"_s, u"3217000101"_s},
                                    {u"orgCode"_s, u"11321700014538266M"_s},
                                    {u"parentSite"_s, m_site},
                                    {u"reviewLevels"_s, 2},
                                    {u"reviewHours"_s, 8},
                                    {u"publicUrl"_s, u"https://jyj.linjiang.gov.cn/"_s}};
        const auto created = m_portal.call(u"admin"_s, "POST", u"/api/v1/sites"_s, education);
        QCOMPARE(created.status, 201);
        const QJsonObject site = created.json.object();
        const qint64 id = idOf(created);
        QCOMPARE(site.value(u"parentSite").toInteger(), m_site);
        QCOMPARE(site.value(u"reviewLevels").toInt(), 2);
        QCOMPARE(site.value(u"enabled").toBool(), true);
        QCOMPARE(site.value(u"traditional").toBool(), false);
        QCOMPARE(m_portal.call(u"admin"_s, "GET", u"/api/v1/sites/%1/review-policy"_s.arg(id)).json.object().value(u"levels").toInt(), 2);
        bool listed = false;
        for (const QJsonValue &v : m_portal.call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array())
            listed = listed || v.toObject().value(u"id").toInteger() == id;
        QVERIFY(listed);

        const QString path = u"/api/v1/sites/%1"_s.arg(id);
        const QJsonObject edit{{u"name"_s, u"临江市教育局网站"_s}, {u"traditional"_s, true}, {u"enabled"_s, false}};
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", path, edit).status, 428);
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", path, edit, PortaldFixture::ifMatch(revOf(created) + 3)).status, 412);
        const auto edited = m_portal.call(u"admin"_s, "PUT", path, edit, PortaldFixture::ifMatch(revOf(created)));
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json.object().value(u"name").toString(), u"临江市教育局网站"_s);
        QCOMPARE(edited.json.object().value(u"traditional").toBool(), true);
        QCOMPARE(edited.json.object().value(u"enabled").toBool(), false);
        QCOMPARE(edited.json.object().value(u"siteCode").toString(), u"3217000101"_s);

        const QJsonArray entries = audit(u"resource=site&id=%1"_s.arg(id));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(u"before").toObject().value(u"name").toString(), u"临江市教育局"_s);
        QCOMPARE(entries.at(0).toObject().value(u"after").toObject().value(u"name").toString(), u"临江市教育局网站"_s);
        QCOMPARE(entries.at(0).toObject().value(u"after").toObject().value(u"enabled").toBool(), false);
        QCOMPARE(entries.at(1).toObject().value(u"action").toString(), u"create"_s);

        // Bad input: each refused naming its field, and no site is added or changed.
        const qint64 sitesBefore = m_portal.call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array().size();
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = education;
            o.insert(u"siteCode"_s, u"3217000102"_s);
            o.insert(key, value);
            return o;
        };
        struct Case {
            QJsonObject body;
            int status;
            QString field;
        };
        const QList<Case> cases{
            {with(u"siteCode"_s, u"12345"_s), 422, u"siteCode"_s},
            {with(u"siteCode"_s, u"32170001AB"_s), 422, u"siteCode"_s},
            {with(u"orgCode"_s, u"11321700014538266X"_s), 422, u"orgCode"_s},
            {with(u"orgCode"_s, u"1234"_s), 422, u"orgCode"_s},
            {with(u"reviewLevels"_s, 0), 422, u"reviewLevels"_s},
            {with(u"reviewLevels"_s, 6), 422, u"reviewLevels"_s},
            {with(u"name"_s, u""_s), 422, u"name"_s},
            {with(u"publicUrl"_s, u"jyj.linjiang"_s), 422, u"publicUrl"_s},
            {with(u"parentSite"_s, 999999), 422, u"parentSite"_s},
            {with(u"parentSite"_s, id), 422, u"parentSite"_s},
            {with(u"siteCode"_s, u"3217000101"_s), 409, u"siteCode"_s},
        };
        for (const Case &c : cases) {
            const auto r = m_portal.call(u"admin"_s, "POST", u"/api/v1/sites"_s, c.body);
            QVERIFY2(r.status == c.status, r.body.constData());
            QVERIFY2(pd::test::problemFields(r).contains(c.field), r.body.constData());
        }
        QCOMPARE(m_portal.call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array().size(), sitesBefore);
        // The portal has a member site now, so it cannot become a member itself.
        const QString portalPath = u"/api/v1/sites/%1"_s.arg(m_site);
        QJsonObject portal;
        for (const QJsonValue &v : m_portal.call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array())
            if (v.toObject().value(u"id").toInteger() == m_site)
                portal = v.toObject();
        const auto nested = m_portal.call(u"admin"_s, "PUT", portalPath, QJsonObject{{u"parentSite"_s, id}}, PortaldFixture::ifMatch(portal.value(u"revision").toInteger()));
        QCOMPARE(nested.status, 422);
        QVERIFY(pd::test::problemFields(nested).contains(u"parentSite"_s));
        const auto levels = m_portal.call(u"admin"_s, "PUT", path, QJsonObject{{u"reviewLevels"_s, 9}}, PortaldFixture::ifMatch(revOf(edited)));
        QCOMPARE(levels.status, 422);
        QCOMPARE(audit(u"resource=site&id=%1"_s.arg(id)).size(), 2);
        for (const QString &who : {u"editor"_s, u"reviewer3"_s}) {
            QCOMPARE(m_portal.call(who, "POST", u"/api/v1/sites"_s, with(u"siteCode"_s, u"3217000103"_s)).status, 403);
            QCOMPARE(m_portal.call(who, "PUT", portalPath, QJsonObject{{u"name"_s, u"改名"_s}}, PortaldFixture::ifMatch(portal.value(u"revision").toInteger())).status, 403);
        }
    }

    void columnsAreArrangedAsATree()
    {
        const QString sitePath = u"/api/v1/sites/%1/columns"_s.arg(m_site);
        const auto make = [&](const QJsonObject &body) { return m_portal.call(u"admin"_s, "POST", sitePath, body); };
        const auto top = make(QJsonObject{{u"name"_s, u"机构概况"_s}, {u"kind"_s, u"news"_s}});
        QCOMPARE(top.status, 201);
        const qint64 topId = idOf(top);
        const auto leaders = make(QJsonObject{{u"name"_s, u"领导信息"_s}, {u"kind"_s, u"notice"_s}, {u"parentId"_s, topId}});
        QCOMPARE(leaders.status, 201);
        QCOMPARE(leaders.json.object().value(u"parentId").toInteger(), topId);
        const auto duties = make(QJsonObject{{u"name"_s, u"机构职能"_s}, {u"kind"_s, u"notice"_s}, {u"parentId"_s, topId},
                                             {u"position"_s, 0}, {u"updateDays"_s, 180}, {u"inCatalogue"_s, true}});
        QCOMPARE(duties.status, 201);
        QCOMPARE(duties.json.object().value(u"inCatalogue").toBool(), true);
        QCOMPARE(duties.json.object().value(u"updateDays").toInt(), 180);
        const auto childrenOf = [&](qint64 parent) {
            QStringList names;
            for (const QJsonValue &v : m_portal.call(u"admin"_s, "GET", sitePath).json.array())
                if (v.toObject().value(u"parentId").toInteger() == parent)
                    names.append(v.toObject().value(u"name").toString());
            return names;
        };
        QCOMPARE(childrenOf(topId), (QStringList{u"机构职能"_s, u"领导信息"_s}));

        // Reorder, rename, change kind and rules.
        const QString leadersPath = u"/api/v1/columns/%1"_s.arg(idOf(leaders));
        const auto moved = m_portal.call(u"admin"_s, "PUT", leadersPath,
                                QJsonObject{{u"position"_s, 0}, {u"name"_s, u"领导之窗"_s}, {u"kind"_s, u"policy"_s}, {u"updateDays"_s, 30}},
                                columnIfMatch(leadersPath));
        QCOMPARE(moved.status, 200);
        QCOMPARE(childrenOf(topId), (QStringList{u"领导之窗"_s, u"机构职能"_s}));
        const QJsonArray entries = audit(u"resource=column&id=%1"_s.arg(idOf(leaders)));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().toObject().value(u"before").toObject().value(u"name").toString(), u"领导信息"_s);
        QCOMPARE(entries.first().toObject().value(u"after").toObject().value(u"name").toString(), u"领导之窗"_s);
        QCOMPARE(entries.first().toObject().value(u"after").toObject().value(u"kind").toString(), u"policy"_s);

        // Move a column to the top level and back under another parent.
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", leadersPath, QJsonObject{{u"parentId"_s, QJsonValue()}}, columnIfMatch(leadersPath)).status, 200);
        QVERIFY(childrenOf(0).contains(u"领导之窗"_s));
        QCOMPARE(childrenOf(topId), (QStringList{u"机构职能"_s}));
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", leadersPath, QJsonObject{{u"parentId"_s, topId}, {u"position"_s, 5}}, columnIfMatch(leadersPath)).status, 200);
        QCOMPARE(childrenOf(topId), (QStringList{u"机构职能"_s, u"领导之窗"_s}));

        // Bad input: refused, naming the field, nothing applied.
        const QString topPath = u"/api/v1/columns/%1"_s.arg(topId);
        const QList<Refused> cases{
            {"POST", sitePath, QJsonObject{{u"name"_s, u"机构职能"_s}, {u"kind"_s, u"news"_s}, {u"parentId"_s, topId}}, 409, u"name"_s},
            {"PUT", leadersPath, QJsonObject{{u"name"_s, u"机构职能"_s}}, 409, u"name"_s},
            {"PUT", topPath, QJsonObject{{u"parentId"_s, topId}}, 422, u"parentId"_s},
            {"PUT", topPath, QJsonObject{{u"parentId"_s, idOf(leaders)}}, 422, u"parentId"_s},
            {"PUT", topPath, QJsonObject{{u"parentId"_s, 999999}}, 422, u"parentId"_s},
            {"POST", sitePath, QJsonObject{{u"name"_s, u"博客"_s}, {u"kind"_s, u"blog"_s}}, 422, u"kind"_s},
            {"POST", sitePath, QJsonObject{{u"name"_s, u""_s}, {u"kind"_s, u"news"_s}}, 422, u"name"_s},
            {"POST", sitePath, QJsonObject{{u"name"_s, u"无类型"_s}}, 422, u"kind"_s},
            {"PUT", topPath, QJsonObject{{u"updateDays"_s, -1}}, 422, u"updateDays"_s},
            {"PUT", topPath, QJsonObject{{u"position"_s, -2}}, 422, u"position"_s},
            {"PUT", topPath, QJsonObject{{u"inCatalogue"_s, u"yes"_s}}, 422, u"inCatalogue"_s},
        };
        const QByteArray treeBefore = m_portal.call(u"admin"_s, "GET", sitePath).body;
        const qsizetype auditBefore = audit(u"resource=column"_s).size();
        const QString columnRefusal = notRefused(cases, [&](const QString &path) { return columnIfMatch(path); });
        QVERIFY2(columnRefusal.isEmpty(), qPrintable(columnRefusal));
        QCOMPARE(m_portal.call(u"admin"_s, "GET", sitePath).body, treeBefore);
        QCOMPARE(audit(u"resource=column"_s).size(), auditBefore);
        // The same name under another parent is fine.
        QCOMPARE(make(QJsonObject{{u"name"_s, u"机构职能"_s}, {u"kind"_s, u"news"_s}}).status, 201);

        for (const QString &who : {u"editor"_s, u"reviewer1"_s}) {
            QCOMPARE(m_portal.call(who, "POST", sitePath, QJsonObject{{u"name"_s, u"偷建"_s}, {u"kind"_s, u"news"_s}}).status, 403);
            QCOMPARE(m_portal.call(who, "PUT", topPath, QJsonObject{{u"name"_s, u"偷改"_s}}, columnIfMatch(topPath)).status, 403);
            QCOMPARE(m_portal.call(who, "DELETE", topPath, {}, columnIfMatch(topPath)).status, 403);
        }

        // Disable and delete: refused while items or children depend on the column.
        const QJsonArray published =
            m_portal.call(u"editor"_s, "GET", u"/api/v1/items?state=published&limit=1&site=%1"_s.arg(m_site)).json.object().value(u"items").toArray();
        QVERIFY(!published.isEmpty());
        const qint64 busyColumn = published.first().toObject().value(u"columns").toArray().first().toInteger();
        const QString busyPath = u"/api/v1/columns/%1"_s.arg(busyColumn);
        const auto withPublished = m_portal.call(u"admin"_s, "PUT", busyPath, QJsonObject{{u"enabled"_s, false}}, columnIfMatch(busyPath));
        QCOMPARE(withPublished.status, 409);
        QVERIFY2(detailOf(withPublished).contains(u"已发布"_s), qPrintable(detailOf(withPublished)));
        QVERIFY(pd::test::problemFields(withPublished).contains(u"enabled"_s));
        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", busyPath, {}, columnIfMatch(busyPath)).status, 409);
        for (const QJsonValue &v : m_portal.call(u"admin"_s, "GET", sitePath).json.array())
            if (v.toObject().value(u"id").toInteger() == busyColumn)
                QCOMPARE(v.toObject().value(u"enabled").toBool(), true);
        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", topPath, {}, columnIfMatch(topPath)).status, 409);
        const auto disabled = m_portal.call(u"admin"_s, "PUT", leadersPath, QJsonObject{{u"enabled"_s, false}}, columnIfMatch(leadersPath));
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json.object().value(u"enabled").toBool(), false);
        const auto intoDisabled = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s,
                                       QJsonObject{{u"site"_s, m_site}, {u"type"_s, u"news"_s},
                                                   {u"columns"_s, QJsonArray{idOf(leaders)}}, {u"title"_s, u"停用栏目"_s},
                                                   {u"bodyHtml"_s, u"<p>正文</p>"_s}});
        QCOMPARE(intoDisabled.status, 422);
        QVERIFY2(intoDisabled.body.contains("已停用"), intoDisabled.body.constData());
        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", leadersPath, {}, columnIfMatch(leadersPath)).status, 204);
        QCOMPARE(childrenOf(topId), (QStringList{u"机构职能"_s}));
        const QJsonArray deleted = audit(u"resource=column&id=%1"_s.arg(idOf(leaders)));
        QCOMPARE(deleted.first().toObject().value(u"action").toString(), u"delete"_s);
        QCOMPARE(deleted.first().toObject().value(u"before").toObject().value(u"name").toString(), u"领导之窗"_s);
        QVERIFY(deleted.first().toObject().value(u"after").toObject().isEmpty());
    }

    void sitesKeepTheirOwnTopicCategories()
    {
        const QString listPath = u"/api/v1/sites/%1/disclosure/categories"_s.arg(m_site);
        const auto make = [&](const QJsonObject &body) { return m_portal.call(u"admin"_s, "POST", listPath, body); };
        const auto water = make(QJsonObject{{u"code"_s, u"SW01"_s}, {u"name"_s, u"水资源管理"_s}});
        QCOMPARE(water.status, 201);
        QCOMPARE(water.json.object().value(u"parentCode"_s).isNull(), true);
        const auto flood = make(QJsonObject{{u"code"_s, u"SW0101"_s}, {u"name"_s, u"防汛抗旱"_s}, {u"parentCode"_s, u"SW01"_s}});
        QCOMPARE(flood.status, 201);
        QCOMPARE(make(QJsonObject{{u"code"_s, u"SW0102"_s}, {u"name"_s, u"河湖长制"_s}, {u"parentCode"_s, u"SW01"_s},
                                  {u"position"_s, 0}}).status,
                 201);
        const auto listed = m_portal.call(u"editor"_s, "GET", listPath);
        QCOMPARE(listed.status, 200);
        QStringList codes;
        for (const QJsonValue &v : listed.json.array())
            codes.append(v.toObject().value(u"code"_s).toString());
        QCOMPARE(codes, (QStringList{u"SW01"_s, u"SW0102"_s, u"SW0101"_s}));

        // The catalogue offers them after the national 22, marked as the site's own.
        const auto ownNode = [&](const QString &code) {
            for (const QJsonValue &top : m_portal.call(u"editor"_s, "GET", u"/api/v1/sites/%1/disclosure/catalog"_s.arg(m_site)).json.array()) {
                if (top.toObject().value(u"code"_s).toString() == code)
                    return top.toObject();
                for (const QJsonValue &sub : top.toObject().value(u"children"_s).toArray())
                    if (sub.toObject().value(u"code"_s).toString() == code)
                        return sub.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(ownNode(u"SW01"_s).value(u"own"_s).toBool(), true);
        QCOMPARE(ownNode(u"SW01"_s).value(u"children"_s).toArray().size(), 2);
        QVERIFY(!ownNode(u"01"_s).contains(u"own"_s));

        // A disclosure item filed under one of them is accepted and counted there.
        qint64 disclosureColumn = 0;
        for (const QJsonValue &c : m_portal.call(u"admin"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_site)).json.array())
            if (c.toObject().value(u"kind"_s).toString() == u"disclosure"_s && disclosureColumn == 0)
                disclosureColumn = c.toObject().value(u"id"_s).toInteger();
        QVERIFY(disclosureColumn > 0);
        QJsonObject meta{{u"publisher"_s, u"临江市水务局"_s}, {u"docNo"_s, u"临水发〔2026〕3号"_s},
                         {u"writtenDate"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)},
                         {u"topicCategory"_s, u"SW0101"_s}, {u"genre"_s, u"通知"_s}, {u"mode"_s, u"主动公开"_s},
                         {u"term"_s, u"长期"_s}, {u"scope"_s, u"面向社会"_s}, {u"validity"_s, u"有效"_s},
                         {u"abstract"_s, u"防汛值班安排。"_s}};
        QJsonObject item{{u"site"_s, m_site}, {u"type"_s, u"disclosure"_s}, {u"columns"_s, QJsonArray{disclosureColumn}},
                         {u"title"_s, u"关于汛期值班的通知"_s}, {u"bodyHtml"_s, u"<p>值班安排。</p>"_s}, {u"disclosure"_s, meta}};
        const auto filed = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, item);
        QVERIFY2(filed.status == 201, filed.body.constData());
        QCOMPARE(ownNode(u"SW0101"_s).value(u"count"_s).toInt(), 1);
        QCOMPARE(ownNode(u"SW01"_s).value(u"count"_s).toInt(), 1);
        meta.insert(u"topicCategory"_s, u"XX0101"_s);
        item.insert(u"disclosure"_s, meta);
        const auto unknown = m_portal.call(u"editor"_s, "POST", u"/api/v1/items"_s, item);
        QCOMPARE(unknown.status, 422);
        QVERIFY(pd::test::problemFields(unknown).contains(u"disclosure.topicCategory"_s));

        // Bad input: refused with the reason, nothing applied, nothing logged.
        const QList<Refused> cases{
            {"POST", listPath, QJsonObject{{u"code"_s, u"SW01"_s}, {u"name"_s, u"又一个"_s}}, 409, u"code"_s},
            {"POST", listPath, QJsonObject{{u"code"_s, u"SW02"_s}, {u"name"_s, u"水资源管理"_s}}, 409, u"name"_s},
            {"POST", listPath, QJsonObject{{u"code"_s, u"0123"_s}, {u"name"_s, u"像国家的"_s}}, 422, u"code"_s},
            {"POST", listPath, QJsonObject{{u"code"_s, u"sw03"_s}, {u"name"_s, u"小写"_s}}, 422, u"code"_s},
            {"POST", listPath, QJsonObject{{u"code"_s, u"SW0201"_s}, {u"name"_s, u"错位"_s}, {u"parentCode"_s, u"SW01"_s}}, 422, u"code"_s},
            {"POST", listPath, QJsonObject{{u"code"_s, u"0199"_s}, {u"name"_s, u"国家下"_s}, {u"parentCode"_s, u"01"_s}}, 422, u"code"_s},
            {"POST", listPath, QJsonObject{{u"code"_s, u"SW03"_s}}, 422, u"name"_s},
            {"PUT", u"/api/v1/disclosure/categories/SW01"_s, QJsonObject{{u"code"_s, u"SW09"_s}}, 422, u"code"_s},
        };
        const QByteArray before = m_portal.call(u"admin"_s, "GET", listPath).body;
        const qsizetype auditBefore = audit(u"resource=category"_s).size();
        const QString categoryRefusal = notRefused(cases, [&](const QString &) { return PortaldFixture::ifMatch(revOf(water)); });
        QVERIFY2(categoryRefusal.isEmpty(), qPrintable(categoryRefusal));
        // Deleting a category in use, or one with sub-categories, is refused with the reason.
        const auto inUse = m_portal.call(u"admin"_s, "DELETE", u"/api/v1/disclosure/categories/SW0101"_s);
        QCOMPARE(inUse.status, 409);
        QVERIFY2(detailOf(inUse).contains(u"1 篇"_s), qPrintable(detailOf(inUse)));
        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", u"/api/v1/disclosure/categories/SW01"_s).status, 409);
        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", u"/api/v1/disclosure/categories/0101"_s).status, 409);
        QCOMPARE(m_portal.call(u"admin"_s, "GET", listPath).body, before);
        QCOMPARE(audit(u"resource=category"_s).size(), auditBefore);

        // Rename with If-Match: a stale revision shows the current category; the change is logged.
        const QString waterPath = u"/api/v1/disclosure/categories/SW01"_s;
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", waterPath, QJsonObject{{u"name"_s, u"水资源"_s}}).status, 428);
        const auto renamed = m_portal.call(u"admin"_s, "PUT", waterPath, QJsonObject{{u"name"_s, u"水资源"_s}}, PortaldFixture::ifMatch(revOf(water)));
        QCOMPARE(renamed.status, 200);
        const auto stale = m_portal.call(u"admin"_s, "PUT", waterPath, QJsonObject{{u"name"_s, u"水利"_s}}, PortaldFixture::ifMatch(revOf(water)));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json.object().value(u"current"_s).toObject().value(u"name"_s).toString(), u"水资源"_s);
        const QJsonArray logged = audit(u"resource=category&id=SW01"_s);
        QCOMPARE(logged.first().toObject().value(u"before"_s).toObject().value(u"name"_s).toString(), u"水资源管理"_s);
        QCOMPARE(logged.first().toObject().value(u"after"_s).toObject().value(u"name"_s).toString(), u"水资源"_s);

        // An unused sub-category goes, and the log keeps it.
        QCOMPARE(m_portal.call(u"admin"_s, "DELETE", u"/api/v1/disclosure/categories/SW0102"_s).status, 204);
        QCOMPARE(audit(u"resource=category&id=SW0102"_s).first().toObject().value(u"action"_s).toString(), u"delete"_s);
        for (const QString &who : {u"editor"_s, u"reviewer1"_s})
            QCOMPARE(m_portal.call(who, "POST", listPath, QJsonObject{{u"code"_s, u"SW05"_s}, {u"name"_s, u"偷建"_s}}).status, 403);

        // Published, the item is on the public catalogue under the site's own category.
        pd::test::DemoWorkflow workflow(m_http, m_portal.baseUrl(), m_site,
                                        {m_portal.token(u"editor"_s), m_portal.token(u"reviewer1"_s),
                                         m_portal.token(u"reviewer2"_s), m_portal.token(u"reviewer3"_s)});
        const qint64 filedId = idOf(filed);
        QVERIFY(!workflow.transition(m_portal.token(u"editor"_s), filedId, u"submit"_s).isEmpty());
        for (const QString &who : {u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s})
            QVERIFY(!workflow.transition(m_portal.token(who), filedId, u"approve"_s).isEmpty());
        QVERIFY(!workflow.transition(m_portal.token(u"reviewer3"_s), filedId, u"publish"_s).isEmpty());
        const auto publicText = [&](const QString &path) { return QString::fromUtf8(m_http.request("GET", m_portal.url(path)).body); };
        QTRY_VERIFY_WITH_TIMEOUT(publicText(u"/disclosure/SW0101/"_s).contains(u"关于汛期值班的通知"_s), 20000);
        QVERIFY(publicText(u"/disclosure/SW01/"_s).contains(u"关于汛期值班的通知"_s));
        const QString index = publicText(u"/disclosure/"_s);
        QVERIFY2(index.contains(u"水资源"_s) && index.contains(u"防汛抗旱"_s), qPrintable(index.left(2000)));
        QVERIFY(publicText(u"/items/%1.html"_s.arg(filedId)).contains(u"水资源/防汛抗旱"_s));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_portal.process().stop());
    }
};

QTEST_GUILESS_MAIN(tst_PortaldAdmin)
#include "tst_portald_admin.moc"
