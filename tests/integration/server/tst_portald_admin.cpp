// Administration over real HTTP: `portald init` on an empty data directory, the refusal to serve an uninitialised
// one, each site's review policy (三审 by different people, enforced on approval) and the administration audit log.
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;
using pd::test::PortaldProcess;

namespace {
const QString kPassword = u"portaldesk-demo"_s;
const QString kAuthorReviewerPassword = u"zhou-long-password"_s;
using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class TestPortaldAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PortaldProcess> m_portald;
    HttpProbe m_http;
    QHash<QString, QString> m_tokens;
    qint64 m_site = 0;
    qint64 m_newsColumn = 0;

    QUrl url(const QString &path) const
    {
        QUrl u = m_portald->baseUrl();
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    HttpProbe::Reply call(const QString &who, QByteArray verb, const QString &path, const QJsonValue &body = {},
                          Headers headers = {})
    {
        QJsonDocument doc;
        if (body.isObject())
            doc = QJsonDocument(body.toObject());
        else if (body.isArray())
            doc = QJsonDocument(body.toArray());
        return m_http.json(std::move(verb), url(path), m_tokens.value(who), doc, std::move(headers));
    }
    static qint64 idOf(const HttpProbe::Reply &r) { return r.json.object().value(u"id").toInteger(); }
    static qint64 revOf(const HttpProbe::Reply &r) { return r.json.object().value(u"revision").toInteger(); }
    static QString stateOf(const HttpProbe::Reply &r) { return r.json.object().value(u"state").toString(); }
    static QString detailOf(const HttpProbe::Reply &r) { return r.json.object().value(u"detail").toString(); }
    static QStringList fieldsOf(const HttpProbe::Reply &r)
    {
        QStringList out;
        for (const QJsonValue &e : r.json.object().value(u"errors").toArray())
            out.append(e.toObject().value(u"field").toString());
        return out;
    }
    static Headers ifMatch(qint64 revision) { return {{"If-Match", "\"" + QByteArray::number(revision) + "\""}}; }

    /// A submitted news item written by `author`; returns {id, revision}.
    std::pair<qint64, qint64> submitted(const QString &author, const QString &title)
    {
        const QJsonObject draft{{u"site"_s, m_site}, {u"type"_s, u"news"_s}, {u"columns"_s, QJsonArray{m_newsColumn}},
                                {u"title"_s, title}, {u"summary"_s, u"摘要"_s}, {u"bodyHtml"_s, u"<p>正文内容。</p>"_s},
                                {u"author"_s, u"测试"_s}};
        auto r = call(author, "POST", u"/api/v1/items"_s, draft);
        if (r.status != 201)
            return {0, 0};
        r = act(author, idOf(r), revOf(r), u"submit"_s);
        return {idOf(r), r.status == 200 ? revOf(r) : 0};
    }
    HttpProbe::Reply act(const QString &who, qint64 id, qint64 revision, const QString &action)
    {
        return call(who, "POST", u"/api/v1/items/%1/transitions"_s.arg(id), QJsonObject{{u"action"_s, action}},
                    ifMatch(revision));
    }
    QJsonArray audit(const QString &query)
    {
        const auto r = call(u"admin"_s, "GET", u"/api/v1/audit?"_s + query);
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
        m_portald = std::make_unique<PortaldProcess>(QStringList{u"--demo"_s});
        QVERIFY2(m_portald->start(), qPrintable(m_portald->log()));
        // An account that both writes and reviews at every level, to meet the 三审 rules head on.
        QVERIFY(m_portald->stop());
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORTALD_PASSWORD"_s, kAuthorReviewerPassword);
        add.setProcessEnvironment(env);
        QStringList args{u"--data"_s, m_portald->dataDir(), u"--add-user"_s, u"zhou"_s, u"--role"_s, u"editor"_s,
                         u"--role"_s, u"reviewer:1"_s, u"--role"_s, u"reviewer:2"_s, u"--role"_s, u"reviewer:3"_s};
        if (!m_portald->databaseUrl().isEmpty())
            args << u"--database"_s << m_portald->databaseUrl();
        add.start(qEnvironmentVariable("PORTALD_BIN"), args);
        QVERIFY(add.waitForFinished(60'000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        QVERIFY2(m_portald->restart(), qPrintable(m_portald->log()));

        for (const QString &who : {u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s, u"admin"_s}) {
            m_tokens.insert(who, m_http.login(m_portald->baseUrl(), who, kPassword));
            QVERIFY2(!m_tokens.value(who).isEmpty(), qPrintable(who));
        }
        m_tokens.insert(u"zhou"_s, m_http.login(m_portald->baseUrl(), u"zhou"_s, kAuthorReviewerPassword));
        QVERIFY(!m_tokens.value(u"zhou"_s).isEmpty());
        m_site = call(u"admin"_s, "GET", u"/api/v1/sites"_s).json.array().first().toObject().value(u"id").toInteger();
        for (const QJsonValue &c : call(u"admin"_s, "GET", u"/api/v1/sites/%1/columns"_s.arg(m_site)).json.array())
            if (c.toObject().value(u"kind").toString() == u"news"_s && m_newsColumn == 0)
                m_newsColumn = c.toObject().value(u"id").toInteger();
        QVERIFY(m_newsColumn > 0);
    }

    void uninitialisedDataDirectoryIsRefusedNamingInit()
    {
        PortaldProcess bare;
        QVERIFY(!bare.start());
        QVERIFY2(bare.log().contains(u"portald init"_s), qPrintable(bare.log()));
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
        const auto policy = call(u"admin"_s, "GET", u"/api/v1/sites/%1/review-policy"_s.arg(m_site));
        QCOMPARE(policy.status, 200);
        QCOMPARE(policy.json.object(), (QJsonObject{{u"levels"_s, 3},
                                                    {u"allowSameReviewerAcrossLevels"_s, false},
                                                    {u"allowAuthorReview"_s, false}}));
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

    void rejectionStartsAFreshRound()
    {
        auto [id, rev] = submitted(u"editor"_s, u"退回后重审"_s);
        auto first = act(u"zhou"_s, id, rev, u"approve"_s);
        QCOMPARE(first.status, 200);
        auto rejected = call(u"reviewer2"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(id),
                             QJsonObject{{u"action"_s, u"reject"_s}, {u"comment"_s, u"请补充"_s}}, ifMatch(revOf(first)));
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
            const auto r = call(u"admin"_s, "PUT", path, c.body);
            QCOMPARE(r.status, 422);
            QVERIFY2(fieldsOf(r).contains(c.field), r.body.constData());
        }
        for (const QString &who : {u"editor"_s, u"reviewer3"_s, u"zhou"_s}) {
            QCOMPARE(call(who, "PUT", path, QJsonObject{{u"levels"_s, 1}}).status, 403);
            QCOMPARE(call(who, "GET", path).status, 403);
            QCOMPARE(call(who, "GET", u"/api/v1/audit"_s).status, 403);
        }
        QCOMPARE(call(u"admin"_s, "PUT", u"/api/v1/sites/999999/review-policy"_s, QJsonObject{{u"levels"_s, 1}}).status, 404);
        QCOMPARE(call(u"admin"_s, "GET", u"/api/v1/audit?resource=nonsense"_s).status, 422);
        QCOMPARE(call(u"admin"_s, "GET", path).json.object().value(u"levels").toInt(), 3);
        QVERIFY(audit(u"resource=review-policy"_s).isEmpty());
    }

    void siteCanTurnBothRulesOff()
    {
        const QString path = u"/api/v1/sites/%1/review-policy"_s.arg(m_site);
        const QJsonObject relaxed{{u"levels"_s, 3}, {u"allowSameReviewerAcrossLevels"_s, true}, {u"allowAuthorReview"_s, true}};
        const auto put = call(u"admin"_s, "PUT", path, relaxed);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.object(), relaxed);
        QCOMPARE(call(u"admin"_s, "GET", path).json.object(), relaxed);

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
        QCOMPARE(call(u"admin"_s, "PUT", path, QJsonObject{{u"levels"_s, 3}}).status, 200);
        auto [other, orev] = submitted(u"zhou"_s, u"恢复默认后自审"_s);
        QCOMPARE(act(u"zhou"_s, other, orev, u"approve"_s).status, 403);
    }

    void cleanupTestCase()
    {
        QVERIFY(m_portald->stop());
    }
};

QTEST_GUILESS_MAIN(TestPortaldAdmin)
#include "tst_portald_admin.moc"
