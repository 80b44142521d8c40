#pragma once
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace pd::api {

/// Whether a server address sends passwords, tokens and drafts unencrypted over the network, and the warning the
/// login dialog, the account settings and the CLI show for it. Plain http:// to this machine itself (loopback)
/// stays silent: nothing crosses a network there, and the demo and the tests run that way.
class PlainHttpWarning
{
    Q_DECLARE_TR_FUNCTIONS(pd::api::PlainHttpWarning)

public:
    /// True for http:// to any host that is not loopback (localhost, 127.0.0.0/8, ::1).
    [[nodiscard]] static bool applies(const QUrl &server);
    /// The warning for an address as a person typed it (ErrorMapper::parseServerUrl's reading); empty when it
    /// does not apply or the address cannot be read (that error is shown elsewhere).
    [[nodiscard]] static QString forAddress(const QString &text);
    /// The warning for a parsed server address; empty when it does not apply.
    [[nodiscard]] static QString forServer(const QUrl &server);
};

} // namespace pd::api
