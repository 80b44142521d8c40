#include "ui/admin/UsersPanel.h"

#include "ui/admin/OneTimePasswordDialog.h"
#include "ui/admin/UserDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

UsersPanel::UsersPanel(admin::AdminApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(this)
{
    setObjectName(u"usersPanel"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"userSearch"_s);
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setPlaceholderText(tr("Search by user name or name"));
    m_search->setClearButtonEnabled(true);
    m_siteFilter = new QComboBox(this);
    m_siteFilter->setObjectName(u"userSiteFilter"_s);
    m_siteFilter->setAccessibleName(tr("Filter by site"));
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(u"userRoleFilter"_s);
    m_roleFilter->setAccessibleName(tr("Filter by role"));
    m_roleFilter->addItem(tr("All roles"), QString());
    for (const QLatin1StringView r : {domain::roles::Editor, domain::roles::Reviewer, domain::roles::Publisher,
                                      domain::roles::LiveReporter, domain::roles::LiveModerator, domain::roles::Admin})
        m_roleFilter->addItem(domain::roleDisplayName(QString(r)), QString(r));

    auto *newButton = new QPushButton(tr("&New account…"), this);
    newButton->setObjectName(u"newUserButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editUserButton"_s);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(u"disableUserButton"_s);
    m_reset = new QPushButton(tr("&Reset password"), this);
    m_reset->setObjectName(u"resetPasswordButton"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"userTable"_s);
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(admin::UserListModel::RolesSection, QHeaderView::Stretch);

    m_message = new QLabel(this);
    m_message->setObjectName(u"usersMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_siteFilter);
    filters->addWidget(m_roleFilter);
    auto *actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(m_edit);
    actions->addWidget(m_disable);
    actions->addWidget(m_reset);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &UsersPanel::applyFilter);
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this, &UsersPanel::applyFilter);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &UsersPanel::applyFilter);
    connect(newButton, &QPushButton::clicked, this, &UsersPanel::newUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPanel::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPanel::editSelected);
    connect(m_disable, &QPushButton::clicked, this, &UsersPanel::disableSelected);
    connect(m_reset, &QPushButton::clicked, this, &UsersPanel::resetSelectedPassword);
}

UsersPanel::~UsersPanel() = default;

void UsersPanel::reload()
{
    m_api.sites(this, [this](Result<QList<domain::Site>> sites) {
        if (!sites) {
            showMessage(sites.error().message, true);
            return;
        }
        m_sites = *sites;
        m_model.setSites(m_sites);
        const qint64 chosen = m_siteFilter->currentData().toLongLong();
        {
            const QSignalBlocker blocker(m_siteFilter);
            m_siteFilter->clear();
            m_siteFilter->addItem(tr("All sites"), 0);
            for (const domain::Site &s : std::as_const(m_sites))
                m_siteFilter->addItem(s.name, s.id);
            m_siteFilter->setCurrentIndex(std::max(0, m_siteFilter->findData(chosen)));
        }
        m_api.users(this, [this](Result<QList<admin::UserAccount>> users) {
            if (!users) {
                showMessage(users.error().message, true);
                return;
            }
            m_model.setAccounts(*users);
            applyFilter();
            Q_EMIT loaded();
        });
    });
}

void UsersPanel::applyFilter()
{
    m_model.setFilter(m_search->text(), m_siteFilter->currentData().toLongLong(), m_roleFilter->currentData().toString());
}

const admin::UserAccount *UsersPanel::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model.accountAt(current.row()) : nullptr;
}

UserDialog *UsersPanel::newUser()
{
    return openDialog(admin::UserAccount{});
}

UserDialog *UsersPanel::editSelected()
{
    const admin::UserAccount *account = selected();
    if (!account) {
        showMessage(tr("Select an account first."), true);
        return nullptr;
    }
    return openDialog(*account);
}

UserDialog *UsersPanel::openDialog(const admin::UserAccount &account)
{
    auto *dialog = new UserDialog(account, m_sites, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool creating = account.user.id == 0;
    connect(dialog, &UserDialog::saveRequested, this, [this, dialog, creating](const admin::UserAccount &form) {
        dialog->setBusy(true);
        if (creating) {
            m_api.createUser(form, dialog, [this, dialog](Result<admin::AdminApi::Created> created) {
                if (!created) {
                    dialog->showError(created.error());
                    return;
                }
                m_model.updateAccount(created->account);
                dialog->accept();
                showMessage(tr("Account %1 created.").arg(created->account.user.username), false);
                showPassword(created->account.user.username, created->oneTimePassword);
            });
            return;
        }
        m_api.updateUser(form, dialog, [this, dialog](Result<admin::UserAccount> saved) {
            if (!saved) {
                dialog->showError(saved.error());
                return;
            }
            m_model.updateAccount(*saved);
            dialog->accept();
            showMessage(tr("Account %1 saved.").arg(saved->user.username), false);
        });
    });
    dialog->open();
    return dialog;
}

void UsersPanel::disableSelected()
{
    const admin::UserAccount *account = selected();
    if (!account) {
        showMessage(tr("Select an account first."), true);
        return;
    }
    admin::UserAccount off = *account;
    off.enabled = false;
    m_api.updateUser(off, this, [this](Result<admin::UserAccount> saved) {
        if (!saved) {
            showMessage(saved.error().message, true);
            return;
        }
        m_model.updateAccount(*saved);
        showMessage(tr("Account %1 disabled: it can no longer sign in.").arg(saved->user.username), false);
    });
}

void UsersPanel::resetSelectedPassword()
{
    const admin::UserAccount *account = selected();
    if (!account) {
        showMessage(tr("Select an account first."), true);
        return;
    }
    const QString username = account->user.username;
    m_api.resetPassword(account->user.id, this, [this, username](Result<QString> password) {
        if (!password) {
            showMessage(password.error().message, true);
            return;
        }
        showMessage(tr("The password of %1 was reset.").arg(username), false);
        showPassword(username, *password);
    });
}

void UsersPanel::showPassword(const QString &username, const QString &password)
{
    if (m_passwordDialog)
        m_passwordDialog->close();
    m_passwordDialog = new OneTimePasswordDialog(username, password, this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog->open();
}

void UsersPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b42318;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

QString UsersPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace pd::ui
