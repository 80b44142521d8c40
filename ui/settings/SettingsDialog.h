#pragma once
#include "app/domain/Site.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QComboBox;
class QTabWidget;

namespace pd::store {
class AccountRegistry;
struct Account;
} // namespace pd::store

namespace pd::ui {

class Appearance;

/// 设置: the accounts (add, edit, remove; server address, user, site, an optional extra CA file) kept in the
/// AccountRegistry, and the appearance (follow the system, light, dark) applied as it is picked.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `signedInId` is the account in use (it cannot be removed while signed in); `sites` are the sites offered
    /// for an account's preferred site.
    SettingsDialog(store::AccountRegistry &registry, Appearance &appearance, const QString &signedInId,
                   const QList<domain::Site> &sites, QWidget *parent = nullptr);

    /// Shows the accounts page (0) or the appearance page (1).
    void showPage(int page);
    /// The problem with the account form, empty when none.
    [[nodiscard]] QString errorText() const;
    /// The warning shown while the account's address is plain http:// to another machine, empty when none.
    [[nodiscard]] QString plainHttpWarning() const;

private:
    QWidget *createAccountsPage();
    QWidget *createAppearancePage();
    void reloadAccounts(const QString &select);
    void accountSelected();
    void newAccount();
    void saveAccount();
    void removeAccount();
    void chooseCaFile();
    [[nodiscard]] store::Account formAccount() const;

    store::AccountRegistry &m_registry;
    Appearance &m_appearance;
    QString m_signedInId;
    QList<domain::Site> m_sites;
    QString m_editingId; ///< the account shown in the form, empty for a new one
    QListWidget *m_accounts = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_site = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_plainHttp = nullptr; ///< the account's address is plain http:// to another machine
    QLabel *m_error = nullptr;
    QButtonGroup *m_schemes = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace pd::ui
