#include "ui/admin/UserDialog.h"

#include "app/admin/AccountValidator.h"
#include "app/admin/SaveRefusal.h"
#include "ui/admin/AdminDialogParts.h"
#include "ui/admin/MessageLine.h"
#include "ui/widgets/FieldErrorRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

QString grantText(const domain::RoleGrant &g, const QList<domain::Site> &sites)
{
    QString role = domain::roleDisplayName(g.role);
    if (g.role == domain::roles::Reviewer)
        role = UserDialog::tr("%1 level %2").arg(role).arg(g.level);
    QString site = g.siteId == 0 ? UserDialog::tr("all sites") : QString::number(g.siteId);
    for (const domain::Site &s : sites)
        if (s.id == g.siteId)
            site = s.name;
    return UserDialog::tr("%1 — %2").arg(site, role);
}

/// Server field names such as `roles[1].level` belong to the roles row.
QString rowKey(const QString &field)
{
    return field.startsWith(u"roles"_s) ? u"roles"_s : field;
}

} // namespace

UserDialog::UserDialog(const admin::UserAccount &account, const QList<domain::Site> &sites, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_sites(sites)
{
    buildUi();
    connectSignals();
    refreshRoles();
    updateLevel();
}

void UserDialog::buildUi()
{
    const admin::UserAccount &account = m_account;
    setObjectName(u"userDialog"_s);
    setWindowTitle(account.user.id == 0 ? tr("New account") : tr("Account %1").arg(account.user.username));
    setMinimumWidth(520);

    auto *fields = new QWidget(this);
    m_rows = std::make_unique<FieldErrorRows>(fields);
    m_username = new QLineEdit(account.user.username, fields);
    m_username->setObjectName(u"usernameEdit"_s);
    m_username->setAccessibleName(tr("User name"));
    m_displayName = new QLineEdit(account.user.displayName, fields);
    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_displayName->setAccessibleName(tr("Name"));
    m_enabled = new QCheckBox(tr("May sign in"), fields);
    m_enabled->setObjectName(u"enabledCheck"_s);
    m_enabled->setChecked(account.enabled);

    auto *roles = new QWidget(fields);
    m_roles = new QListWidget(roles);
    m_roles->setObjectName(u"roleList"_s);
    m_roles->setAccessibleName(tr("Roles"));
    m_roleSite = new QComboBox(roles);
    m_roleSite->setObjectName(u"roleSite"_s);
    m_roleSite->setAccessibleName(tr("Site of the role"));
    for (const domain::Site &s : std::as_const(m_sites))
        m_roleSite->addItem(s.name, s.id);
    m_roleSite->addItem(tr("All sites"), 0);
    m_roleKind = new QComboBox(roles);
    m_roleKind->setObjectName(u"roleKind"_s);
    m_roleKind->setAccessibleName(tr("Role"));
    for (const QLatin1StringView r : {domain::roles::Editor, domain::roles::Reviewer, domain::roles::Publisher,
                                      domain::roles::LiveReporter, domain::roles::LiveModerator, domain::roles::Admin})
        m_roleKind->addItem(domain::roleDisplayName(QString(r)), QString(r));
    m_roleLevel = new QSpinBox(roles);
    m_roleLevel->setObjectName(u"roleLevel"_s);
    m_roleLevel->setAccessibleName(tr("Review level"));
    m_roleLevel->setRange(1, 5);
    m_roleLevel->setPrefix(tr("Level "));
    m_addRole = new QPushButton(tr("&Add role"), roles);
    m_addRole->setObjectName(u"addRoleButton"_s);
    m_removeRole = new QPushButton(tr("&Remove role"), roles);
    m_removeRole->setObjectName(u"removeRoleButton"_s);
    auto *picker = new QHBoxLayout;
    picker->addWidget(m_roleSite, 1);
    picker->addWidget(m_roleKind);
    picker->addWidget(m_roleLevel);
    picker->addWidget(m_addRole);
    auto *rolesLayout = new QVBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->addWidget(m_roles);
    rolesLayout->addLayout(picker);
    rolesLayout->addWidget(m_removeRole, 0, Qt::AlignLeft);

    m_rows->addRow(tr("&User name:"), m_username, u"username"_s);
    m_rows->addRow(tr("&Name:"), m_displayName, u"displayName"_s);
    m_rows->addRow(QString(), m_enabled, u"enabled"_s);
    m_rows->addRow(tr("Roles:"), roles, u"roles"_s);

    m_message = new MessageLine(u"userMessage"_s, this);
    m_save = AdminDialogParts::arrange(this, fields, m_message, u"saveUserButton"_s, [this] { save(); });
}

void UserDialog::connectSignals()
{
    connect(m_roleKind, &QComboBox::currentIndexChanged, this, &UserDialog::updateLevel);
    connect(m_addRole, &QPushButton::clicked, this, [this] {
        addRole(m_roleKind->currentData().toString(), m_roleSite->currentData().toLongLong(), m_roleLevel->value());
    });
    connect(m_removeRole, &QPushButton::clicked, this, [this] {
        const int row = m_roles->currentRow();
        if (row < 0 || row >= m_account.user.roles.size())
            return;
        m_account.user.roles.removeAt(row);
        refreshRoles();
    });
}

UserDialog::~UserDialog() = default;

admin::UserAccount UserDialog::account() const
{
    admin::UserAccount out = m_account;
    out.user.username = m_username->text().trimmed();
    out.user.displayName = m_displayName->text().trimmed();
    out.enabled = m_enabled->isChecked();
    return out;
}

void UserDialog::addRole(const QString &role, qint64 siteId, int level)
{
    const domain::RoleGrant grant{role, siteId, role == domain::roles::Reviewer ? level : 0};
    if (!m_account.user.roles.contains(grant))
        m_account.user.roles.append(grant);
    refreshRoles();
}

void UserDialog::refreshRoles()
{
    m_roles->clear();
    for (const domain::RoleGrant &g : std::as_const(m_account.user.roles))
        m_roles->addItem(grantText(g, m_sites));
    m_removeRole->setEnabled(!m_account.user.roles.isEmpty());
}

void UserDialog::updateLevel()
{
    m_roleLevel->setEnabled(m_roleKind->currentData().toString() == domain::roles::Reviewer);
}

void UserDialog::save()
{
    m_message->hide();
    const admin::UserAccount current = account();
    const QList<FieldError> errors = admin::AccountValidator::validate(current);
    if (!errors.isEmpty()) {
        Error invalid = Error::make(ErrorCode::Validation, tr("Some fields are not filled in correctly."));
        invalid.fields = errors;
        showError(invalid);
        return;
    }
    m_rows->show({});
    Q_EMIT saveRequested(current);
}

void UserDialog::showError(const pd::Error &error)
{
    setBusy(false);
    const admin::SaveRefusal refusal(error, rowKey, [this](const QString &row) { return m_rows->has(row); });
    // Keep every change typed here; the next save replaces the version someone else saved meanwhile.
    m_account.revision = refusal.currentRevision(m_account.revision);
    AdminDialogParts::showRefusal(refusal, *m_rows, *m_message);
}

QString UserDialog::messageText() const
{
    return m_message->shownText();
}

void UserDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}

} // namespace pd::ui
