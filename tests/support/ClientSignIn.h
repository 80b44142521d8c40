#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"

#include <QString>
#include <QUrl>

namespace pd::api {
class PortalClient;
}

namespace pd::test {

/// Signs a real PortalClient in against a test portald and waits (event loop running) for the answer, so tests share
/// one sign-in instead of each writing its own wait. Links pd_testsupport_client.
class ClientSignIn
{
public:
    /// The demo users' password (`portald --demo`).
    static QString demoPassword();

    /// Signs `client` in as `user` at `server`; the server's answer, or a timeout error after `timeoutMs`.
    static pd::Result<pd::domain::User> signIn(pd::api::PortalClient &client, const QUrl &server, const QString &user,
                                               const QString &password = demoPassword(), int timeoutMs = 15000);
};

} // namespace pd::test
