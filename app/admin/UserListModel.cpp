#include "app/admin/UserListModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::admin {

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UserListModel::setAccounts(const QList<UserAccount> &accounts)
{
    beginResetModel();
    m_all = accounts;
    std::ranges::sort(m_all, [](const UserAccount &a, const UserAccount &b) {
        return a.user.username.compare(b.user.username, Qt::CaseInsensitive) < 0;
    });
    rebuild();
    endResetModel();
}

void UserListModel::setSites(const QList<domain::Site> &sites)
{
    m_siteNames.clear();
    for (const domain::Site &s : sites)
        m_siteNames.insert(s.id, s.name);
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, RolesSection), index(int(m_shown.size()) - 1, RolesSection));
}

void UserListModel::setFilter(const QString &text, qint64 siteId, const QString &role)
{
    beginResetModel();
    m_text = text.trimmed();
    m_siteId = siteId;
    m_role = role;
    rebuild();
    endResetModel();
}

void UserListModel::updateAccount(const UserAccount &account)
{
    beginResetModel();
    const auto it = std::ranges::find_if(m_all, [&](const UserAccount &a) { return a.user.id == account.user.id; });
    if (it == m_all.end())
        m_all.append(account);
    else
        *it = account;
    std::ranges::sort(m_all, [](const UserAccount &a, const UserAccount &b) {
        return a.user.username.compare(b.user.username, Qt::CaseInsensitive) < 0;
    });
    rebuild();
    endResetModel();
}

const UserAccount *UserListModel::accountAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int UserListModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_all.at(m_shown.at(row)).user.id == userId)
            return row;
    return -1;
}

bool UserListModel::matches(const UserAccount &account) const
{
    if (!m_text.isEmpty() && !account.user.username.contains(m_text, Qt::CaseInsensitive)
        && !account.user.displayName.contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_siteId == 0 && m_role.isEmpty())
        return true;
    return std::ranges::any_of(account.user.roles, [this](const domain::RoleGrant &g) {
        return (m_role.isEmpty() || g.role == m_role) && (m_siteId == 0 || g.siteId == 0 || g.siteId == m_siteId);
    });
}

void UserListModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (matches(m_all.at(i)))
            m_shown.append(i);
}

QString UserListModel::rolesText(const domain::User &user) const
{
    QStringList parts;
    for (const domain::RoleGrant &g : user.roles) {
        QString role = domain::roleDisplayName(g.role);
        if (g.role == domain::roles::Reviewer && g.level > 0)
            role = tr("%1 level %2").arg(role).arg(g.level);
        const QString site = g.siteId == 0 ? tr("all sites") : m_siteNames.value(g.siteId, QString::number(g.siteId));
        parts.append(tr("%1 (%2)").arg(role, site));
    }
    return parts.join(tr(", "));
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    const UserAccount *account = checkIndex(index, CheckIndexOption::IndexIsValid) ? accountAt(index.row()) : nullptr;
    if (!account)
        return {};
    if (role == UserIdRole)
        return account->user.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UsernameSection: return account->user.username;
    case NameSection: return account->user.displayName;
    case RolesSection: return rolesText(account->user);
    case StateSection:
        if (!account->enabled)
            return tr("Disabled");
        return account->user.mustChangePassword ? tr("Must change password") : tr("Active");
    default: return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameSection: return tr("User name");
    case NameSection: return tr("Name");
    case RolesSection: return tr("Roles");
    case StateSection: return tr("State");
    default: return {};
    }
}

} // namespace pd::admin
