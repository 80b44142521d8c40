#include "app/store/AccountRegistry.h"

#include "app/store/StoreLog.h"

#include <QFileInfo>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {
const auto kGroup = u"accounts"_s;
const auto kList = u"list"_s;
const auto kCurrent = u"current"_s;
} // namespace

AccountRegistry::AccountRegistry(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
    if (m_accounts.isEmpty())
        takeOverLegacyAccount();
}

void AccountRegistry::load()
{
    m_settings.beginGroup(kGroup);
    const int n = m_settings.beginReadArray(kList);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        Account a;
        a.server = QUrl(m_settings.value(u"server"_s).toString());
        a.user = m_settings.value(u"user"_s).toString();
        a.siteId = m_settings.value(u"site"_s).toLongLong();
        a.caFile = m_settings.value(u"caFile"_s).toString();
        a.label = m_settings.value(u"label"_s).toString();
        // A hand-edited or half-written entry is skipped rather than breaking the start.
        if (a.server.isValid() && !a.server.host().isEmpty() && !a.user.isEmpty() && indexOf(a.id()) < 0)
            m_accounts.append(a);
        else
            qCWarning(lcStore) << "ignoring unusable account entry" << i << "in the settings";
    }
    m_settings.endArray();
    m_currentId = m_settings.value(kCurrent).toString();
    m_settings.endGroup();
    if (indexOf(m_currentId) < 0)
        m_currentId = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id();
}

void AccountRegistry::save()
{
    m_settings.beginGroup(kGroup);
    m_settings.remove(kList);
    m_settings.beginWriteArray(kList, int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const Account &a = m_accounts.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"server"_s, a.server.toString());
        m_settings.setValue(u"user"_s, a.user);
        m_settings.setValue(u"site"_s, a.siteId);
        m_settings.setValue(u"caFile"_s, a.caFile);
        m_settings.setValue(u"label"_s, a.label);
    }
    m_settings.endArray();
    m_settings.setValue(kCurrent, m_currentId);
    m_settings.endGroup();
    m_settings.sync();
}

void AccountRegistry::takeOverLegacyAccount()
{
    // The first version kept one account under account/*; it becomes the first entry of the list.
    const QString server = m_settings.value(u"account/server"_s).toString();
    const QString user = m_settings.value(u"account/user"_s).toString();
    if (server.isEmpty() || user.isEmpty())
        return;
    Account legacy;
    legacy.server = QUrl::fromUserInput(server);
    legacy.user = user;
    legacy.siteId = m_settings.value(u"account/site"_s).toLongLong();
    if (auto valid = validate(legacy)) {
        m_accounts.append(*valid);
        m_currentId = valid->id();
        save();
    }
}

qsizetype AccountRegistry::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        if (m_accounts.at(i).id() == id)
            return i;
    return -1;
}

std::optional<Account> AccountRegistry::account(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Account>(m_accounts.at(i));
}

std::optional<Account> AccountRegistry::current() const
{
    return account(m_currentId);
}

Result<Account> AccountRegistry::validate(const Account &account)
{
    Account a = account;
    a.user = a.user.trimmed();
    a.label = a.label.trimmed();
    a.caFile = a.caFile.trimmed();
    const QString scheme = a.server.scheme();
    if (!a.server.isValid() || a.server.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        return fail(ErrorCode::InvalidInput,
                    tr("The server address must look like https://portal.example.gov.cn or http://host:port."));
    // Only the origin counts: API paths are added by the client.
    a.server.setPath(QString());
    a.server.setQuery(QString());
    a.server.setFragment(QString());
    a.server.setUserInfo(QString());
    if (a.user.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter the user name for this account."));
    if (!a.caFile.isEmpty()) {
        const QFileInfo info(a.caFile);
        if (!info.isFile() || !info.isReadable())
            return fail(ErrorCode::InvalidInput, tr("The certificate file %1 cannot be read.").arg(a.caFile));
        if (QSslCertificate::fromPath(a.caFile, QSsl::Pem).isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("The file %1 contains no certificate in PEM format (-----BEGIN CERTIFICATE-----).")
                            .arg(a.caFile));
        a.caFile = info.absoluteFilePath();
    }
    if (a.siteId < 0)
        a.siteId = 0;
    return a;
}

Result<Account> AccountRegistry::add(const Account &account)
{
    auto valid = validate(account);
    if (!valid)
        return valid;
    if (indexOf(valid->id()) >= 0)
        return fail(ErrorCode::InvalidInput,
                    tr("The account %1 exists already.").arg(valid->displayName()));
    m_accounts.append(*valid);
    const bool first = m_currentId.isEmpty();
    if (first)
        m_currentId = valid->id();
    save();
    Q_EMIT accountsChanged();
    if (first)
        Q_EMIT currentChanged(m_currentId);
    return valid;
}

Result<Account> AccountRegistry::update(const QString &id, const Account &account)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return fail(ErrorCode::NotFound, tr("This account no longer exists."));
    auto valid = validate(account);
    if (!valid)
        return valid;
    if (valid->id() != id && indexOf(valid->id()) >= 0)
        return fail(ErrorCode::InvalidInput, tr("The account %1 exists already.").arg(valid->displayName()));
    m_accounts[i] = *valid;
    const bool wasCurrent = m_currentId == id;
    if (wasCurrent)
        m_currentId = valid->id();
    save();
    Q_EMIT accountsChanged();
    if (wasCurrent && valid->id() != id)
        Q_EMIT currentChanged(m_currentId);
    return valid;
}

Result<void> AccountRegistry::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return fail(ErrorCode::NotFound, tr("This account no longer exists."));
    m_accounts.removeAt(i);
    const bool wasCurrent = m_currentId == id;
    if (wasCurrent)
        m_currentId = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id();
    save();
    Q_EMIT accountsChanged();
    if (wasCurrent)
        Q_EMIT currentChanged(m_currentId);
    return {};
}

Result<void> AccountRegistry::setCurrent(const QString &id)
{
    if (indexOf(id) < 0)
        return fail(ErrorCode::NotFound, tr("This account no longer exists."));
    if (m_currentId == id)
        return {};
    m_currentId = id;
    save();
    Q_EMIT currentChanged(m_currentId);
    return {};
}

Result<void> AccountRegistry::setSite(const QString &id, qint64 siteId)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return fail(ErrorCode::NotFound, tr("This account no longer exists."));
    if (m_accounts.at(i).siteId == siteId)
        return {};
    m_accounts[i].siteId = siteId;
    save();
    Q_EMIT accountsChanged();
    return {};
}

} // namespace pd::store
