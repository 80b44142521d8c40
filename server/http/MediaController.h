#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

#include <optional>

class QHttpServerRequest;

namespace pd::server {

class ApiServer;
class MediaStore;
struct ApiRequest;

/// `POST /api/v1/media` (raw body upload) and the public `GET /media/{id}/{filename}` that serves the bytes.
class MediaController
{
public:
    explicit MediaController(MediaStore &store) : m_store(store) {}
    void registerRoutes(ApiServer &server);

    /// The X-Filename header as a display name: percent-encoded UTF-8 (what browsers and our client send for
    /// non-ASCII names) or plain UTF-8.
    [[nodiscard]] static QString decodeFilenameHeader(const QByteArray &header);

private:
    Result<ApiResponse> upload(ApiRequest &request);
    Result<ApiResponse> serve(ApiRequest &request);
    /// The site an upload belongs to: `?site=`, else the caller's first site grant.
    [[nodiscard]] static std::optional<qint64> uploadSite(const ApiRequest &request);

    MediaStore &m_store;
};

} // namespace pd::server
