#include "AppContext.h"

#include "dashboard/DashboardPage.h"
#include "dialogs/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "review/ReviewPage.h"

#include "api/ErrorMapper.h"
#include "store/KeychainCredentialStore.h"
#include "store/MemoryCredentialStore.h"

#include <QDir>
#include <QEvent>
#include <QStandardPaths>
#include <QTreeView>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace pd::app {

namespace {
const auto kServerKey = u"account/server"_s;
const auto kUserKey = u"account/user"_s;
const auto kSiteKey = u"account/site"_s;
const auto kLanguageKey = u"ui/language"_s;
} // namespace

AppContext::AppContext(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(this)
    , m_workspace(m_client, this)
    , m_store(this)
    , m_credentials(std::make_unique<store::KeychainCredentialStore>())
    , m_stream(m_client, this)
    , m_refreshSoon(this)
{
    m_workspace.setPreferredSiteId(m_settings.value(kSiteKey).toLongLong());
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
    if (m_options.server.isEmpty())
        m_options.server = m_settings.value(kServerKey).toString();
    if (m_options.user.isEmpty())
        m_options.user = m_settings.value(kUserKey).toString();

    if (m_options.server.isEmpty() || m_options.user.isEmpty()) {
        showLogin(nullptr);
        return;
    }
    if (!m_options.password.isEmpty()) {
        // Non-interactive start (make demo, the startup benchmark).
        signInDirectly(std::exchange(m_options.password, QString()));
        return;
    }
    const auto url = api::ErrorMapper::parseServerUrl(m_options.server);
    if (!url) {
        showLogin(&url.error());
        return;
    }
    // A password remembered in the keyring signs in without asking; anything else shows the dialog.
    m_credentials->read(store::CredentialStore::accountKey(*url, m_options.user), this,
                        [this](Result<QString> secret) {
                            if (secret && !secret->isEmpty())
                                signInDirectly(*secret);
                            else
                                showLogin(nullptr);
                        });
}

void AppContext::signInDirectly(const QString &password)
{
    // Falls back to the dialog (with the reason) when the sign-in fails.
    auto ok = std::make_shared<QMetaObject::Connection>();
    auto bad = std::make_shared<QMetaObject::Connection>();
    *ok = connect(&m_workspace, &models::Workspace::signedIn, this, [this, ok, bad] {
        disconnect(*ok);
        disconnect(*bad);
        openAccount();
        showMainWindow();
    });
    *bad = connect(&m_workspace, &models::Workspace::signInFailed, this, [this, ok, bad](const pd::Error &error) {
        disconnect(*ok);
        disconnect(*bad);
        showLogin(&error);
    });
    m_workspace.signIn(m_options.server, m_options.user, password);
}

void AppContext::showLogin(const pd::Error *error)
{
    m_login = std::make_unique<ui::LoginDialog>(m_workspace);
    m_login->setServerAddress(m_options.server);
    m_login->setUsername(m_options.user);
    if (error)
        m_login->showError(*error);
    connect(m_login.get(), &QDialog::accepted, this, [this] {
        m_settings.setValue(kServerKey, m_login->serverAddress());
        m_settings.setValue(kUserKey, m_login->username());
        m_options.server = m_login->serverAddress();
        m_options.user = m_login->username();
        const QString password = m_login->takePassword();
        if (m_login->rememberPassword())
            rememberPassword(password);
        m_login.release()->deleteLater();
        openAccount();
        showMainWindow();
    });
    connect(m_login.get(), &QDialog::rejected, this, &AppContext::finished);
    m_login->show();
}

void AppContext::showMainWindow()
{
    m_settings.setValue(kSiteKey, m_workspace.site().id);
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<ui::MainWindow>(m_workspace);
        m_mainWindow->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_mainWindow.get(), &ui::MainWindow::signedOut, this, [this] {
            m_mainWindow->hide();
            showLogin(nullptr);
        });
        connect(m_mainWindow.get(), &ui::MainWindow::languageChosen, this,
                [this](const QString &code) { m_settings.setValue(kLanguageKey, code); });
        // Close on the widget covers both the window manager's close button and File → Quit.
        m_mainWindow->installEventFilter(this);
        // 工作台 and 审核 (issue 7): the dashboard's problems and the queue's items lead to their fix.
        auto *review = new ui::ReviewPage(m_workspace, &m_stream);
        auto *dashboard = new ui::DashboardPage(m_workspace, &m_stream);
        m_mainWindow->addPage(u"review"_s, tr("Review"), review);
        m_mainWindow->addPage(u"workbench"_s, tr("Workbench"), dashboard);
        connect(review, &ui::ReviewPage::openItemRequested, m_mainWindow.get(), &ui::MainWindow::openItem);
        connect(dashboard, &ui::DashboardPage::openItemRequested, m_mainWindow.get(), &ui::MainWindow::openItem);
        connect(dashboard, &ui::DashboardPage::showQueueRequested, this, [this] { m_mainWindow->showPage(u"review"_s); });
        connect(dashboard, &ui::DashboardPage::showLiveRequested, this, [this] { m_mainWindow->showPage(u"live"_s); });
        connect(dashboard, &ui::DashboardPage::showColumnRequested, this, [this](qint64 columnId) {
            m_mainWindow->showPage(u"news"_s);
            QTreeView *tree = m_mainWindow->columnTree();
            const QModelIndexList hit = tree->model()->match(tree->model()->index(0, 0), models::ColumnTreeModel::ColumnIdRole,
                                                             columnId, 1, Qt::MatchExactly | Qt::MatchRecursive);
            if (hit.isEmpty())
                return;
            tree->setCurrentIndex(hit.first());
            // The main window filters its item list on a click in the tree; this is that click.
            Q_EMIT tree->clicked(hit.first());
        });
    }
    // Editors autosave into the account's store; a crash's leftovers are offered back once the window is up.
    m_mainWindow->setDraftStore(m_store.isOpen() ? &m_store : nullptr);
    m_mainWindow->show();
    if (QWindow *window = m_mainWindow->windowHandle())
        window->installEventFilter(this);
    if (!m_options.quitAfterShown && m_store.isOpen())
        QTimer::singleShot(0, m_mainWindow.get(), &ui::MainWindow::offerDraftRecovery);
}

void AppContext::rememberPassword(const QString &password)
{
    const QString account = store::CredentialStore::accountKey(m_client.session().serverUrl(), m_options.user);
    m_credentials->write(account, password, this, [this, account, password](Result<void> written) {
        if (written)
            return;
        // No keyring: keep it for this run only and say so; never write it in clear text.
        m_workspace.reportError(written.error());
        m_credentials = std::make_unique<store::MemoryCredentialStore>();
        m_credentials->write(account, password, this, [](Result<void>) {});
    });
}

void AppContext::openAccount()
{
    closeAccount();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = store::LocalStore::pathForAccount(dataDir, m_client.session().serverUrl(),
                                                           m_client.session().user().username);
    if (auto opened = m_store.open(path); !opened) {
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
