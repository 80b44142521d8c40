// Accounts: several servers/users/sites persisted in the QSettings given to the registry, validation with messages
// the user can act on (in Chinese), the old single-account settings taken over, and passwords per account through
// AccountCredentials: in the keyring when there is one, for this run only (and said so) when there is none.
#include "app/store/AccountCredentials.h"
#include "app/store/AccountRegistry.h"
#include "translations/Translations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::ErrorCode;
using pd::store::Account;
using pd::store::AccountRegistry;

namespace {

/// A keyring double: persistent, or (broken) failing every call the way KeychainCredentialStore does without a
/// Secret Service.
class FakeKeyring final : public pd::store::CredentialStore
{
public:
    explicit FakeKeyring(bool broken, QHash<QString, QString> *secrets)
        : m_broken(broken)
        , m_secrets(secrets)
    {
    }
    void read(const QString &account, QObject *, std::function<void(pd::Result<QString>)> done) override
    {
        if (m_broken)
            return done(std::unexpected(noKeyring()));
        if (!m_secrets->contains(account))
            return done(std::unexpected(pd::Error::make(ErrorCode::NotFound, u"none"_s)));
        done(m_secrets->value(account));
    }
    void write(const QString &account, const QString &secret, QObject *,
               std::function<void(pd::Result<void>)> done) override
    {
        if (m_broken)
            return done(std::unexpected(noKeyring()));
        m_secrets->insert(account, secret);
        done({});
    }
    void remove(const QString &account, QObject *, std::function<void(pd::Result<void>)> done) override
    {
        if (m_broken)
            return done(std::unexpected(noKeyring()));
        m_secrets->remove(account);
        done({});
    }
    [[nodiscard]] bool persists() const override { return true; }

private:
    static pd::Error noKeyring()
    {
        return pd::Error::make(ErrorCode::Storage, QCoreApplication::translate(
                                                       "pd::store::KeychainCredentialStore",
                                                       "No system keyring is available, so the password cannot be "
                                                       "remembered; it will be asked for at every start (it is never "
                                                       "stored in clear text)."));
    }
    bool m_broken;
    QHash<QString, QString> *m_secrets;
};

Account account(const QString &server, const QString &user, qint64 site = 0)
{
    Account a;
    a.server = QUrl(server);
    a.user = user;
    a.siteId = site;
    return a;
}

} // namespace

