#include "AppContext.h"

#include "dialogs/LoginDialog.h"
#include "mainwindow/MainWindow.h"

#include <QEvent>
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
{
    m_workspace.setPreferredSiteId(m_settings.value(kSiteKey).toLongLong());
}

AppContext::~AppContext()
{
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

    if (m_options.server.isEmpty() || m_options.user.isEmpty() || m_options.password.isEmpty()) {
        showLogin(nullptr);
        return;
    }
    // Non-interactive start (make demo, the startup benchmark): sign in directly; fall back to the dialog.
    auto ok = std::make_shared<QMetaObject::Connection>();
    auto bad = std::make_shared<QMetaObject::Connection>();
    *ok = connect(&m_workspace, &models::Workspace::signedIn, this, [this, ok, bad] {
        disconnect(*ok);
        disconnect(*bad);
        showMainWindow();
    });
    *bad = connect(&m_workspace, &models::Workspace::signInFailed, this, [this, ok, bad](const pd::Error &error) {
        disconnect(*ok);
        disconnect(*bad);
        showLogin(&error);
    });
    m_workspace.signIn(m_options.server, m_options.user, m_options.password);
    m_options.password.clear();
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
        m_login.release()->deleteLater();
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
    }
    m_mainWindow->show();
    if (QWindow *window = m_mainWindow->windowHandle())
        window->installEventFilter(this);
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
