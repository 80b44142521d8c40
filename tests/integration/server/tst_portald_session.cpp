// Session, identity and site endpoints of a real portald, plus the HTTP front's error handling.
#include "tests/support/PortaldFixture.h"
#include "tests/support/ProblemChecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::verifyProblem;
using pd::test::HttpProbe;

class tst_PortaldSession : public QObject
{
    Q_OBJECT

private:
    HttpProbe::Reply loginReply(const QString &user, const QString &password)
    {
        return m_http.json("POST", m_portal.url(u"/api/v1/session"_s), {},
                           QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}));
    }

    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void healthz()
    {
        const auto r = m_http.request("GET", m_portal.url(u"/healthz"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(u"status").toString(), u"ok"_s);
    }

    void loginWithRightPassword()
    {
        const auto r = loginReply(u"editor"_s, pd::test::PortaldFixture::password());
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json.object();
        QCOMPARE(o.value(u"accessToken").toString().size(), 43); // 256 bits, base64url
        QCOMPARE(o.value(u"refreshToken").toString().size(), 43);
        QCOMPARE(o.value(u"expiresIn").toInt(), 15 * 60);
        QCOMPARE(o.value(u"user").toObject().value(u"username").toString(), u"editor"_s);
        QVERIFY(!o.value(u"user").toObject().value(u"displayName").toString().isEmpty());
    }

    void loginWithWrongPasswordIs401Problem()
    {
        const auto r = loginReply(u"reviewer1"_s, u"wrong-password-123"_s);
        verifyProblem(r, 401);
        const auto unknown = loginReply(u"nobody-here"_s, pd::test::PortaldFixture::password());
        verifyProblem(unknown, 401);
        // The same answer for an unknown name: nothing tells an attacker which accounts exist.
        QCOMPARE(unknown.json.object().value(u"detail"), r.json.object().value(u"detail"));
    }

    void loginRateLimitedAfterFiveFailures()
    {
        for (int i = 0; i < 5; ++i)
            verifyProblem(loginReply(u"moderator"_s, u"not-the-password"_s), 401);
        const auto limited = loginReply(u"moderator"_s, u"not-the-password"_s);
        verifyProblem(limited, 429);
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.headers.value("retry-after"));
        // While locked out even the right password is refused…
        verifyProblem(loginReply(u"moderator"_s, pd::test::PortaldFixture::password()), 429);
        // …but other accounts from the same address are unaffected.
        QCOMPARE(loginReply(u"reporter"_s, pd::test::PortaldFixture::password()).status, 201);
    }

    void loggedUserNamesCannotForgeLines()
    {
        // A failed login logs the name that was tried; a newline in it must not start a line of its own.
        const QString forged = u"portald.auth: 管理员 admin 已登录"_s;
        verifyProblem(loginReply(u"mallory\n"_s + forged, u"not-the-password"_s), 401);
        QTRY_VERIFY2(m_portal.process().log().contains(u"failed login for mallory"_s), qPrintable(m_portal.process().log()));
        const QStringList lines = m_portal.process().log().split(u'\n');
        QVERIFY2(std::ranges::none_of(lines, [&](const QString &line) { return line.startsWith(forged); }),
                 qPrintable(m_portal.process().log()));
        QVERIFY2(m_portal.process().log().contains(u"failed login for mallory\\n"_s + forged), qPrintable(m_portal.process().log()));
    }

    void meDescribesRoles()
    {
        const QString token = m_portal.newToken(u"reviewer3"_s);
        QVERIFY(!token.isEmpty());
        const auto r = m_http.json("GET", m_portal.url(u"/api/v1/me"_s), token);
        QCOMPARE(r.status, 200);
        const QJsonObject me = r.json.object();
        QCOMPARE(me.value(u"username").toString(), u"reviewer3"_s);
        bool publisher = false;
        int level = 0;
        for (const QJsonValue &v : me.value(u"roles").toArray()) {
            const QJsonObject g = v.toObject();
            QVERIFY(g.value(u"site").toInteger() > 0);
            if (g.value(u"role").toString() == u"publisher")
                publisher = true;
            if (g.value(u"role").toString() == u"reviewer")
                level = g.value(u"level").toInt();
        }
        QVERIFY(publisher);
        QCOMPARE(level, 3);
    }

    void meWithoutOrWithBadTokenIs401()
    {
        verifyProblem(m_http.json("GET", m_portal.url(u"/api/v1/me"_s), {}), 401);
        verifyProblem(m_http.json("GET", m_portal.url(u"/api/v1/me"_s), u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s), 401);
        const auto r = m_http.request("GET", m_portal.url(u"/api/v1/me"_s), {}, {{"Authorization", "Basic ZWRpdG9yOng="}});
        verifyProblem(r, 401);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
    }

    void refreshRotatesAndReuseRevokesFamily()
    {
        const auto login = loginReply(u"editor"_s, pd::test::PortaldFixture::password());
        QCOMPARE(login.status, 201);
        const QString access1 = login.json.object().value(u"accessToken").toString();
        const QString refresh1 = login.json.object().value(u"refreshToken").toString();

        const auto rotated = m_http.json("POST", m_portal.url(u"/api/v1/session/refresh"_s), {},
                                         QJsonDocument(QJsonObject{{u"refreshToken"_s, refresh1}}));
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json.object().value(u"accessToken").toString();
        const QString refresh2 = rotated.json.object().value(u"refreshToken").toString();
        QVERIFY(!access2.isEmpty());
        QVERIFY(refresh2 != refresh1);
        QCOMPARE(m_http.json("GET", m_portal.url(u"/api/v1/me"_s), access2).status, 200);
        // Rotation retires the previous access token too.
        QCOMPARE(m_http.json("GET", m_portal.url(u"/api/v1/me"_s), access1).status, 401);

        // The old refresh token comes back: refused, and the whole session (family) dies with it.
        verifyProblem(m_http.json("POST", m_portal.url(u"/api/v1/session/refresh"_s), {},
                                  QJsonDocument(QJsonObject{{u"refreshToken"_s, refresh1}})),
                      401);
        QCOMPARE(m_http.json("GET", m_portal.url(u"/api/v1/me"_s), access2).status, 401);
        verifyProblem(m_http.json("POST", m_portal.url(u"/api/v1/session/refresh"_s), {},
                                  QJsonDocument(QJsonObject{{u"refreshToken"_s, refresh2}})),
                      401);

        // Other sessions of the same user are untouched.
        const QString other = m_portal.newToken(u"editor"_s);
        QCOMPARE(m_http.json("GET", m_portal.url(u"/api/v1/me"_s), other).status, 200);
    }

    void logoutRevokesTokens()
    {
        const auto login = loginReply(u"admin"_s, pd::test::PortaldFixture::password());
        QCOMPARE(login.status, 201);
        const QString access = login.json.object().value(u"accessToken").toString();
        const QString refresh = login.json.object().value(u"refreshToken").toString();
        QCOMPARE(m_http.json("DELETE", m_portal.url(u"/api/v1/session"_s), access).status, 204);
        QCOMPARE(m_http.json("GET", m_portal.url(u"/api/v1/me"_s), access).status, 401);
        QCOMPARE(m_http.json("POST", m_portal.url(u"/api/v1/session/refresh"_s), {},
                             QJsonDocument(QJsonObject{{u"refreshToken"_s, refresh}}))
                     .status,
                 401);
    }

    void sitesAndColumns()
    {
        const QString token = m_portal.newToken(u"editor"_s);
        const auto sites = m_http.json("GET", m_portal.url(u"/api/v1/sites"_s), token);
        QCOMPARE(sites.status, 200);
        // The demo editor writes for the portal and both department sites; the portal comes first.
        QCOMPARE(sites.json.array().size(), 3);
        const QJsonObject site = sites.json.array().first().toObject();
        QVERIFY(site.value(u"name").toString().contains(u"人民政府"));
        QCOMPARE(site.value(u"reviewLevels").toInt(), 3);
        QVERIFY(site.value(u"orgCode").toString().size() == 18 || site.value(u"orgCode").toString().size() == 9);
        const qint64 siteId = site.value(u"id").toInteger();

        const auto columns = m_http.json("GET", m_portal.url(u"/api/v1/sites/%1/columns"_s.arg(siteId)), token);
        QCOMPARE(columns.status, 200);
        QStringList names;
        QSet<qint64> seen;
        QSet<QString> kinds;
        for (const QJsonValue &v : columns.json.array()) {
            const QJsonObject c = v.toObject();
            names << c.value(u"name").toString();
            kinds << c.value(u"kind").toString();
            // Parents come before their children, so a client can build the tree in one pass.
            if (!c.value(u"parentId").isNull())
                QVERIFY2(seen.contains(c.value(u"parentId").toInteger()), qPrintable(c.value(u"name").toString()));
            seen.insert(c.value(u"id").toInteger());
        }
        QVERIFY2(names.contains(u"要闻动态"_s), qPrintable(names.join(u',')));
        QVERIFY(names.contains(u"通知公告"_s));
        for (const QString &k : {u"news"_s, u"notice"_s, u"policy"_s, u"disclosure"_s})
            QVERIFY2(kinds.contains(k), qPrintable(k));

        verifyProblem(m_http.json("GET", m_portal.url(u"/api/v1/sites/9999/columns"_s), token), 404);
        verifyProblem(m_http.json("GET", m_portal.url(u"/api/v1/sites/abc/columns"_s), token), 404);
        verifyProblem(m_http.json("GET", m_portal.url(u"/api/v1/sites/1/columns"_s), {}), 401);
    }

    void malformedRequestsAreProblems()
    {
        const QUrl session = m_portal.url(u"/api/v1/session"_s);
        verifyProblem(m_http.request("POST", session, "{\"username\": ", {{"Content-Type", "application/json"}}), 400);
        verifyProblem(m_http.request("POST", session, "{\"username\": \"\xff\xfe\"}", {{"Content-Type", "application/json"}}),
                      400);
        verifyProblem(m_http.request("POST", session, QByteArray(200, '[') + QByteArray(200, ']'),
                                     {{"Content-Type", "application/json"}}),
                      400);
        verifyProblem(m_http.request("POST", session, "username=editor", {{"Content-Type", "application/x-www-form-urlencoded"}}),
                      415);
        verifyProblem(m_http.request("POST", session, "{\"username\":\"" + QByteArray(100 * 1024, 'a') + "\"}",
                                     {{"Content-Type", "application/json"}}),
                      413);
        verifyProblem(m_http.json("POST", session, {}, QJsonDocument(QJsonObject{{u"username"_s, u"editor"_s}})), 422);
        // Unknown API paths are problem+json; other paths belong to the public site (its own HTML 404 page).
        verifyProblem(m_http.request("GET", m_portal.url(u"/api/v1/no/such/path"_s)), 404);
        const auto wrongMethod = m_http.request("PUT", m_portal.url(u"/api/v1/me"_s), "{}", {{"Content-Type", "application/json"}});
        verifyProblem(wrongMethod, 405);
        QCOMPARE(wrongMethod.headers.value("allow"), "GET");
        // …and the server is still serving.
        QCOMPARE(m_http.request("GET", m_portal.url(u"/healthz"_s)).status, 200);
    }

    void metricsArePrometheusText()
    {
        const auto r = m_http.request("GET", m_portal.url(u"/metrics"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(r.body.contains("# TYPE portald_http_requests_total counter"));
        QVERIFY(r.body.contains("portald_http_requests_total{method=\"POST\",route=\"/api/v1/session\",status=\"201\"}"));
        QVERIFY(r.body.contains("portald_http_request_duration_seconds_bucket{"));
    }

    void restartKeepsDataAndDoesNotReseed()
    {
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        const QString token = m_portal.newToken(u"editor"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_http.json("GET", m_portal.url(u"/api/v1/sites"_s), token).json.array().size(), 3);
    }

    void sigtermExitsCleanly()
    {
        QVERIFY(m_portal.process().stop());
        QCOMPARE(m_portal.process().exitCode(), 0);
        QVERIFY(!m_portal.process().log().contains(u"QSqlDatabasePrivate::removeDatabase"_s));
    }

    void demoWithoutContentFailsClearly()
    {
        QTemporaryDir empty;
        pd::test::PortaldFixture p({u"--demo"_s, u"--demo-dir"_s, empty.path()});
        QVERIFY(!p.start());
        QVERIFY2(p.process().log().contains(u"site.json"_s), p.failure());
    }

    void addUserRefusesShortPasswords()
    {
        QTemporaryDir data;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORTALD_PASSWORD"_s, u"short-pass"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PORTALD_BIN"),
                {u"--data"_s, data.path(), u"--add-user"_s, u"wang"_s, u"--role"_s, u"editor"_s});
        QVERIFY(p.waitForFinished(30'000));
        QVERIFY(p.exitCode() != 0);

        env.insert(u"PORTALD_PASSWORD"_s, u"a-long-enough-password"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PORTALD_BIN"), {u"--data"_s, data.path(), u"--add-user"_s, u"wang"_s,
                                                      u"--display-name"_s, u"王芳"_s, u"--role"_s, u"editor"_s});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 0);

        // A portal needs a site before portald serves it; `init` makes one (and its administrator).
        env.insert(u"PORTALD_ADMIN_PASSWORD"_s, u"another-long-password"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PORTALD_BIN"), {u"init"_s, u"--data"_s, data.path(), u"--site-name"_s, u"测试门户"_s,
                                                      u"--site-code"_s, u"3217000009"_s, u"--org-code"_s,
                                                      u"11321700014538266M"_s, u"--admin"_s, u"root"_s});
        QVERIFY(p.waitForFinished(30'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        // The account works on a server over that data directory (no --demo).
        QProcess server;
        server.start(qEnvironmentVariable("PORTALD_BIN"), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path()});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 30'000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        QVERIFY(line.startsWith(u"portald listening on "_s));
        const QUrl base(line.mid(21));
        QVERIFY(!m_http.login(base, u"wang"_s, u"a-long-enough-password"_s).isEmpty());
        server.terminate();
        QVERIFY(server.waitForFinished(15'000));
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_PortaldSession)
#include "tst_portald_session.moc"
