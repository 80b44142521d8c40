#include "mainwindow/MainWindow.h"

#include "UiLog.h"
#include "domain/User.h"
#include "models/ColumnTreeModel.h"
#include "models/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace pd::ui {

MainWindow::MainWindow(models::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/portaldesk.svg"_s));
    resize(1100, 720);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"columnTree"_s);
    m_tree->setModel(m_workspace.columnModel());
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(models::ColumnTreeModel::NameSection, QHeaderView::Stretch);
    setCentralWidget(m_tree);
    connect(m_workspace.columnModel(), &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    m_tree->expandAll();

    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_stale = new QLabel(this);
    m_stale->setObjectName(u"staleLabel"_s);
    m_user = new QLabel(this);
    m_user->setObjectName(u"userLabel"_s);
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_stale);
    statusBar()->addPermanentWidget(m_user);

    createMenus();

    connect(&m_workspace, &models::Workspace::siteChanged, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(&m_workspace, &models::Workspace::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_workspace, &models::Workspace::signedIn, this, &MainWindow::updateUser);
    connect(&m_workspace, &models::Workspace::errorOccurred, this, &MainWindow::showError);

    updateTitle();
    updateStatus();
    updateUser();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), QKeySequence::Refresh, &m_workspace, &models::Workspace::refresh);
    refresh->setObjectName(u"refreshAction"_s);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, [this] {
        m_workspace.signOut();
        Q_EMIT signedOut();
    });
    signOut->setObjectName(u"signOutAction"_s);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    // Language names are shown in their own language so that anyone can find theirs.
    QAction *zh = language->addAction(u"简体中文"_s, this, [this] { Q_EMIT languageChosen(u"zh_CN"_s); });
    QAction *en = language->addAction(u"English"_s, this, [this] { Q_EMIT languageChosen(u"en"_s); });
    for (QAction *a : {zh, en}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (chinese ? zh : en)->setChecked(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PortalDesk"), this, [this] {
        QMessageBox::about(this, tr("About PortalDesk"),
                           tr("<p><b>PortalDesk %1</b></p><p>The desktop back office of the government portal: "
                              "writing, review, publishing, information disclosure and live broadcasts.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    const QString site = m_workspace.site().name;
    // The product name stays bilingual in every language: it is how the portal team refers to the tool.
    setWindowTitle(site.isEmpty() ? u"门户编辑台 PortalDesk"_s : u"门户编辑台 PortalDesk — %1"_s.arg(site));
}

void MainWindow::updateStatus()
{
    m_connection->setText(m_workspace.stateText());
    const int stale = m_workspace.columnModel()->staleCount();
    m_stale->setText(stale > 0 ? tr("%n column(s) overdue for an update", nullptr, stale) : QString());
    m_stale->setVisible(stale > 0);
}

void MainWindow::updateUser()
{
    const domain::User &user = m_workspace.user();
    if (user.username.isEmpty()) {
        m_user->clear();
        return;
    }
    QStringList roles;
    for (const domain::RoleGrant &g : user.roles) {
        const QString name = domain::roleDisplayName(g.role);
        if (!roles.contains(name))
            roles.append(name);
    }
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    m_user->setText(tr("Signed in: %1 (%2)").arg(name, roles.join(tr(", "))));
    m_user->setToolTip(user.username);
}

void MainWindow::showError(const pd::Error &error)
{
    qCInfo(lcUi) << "showing error" << error.message;
    statusBar()->showMessage(error.message, 10000);
}

} // namespace pd::ui
