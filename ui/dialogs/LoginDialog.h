#pragma once
#include "app/domain/Error.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::models {
class Workspace;
}

namespace pd::ui {

/// Asks for server address, user name and password and signs in through the Workspace; stays open, with the
/// reason shown in the user's language, until sign-in succeeds or the user cancels.
class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(models::Workspace &workspace, QWidget *parent = nullptr);

    void setServerAddress(const QString &address);
    void setUsername(const QString &username);
    [[nodiscard]] QString serverAddress() const;
    [[nodiscard]] QString username() const;
    /// Whether the user asked for the password to be kept in the system keyring.
    [[nodiscard]] bool rememberPassword() const;
    void setRememberPassword(bool remember);
    /// Hands the password over once (after a successful sign-in, to the credential store) and clears it.
    [[nodiscard]] QString takePassword();
    /// The warning shown while the address is plain http:// to another machine, empty when none.
    [[nodiscard]] QString plainHttpWarning() const;
    /// The problem shown to the user, empty when none.
    [[nodiscard]] QString errorText() const;
    /// Shows a problem that happened before the dialog opened (e.g. an automatic sign-in that failed).
    void showError(const pd::Error &error);

    /// Starts signing in with what is filled in (the sign-in button does the same); while the server asks for a new
    /// password after a reset, sets the new password instead.
    void submit();
    /// Whether the dialog asks for a new password (the account signed in with a password an administrator reset).
    [[nodiscard]] bool isAskingForNewPassword() const;

    void reject() override;

private:
    /// The fields, the password change, the messages and the buttons, laid out.
    void buildUi();
    /// The new password and its repetition, shown only when an administrator reset the password.
    void buildPasswordChange();
    /// What the fields, the buttons and the workspace's sign-in answers set off.
    void connectSignals();
    void showEvent(QShowEvent *event) override;
    /// Puts the cursor into the first field still empty (the password once address and user are known).
    void placeCursor();
    void setBusy(bool busy);
    void onSignInFailed(const pd::Error &error);
    void askForNewPassword();
    void onPasswordChangeFailed(const pd::Error &error);

    models::Workspace &m_workspace;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_plainHttp = nullptr;
    QWidget *m_change = nullptr; ///< new password, twice, with their errors; shown after a reset
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeated = nullptr;
    QLabel *m_newPasswordError = nullptr;
    QLabel *m_repeatedError = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_busy = false;
    bool m_changed = false; ///< the password was changed: takePassword() hands over the new one
};

} // namespace pd::ui
