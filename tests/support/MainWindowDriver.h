#pragma once
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace pd::store {
class LocalStore;
}
namespace pd::ui {
class CataloguePage;
class ItemEditorWindow;
class MainWindow;
} // namespace pd::ui

namespace pd::test {

class PortaldFixture;

/// One person at PortalDesk's main window against a test portald: their own client and workspace, signed in, and
/// the window built on them; with the steps UI tests take on it (open an item and wait until it is loaded, narrow
/// the list and select rows by title, read a row's state, add the 信息公开 catalogue). Links pd_testsupport_desk.
///
/// @code
///   pd::test::MainWindowDriver desk;
///   QVERIFY2(desk.open(m_portal, u"reviewer3"_s), desk.failure());
///   pd::ui::ItemEditorWindow *editor = desk.openLoaded(id);
/// @endcode
class MainWindowDriver
{
public:
    MainWindowDriver();
    ~MainWindowDriver();
    MainWindowDriver(const MainWindowDriver &) = delete;
    MainWindowDriver &operator=(const MainWindowDriver &) = delete;

    /// Signs in as `user` on `portal` and builds the main window on the signed-in workspace (not shown yet).
    [[nodiscard]] bool signIn(PortaldFixture &portal, const QString &user = QStringLiteral("editor"));
    /// signIn(), then the window shown and exposed.
    [[nodiscard]] bool open(PortaldFixture &portal, const QString &user = QStringLiteral("editor"));
    /// open() with the workspace starting on site `siteId` and the window at `size` before it is shown.
    [[nodiscard]] bool openOnSite(PortaldFixture &portal, qint64 siteId, const QString &user, QSize size);
    /// Shows the window and waits until it is exposed.
    [[nodiscard]] bool show();
    /// Why signIn(), open() or show() failed, for QVERIFY2.
    [[nodiscard]] const char *failure() const { return m_failure.constData(); }

    [[nodiscard]] api::PortalClient &client() { return m_client; }
    [[nodiscard]] models::Workspace &workspace() { return m_workspace; }
    [[nodiscard]] ui::MainWindow &window() { return *m_window; }

    /// The 信息公开 catalogue added to the window as its "disclosure" page, on a local store of the driver's own in
    /// a temporary directory (it outlives the page); null with failure() when the store does not open.
    [[nodiscard]] ui::CataloguePage *addCatalogue();

    /// Item `id` opened from the window, waited for until the editor holds it unchanged (null when it did not
    /// within `timeoutMs`).
    [[nodiscard]] ui::ItemEditorWindow *openLoaded(qint64 id, int timeoutMs = 20000);
    /// open() as `user`, then openLoaded(`id`); null with failure() when a step failed.
    [[nodiscard]] ui::ItemEditorWindow *openAs(PortaldFixture &portal, const QString &user, qint64 id);
    /// The editor window opened last from the main window (null when none is open).
    [[nodiscard]] ui::ItemEditorWindow *latestEditor() const;

    /// Types `text` into the list's search box and presses Return, as a user narrows the list.
    void search(const QString &text);
    /// search(), then waits until the list has as many rows as `titles` and selects the rows with those titles;
    /// false when the count did not come within ten seconds or a title was not selected.
    [[nodiscard]] bool selectByTitle(const QString &text, const QStringList &titles);
    /// The list's row of item `id`; -1 when it is not listed.
    [[nodiscard]] int rowOf(qint64 id) const { return rowOf(*m_window, id); }
    /// The same for a main window built without a driver (a start without the portal).
    [[nodiscard]] static int rowOf(const ui::MainWindow &window, qint64 id);
    /// What the list's state column says for the row titled `title` (empty when no row has that title).
    [[nodiscard]] QString stateText(const QString &title) const;

private:
    api::PortalClient m_client;
    models::Workspace m_workspace{m_client};
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    QByteArray m_failure;
};

} // namespace pd::test
