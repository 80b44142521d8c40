#include "ui/admin/AdminEntry.h"

#include "app/models/Workspace.h"
#include "ui/admin/AdminPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

bool AdminEntry::isAdministrator(const models::Workspace &workspace)
{
    return std::ranges::any_of(workspace.user().roles,
                               [](const domain::RoleGrant &g) { return g.role == domain::roles::Admin; });
}

void AdminEntry::install(MainWindow &window, models::Workspace &workspace, api::PortalClient &client)
{
    const auto update = [&window, &workspace, &client] {
        const bool admin = isAdministrator(workspace);
        if (admin && !window.hasEntry(u"admin"_s))
            window.addLazyPage(u"admin"_s, tr("Administration"), [&client] { return new AdminPage(client); });
        window.setEntryVisible(u"admin"_s, admin);
    };
    QObject::connect(&workspace, &models::Workspace::signedIn, &window, update);
    QObject::connect(&workspace, &models::Workspace::stateChanged, &window, [&window](models::Workspace::State state) {
        if (state == models::Workspace::State::SignedOut)
            window.setEntryVisible(u"admin"_s, false);
    });
    update();
}

} // namespace pd::ui
