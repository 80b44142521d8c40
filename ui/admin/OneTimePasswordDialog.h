#pragma once
#include <QDialog>

class QLineEdit;

namespace pd::ui {

/// Shows a one-time password once, selectable and with a copy button: the administrator hands it to the person,
/// who must choose their own at the next sign-in. Nothing keeps it after the dialog closes.
class OneTimePasswordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneTimePasswordDialog)

public:
    OneTimePasswordDialog(const QString &username, const QString &password, QWidget *parent = nullptr);
    ~OneTimePasswordDialog() override;

    [[nodiscard]] QString password() const;
    /// Puts the password on the clipboard (the copy button does the same).
    void copy();

private:
    QLineEdit *m_password = nullptr;
};

} // namespace pd::ui
