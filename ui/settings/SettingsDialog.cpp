#include "ui/settings/SettingsDialog.h"

#include "app/api/ErrorMapper.h"
#include "app/api/PlainHttpWarning.h"
#include "ui/settings/Appearance.h"
#include "app/store/AccountRegistry.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
constexpr int AccountIdRole = Qt::UserRole + 1;
}

SettingsDialog::SettingsDialog(store::AccountRegistry &registry, Appearance &appearance, const QString &signedInId,
                               const QList<domain::Site> &sites, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_appearance(appearance)
    , m_signedInId(signedInId)
    , m_sites(sites)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings — PortalDesk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->tabBar()->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(createAccountsPage(), tr("Accounts"));
    m_tabs->addTab(createAppearancePage(), tr("Appearance"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(&m_registry, &store::AccountRegistry::accountsChanged, this, [this] { reloadAccounts(m_editingId); });
    reloadAccounts(m_registry.currentId());
}

void SettingsDialog::showPage(int page)
{
    m_tabs->setCurrentIndex(page);
}

QString SettingsDialog::plainHttpWarning() const
{
    return m_plainHttp->isHidden() ? QString() : m_plainHttp->text();
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QWidget *SettingsDialog::createAccountsPage()
{
    auto *page = new QWidget(this);
    m_accounts = new QListWidget(page);
    m_accounts->setObjectName(u"accountList"_s);
    m_accounts->setAccessibleName(tr("Accounts"));
    m_add = new QPushButton(tr("&New account"), page);
    m_add->setObjectName(u"newAccountButton"_s);
    m_add->setAccessibleName(tr("New account"));
    m_remove = new QPushButton(tr("&Remove"), page);
    m_remove->setObjectName(u"removeAccountButton"_s);
    m_remove->setAccessibleName(tr("Remove account"));

    m_server = new QLineEdit(page);
    m_server->setObjectName(u"accountServerEdit"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(u"https://portal.example.gov.cn"_s);
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"accountUserEdit"_s);
    m_user->setAccessibleName(tr("User name"));
    m_label = new QLineEdit(page);
    m_label->setObjectName(u"accountLabelEdit"_s);
    m_label->setAccessibleName(tr("Display name"));
    m_label->setPlaceholderText(tr("user@server (default)"));
    m_site = new QComboBox(page);
    m_site->setObjectName(u"accountSiteCombo"_s);
    m_site->setAccessibleName(tr("Site"));
    m_caFile = new QLineEdit(page);
    m_caFile->setObjectName(u"accountCaEdit"_s);
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_caFile->setPlaceholderText(tr("Only for servers with their own certificate authority"));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_browse->setObjectName(u"accountCaBrowseButton"_s);
    m_browse->setAccessibleName(tr("Choose a CA certificate file"));
    m_save = new QPushButton(tr("&Save account"), page);
    m_save->setObjectName(u"saveAccountButton"_s);
    m_save->setAccessibleName(tr("Save account"));
    m_save->setDefault(true);
    m_error = new QLabel(page);
    m_error->setObjectName(u"accountErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setVisible(false);

    m_plainHttp = new QLabel(page);
    m_plainHttp->setObjectName(u"accountPlainHttpWarning"_s);
    m_plainHttp->setWordWrap(true);
    m_plainHttp->setTextFormat(Qt::PlainText);
    m_plainHttp->setStyleSheet(u"color: #b54708;"_s);
    m_plainHttp->setVisible(false);
    connect(m_server, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString warning = api::PlainHttpWarning::forAddress(text);
        m_plainHttp->setText(warning);
        m_plainHttp->setAccessibleName(warning);
        m_plainHttp->setVisible(!warning.isEmpty());
    });

    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_server);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Display name:"), m_label);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Extra CA file:"), ca);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_accounts, 1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_plainHttp);
    right->addWidget(m_error);
    right->addStretch(1);
    right->addLayout(saveRow);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_accounts, &QListWidget::currentRowChanged, this, &SettingsDialog::accountSelected);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::newAccount);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeAccount);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveAccount);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    return page;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Colours of the PortalDesk windows:"), page));
    m_schemes = new QButtonGroup(page);
    for (const Appearance::Scheme scheme : {Appearance::Scheme::System, Appearance::Scheme::Light,
                                            Appearance::Scheme::Dark}) {
        auto *button = new QRadioButton(Appearance::displayName(scheme), page);
        button->setObjectName(u"scheme_%1"_s.arg(Appearance::code(scheme)));
        button->setAccessibleName(Appearance::displayName(scheme));
        button->setChecked(m_appearance.scheme() == scheme);
        m_schemes->addButton(button, int(scheme));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    // Applied at once, so the user sees the choice before closing the dialog.
    connect(m_schemes, &QButtonGroup::idClicked, this,
            [this](int id) { m_appearance.setScheme(Appearance::Scheme(id)); });
    connect(&m_appearance, &Appearance::schemeChanged, this, [this](Appearance::Scheme scheme) {
        if (QAbstractButton *b = m_schemes->button(int(scheme)))
            b->setChecked(true);
    });
    return page;
}

