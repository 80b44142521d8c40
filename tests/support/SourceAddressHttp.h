#pragma once
#include "tests/support/HttpProbe.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>

namespace pd::test {

/// One HTTP/1.1 exchange from a chosen local address (127.0.0.2, 127.0.0.3 …: every loopback address is ours), so
/// a test can be several clients as a server or proxy tells them apart. Blocking, one connection per request, usable
/// from any thread (no event loop needed).
class SourceAddressHttp
{
public:
    static HttpProbe::Reply request(const QHostAddress &from, const QByteArray &verb, const QUrl &url,
                                    const QByteArray &body = {},
                                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 30'000);
};

} // namespace pd::test
