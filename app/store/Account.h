#pragma once
#include "app/domain/Error.h"

#include <QString>
#include <QUrl>

namespace pd::store {

/// One account the user signs in with: a server, a user name on it, the preferred site and, for extranets with
/// their own certificate authority, an extra CA file (PEM). Secrets are never part of it (CredentialStore).
struct Account {
    QUrl server;          ///< http(s)://host[:port], no path
    QString user;
    qint64 siteId = 0;    ///< preferred site; 0 = the first one the user may work on
    QString caFile;       ///< extra CA certificates (PEM) trusted for this server; empty = the system's only
    QString label;        ///< optional name shown in the account switcher; empty = user@host

    /// Stable identity of the account: user@host:port (also its key in the CredentialStore).
    [[nodiscard]] QString id() const;
    /// What the account switcher shows.
    [[nodiscard]] QString displayName() const;
    /// The account's LocalStore file below `dataDir` (LocalStore::pathForAccount).
    [[nodiscard]] QString storePath(const QString &dataDir) const;

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace pd::store