void SettingsDialog::reloadAccounts(const QString &select)
{
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    int row = -1;
    for (const store::Account &a : m_registry.accounts()) {
        const QString id = a.id();
        auto *entry = new QListWidgetItem(id == m_signedInId ? tr("%1 (signed in)").arg(a.displayName())
                                                             : a.displayName(),
                                          m_accounts);
        entry->setData(AccountIdRole, id);
        entry->setToolTip(a.server.toString());
        if (id == select)
            row = m_accounts->count() - 1;
    }
    if (row < 0 && m_accounts->count() > 0)
        row = 0;
    m_accounts->setCurrentRow(row);
    accountSelected();
}

void SettingsDialog::accountSelected()
{
    const QListWidgetItem *entry = m_accounts->currentItem();
    const auto account = entry ? m_registry.account(entry->data(AccountIdRole).toString()) : std::nullopt;
    m_editingId = account ? account->id() : QString();
    m_server->setText(account ? account->server.toString() : QString());
    m_user->setText(account ? account->user : QString());
    m_label->setText(account ? account->label : QString());
    m_caFile->setText(account ? account->caFile : QString());
    m_site->clear();
    m_site->addItem(tr("The first site I may work on"), qint64(0));
    for (const domain::Site &s : std::as_const(m_sites))
        m_site->addItem(s.name, s.id);
    const qint64 site = account ? account->siteId : 0;
    if (m_site->findData(site) < 0)
        m_site->addItem(tr("Site %1").arg(site), site);
    m_site->setCurrentIndex(m_site->findData(site));
    // The account in use stays until the user signs out or switches: its window and drafts depend on it.
    m_remove->setEnabled(account && account->id() != m_signedInId);
    m_error->setVisible(false);
}

void SettingsDialog::newAccount()
{
    const QSignalBlocker blocker(m_accounts);
    m_accounts->setCurrentRow(-1);
    accountSelected();
    m_server->setFocus();
}

store::Account SettingsDialog::formAccount() const
{
    store::Account a;
    const auto url = api::ErrorMapper::parseServerUrl(m_server->text().trimmed());
    a.server = url ? *url : QUrl();
    a.user = m_user->text();
    a.label = m_label->text();
    a.siteId = m_site->currentData().toLongLong();
    a.caFile = m_caFile->text();
    return a;
}

void SettingsDialog::saveAccount()
{
    const auto url = api::ErrorMapper::parseServerUrl(m_server->text().trimmed());
    Result<store::Account> saved = !url                  ? Result<store::Account>(std::unexpected(url.error()))
                                   : m_editingId.isEmpty() ? m_registry.add(formAccount())
                                                           : m_registry.update(m_editingId, formAccount());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->setVisible(true);
        return;
    }
    m_editingId = saved->id();
    reloadAccounts(m_editingId);
}

void SettingsDialog::removeAccount()
{
    if (m_editingId.isEmpty() || m_editingId == m_signedInId)
        return;
    if (auto removed = m_registry.remove(m_editingId); !removed) {
        m_error->setText(removed.error().message);
        m_error->setVisible(true);
        return;
    }
    reloadAccounts(m_registry.currentId());
}

void SettingsDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CA certificate file"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace pd::ui
