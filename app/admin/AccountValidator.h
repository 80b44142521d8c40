#pragma once
#include "app/admin/UserAccount.h"

#include <QCoreApplication>

namespace pd::admin {

/// Checks an account form before it is sent, with the server's rules and messages in the user's language, so that
/// a mistake is shown next to its field at once. The server checks again (and alone knows about duplicates).
class AccountValidator
{
    Q_DECLARE_TR_FUNCTIONS(pd::admin::AccountValidator)

public:
    /// Field errors for `username`, `displayName` and `roles`; empty when the form may be sent.
    [[nodiscard]] static QList<FieldError> validate(const UserAccount &account);
};

} // namespace pd::admin
