#include "app/AppContext.h"

#include "ui/admin/AdminEntry.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/items/InvalidateDialog.h"
#include "ui/checks/CheckRulesDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/MarginTrayNotifier.h"
#include "ui/reports/ReportDialog.h"
#include "ui/sweeps/SweepDialog.h"
#include "ui/sweeps/SweepFindingOpener.h"
#include "ui/editor/ItemEditorWindow.h"
#include "app/models/SweepDesk.h"
#include "app/checks/Rule.h"
#include "app/editing/DocumentSession.h"
#include "ui/dialogs/LoginDialog.h"
#include "ui/editor/RichEditorPool.h"
#include "ui/live/LivePage.h"
#include "ui/live/LivePanelHost.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/ReviewPage.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/SettingsDialog.h"

#include "app/api/ErrorMapper.h"
#include "app/checksclient/RuleAdmin.h"
#include "plugins/host/PluginManager.h"
#include "app/store/KeychainCredentialStore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace pd::app {

namespace {
const auto kLanguageKey = u"ui/language"_s;
} // namespace

AppContext::AppContext(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_appearance(std::make_unique<ui::Appearance>())
    , m_client(this)
    , m_workspace(m_client, this)
    , m_store(this)
    , m_accounts(settings)
    , m_passwords(std::make_unique<store::KeychainCredentialStore>())
    , m_stream(m_client, this)
    , m_refreshSoon(this)
{
    m_appearance->apply();
    connect(&m_passwords, &store::AccountCredentials::keyringUnavailable, &m_workspace,
            &models::Workspace::reportError);
    connect(&m_accounts, &store::AccountRegistry::accountsChanged, this, &AppContext::updateAccountMenu);
    // Bursts of item changes (an import, a review round) refresh the column tree once.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(500);
    connect(&m_refreshSoon, &QTimer::timeout, &m_workspace, &models::Workspace::refresh);
    connect(&m_stream, &api::EventStream::eventReceived, this,
            [this](qint64 seq, const QString &type, const QJsonObject &) {
                if (m_store.isOpen())
                    m_store.setValue(u"stream.seq"_s, seq);
                if (type == u"item.changed"_s)
                    m_refreshSoon.start();
            });
    // Why the server ended the push channel (signed out elsewhere, account disabled, roles changed) is news for the user.
    connect(&m_stream, &api::EventStream::closedByServer, &m_workspace, &models::Workspace::reportError);
    connect(&m_workspace, &models::Workspace::siteChanged, this, [this] {
        if (m_store.isOpen())
            m_store.cacheColumns(m_workspace.site().id, m_workspace.columnModel()->columns());
    });
    connect(&m_workspace, &models::Workspace::stateChanged, this, [this](models::Workspace::State state) {
        if (state == models::Workspace::State::SignedOut)
            closeAccount();
    });
}

AppContext::~AppContext()
{
    closeAccount();
    // Windows observe the workspace; they go first.
    m_mainWindow.reset();
    m_login.reset();
}

void AppContext::start(const StartOptions &options)
{
    m_options = options;
    // An account named on the command line (make demo, scripts) joins the registered ones and becomes current.
    if (!m_options.server.isEmpty() && !m_options.user.isEmpty()) {
        const auto url = api::ErrorMapper::parseServerUrl(m_options.server);
        if (!url) {
            showLogin(&url.error());
            return;
        }
        store::Account named;
        named.server = *url;
        named.user = m_options.user.trimmed();
        if (!m_accounts.account(named.id())) {
            if (auto added = m_accounts.add(named); !added) {
                showLogin(&added.error());
                return;
            }
        }
        m_accounts.setCurrent(named.id());
    }
    const auto account = m_accounts.current();
    if (!account) {
        showLogin(nullptr);
        return;
    }
    useAccount(*account);
    if (!m_options.password.isEmpty()) {
        // Non-interactive start (make demo, the startup benchmark).
        signInDirectly(std::exchange(m_options.password, QString()));
        return;
    }
    // A password remembered in the keyring signs in without asking; anything else shows the dialog.
    m_passwords.password(*account, this, [this](Result<QString> secret) {
        if (secret && !secret->isEmpty())
            signInDirectly(*secret);
        else
            showLogin(nullptr);
    });
}

void AppContext::useAccount(const store::Account &account)
{
    m_options.server = account.server.toString();
    m_options.user = account.user;
    m_workspace.setPreferredSiteId(account.siteId);
    QList<QSslCertificate> cas;
    if (!account.caFile.isEmpty()) {
        if (auto loaded = api::PortalClient::loadCaFile(account.caFile))
            cas = *loaded;
        else
            m_workspace.reportError(loaded.error());
    }
    m_client.setExtraCaCertificates(cas);
}

void AppContext::switchAccount(const QString &id)
{
    const auto account = m_accounts.account(id);
    if (!account || (m_mainWindow && !m_mainWindow->closeEditors()))
        return;
    m_workspace.signOut();
    m_accounts.setCurrent(id);
    StartOptions options;
    options.quitAfterShown = m_options.quitAfterShown;
    start(options);
}

void AppContext::showSettings()
{
    if (!m_mainWindow)
        return;
    const QString signedIn = m_workspace.state() == models::Workspace::State::SignedOut ? QString()
                                                                                          : m_accounts.currentId();
    auto *dialog = new ui::SettingsDialog(m_accounts, *m_appearance, signedIn, m_workspace.sites(),
                                          m_mainWindow.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AppContext::updateAccountMenu()
{
    if (!m_mainWindow)
        return;
    QList<std::pair<QString, QString>> accounts;
    for (const store::Account &a : m_accounts.accounts())
        accounts.append({a.id(), a.displayName()});
    m_mainWindow->setAccounts(accounts, m_accounts.currentId());
}

void AppContext::signInDirectly(const QString &password)
{
    // Falls back to the dialog (with the reason) when the sign-in fails.
    auto ok = std::make_shared<QMetaObject::Connection>();
    auto bad = std::make_shared<QMetaObject::Connection>();
    auto reset = std::make_shared<QMetaObject::Connection>();
    *ok = connect(&m_workspace, &models::Workspace::signedIn, this, [this, ok, bad, reset] {
        disconnect(*ok);
        disconnect(*bad);
        disconnect(*reset);
        openAccount();
        showMainWindow();
    });
    *bad = connect(&m_workspace, &models::Workspace::signInFailed, this, [this, ok, bad, reset](const pd::Error &error) {
        disconnect(*ok);
        disconnect(*bad);
        disconnect(*reset);
        showLogin(&error);
    });
    // A remembered password an administrator has since reset: the new one is chosen in the login dialog, where the
    // user types the one-time password (declining ends in signInFailed above, with the reason).
    *reset = connect(&m_workspace, &models::Workspace::passwordChangeRequired, this, [this, reset] {
        disconnect(*reset);
        m_workspace.declinePasswordChange();
    });
    m_workspace.signIn(m_options.server, m_options.user, password);
    // With a warm cache the window opens now and the sign-in (an Argon2 check on the server, the sites, the
    // columns) finishes behind it.
    if (m_workspace.state() == models::Workspace::State::SigningIn)
        showFromCache();
}

QString AppContext::storePath(const QUrl &server, const QString &user) const
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return store::LocalStore::pathForAccount(dataDir, server, user);
}

void AppContext::showFromCache()
{
    if (m_mainWindow && m_mainWindow->isVisible())
        return;
    const auto url = api::ErrorMapper::parseServerUrl(m_options.server);
    if (!url)
        return;
    const QString path = storePath(*url, m_options.user.trimmed());
    // Only an account used before has a cache; a first start creates nothing until the sign-in succeeded.
    if (!QFileInfo::exists(path) || !m_store.open(path))
        return;
    const auto sites = m_store.cachedSites();
    if (!sites || sites->isEmpty()) {
        m_store.close();
        return;
    }
    qint64 siteId = sites->constFirst().id;
    const auto account = m_accounts.current();
    const qint64 preferred = account ? account->siteId : 0;
    for (const domain::Site &site : *sites)
        if (site.id == preferred)
            siteId = site.id;
    const auto columns = m_store.cachedColumns(siteId);
    if (!columns) {
        m_store.close();
        return;
    }
    m_workspace.showCached(*sites, *columns);
    showMainWindow();
}

void AppContext::showLogin(const pd::Error *error, const QString &returnTo)
{
    m_login = std::make_unique<ui::LoginDialog>(m_workspace);
    if (m_mainWindow && m_mainWindow->isVisible())
        m_login->setWindowModality(Qt::ApplicationModal);
    m_login->setServerAddress(m_options.server);
    m_login->setUsername(m_options.user);
    if (error)
        m_login->showError(*error);
    connect(m_login.get(), &QDialog::accepted, this, [this] {
        // The account signed in with joins the registered ones (kept with its site and CA file if known).
        store::Account account;
        account.server = m_client.session().serverUrl();
        account.user = m_login->username().trimmed();
        if (!m_accounts.account(account.id()))
            if (auto added = m_accounts.add(account); !added)
                m_workspace.reportError(added.error());
        m_accounts.setCurrent(account.id());
        m_options.server = m_login->serverAddress();
        m_options.user = m_login->username();
        const QString password = m_login->takePassword();
        if (m_login->rememberPassword())
            rememberPassword(password);
        m_login.release()->deleteLater();
        openAccount();
        showMainWindow();
    });
    if (returnTo.isEmpty() || !m_accounts.account(returnTo)) {
        connect(m_login.get(), &QDialog::rejected, this, &AppContext::finished);
    } else {
        connect(m_login.get(), &QDialog::rejected, this, [this, returnTo] {
            m_login.release()->deleteLater();
            m_accounts.setCurrent(returnTo);
            StartOptions options;
            options.quitAfterShown = m_options.quitAfterShown;
            start(options);
        });
    }
    m_login->show();
}

void AppContext::showMainWindow()
{
    if (m_workspace.site().id != 0 && m_workspace.state() == models::Workspace::State::Online)
        m_accounts.setSite(m_accounts.currentId(), m_workspace.site().id);
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<ui::MainWindow>(m_workspace);
        m_mainWindow->setAttribute(Qt::WA_DeleteOnClose, false);
        m_mainWindow->setAppearance(m_appearance.get());
        connect(m_mainWindow.get(), &ui::MainWindow::signedOut, this, [this] {
            m_mainWindow->hide();
            showLogin(nullptr);
        });
        connect(m_mainWindow.get(), &ui::MainWindow::languageChosen, this,
                [this](const QString &code) { m_settings.setValue(kLanguageKey, code); });
        // Close on the widget covers both the window manager's close button and File → Quit.
        m_mainWindow->installEventFilter(this);
        connect(m_mainWindow.get(), &ui::MainWindow::accountChosen, this, &AppContext::switchAccount);
        connect(m_mainWindow.get(), &ui::MainWindow::settingsRequested, this, &AppContext::showSettings);
        connect(m_mainWindow.get(), &ui::MainWindow::addAccountRequested, this, [this] {
            if (!m_mainWindow->closeEditors())
                return;
            // Adding an account is signing in as it, most often on the same portal: the dialog offers the current
            // server, the main window stays behind it (it shows the new account once signed in), and cancelling
            // goes back to the account the user came from.
            const QString server = m_workspace.serverUrl().toString();
            const QString previous = m_accounts.currentId();
            m_workspace.signOut();
            m_options.server = server;
            m_options.user.clear();
            showLogin(nullptr, previous);
        });
        updateAccountMenu();
        installDisclosure();
        installNews();
        installAdmin();
        installReview();
        installWorkbench();
        installLive();
    }
    updateAccountMenu();
    // Editors autosave into the account's store; a crash's leftovers are offered back once the window is up.
    m_mainWindow->setDraftStore(m_store.isOpen() ? &m_store : nullptr);
    // Shown from the cache first, then again once signed in: drafts are offered the first time only.
    const bool firstShow = !m_mainWindow->isVisible();
    m_mainWindow->show();
    if (QWindow *window = m_mainWindow->windowHandle())
        window->installEventFilter(this);
    if (!m_options.quitAfterShown && m_store.isOpen() && firstShow)
        QTimer::singleShot(0, m_mainWindow.get(), &ui::MainWindow::offerDraftRecovery);
}

void AppContext::installDisclosure()
{
    // 信息公开: the catalogue browser over the account's item cache (fetched when first shown).
    auto *catalogue = new ui::CataloguePage(m_workspace, m_store, &m_stream);
    m_mainWindow->addPage(u"disclosure"_s, tr("Disclosure"), catalogue);
    connect(catalogue, &ui::CataloguePage::openItemRequested, m_mainWindow.get(), &ui::MainWindow::openItem);
    connect(catalogue, &ui::CataloguePage::pullBackRequested, m_mainWindow.get(),
            [window = m_mainWindow.get(), catalogue](const QList<domain::Item> &items, domain::WorkflowAction a) {
                window->pullBack(items, a, catalogue);
            });
    connect(catalogue, &ui::CataloguePage::invalidateRequested, m_mainWindow.get(),
            [window = m_mainWindow.get(), catalogue](const domain::Item &item) {
                if (ui::InvalidateDialog *dialog = window->invalidate(item, catalogue))
                    connect(dialog, &ui::InvalidateDialog::marked, catalogue, &ui::CataloguePage::refresh);
            });
}

void AppContext::installNews()
{
    // Tools → Check rules…: a site's admins edit the rules every check uses; others do not see it.
    QAction *checkRules = m_mainWindow->toolsMenu()->addAction(tr("Check rules…"));
    connect(m_mainWindow->toolsMenu(), &QMenu::aboutToShow, checkRules, [this, checkRules] {
        const qint64 site = m_workspace.site().id;
        checkRules->setVisible(site != 0 && m_workspace.user().hasRole(u"admin", site));
    });
    connect(checkRules, &QAction::triggered, this, [this] {
        auto *admin = new checks::RuleAdmin(m_client, m_workspace.site().id);
        auto *dialog = new ui::CheckRulesDialog(*admin, m_mainWindow.get());
        admin->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void AppContext::installAdmin()
{
    // 管理: administrators only; it follows whoever signs in on this window.
    ui::AdminEntry::install(*m_mainWindow, m_workspace, m_client);
}

void AppContext::installReview()
{
    // The review page brings a web view (its preview), which costs more than the rest of the window: it is built
    // once the window is up and the user signed in (its tray notifies of new assignments from then on).
    m_mainWindow->addLazyPage(u"review"_s, tr("Review"), [this]() -> QWidget * {
        auto *review = new ui::ReviewPage(m_workspace, &m_stream);
        connect(review, &ui::ReviewPage::openItemRequested, m_mainWindow.get(), &ui::MainWindow::openItem);
        return review;
    });
    const auto buildReview = [this] {
        QTimer::singleShot(0, m_mainWindow.get(), [this] {
            std::ignore = m_mainWindow->page(u"review"_s);
            // A rich editor page started ahead of need: opening an item then takes a fraction of a second
            // instead of starting CKEditor in a fresh page (after the window is up, never on the start path).
            if (!m_editorPool) {
                m_editorPool = std::make_unique<ui::RichEditorPool>();
                m_mainWindow->setEditorPool(m_editorPool.get());
            }
            m_editorPool->setServer(m_client.session().serverUrl());
            m_editorPool->followSession(m_client.session());
        });
    };
    connect(&m_workspace, &models::Workspace::signedIn, m_mainWindow.get(), buildReview);
    if (m_workspace.state() == models::Workspace::State::Online)
        buildReview();
}

void AppContext::installWorkbench()
{
    // 工作台: the dashboard's problems and the queue's items lead to their fix.
    auto *dashboard = new ui::DashboardPage(m_workspace, &m_stream);
    m_mainWindow->addPage(u"workbench"_s, tr("Workbench"), dashboard);
    connect(dashboard, &ui::DashboardPage::openItemRequested, m_mainWindow.get(), &ui::MainWindow::openItem);
    connect(dashboard, &ui::DashboardPage::reportsRequested, this, [this] {
        auto *dialog = new ui::ReportDialog(m_client, m_workspace.site().id,
                                            m_workspace.user().hasRole(QString(domain::roles::Admin)),
                                            m_mainWindow.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // 巡检 sits beside 报表: what an inspector looks at first, from the page that shows the site's health.
    connect(dashboard, &ui::DashboardPage::sweepsRequested, this, [this] {
        const qint64 site = m_workspace.site().id;
        const domain::User &user = m_workspace.user();
        const bool canSweep = user.hasRole(QString(domain::roles::Editor), site)
                              || user.hasRole(QString(domain::roles::Publisher), site)
                              || user.hasRole(QString(domain::roles::Admin), site);
        auto *desk = new models::SweepDesk(m_client);
        auto *dialog = new ui::SweepDialog(*desk, canSweep, m_mainWindow.get());
        desk->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ui::SweepDialog::openFindingRequested, this, [this](const domain::SweepFinding &f) {
            openFinding(f);
        });
        desk->setSite(site);
        dialog->show();
    });
    // A column entering its warning margin is announced in the tray (the status bar where there is none).
    auto *marginTray = new ui::MarginTrayNotifier(dashboard->siteHealth(), m_mainWindow->windowIcon(), dashboard);
    connect(marginTray, &ui::MarginTrayNotifier::message, m_mainWindow.get(),
            [this](const QString &text) { m_mainWindow->statusBar()->showMessage(text, 10000); });
    connect(dashboard, &ui::DashboardPage::showQueueRequested, this, [this] { m_mainWindow->showPage(u"review"_s); });
    connect(dashboard, &ui::DashboardPage::showLiveRequested, this, [this] { m_mainWindow->showPage(u"live"_s); });
    connect(dashboard, &ui::DashboardPage::showColumnRequested, m_mainWindow.get(), &ui::MainWindow::showColumn);
}

void AppContext::openFinding(const domain::SweepFinding &finding)
{
    ui::SweepFindingOpener::open(*m_mainWindow, finding);
}

void AppContext::installLive()
{
    // 直播: the panel plugins this user may use (the live broadcast desk), loaded once the user is known (the
    // window may open from the cache before the sign-in finished); Tools → Plugins… turns them on or off.
    auto *live = new ui::LivePage(m_settings,
                                  std::make_unique<ui::LivePanelHost>(m_workspace, m_client, m_store, m_stream),
                                  plugins::PluginManager::defaultSearchPaths(), m_mainWindow.get());
    live->hide();
    connect(&live->host(), &ui::LivePanelHost::statusMessage, m_mainWindow.get(),
            [this](const QString &text) { m_mainWindow->statusBar()->showMessage(text, 5000); });
    connect(&live->host(), &ui::LivePanelHost::itemOpenRequested, m_mainWindow.get(),
            [this](qint64 itemId) { m_mainWindow->openItem(itemId); });
    connect(m_mainWindow->toolsMenu()->addAction(tr("Plugins…")), &QAction::triggered, live,
            &ui::LivePage::showPluginsDialog);
    // Runs again after every sign-in: another user on this window gets their own panels (or none).
    const auto loadLive = [this, live] {
        if (m_workspace.user().id == 0)
            return;
        live->host().loadCheckRules();
        live->loadPlugins();
        if (live->hasContent() && !m_mainWindow->page(u"live"_s))
            m_mainWindow->addPage(u"live"_s, tr("Live"), live);
    };
    connect(&m_workspace, &models::Workspace::signedIn, live, loadLive);
    loadLive();
}

void AppContext::rememberPassword(const QString &password)
{
    // Without a keyring AccountCredentials keeps it for this run only and says so (keyringUnavailable).
    if (const auto account = m_accounts.current())
        m_passwords.remember(*account, password, this, [this](Result<void> written) {
            if (!written)
                m_workspace.reportError(written.error());
        });
}

void AppContext::openAccount()
{
    const QString path = storePath(m_client.session().serverUrl(), m_client.session().user().username);
    // The window may already show this account's cache (opened before the sign-in finished): keep it open.
    const bool alreadyOpen = m_store.isOpen() && m_store.path() == path;
    if (alreadyOpen) {
        m_stream.stop();
        m_sync.reset();
    } else {
        closeAccount();
    }
    if (auto opened = alreadyOpen ? Result<void>() : m_store.open(path); !opened) {
        // Working online without the local database still works; the user learns why drafts are not kept.
        m_workspace.reportError(opened.error());
    } else {
        if (!m_store.corruptCopy().isEmpty())
            m_workspace.reportError(Error::make(
                ErrorCode::Storage,
                tr("The local database was damaged. A copy was kept as %1 and a new one was created; changes "
                   "already sent to the server are safe.")
                    .arg(QDir::toNativeSeparators(m_store.corruptCopy()))));
        m_store.cacheSites(m_workspace.sites());
        m_store.cacheColumns(m_workspace.site().id, m_workspace.columnModel()->columns());
        // Changes left in the outbox by an earlier run (crash, no network) go out now, exactly once.
        m_sync = std::make_unique<sync::OutboxSync>(m_store, m_client);
        connect(m_sync.get(), &sync::OutboxSync::entryNeedsAttention, this,
                [this](const store::OutboxEntry &, const pd::Error &error) { m_workspace.reportError(error); });
        m_sync->start();
        m_stream.setLastSeq(m_store.value(u"stream.seq"_s, -1).toInteger(-1));
    }
    m_stream.start();
}

void AppContext::closeAccount()
{
    m_stream.stop();
    m_sync.reset();
    m_store.close();
}

bool AppContext::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && m_mainWindow && watched == m_mainWindow->windowHandle()
        && m_mainWindow->windowHandle()->isExposed() && !m_shownOnce) {
        m_shownOnce = true;
        Q_EMIT mainWindowShown();
    }
    if (event->type() == QEvent::Close && m_mainWindow && watched == m_mainWindow.get())
        Q_EMIT finished();
    return QObject::eventFilter(watched, event);
}

} // namespace pd::app
