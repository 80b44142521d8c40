// PortalClient and Workspace against a real portald on loopback: sign-in with right and wrong passwords, typed
// reads, an unreachable server, a server that never answers, cancellation, an expired session, reconnection.
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::ErrorCode;
using pd::api::PortalClient;

namespace {

/// Collects the single answer of an asynchronous call.
template <typename T>
struct Answer {
    std::optional<pd::Result<T>> result;
    PortalClient::Callback<T> callback()
    {
        return [this](pd::Result<T> r) { result.emplace(std::move(r)); };
    }
};

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

class tst_PortalClient : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void signInAndRead()
    {
        PortalClient client;
        QSignalSpy sessionChanged(&client.session(), &pd::api::Session::changed);
        Answer<pd::domain::User> login;
        client.login(m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password(), this, login.callback());
        QTRY_VERIFY(login.result.has_value());
        QVERIFY2(login.result->has_value(), qPrintable(login.result->error().message));
        QCOMPARE((*login.result)->username, u"editor"_s);
        QVERIFY(!(*login.result)->displayName.isEmpty());
        QVERIFY((*login.result)->hasRole(u"editor"_s));
        QVERIFY(client.session().isSignedIn());
        QVERIFY(!client.session().refreshToken().isEmpty());
        QCOMPARE(client.session().user().username, u"editor"_s);
        QVERIFY(!sessionChanged.isEmpty());

        Answer<pd::domain::User> me;
        client.me(this, me.callback());
        QTRY_VERIFY(me.result.has_value());
        QVERIFY(me.result->has_value());
        QCOMPARE((*me.result)->id, (*login.result)->id);

        Answer<QList<pd::domain::Site>> sites;
        client.sites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QVERIFY(sites.result->has_value());
        QVERIFY(!(*sites.result)->isEmpty());
        const pd::domain::Site site = (*sites.result)->constFirst();
        QVERIFY(site.name.contains(u"人民政府"_s));

        Answer<QList<pd::domain::Column>> columns;
        client.columns(site.id, this, columns.callback());
        QTRY_VERIFY(columns.result.has_value());
        QVERIFY(columns.result->has_value());
        QStringList names;
        QHash<qint64, qint64> parents;
        for (const pd::domain::Column &c : **columns.result) {
            names.append(c.name);
            parents.insert(c.id, c.parentId);
            // parents precede children, so a tree can be built in one pass
            QVERIFY(c.parentId == 0 || parents.contains(c.parentId));
        }
        QVERIFY2(names.contains(u"要闻动态"_s), qPrintable(names.join(u',')));
        QVERIFY(names.contains(u"通知公告"_s));
        QCOMPARE(client.pendingCalls(), 0);
    }

