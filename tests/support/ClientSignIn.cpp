#include "tests/support/ClientSignIn.h"

#include "app/api/PortalClient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace pd::test {

QString ClientSignIn::demoPassword()
{
    return u"portaldesk-demo"_s;
}

pd::Result<pd::domain::User> ClientSignIn::signIn(pd::api::PortalClient &client, const QUrl &server,
                                                  const QString &user, const QString &password, int timeoutMs)
{
    std::optional<pd::Result<pd::domain::User>> answer;
    QEventLoop loop;
    // The loop is the callback's context: an answer after the time-out is dropped with it.
    client.login(server, user, password, &loop, [&](pd::Result<pd::domain::User> r) {
        answer = std::move(r);
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer)
        return std::unexpected(pd::Error::make(pd::ErrorCode::Timeout,
                                               u"no answer to the sign-in as %1 within %2 ms"_s.arg(user).arg(timeoutMs)));
    return std::move(*answer);
}

} // namespace pd::test
