#include "app/admin/UserAccount.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::admin {

QJsonObject UserAccount::toJson() const
{
    QJsonObject out = user.toJson();
    out.remove(u"id"_s);
    out.remove(u"mustChangePassword"_s);
    out.insert(u"enabled"_s, enabled);
    return out;
}

Result<UserAccount> UserAccount::fromJson(const QJsonObject &json)
{
    auto user = domain::User::fromJson(json);
    if (!user)
        return std::unexpected(user.error());
    return UserAccount{*user, json.value(u"enabled").toBool(true), json.value(u"revision").toInteger()};
}

} // namespace pd::admin
