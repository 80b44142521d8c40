#pragma once
#include <QByteArray>
#include <QJsonDocument>

namespace pd::api {

/// A successful answer of the portal API: status, parsed body and the resource revision from ETag.
struct ApiReply {
    int status = 0;
    QJsonDocument json;
    QByteArray etag;            ///< as sent, quotes included; empty when the server sent none
    bool replayed = false;      ///< the server answered from its idempotency record (Idempotent-Replay)
    QByteArray bytes;           ///< the body as it came, for a file fetched rather than JSON (PortalClient::fetch)
};

} // namespace pd::api
