#include "app/admin/AccountValidator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::admin {

QList<FieldError> AccountValidator::validate(const UserAccount &account)
{
    QList<FieldError> errors;
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"_s);
    if (!namePattern.match(account.user.username).hasMatch())
        errors.append({u"username"_s, tr("A user name has 2 to 32 letters, digits, dots, underscores or hyphens "
                                         "and starts with a letter or digit.")});
    const QString name = account.user.displayName.trimmed();
    if (name.isEmpty() || name.size() > 50)
        errors.append({u"displayName"_s, tr("Enter a name of 1 to 50 characters.")});
    if (account.user.roles.isEmpty())
        errors.append({u"roles"_s, tr("An account needs at least one role; disable an account that is no longer "
                                      "used instead.")});
    for (const domain::RoleGrant &g : account.user.roles)
        if (g.role == domain::roles::Reviewer && (g.level < 1 || g.level > 5))
            errors.append({u"roles"_s, tr("A reviewer acts at a level from 1 to 5.")});
    return errors;
}

} // namespace pd::admin
