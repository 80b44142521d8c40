// TLS end to end: portald behind a TLS endpoint whose certificate comes from a throw-away "extranet" CA (made with
// openssl at test time). Without the account's extra CA file the certificate error reaches the caller as a Chinese
// message and nothing is sent; with it (from the AccountRegistry), sign-in, API calls and the wss event stream work.
#include "tests/support/PortaldFixture.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TlsProxy.h"
#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/store/AccountRegistry.h"
#include "translations/Translations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::ErrorCode;

class tst_Tls : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::TestCertificates m_certs;
    std::unique_ptr<pd::test::TlsProxy> m_tls;
    QTemporaryDir m_dir;

    std::optional<pd::Result<pd::domain::User>> signIn(pd::api::PortalClient &client)
    {
        std::optional<pd::Result<pd::domain::User>> answer;
        client.login(m_tls->url(), u"editor"_s, u"portaldesk-demo"_s, this,
                     [&](pd::Result<pd::domain::User> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            return std::nullopt;
        return answer;
    }

    /// The account as the settings dialog would store it, with the CA file, read back from the registry.
    pd::store::Account account()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        pd::store::AccountRegistry registry(settings);
        if (!registry.current()) {
            pd::store::Account a;
            a.server = m_tls->url();
            a.user = u"editor"_s;
            a.caFile = m_certs.caCertificate();
            if (!registry.add(a))
                return {};
        }
        return *registry.current();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_certs.generate(), qPrintable(m_certs.error()));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_tls = std::make_unique<pd::test::TlsProxy>(m_portal.baseUrl());
        QVERIFY2(m_tls->listen(m_certs.serverCertificate(), m_certs.serverKey()), qPrintable(m_tls->error()));
    }

    void untrustedCertificateIsReportedNotIgnored()
    {
        pd::api::PortalClient client;
        const auto answer = signIn(client);
        QVERIFY(answer.has_value());
        QVERIFY(!answer->has_value());
        const pd::Error &error = answer->error();
        QCOMPARE(error.code, ErrorCode::Tls);
        QVERIFY2(error.message.contains(u"无法与 127.0.0.1:%1 建立安全连接"_s.arg(m_tls->url().port())),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(u"证书"_s), qPrintable(error.message));
        QVERIFY(!error.isTransient());
        QVERIFY(!client.session().isSignedIn());
        // The handshake was refused: not one byte of the request (the password!) went to the server.
        QCOMPARE(m_tls->handshakes(), 0);
        QTRY_VERIFY(m_tls->failedHandshakes() >= 1);
    }

    void accountCaFileMakesItWork()
    {
        const pd::store::Account a = account();
        QCOMPARE(a.caFile, m_certs.caCertificate());
        const auto cas = pd::api::PortalClient::loadCaFile(a.caFile);
        QVERIFY2(cas, cas ? "" : qPrintable(cas.error().message));

        pd::api::PortalClient client;
        client.setExtraCaCertificates(*cas);
        const auto answer = signIn(client);
        QVERIFY(answer.has_value());
        QVERIFY2(answer->has_value(), answer->has_value() ? "" : qPrintable(answer->error().message));
        QCOMPARE((*answer)->username, u"editor"_s);
        QVERIFY(m_tls->handshakes() >= 1);

        std::optional<pd::Result<QList<pd::domain::Site>>> sites;
        client.sites(this, [&](pd::Result<QList<pd::domain::Site>> r) { sites = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(sites.has_value(), 10000);
        QVERIFY(sites->has_value() && !(*sites)->isEmpty());
        const qint64 siteId = (*sites)->constFirst().id;

        std::optional<pd::Result<QList<pd::domain::Column>>> columns;
        client.columns(siteId, this, [&](pd::Result<QList<pd::domain::Column>> r) { columns = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(columns.has_value(), 10000);
        QVERIFY(columns->has_value());
        qint64 columnId = 0;
        for (const pd::domain::Column &c : **columns)
            if (c.name == u"要闻动态"_s)
                columnId = c.id;
        QVERIFY(columnId > 0);

        // The event stream speaks wss through the same endpoint and trusts the same CA.
        pd::api::EventStream stream(client);
        QSignalSpy events(&stream, &pd::api::EventStream::eventReceived);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), pd::api::EventStream::State::Connected, 15000);
        std::optional<pd::Result<pd::api::ApiReply>> created;
        const QJsonObject body{{u"site"_s, siteId}, {u"type"_s, u"news"_s}, {u"title"_s, u"加密连接测试稿件"_s},
                               {u"columns"_s, QJsonArray{columnId}},
                               {u"bodyHtml"_s, u"<p>TLS</p>"_s}};
        client.call("POST", u"/api/v1/items"_s, QJsonDocument(body), {{"Idempotency-Key", "tls-test-1"}}, this,
                    [&](pd::Result<pd::api::ApiReply> r) { created = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY2(created->has_value(), created->has_value() ? "" : qPrintable(created->error().message));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10000);
        stream.stop();
    }

    void streamWithoutTheCaSaysWhy()
    {
        // Signed in with the CA, then the CA is taken away (as if removed from the account): the stream's
        // handshake fails and the reason reaches whoever listens, in Chinese.
        pd::api::PortalClient client;
        client.setExtraCaCertificates(pd::api::PortalClient::loadCaFile(m_certs.caCertificate()).value());
        const auto answer = signIn(client);
        QVERIFY(answer && answer->has_value());
        client.setExtraCaCertificates({});
        pd::api::EventStream stream(client);
        QSignalSpy lost(&stream, &pd::api::EventStream::connectionLost);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 15000);
        stream.stop();
        const pd::Error error = lost.at(0).at(0).value<pd::Error>();
        QCOMPARE(error.code, ErrorCode::Tls);
        QVERIFY2(error.message.contains(u"安全连接"_s), qPrintable(error.message));
    }

    void cleanupTestCase()
    {
        m_tls.reset();
        if (m_portal.process().isRunning())
            m_portal.process().stop();
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