class tst_AccountRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsPath(const QString &name) const { return m_dir.filePath(name + u".ini"_s); }

    template <typename T>
    static std::optional<pd::Result<T>> wait(const std::function<void(std::function<void(pd::Result<T>)>)> &call)
    {
        std::optional<pd::Result<T>> answer;
        call([&answer](pd::Result<T> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
            return std::nullopt;
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    }

    void severalAccountsPersist()
    {
        const QString path = settingsPath(u"several"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountRegistry registry(settings);
            QVERIFY(registry.accounts().isEmpty());
            QVERIFY(!registry.current());
            QSignalSpy changed(&registry, &AccountRegistry::accountsChanged);
            QSignalSpy current(&registry, &AccountRegistry::currentChanged);

            auto city = registry.add(account(u"https://www.linjiang.gov.cn/admin/"_s, u"editor"_s, 1));
            QVERIFY2(city, city ? "" : qPrintable(city.error().message));
            QCOMPARE(city->server, QUrl(u"https://www.linjiang.gov.cn"_s)); // only the origin is kept
            QCOMPARE(city->id(), u"editor@www.linjiang.gov.cn:443"_s);
            QCOMPARE(registry.currentId(), city->id()); // the first account becomes current
            QCOMPARE(current.size(), 1);

            Account district = account(u"http://10.12.0.5:8470"_s, u"reviewer1"_s, 3);
            district.label = u"区县站群"_s;
            QVERIFY(registry.add(district));
            QVERIFY(registry.add(account(u"http://10.12.0.5:8470"_s, u"reporter"_s)));
            QCOMPARE(registry.accounts().size(), 3);
            QCOMPARE(changed.size(), 3);
            QCOMPARE(registry.currentId(), city->id());

            QVERIFY(registry.setCurrent(u"reviewer1@10.12.0.5:8470"_s));
            QCOMPARE(current.size(), 2);
            QVERIFY(registry.setSite(u"reviewer1@10.12.0.5:8470"_s, 7));
            QCOMPARE(registry.setCurrent(u"nobody@nowhere:80"_s).error().code, ErrorCode::NotFound);
        }
        // A new start reads the same accounts, in the same order, with the same current one.
        QSettings settings(path, QSettings::IniFormat);
        AccountRegistry registry(settings);
        const QList<Account> accounts = registry.accounts();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).user, u"editor"_s);
        QCOMPARE(accounts.at(1).displayName(), u"区县站群"_s);
        QCOMPARE(accounts.at(2).displayName(), u"reporter@10.12.0.5"_s);
        QCOMPARE(registry.current()->user, u"reviewer1"_s);
        QCOMPARE(registry.current()->siteId, 7);
        // Each account keeps its data in its own local database.
        QVERIFY(accounts.at(1).storePath(u"/data"_s) != accounts.at(2).storePath(u"/data"_s));
    }

    void removeAndUpdate()
    {
        QSettings settings(settingsPath(u"remove"_s), QSettings::IniFormat);
        AccountRegistry registry(settings);
        const QString a = registry.add(account(u"https://a.example.gov.cn"_s, u"editor"_s)).value().id();
        const QString b = registry.add(account(u"https://b.example.gov.cn"_s, u"editor"_s)).value().id();
        QVERIFY(registry.setCurrent(b));
        QSignalSpy current(&registry, &AccountRegistry::currentChanged);
        QVERIFY(registry.remove(b));
        QCOMPARE(registry.currentId(), a); // the current one went: the first remaining takes over
        QCOMPARE(current.size(), 1);

        Account renamed = registry.account(a).value();
        renamed.user = u"editor2"_s;
        auto updated = registry.update(a, renamed);
        QVERIFY(updated);
        QCOMPARE(registry.currentId(), u"editor2@a.example.gov.cn:443"_s);
        QVERIFY(!registry.account(a));
        QVERIFY(registry.remove(updated->id()));
        QVERIFY(registry.accounts().isEmpty());
        QVERIFY(registry.currentId().isEmpty());
        QCOMPARE(registry.remove(a).error().code, ErrorCode::NotFound);
    }

    void invalidAccountsAreExplained()
    {
        QSettings settings(settingsPath(u"invalid"_s), QSettings::IniFormat);
        AccountRegistry registry(settings);
        auto noScheme = registry.add(account(u"ftp://portal.example.gov.cn"_s, u"editor"_s));
        QCOMPARE(noScheme.error().code, ErrorCode::InvalidInput);
        QVERIFY2(noScheme.error().message.contains(u"服务器地址"_s), qPrintable(noScheme.error().message));
        auto noUser = registry.add(account(u"https://portal.example.gov.cn"_s, u"  "_s));
        QVERIFY2(noUser.error().message.contains(u"用户名"_s), qPrintable(noUser.error().message));

        QVERIFY(registry.add(account(u"https://portal.example.gov.cn"_s, u"editor"_s)));
        auto twice = registry.add(account(u"https://portal.example.gov.cn/"_s, u"editor"_s));
        QVERIFY2(twice.error().message.contains(u"已存在"_s), qPrintable(twice.error().message));

        Account withCa = account(u"https://portal.example.gov.cn"_s, u"reviewer1"_s);
        withCa.caFile = m_dir.filePath(u"missing.pem"_s);
        auto missing = registry.add(withCa);
        QVERIFY2(missing.error().message.contains(u"证书文件"_s), qPrintable(missing.error().message));
        QFile notPem(m_dir.filePath(u"not.pem"_s));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate\n");
        notPem.close();
        withCa.caFile = notPem.fileName();
        auto garbage = registry.add(withCa);
        QVERIFY2(garbage.error().message.contains(u"PEM"_s), qPrintable(garbage.error().message));
        QCOMPARE(registry.accounts().size(), 1);
    }

    void caFileIsKept()
    {
        // Any real PEM file does: the system's CA bundle (ca-certificates is part of the build environment).
        const QString bundle = u"/etc/ssl/certs/ca-certificates.crt"_s;
        QVERIFY2(QFile::exists(bundle), "ca-certificates is missing from the build environment");
        QSettings settings(settingsPath(u"ca"_s), QSettings::IniFormat);
        AccountRegistry registry(settings);
        Account a = account(u"https://extranet.example.gov.cn:8443"_s, u"editor"_s);
        a.caFile = bundle;
        auto added = registry.add(a);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->caFile, bundle);
        QSettings again(settingsPath(u"ca"_s), QSettings::IniFormat);
        QCOMPARE(AccountRegistry(again).current()->caFile, bundle);
    }

    void legacySingleAccountIsTakenOver()
    {
        QSettings settings(settingsPath(u"legacy"_s), QSettings::IniFormat);
        settings.setValue(u"account/server"_s, u"http://127.0.0.1:8470"_s);
        settings.setValue(u"account/user"_s, u"editor"_s);
        settings.setValue(u"account/site"_s, 2);
        AccountRegistry registry(settings);
        QCOMPARE(registry.accounts().size(), 1);
        QCOMPARE(registry.current()->id(), u"editor@127.0.0.1:8470"_s);
        QCOMPARE(registry.current()->siteId, 2);
    }

    void passwordsPerAccountInTheKeyring()
    {
        QHash<QString, QString> keyring;
        pd::store::AccountCredentials credentials(std::make_unique<FakeKeyring>(false, &keyring));
        QVERIFY(credentials.persists());
        const Account editor = account(u"https://a.example.gov.cn"_s, u"editor"_s);
        const Account reviewer = account(u"https://a.example.gov.cn"_s, u"reviewer1"_s);
        QVERIFY(wait<void>([&](auto done) { credentials.remember(editor, u"secret-1"_s, this, done); })->has_value());
        QVERIFY(wait<void>([&](auto done) { credentials.remember(reviewer, u"secret-2"_s, this, done); })->has_value());
        QCOMPARE(keyring.value(editor.id()), u"secret-1"_s);
        QCOMPARE(wait<QString>([&](auto done) { credentials.password(reviewer, this, done); })->value(), u"secret-2"_s);
        QVERIFY(wait<void>([&](auto done) { credentials.forget(editor, this, done); })->has_value());
        QCOMPARE(wait<QString>([&](auto done) { credentials.password(editor, this, done); })->error().code,
                 ErrorCode::NotFound);
        QVERIFY(credentials.keyringProblem().isEmpty());
    }

    void noKeyringMeansAskingEveryStart()
    {
        QHash<QString, QString> keyring;
        pd::store::AccountCredentials credentials(std::make_unique<FakeKeyring>(true, &keyring));
        QSignalSpy unavailable(&credentials, &pd::store::AccountCredentials::keyringUnavailable);
        const Account editor = account(u"https://a.example.gov.cn"_s, u"editor"_s);

        // At start nothing can be read: the caller asks for the password, and learns why in Chinese.
        auto first = wait<QString>([&](auto done) { credentials.password(editor, this, done); });
        QCOMPARE(first->error().code, ErrorCode::NotFound);
        QCOMPARE(unavailable.size(), 1);
        const QString message = unavailable.at(0).at(0).value<pd::Error>().message;
        QVERIFY2(message.contains(u"密钥环"_s) || message.contains(u"钥匙"_s), qPrintable(message));
        QVERIFY(!credentials.persists());
        QCOMPARE(credentials.keyringProblem(), message);

        // Remembering still works for this run, in memory only; nothing reaches a file or the broken keyring.
        QVERIFY(wait<void>([&](auto done) { credentials.remember(editor, u"secret-1"_s, this, done); })->has_value());
        QCOMPARE(wait<QString>([&](auto done) { credentials.password(editor, this, done); })->value(), u"secret-1"_s);
        QVERIFY(keyring.isEmpty());
        QCOMPARE(unavailable.size(), 1); // said once
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &f : files) {
            QFile file(m_dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("secret-1"), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(tst_AccountRegistry)
#include "tst_accountregistry.moc"
