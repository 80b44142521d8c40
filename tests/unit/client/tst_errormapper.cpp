// PortalClient's error mapping: what a person reads when the network or the server says no.
#include "app/api/ErrorMapper.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::ErrorCode;
using pd::api::ErrorMapper;

class tst_ErrorMapper : public QObject
{
    Q_OBJECT

private:
    static ErrorMapper::Reply http(int status, const QByteArray &body = {},
                                   const QByteArray &type = "application/problem+json")
    {
        ErrorMapper::Reply r;
        r.url = QUrl(u"http://127.0.0.1:8080/api/v1/me"_s);
        r.httpStatus = status;
        r.body = body;
        r.contentType = type;
        if (status >= 400)
            r.networkError = QNetworkReply::UnknownContentError;
        return r;
    }
    static ErrorMapper::Reply transport(QNetworkReply::NetworkError e)
    {
        ErrorMapper::Reply r;
        r.url = QUrl(u"https://portal.example.gov.cn:8443/api/v1/session"_s);
        r.networkError = e;
        r.networkErrorString = u"transport says no"_s;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The messages are shown in Chinese to most users; check them in Chinese.
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    }

    void wrongPasswordOnSignIn()
    {
        auto r = http(401, R"({"type":"about:blank","title":"Unauthorized","status":401,"detail":"账号不存在"})");
        r.isSignIn = true;
        const pd::Error e = ErrorMapper::fromReply(r);
        QCOMPARE(e.code, ErrorCode::Unauthorized);
        QCOMPARE(e.httpStatus, 401);
        // Our own wording, never the server's: it must not reveal whether the account exists.
        QCOMPARE(e.message, u"用户名或密码错误。"_s);
        QVERIFY(!e.isTransient());
    }

    void expiredSessionElsewhere()
    {
        const pd::Error e = ErrorMapper::fromReply(http(401, {}, {}));
        QCOMPARE(e.code, ErrorCode::Unauthorized);
        QVERIFY(e.message.contains(u"重新登录"_s));
    }

    void validationCarriesFields()
    {
        const QJsonObject problem{
            {u"type"_s, u"https://portaldesk.example/problems/validation"_s},
            {u"title"_s, u"Validation failed"_s},
            {u"status"_s, 422},
            {u"errors"_s, QJsonArray{QJsonObject{{u"field"_s, u"title"_s}, {u"message"_s, u"标题不能为空"_s}},
                                     QJsonObject{{u"field"_s, u"docNo"_s}, {u"message"_s, u"文号格式不正确"_s}}}}};
        const pd::Error e = ErrorMapper::fromReply(http(422, QJsonDocument(problem).toJson()));
        QCOMPARE(e.code, ErrorCode::Validation);
        QCOMPARE(e.fields.size(), 2);
        QCOMPARE(e.fields.at(1), (pd::FieldError{u"docNo"_s, u"文号格式不正确"_s}));
        QCOMPARE(e.type, u"https://portaldesk.example/problems/validation"_s);
        QVERIFY(e.message.contains(u"标题不能为空"_s));
        QVERIFY(e.message.contains(u"文号格式不正确"_s));
    }

    void serverDetailIsShownForRefusals()
    {
        const pd::Error e = ErrorMapper::fromReply(
            http(409, R"({"title":"Conflict","status":409,"detail":"已发布的稿件不能再次提交审核"})"));
        QCOMPARE(e.code, ErrorCode::Conflict);
        QCOMPARE(e.message, u"已发布的稿件不能再次提交审核"_s);
    }

    void staleRevisionKeepsCurrentVersion()
    {
        const pd::Error e = ErrorMapper::fromReply(
            http(412, R"({"status":412,"title":"Precondition Failed","current":{"id":7,"revision":4}})"));
        QCOMPARE(e.code, ErrorCode::PreconditionFailed);
        QCOMPARE(e.body.value(u"current").toObject().value(u"revision").toInt(), 4);
        QVERIFY(!e.message.isEmpty());
    }

    void rateLimitedHonoursRetryAfter()
    {
        auto r = http(429, R"({"status":429,"detail":"Too Many Requests"})");
        r.retryAfter = "30";
        r.isSignIn = true;
        const pd::Error e = ErrorMapper::fromReply(r);
        QCOMPARE(e.code, ErrorCode::RateLimited);
        QCOMPARE(e.retryAfterSeconds, 30);
        QVERIFY(e.isTransient());
        QVERIFY2(e.message.contains(u"30"_s), qPrintable(e.message));
    }

    void serverErrorHidesInternals()
    {
        const pd::Error e = ErrorMapper::fromReply(http(500, "<html><body>Traceback: …</body></html>", "text/html"));
        QCOMPARE(e.code, ErrorCode::Server);
        QVERIFY(e.isTransient());
        QVERIFY(!e.message.contains(u"Traceback"_s));
        QVERIFY(e.message.contains(u"500"_s));
    }

