#include "tests/support/MainWindowDriver.h"

#include "app/editing/DocumentSession.h"
#include "app/editing/ItemListModel.h"
#include "app/store/LocalStore.h"
#include "tests/support/PortaldFixture.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/mainwindow/MainWindow.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace pd::test {

MainWindowDriver::MainWindowDriver() = default;

// The window goes before the workspace it was built on.
MainWindowDriver::~MainWindowDriver()
{
    m_window.reset();
}

bool MainWindowDriver::signIn(PortaldFixture &portal, const QString &user)
{
    if (!portal.signIn(m_workspace, user)) {
        m_failure = portal.failure();
        return false;
    }
    m_window = std::make_unique<ui::MainWindow>(m_workspace);
    return true;
}

bool MainWindowDriver::open(PortaldFixture &portal, const QString &user)
{
    return signIn(portal, user) && show();
}

bool MainWindowDriver::openOnSite(PortaldFixture &portal, qint64 siteId, const QString &user, QSize size)
{
    m_workspace.setPreferredSiteId(siteId);
    if (!signIn(portal, user))
        return false;
    m_window->resize(size);
    return show();
}

bool MainWindowDriver::show()
{
    if (!m_window) {
        m_failure = "not signed in";
        return false;
    }
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        m_failure = "the main window was not exposed";
        return false;
    }
    return true;
}

ui::CataloguePage *MainWindowDriver::addCatalogue()
{
    m_storeDir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>();
    if (!m_storeDir->isValid() || !m_store->open(m_storeDir->filePath(QStringLiteral("account.sqlite")))) {
        m_failure = "the local store did not open";
        return nullptr;
    }
    auto *catalogue = new ui::CataloguePage(m_workspace, *m_store);
    m_window->addPage(QStringLiteral("disclosure"), QStringLiteral("信息公开"), catalogue);
    return catalogue;
}

ui::ItemEditorWindow *MainWindowDriver::openLoaded(qint64 id, int timeoutMs)
{
    ui::ItemEditorWindow *editor = m_window->openItem(id);
    if (!editor)
        return nullptr;
    const bool loaded = QTest::qWaitFor(
        [&] {
            return editor->session().item().id == id
                   && editor->session().status() == editing::DocumentSession::Status::Clean;
        },
        timeoutMs);
    return loaded ? editor : nullptr;
}

ui::ItemEditorWindow *MainWindowDriver::openAs(PortaldFixture &portal, const QString &user, qint64 id)
{
    if (!open(portal, user))
        return nullptr;
    ui::ItemEditorWindow *editor = openLoaded(id);
    if (!editor)
        m_failure = "item " + QByteArray::number(id) + " did not load";
    return editor;
}

ui::ItemEditorWindow *MainWindowDriver::latestEditor() const
{
    const auto editors = m_window->findChildren<ui::ItemEditorWindow *>(Qt::FindDirectChildrenOnly);
    return editors.isEmpty() ? nullptr : editors.constLast();
}

void MainWindowDriver::search(const QString &text)
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!search)
        return;
    search->setText(text);
    QTest::keyClick(search, Qt::Key_Return);
}

bool MainWindowDriver::selectByTitle(const QString &text, const QStringList &titles)
{
    if (!m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))) {
        m_failure = "no search box";
        return false;
    }
    search(text);
    QTableView *view = m_window->itemView();
    if (!QTest::qWaitFor([&] { return view->model()->rowCount() == int(titles.size()); }, 10000)) {
        m_failure = "the list did not narrow to " + QByteArray::number(titles.size()) + " rows but "
                    + QByteArray::number(view->model()->rowCount());
        return false;
    }
    view->selectionModel()->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, editing::ItemListModel::TitleSection);
        if (titles.contains(index.data().toString()))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (view->selectionModel()->selectedRows().size() != titles.size()) {
        m_failure = "not every title was selected";
        return false;
    }
    return true;
}

int MainWindowDriver::rowOf(const ui::MainWindow &window, qint64 id)
{
    QAbstractItemModel *model = window.itemView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(editing::ItemListModel::ItemIdRole).toLongLong() == id)
            return row;
    return -1;
}

QString MainWindowDriver::stateText(const QString &title) const
{
    QAbstractItemModel *model = m_window->itemView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, editing::ItemListModel::TitleSection).data().toString() == title)
            return model->index(row, editing::ItemListModel::StateSection).data().toString();
    return {};
}

} // namespace pd::test
