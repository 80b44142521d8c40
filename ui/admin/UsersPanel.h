#pragma once
#include "app/admin/AdminApi.h"
#include "app/admin/UserListModel.h"
#include "ui/admin/OneTimePasswordDialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pd::ui {

class UserDialog;

/// 用户与角色: the accounts, searched and filtered by site and role; new account, edit, disable and password reset.
/// Renders admin::UserListModel and sends the administrator's intent through admin::AdminApi.
class UsersPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPanel)

public:
    explicit UsersPanel(admin::AdminApi &api, QWidget *parent = nullptr);
    ~UsersPanel() override;

    /// Loads the sites and the accounts again.
    void reload();
    [[nodiscard]] admin::UserListModel *model() { return &m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    /// The form of a new account (or of the selected one), open until saved or cancelled.
    UserDialog *newUser();
    UserDialog *editSelected();
    /// Disables the selected account (after the server agrees; a refusal is shown in the message line).
    void disableSelected();
    void resetSelectedPassword();
    /// The dialog that shows the last one-time password, while open.
    [[nodiscard]] OneTimePasswordDialog *passwordDialog() const { return m_passwordDialog; }
    /// The message line (errors and confirmations), empty when hidden.
    [[nodiscard]] QString messageText() const;

Q_SIGNALS:
    /// The accounts (and sites) were loaded.
    void loaded();

private:
    void applyFilter();
    void showMessage(const QString &text, bool error);
    void showPassword(const QString &username, const QString &password);
    [[nodiscard]] const admin::UserAccount *selected() const;
    UserDialog *openDialog(const admin::UserAccount &account);

    admin::AdminApi &m_api;
    admin::UserListModel m_model;
    QList<domain::Site> m_sites;
    QLineEdit *m_search = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPointer<OneTimePasswordDialog> m_passwordDialog;
};

} // namespace pd::ui
