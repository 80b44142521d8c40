#pragma once
#include <QCoreApplication>

namespace pd::api {
class PortalClient;
}
namespace pd::models {
class Workspace;
}

namespace pd::ui {

class MainWindow;

/// Puts the 管理 entry into the main window for administrators only: it appears when an account with the admin
/// role signs in and disappears for anyone else (the server refuses them the administration API anyway).
class AdminEntry
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::AdminEntry)

public:
    static void install(MainWindow &window, models::Workspace &workspace, api::PortalClient &client);
    /// Whether the signed-in user administers at least one site.
    [[nodiscard]] static bool isAdministrator(const models::Workspace &workspace);
};

} // namespace pd::ui
