#pragma once
#include "tests/support/HttpProbe.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>

class QTcpSocket;

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
    /// A WebSocket upgrade of `url`'s path from `from` on `socket`, which stays open for the reader it now is
    /// (written by hand: QWebSocket cannot bind), `headers` besides the upgrade's own; the status line of the
    /// answer (`HTTP/1.1 101 …`), or why there is none.
    static QByteArray upgrade(QTcpSocket &socket, const QHostAddress &from, const QUrl &url,
                              const QList<QPair<QByteArray, QByteArray>> &headers = {});
};

} // namespace pd::test
