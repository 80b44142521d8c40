#pragma once
#include "app/store/CredentialStore.h"

#include <QCoreApplication>
#include <QHash>

namespace pd::store {

/// Secrets kept for this run only: the fallback when no keyring is available (the user is asked again next
/// start instead of the password landing in a clear-text file), and the test double.
class MemoryCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(pd::store::MemoryCredentialStore)

public:
    void read(const QString &account, QObject *context, std::function<void(Result<QString>)> done) override;
    void write(const QString &account, const QString &secret, QObject *context,
               std::function<void(Result<void>)> done) override;
    void remove(const QString &account, QObject *context, std::function<void(Result<void>)> done) override;
    [[nodiscard]] bool persists() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace pd::store