    void wrongPassword()
    {
        PortalClient client;
        Answer<pd::domain::User> login;
        client.login(m_portal.baseUrl(), u"reviewer1"_s, u"not-the-password"_s, this, login.callback());
        QTRY_VERIFY(login.result.has_value());
        QVERIFY(!login.result->has_value());
        const pd::Error &e = login.result->error();
        QCOMPARE(e.code, ErrorCode::Unauthorized);
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.message, u"用户名或密码错误。"_s);
        QVERIFY(!client.session().isSignedIn());
    }

    void unknownUserLooksLikeWrongPassword()
    {
        PortalClient client;
        Answer<pd::domain::User> login;
        client.login(m_portal.baseUrl(), u"nobody-here"_s, pd::test::PortaldFixture::password(), this, login.callback());
        QTRY_VERIFY(login.result.has_value());
        QVERIFY(!login.result->has_value());
        QCOMPARE(login.result->error().message, u"用户名或密码错误。"_s);
    }

    void unreachableServer()
    {
        PortalClient client;
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(closedPort()));
        Answer<pd::domain::User> login;
        client.login(url, u"editor"_s, pd::test::PortaldFixture::password(), this, login.callback());
        QTRY_VERIFY(login.result.has_value());
        QVERIFY(!login.result->has_value());
        QCOMPARE(login.result->error().code, ErrorCode::Network);
        QVERIFY2(login.result->error().message.startsWith(u"无法连接服务器"_s),
                 qPrintable(login.result->error().message));
        QVERIFY(login.result->error().isTransient());
    }

    void silentServerTimesOut()
    {
        // A peer that accepts the connection and then says nothing: the transfer time-out must end the call.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });
        PortalClient client;
        client.setTransferTimeout(400ms);
        Answer<pd::domain::User> login;
        client.login(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())), u"editor"_s, pd::test::PortaldFixture::password(), this,
                     login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.result.has_value(), 10000);
        QVERIFY(!login.result->has_value());
        QCOMPARE(login.result->error().code, ErrorCode::Timeout);
        QVERIFY2(login.result->error().message.contains(u"超时"_s), qPrintable(login.result->error().message));
        QVERIFY(!held.isEmpty());
    }

    void cancellation()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        PortalClient client;
        Answer<pd::domain::User> login;
        const auto id = client.login(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())), u"editor"_s, pd::test::PortaldFixture::password(),
                                     this, login.callback());
        QCOMPARE(client.pendingCalls(), 1);
        client.cancel(id);
        QTRY_VERIFY(login.result.has_value());
        QCOMPARE(login.result->error().code, ErrorCode::Cancelled);
        QCOMPARE(client.pendingCalls(), 0);
    }

    void destroyedContextIsNotCalledBack()
    {
        PortalClient client;
        auto context = std::make_unique<QObject>();
        bool called = false;
        client.login(m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password(), context.get(),
                     [&called](pd::Result<pd::domain::User>) { called = true; });
        context.reset();
        QTRY_COMPARE(client.pendingCalls(), 0);
        QVERIFY(!called);
    }

    void expiredSession()
    {
        PortalClient client;
        client.session().setServerUrl(m_portal.baseUrl());
        client.session().setTokens(u"revoked-or-made-up"_s, QString(), 60);
        QSignalSpy expired(&client, &PortalClient::sessionExpired);
        Answer<pd::domain::User> me;
        client.me(this, me.callback());
        QTRY_VERIFY(me.result.has_value());
        QCOMPARE(me.result->error().code, ErrorCode::Unauthorized);
        QVERIFY(me.result->error().message.contains(u"重新登录"_s));
        QCOMPARE(expired.size(), 1);
    }

    void expiredAccessTokenIsRenewedTransparently()
    {
        PortalClient client;
        Answer<pd::domain::User> login;
        client.login(m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password(), this, login.callback());
        QTRY_VERIFY(login.result.has_value());
        QVERIFY(login.result->has_value());
        const QString oldRefresh = client.session().refreshToken();

        // The server stops accepting the access token (expired): three calls in flight at once must all succeed
        // after a single renewal, without their callers noticing.
        client.session().setTokens(u"expired-access-token"_s, oldRefresh, 900);
        QSignalSpy refreshed(&client, &PortalClient::sessionRefreshed);
        QSignalSpy expired(&client, &PortalClient::sessionExpired);
        Answer<pd::domain::User> me;
        Answer<QList<pd::domain::Site>> sites;
        Answer<QList<pd::domain::Site>> sitesAgain;
        client.me(this, me.callback());
        client.sites(this, sites.callback());
        client.sites(this, sitesAgain.callback());
        QTRY_VERIFY(me.result.has_value() && sites.result.has_value() && sitesAgain.result.has_value());
        QVERIFY2(me.result->has_value(), qPrintable(me.result->error().message));
        QVERIFY(sites.result->has_value());
        QVERIFY(sitesAgain.result->has_value());
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(expired.size(), 0);
        QVERIFY(client.session().accessToken() != u"expired-access-token"_s);
        QVERIFY(client.session().refreshToken() != oldRefresh); // refresh tokens rotate
        QCOMPARE(client.pendingCalls(), 0);

        // A token that is known to run out soon is renewed before the call, not after a 401.
        client.session().setTokens(client.session().accessToken(), client.session().refreshToken(), 5);
        Answer<pd::domain::User> early;
        client.me(this, early.callback());
        QTRY_VERIFY(early.result.has_value());
        QVERIFY(early.result->has_value());
        QCOMPARE(refreshed.size(), 2);
    }

    void callsOfAnEndedSessionLeaveTheNextOneAlone()
    {
        // A shared workstation switches accounts while a call of the old session is on its way and the server
        // refuses it: that 401 is about the ended session. It must neither renew (spending the new session's
        // refresh token, which the server would take for a stolen one) nor report the new session as expired.
        PortalClient client;
        Answer<pd::domain::User> first;
        client.login(m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password(), this, first.callback());
        QTRY_VERIFY(first.result.has_value());
        QVERIFY(first.result->has_value());
        client.session().setTokens(u"no-longer-accepted"_s, client.session().refreshToken(), 900);

        QSignalSpy refreshed(&client, &PortalClient::sessionRefreshed);
        QSignalSpy expired(&client, &PortalClient::sessionExpired);
        Answer<pd::domain::User> stale;
        client.me(this, stale.callback());
        Answer<pd::domain::User> next;
        client.login(m_portal.baseUrl(), u"reviewer1"_s, pd::test::PortaldFixture::password(), this, next.callback());
        QTRY_VERIFY(stale.result.has_value() && next.result.has_value());
        QVERIFY(!stale.result->has_value());
        QCOMPARE(stale.result->error().code, ErrorCode::Unauthorized);
        QVERIFY2(next.result->has_value(), qPrintable(next.result->error().message));
        QCOMPARE(next.result->value().username, u"reviewer1"_s);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(expired.size(), 0);

        Answer<pd::domain::User> me;
        client.me(this, me.callback());
        QTRY_VERIFY(me.result.has_value());
        QVERIFY(me.result->has_value());
        QCOMPARE(me.result->value().username, u"reviewer1"_s);
        QCOMPARE(client.pendingCalls(), 0);
    }

    void revokedRefreshTokenAsksToSignInAgain()
    {
        PortalClient client;
        Answer<pd::domain::User> login;
        client.login(m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password(), this, login.callback());
        QTRY_VERIFY(login.result.has_value());
        QVERIFY(login.result->has_value());

        // Someone else uses (and so rotates away) this refresh token; ours is now refused.
        pd::test::HttpProbe http;
        const QJsonObject body{{u"refreshToken"_s, client.session().refreshToken()}};
        const auto rotated = http.json("POST", m_portal.url(u"/api/v1/session/refresh"_s),
                                       QString(), QJsonDocument(body));
        QCOMPARE(rotated.status, 200);

        client.session().setTokens(u"expired-access-token"_s, client.session().refreshToken(), 900);
        QSignalSpy expired(&client, &PortalClient::sessionExpired);
        Answer<pd::domain::User> me;
        client.me(this, me.callback());
        QTRY_VERIFY(me.result.has_value());
        QVERIFY(!me.result->has_value());
        QCOMPARE(me.result->error().code, ErrorCode::Unauthorized);
        QCOMPARE(me.result->error().message, u"登录已过期，请重新登录。"_s);
        QCOMPARE(expired.size(), 1);
        QVERIFY(!client.session().isSignedIn());
    }

    void workspaceSignInAndReconnect()
    {
        PortalClient client;
        pd::models::Workspace workspace(client);
        QAbstractItemModelTester tester(workspace.columnModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.setHeartbeatInterval(200ms);
        QSignalSpy signedIn(&workspace, &pd::models::Workspace::signedIn);
        QSignalSpy failed(&workspace, &pd::models::Workspace::signInFailed);

        workspace.signIn(u"http://127.0.0.1:%1/"_s.arg(m_portal.baseUrl().port()), u"editor"_s, u"wrong"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<pd::Error>().message, u"用户名或密码错误。"_s);
        QCOMPARE(workspace.state(), pd::models::Workspace::State::SignedOut);

        workspace.signIn(m_portal.baseUrl().toString(), u"editor"_s, pd::test::PortaldFixture::password());
        QCOMPARE(workspace.state(), pd::models::Workspace::State::SigningIn);
        QTRY_COMPARE(signedIn.size(), 1);
        QCOMPARE(workspace.state(), pd::models::Workspace::State::Online);
        QVERIFY(workspace.site().name.contains(u"人民政府"_s));
        QVERIFY(workspace.columnModel()->rowCount() > 0);
        QVERIFY(workspace.stateText().startsWith(u"已连接"_s));

        // The server goes away: the heartbeat notices; it comes back: the workspace is online again by itself.
        QVERIFY(m_portal.process().stop());
        QTRY_COMPARE_WITH_TIMEOUT(workspace.state(), pd::models::Workspace::State::Offline, 10000);
        QVERIFY(workspace.stateText().contains(u"断开"_s));
        QVERIFY2(m_portal.process().restart(), qPrintable(m_portal.process().log()));
        if (m_portal.baseUrl().port() == client.session().serverUrl().port())
            QTRY_COMPARE_WITH_TIMEOUT(workspace.state(), pd::models::Workspace::State::Online, 10000);
        else
            qWarning("portald came back on another port; reconnection not checked");
    }

    void badAddressNeverLeavesTheMachine()
    {
        PortalClient client;
        pd::models::Workspace workspace(client);
        QSignalSpy failed(&workspace, &pd::models::Workspace::signInFailed);
        workspace.signIn(u"htp:/ /门户"_s, u"editor"_s, pd::test::PortaldFixture::password());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<pd::Error>().code, ErrorCode::BadUrl);
        QCOMPARE(client.pendingCalls(), 0);
    }

    void cleanupTestCase()
    {
        if (m_portal.process().isRunning())
            QVERIFY(m_portal.process().stop());
    }
};

QTEST_GUILESS_MAIN(tst_PortalClient)
#include "tst_portalclient.moc"
