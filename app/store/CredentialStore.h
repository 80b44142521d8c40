#pragma once
#include "app/domain/Error.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace pd::store {

/// Where account secrets (passwords) live: the system keyring in production, memory in tests and when no keyring
/// exists. Never a plain file. Every call answers exactly once through its callback, unless `context` is gone.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    /// ErrorCode::NotFound when nothing is stored for `account`.
    virtual void read(const QString &account, QObject *context, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context,
                       std::function<void(Result<void>)> done) = 0;
    virtual void remove(const QString &account, QObject *context, std::function<void(Result<void>)> done) = 0;
    /// Whether stored secrets survive a restart (false: the user is asked at every start).
    [[nodiscard]] virtual bool persists() const = 0;

    /// The key of an account: user@host:port of the server.
    [[nodiscard]] static QString accountKey(const QUrl &server, const QString &user)
    {
        return user + QLatin1Char('@') + server.host() + QLatin1Char(':')
               + QString::number(server.port(server.scheme() == QLatin1StringView("https") ? 443 : 80));
    }
};

} // namespace pd::store
