#pragma once
#include "app/admin/UserAccount.h"
#include "app/domain/Site.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class FieldErrorRows;
class MessageLine;

/// The form of one account: user name, name, whether it may sign in, and its roles per site (a reviewer with a
/// level). Checked before it is sent; the server's refusals land next to their fields, and the form keeps what was
/// typed whatever the answer, so nothing is lost on a conflict.
class UserDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    /// `account` with id 0 is a new one.
    UserDialog(const admin::UserAccount &account, const QList<domain::Site> &sites, QWidget *parent = nullptr);
    ~UserDialog() override;

    /// The account as the form now describes it (revision as last known).
    [[nodiscard]] admin::UserAccount account() const;
    /// Adds a role grant as the role picker does (level used for reviewers only).
    void addRole(const QString &role, qint64 siteId, int level);
    /// Shows a refusal: field errors under their fields, anything else above the buttons. A stale edit (412) takes
    /// the server's current revision, so that saving again replaces that version with this form.
    void showError(const pd::Error &error);
    /// The message shown above the buttons, empty when none.
    [[nodiscard]] QString messageText() const;
    /// Waiting for the server: the save button is off.
    void setBusy(bool busy);

Q_SIGNALS:
    /// The form passed its checks; the caller sends it and answers with accept() or showError().
    void saveRequested(const pd::admin::UserAccount &account);

private:
    /// The account's fields, its roles and the picker for another, laid out.
    void buildUi();
    /// What the role picker's buttons and choice set off.
    void connectSignals();
    void save();
    void refreshRoles();
    void updateLevel();

    admin::UserAccount m_account;
    QList<domain::Site> m_sites;
    std::unique_ptr<FieldErrorRows> m_rows;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QCheckBox *m_enabled = nullptr;
    QListWidget *m_roles = nullptr;
    QComboBox *m_roleSite = nullptr;
    QComboBox *m_roleKind = nullptr;
    QSpinBox *m_roleLevel = nullptr;
    QPushButton *m_addRole = nullptr;
    QPushButton *m_removeRole = nullptr;
    MessageLine *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pd::ui
