// Credential stores: the in-memory store (fallback and test double) round-trips and reports absence; the keyring
// store either works or explains, without a clear-text fallback, that no keyring is available.
#include "app/store/KeychainCredentialStore.h"
#include "app/store/MemoryCredentialStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::ErrorCode;

class tst_CredentialStore : public QObject
{
    Q_OBJECT

    template <typename T>
    static std::optional<pd::Result<T>> wait(const std::function<void(std::function<void(pd::Result<T>)>)> &call)
    {
        std::optional<pd::Result<T>> answer;
        call([&answer](pd::Result<T> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            return std::nullopt;
        return answer;
    }

private Q_SLOTS:
    void accountKeys()
    {
        QCOMPARE(pd::store::CredentialStore::accountKey(QUrl(u"https://portal.example.gov.cn"_s), u"editor"_s),
                 u"editor@portal.example.gov.cn:443"_s);
        QCOMPARE(pd::store::CredentialStore::accountKey(QUrl(u"http://127.0.0.1:8080"_s), u"editor"_s),
                 u"editor@127.0.0.1:8080"_s);
    }

    void memoryRoundTrip()
    {
        pd::store::MemoryCredentialStore store;
        QVERIFY(!store.persists());
        const QString account = u"editor@127.0.0.1:8080"_s;
        auto missing = wait<QString>([&](auto done) { store.read(account, this, done); });
        QVERIFY(missing && !missing->has_value());
        QCOMPARE(missing->error().code, ErrorCode::NotFound);

        auto written = wait<void>([&](auto done) { store.write(account, u"portaldesk-demo"_s, this, done); });
        QVERIFY(written && written->has_value());
        auto read = wait<QString>([&](auto done) { store.read(account, this, done); });
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, u"portaldesk-demo"_s);

        auto removed = wait<void>([&](auto done) { store.remove(account, this, done); });
        QVERIFY(removed && removed->has_value());
        auto gone = wait<QString>([&](auto done) { store.read(account, this, done); });
        QCOMPARE(gone->error().code, ErrorCode::NotFound);

        // Answers never arrive synchronously, and not at all for a context that is gone.
        bool called = false;
        {
            QObject context;
            store.read(account, &context, [&called](pd::Result<QString>) { called = true; });
            QVERIFY(!called);
        }
        QVERIFY(!QTest::qWaitFor([&called] { return called; }, 20));
        QVERIFY(!called);
    }

    void keyringWorksOrSaysWhy()
    {
        pd::store::KeychainCredentialStore store(u"PortalDesk-test"_s);
        QVERIFY(store.persists());
        const QString account = u"tst_credentialstore@127.0.0.1:1"_s;
        auto written = wait<void>([&](auto done) { store.write(account, u"s3cret-密码"_s, this, done); });
        QVERIFY2(written.has_value(), "the keyring never answered");
        if (!written->has_value()) {
            // Headless machines have no Secret Service: the message must say what happens instead.
            QCOMPARE(written->error().code, ErrorCode::Storage);
            QVERIFY2(written->error().message.contains(u"keyring"_s), qPrintable(written->error().message));
            return;
        }
        auto read = wait<QString>([&](auto done) { store.read(account, this, done); });
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, u"s3cret-密码"_s);
        auto removed = wait<void>([&](auto done) { store.remove(account, this, done); });
        QVERIFY(removed && removed->has_value());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
