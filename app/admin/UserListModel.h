#pragma once
#include "app/admin/UserAccount.h"
#include "app/domain/Site.h"

#include <QAbstractTableModel>

namespace pd::admin {

/// The accounts of the 用户与角色 screen, filtered by a search text (user name or name), a site and a role, as the
/// administrator narrows them; a row shows the person, their roles per site and whether they may sign in.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)

public:
    enum Section { UsernameSection, NameSection, RolesSection, StateSection, SectionCount };
    enum Role { UserIdRole = Qt::UserRole + 1 };

    explicit UserListModel(QObject *parent = nullptr);

    void setAccounts(const QList<UserAccount> &accounts);
    /// Site names for the roles column.
    void setSites(const QList<domain::Site> &sites);
    /// Keeps the accounts whose user name or name contains `text`, who hold `role` (empty: any) on `siteId` (0: any).
    void setFilter(const QString &text, qint64 siteId, const QString &role);
    /// Replaces one account after an edit (it may leave or enter the filter).
    void updateAccount(const UserAccount &account);

    [[nodiscard]] const QList<UserAccount> &accounts() const { return m_all; }
    /// The account shown in `row`, or null.
    [[nodiscard]] const UserAccount *accountAt(int row) const;
    [[nodiscard]] int rowOf(qint64 userId) const;
    /// How the roles of `user` read in the list, e.g. 编辑（市政府门户）、审核员第 2 级（市政府门户）.
    [[nodiscard]] QString rolesText(const domain::User &user) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool matches(const UserAccount &account) const;
    void rebuild();

    QList<UserAccount> m_all;
    QList<int> m_shown; ///< indexes into m_all
    QHash<qint64, QString> m_siteNames;
    QString m_text;
    qint64 m_siteId = 0;
    QString m_role;
};

} // namespace pd::admin
