#include "app/api/PlainHttpWarning.h"

#include "app/api/ErrorMapper.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace pd::api {

bool PlainHttpWarning::applies(const QUrl &server)
{
    if (server.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0)
        return false;
    const QString host = server.host().toLower();
    if (host == u"localhost"_s)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString PlainHttpWarning::forAddress(const QString &text)
{
    const auto url = ErrorMapper::parseServerUrl(text);
    return url ? forServer(*url) : QString();
}

QString PlainHttpWarning::forServer(const QUrl &server)
{
    if (!applies(server))
        return {};
    return tr("The connection to %1 is not encrypted (http://): your password, your session and your drafts can be "
              "read and changed on the way. Use https:// unless this is a test server on a network you trust.")
        .arg(server.host());
}

} // namespace pd::api
