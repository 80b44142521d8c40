#pragma once
#include "app/store/CredentialStore.h"

#include <QCoreApplication>

namespace pd::store {

/// Secrets in the system keyring (Secret Service / KWallet on Linux, the platform keychains elsewhere) through
/// QtKeychain, without its clear-text fallback. When no keyring exists, calls fail with a message that says so.
class KeychainCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(pd::store::KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("PortalDesk"));

    void read(const QString &account, QObject *context, std::function<void(Result<QString>)> done) override;
    void write(const QString &account, const QString &secret, QObject *context,
               std::function<void(Result<void>)> done) override;
    void remove(const QString &account, QObject *context, std::function<void(Result<void>)> done) override;
    [[nodiscard]] bool persists() const override { return true; }

private:
    QString m_service;
};

} // namespace pd::store