    void htmlBodyIsNeverShown()
    {
        const pd::Error e = ErrorMapper::fromReply(http(404, "<html>nginx</html>", "text/html"));
        QCOMPARE(e.code, ErrorCode::NotFound);
        QVERIFY(!e.message.contains(u"nginx"_s));
        QVERIFY(e.body.isEmpty());
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << ErrorCode::Network
                                 << u"无法连接服务器 portal.example.gov.cn:8443"_s;
        QTest::newRow("no such host") << int(QNetworkReply::HostNotFoundError) << false << ErrorCode::Network
                                      << u"无法连接服务器"_s;
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << false << ErrorCode::Timeout << u"超时"_s;
        // Qt reports setTransferTimeout() expiry as OperationCanceledError: that is a timeout, not a cancellation.
        QTest::newRow("transfer timeout") << int(QNetworkReply::OperationCanceledError) << false
                                          << ErrorCode::Timeout << u"超时"_s;
        QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << true << ErrorCode::Cancelled
                                   << u"取消"_s;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << ErrorCode::Tls
                             << u"安全连接"_s;
        QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << false << ErrorCode::Network
                               << u"代理"_s;
        QTest::newRow("garbled http") << int(QNetworkReply::ProtocolFailure) << false << ErrorCode::BadResponse
                                      << u"无法识别"_s;
    }

    void transportFailures()
    {
        QFETCH(int, networkError);
        QFETCH(bool, cancelled);
        QFETCH(ErrorCode, code);
        QFETCH(QString, mustContain);
        auto r = transport(QNetworkReply::NetworkError(networkError));
        r.cancelledByCaller = cancelled;
        const pd::Error e = ErrorMapper::fromReply(r);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, 0);
        QVERIFY2(e.message.contains(mustContain), qPrintable(e.message));
    }

    void answerCutOffIsTransient()
    {
        // The server created the item (201), then the link died in the middle of the body: a network failure the
        // outbox retries (with the same idempotency key), never a refusal that needs a person.
        auto r = http(201, "{\"id\": 12");
        r.networkError = QNetworkReply::RemoteHostClosedError;
        const pd::Error e = ErrorMapper::fromReply(r);
        QCOMPARE(e.code, ErrorCode::Network);
        QVERIFY(e.isTransient());
        QVERIFY2(e.message.contains(u"无法连接服务器"_s), qPrintable(e.message));
    }

    void tlsErrorsAreListed()
    {
        auto r = transport(QNetworkReply::SslHandshakeFailedError);
        r.sslErrors = {QSslError(QSslError::SelfSignedCertificate), QSslError(QSslError::HostNameMismatch)};
        const pd::Error e = ErrorMapper::fromReply(r);
        QCOMPARE(e.code, ErrorCode::Tls);
        QVERIFY2(e.message.contains(QSslError(QSslError::SelfSignedCertificate).errorString()), qPrintable(e.message));
        QVERIFY(e.message.contains(QSslError(QSslError::HostNameMismatch).errorString()));
        QVERIFY(!e.isTransient());
    }

    void serverAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("full") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("trailing slash") << u"https://portal.example.gov.cn/"_s << u"https://portal.example.gov.cn"_s;
        QTest::newRow("no scheme") << u"  portal.example.gov.cn "_s << u"https://portal.example.gov.cn"_s;
        QTest::newRow("sub path") << u"https://example.gov.cn/portal/"_s << u"https://example.gov.cn/portal"_s;
        QTest::newRow("upper-case scheme") << u"HTTP://localhost:1"_s << u"http://localhost:1"_s;
        QTest::newRow("empty") << u""_s << QString();
        QTest::newRow("ftp") << u"ftp://portal.example.gov.cn"_s << QString();
        QTest::newRow("spaces") << u"http://门户 网站"_s << QString();
        QTest::newRow("bad port") << u"http://127.0.0.1:99999"_s << QString();
        QTest::newRow("only scheme") << u"http://"_s << QString();
        QTest::newRow("credentials") << u"https://user:pw@portal.example.gov.cn"_s << QString();
    }

    void serverAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const auto url = ErrorMapper::parseServerUrl(typed);
        if (expected.isEmpty()) {
            QVERIFY(!url);
            QCOMPARE(url.error().code, ErrorCode::BadUrl);
            QVERIFY2(url.error().message.contains(u"服务器地址"_s), qPrintable(url.error().message));
        } else {
            QVERIFY2(url, url ? "" : qPrintable(url.error().message)); // QVERIFY2 evaluates its message even on success
            QCOMPARE(url->toString(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ErrorMapper)
#include "tst_errormapper.moc"
