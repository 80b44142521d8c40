#include "ui/dialogs/LoginDialog.h"

#include "app/api/PlainHttpWarning.h"
#include "app/models/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

LoginDialog::LoginDialog(models::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    buildUi();
    connectSignals();
}

void LoginDialog::buildUi()
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Sign in — PortalDesk"));
    setWindowIcon(QIcon(u":/icons/portaldesk.svg"_s));
    setMinimumWidth(460);

    auto *heading = new QLabel(tr("<b>PortalDesk</b><br>Back office of the government portal"), this);
    heading->setTextFormat(Qt::RichText);

    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(u"https://portal.example.gov.cn"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userEdit"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keyring"), this);
    m_remember->setObjectName(u"rememberCheck"_s);
    form->addRow(QString(), m_remember);

    buildPasswordChange();

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b42318;"_s);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    // Said before the password is typed, while the address can still be changed.
    m_plainHttp = new QLabel(this);
    m_plainHttp->setObjectName(u"plainHttpWarning"_s);
    m_plainHttp->setWordWrap(true);
    m_plainHttp->setTextFormat(Qt::PlainText);
    m_plainHttp->setStyleSheet(u"color: #b54708;"_s);
    m_plainHttp->hide();

    m_progress = new QLabel(tr("Signing in…"), this);
    m_progress->setObjectName(u"progressLabel"_s);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_plainHttp);
    layout->addWidget(m_change);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

void LoginDialog::buildPasswordChange()
{
    // After an administrator reset the password, the same dialog asks for the user's own before anything else.
    m_change = new QWidget(this);
    m_change->setObjectName(u"passwordChange"_s);
    auto *changeNote = new QLabel(tr("An administrator reset your password. Choose your own password now "
                                     "(at least 12 characters); the one-time password stops working."), m_change);
    changeNote->setWordWrap(true);
    m_newPassword = new QLineEdit(m_change);
    m_newPassword->setObjectName(u"newPasswordEdit"_s);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setAccessibleName(tr("New password"));
    m_repeated = new QLineEdit(m_change);
    m_repeated->setObjectName(u"repeatedPasswordEdit"_s);
    m_repeated->setEchoMode(QLineEdit::Password);
    m_repeated->setAccessibleName(tr("Repeat the new password"));
    const auto fieldError = [this](const QString &name) {
        auto *label = new QLabel(m_change);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setStyleSheet(u"color: #b42318;"_s);
        label->hide();
        return label;
    };
    m_newPasswordError = fieldError(u"newPasswordError"_s);
    m_repeatedError = fieldError(u"repeatedPasswordError"_s);
    auto *changeForm = new QFormLayout;
    changeForm->addRow(tr("&New password:"), m_newPassword);
    changeForm->addRow(QString(), m_newPasswordError);
    changeForm->addRow(tr("Re&type:"), m_repeated);
    changeForm->addRow(QString(), m_repeatedError);
    auto *changeLayout = new QVBoxLayout(m_change);
    changeLayout->setContentsMargins(0, 0, 0, 0);
    changeLayout->addWidget(changeNote);
    changeLayout->addLayout(changeForm);
    m_change->hide();
}

void LoginDialog::connectSignals()
{
    connect(m_server, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString warning = api::PlainHttpWarning::forAddress(text);
        m_plainHttp->setText(warning);
        m_plainHttp->setAccessibleName(warning);
        m_plainHttp->setVisible(!warning.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(&m_workspace, &models::Workspace::signedIn, this, [this] {
        if (!m_busy)
            return; // a sign-in this dialog did not start
        setBusy(false);
        accept();
    });
    connect(&m_workspace, &models::Workspace::signInFailed, this, &LoginDialog::onSignInFailed);
    connect(&m_workspace, &models::Workspace::passwordChangeRequired, this, &LoginDialog::askForNewPassword);
    connect(&m_workspace, &models::Workspace::passwordChangeFailed, this, &LoginDialog::onPasswordChangeFailed);
}

void LoginDialog::setServerAddress(const QString &address)
{
    m_server->setText(address);
    placeCursor();
}

void LoginDialog::setUsername(const QString &username)
{
    m_user->setText(username);
    placeCursor();
}

void LoginDialog::placeCursor()
{
    // The first field still to fill: with the address given, typing starts in the user name, not after the URL.
    for (QLineEdit *field : {m_server, m_user, m_password}) {
        if (field->text().isEmpty() || field == m_password) {
            field->setFocus();
            return;
        }
    }
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    placeCursor();
}

QString LoginDialog::serverAddress() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::username() const
{
    return m_user->text().trimmed();
}

bool LoginDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void LoginDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

QString LoginDialog::takePassword()
{
    const QString password = m_changed ? m_newPassword->text() : m_password->text();
    m_password->clear();
    m_newPassword->clear();
    m_repeated->clear();
    return password;
}

QString LoginDialog::plainHttpWarning() const
{
    return m_plainHttp->isHidden() ? QString() : m_plainHttp->text();
}

bool LoginDialog::isAskingForNewPassword() const
{
    return !m_change->isHidden();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::showError(const pd::Error &error)
{
    m_error->setText(error.message);
    m_error->show();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    if (isAskingForNewPassword()) {
        m_newPasswordError->hide();
        m_repeatedError->hide();
        setBusy(true);
        m_changed = true;
        m_workspace.changePassword(m_newPassword->text(), m_repeated->text());
        return;
    }
    setBusy(true);
    m_workspace.signIn(m_server->text(), m_user->text(), m_password->text());
}

void LoginDialog::reject()
{
    if (m_busy || isAskingForNewPassword())
        m_workspace.cancelSignIn();
    setBusy(false);
    QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (isAskingForNewPassword()) {
        // The account is signed in; only the new password can still change.
        m_server->setEnabled(false);
        m_user->setEnabled(false);
        m_password->setEnabled(false);
        m_remember->setEnabled(!busy);
        m_newPassword->setEnabled(!busy);
        m_repeated->setEnabled(!busy);
    }
}

void LoginDialog::askForNewPassword()
{
    if (!m_busy)
        return; // a sign-in this dialog did not start
    m_change->show();
    m_signIn->setText(tr("Set &password"));
    setBusy(false);
    m_newPassword->setFocus();
}

void LoginDialog::onPasswordChangeFailed(const pd::Error &error)
{
    if (!m_busy)
        return;
    m_changed = false;
    setBusy(false);
    bool placed = false;
    for (const FieldError &field : error.fields) {
        QLabel *label = field.field == u"repeated"_s ? m_repeatedError
                        : field.field == u"newPassword"_s ? m_newPasswordError
                                                          : nullptr;
        if (!label)
            continue;
        label->setText(field.message);
        label->show();
        placed = true;
    }
    if (!placed)
        showError(error);
    QLineEdit *focus = m_repeatedError->isVisible() && !m_newPasswordError->isVisible() ? m_repeated : m_newPassword;
    focus->setFocus();
    focus->selectAll();
}

void LoginDialog::onSignInFailed(const pd::Error &error)
{
    if (!m_busy)
        return; // a sign-in this dialog did not start
    setBusy(false);
    showError(error);
    // Put the cursor where the fix most likely goes.
    QLineEdit *focus = m_password;
    if (error.code == ErrorCode::BadUrl || error.code == ErrorCode::Network || error.code == ErrorCode::Tls)
        focus = m_server;
    else if (m_user->text().trimmed().isEmpty())
        focus = m_user;
    focus->setFocus();
    focus->selectAll();
}

} // namespace pd::ui
