#pragma once
#include "tests/support/DemoWorkflow.h"

#include <QString>

namespace pd::test {

class PortaldFixture;

/// The application state a desk UI test starts from: settings of its own (QStandardPaths' test mode, cleared), the
/// Chinese translation installed as the desk runs it. Links pd_testsupport_desk.
class DeskApplication
{
public:
    /// Names the application `name` under PortalDeskTest, clears its settings and installs zh_CN; false when the
    /// translation could not be installed.
    [[nodiscard]] static bool prepare(const QString &name);
    /// prepare(), then PortaldFixture::startSignedIn(); false when a step failed (portal.failure() says why when it
    /// was portald's).
    [[nodiscard]] static bool startDemo(const QString &name, PortaldFixture &portal, DemoWorkflow::Accounts &accounts);
};

} // namespace pd::test
