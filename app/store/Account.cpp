#include "app/store/Account.h"

#include "app/store/CredentialStore.h"
#include "app/store/LocalStore.h"

using namespace Qt::StringLiterals;

namespace pd::store {

QString Account::id() const
{
    return CredentialStore::accountKey(server, user);
}

QString Account::displayName() const
{
    if (!label.trimmed().isEmpty())
        return label.trimmed();
    return u"%1@%2"_s.arg(user, server.host());
}

QString Account::storePath(const QString &dataDir) const
{
    return LocalStore::pathForAccount(dataDir, server, user);
}

} // namespace pd::store
