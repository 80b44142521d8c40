#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"
#include "server/http/ApiServer.h"

#include <optional>

class QHttpServerRequest;

namespace pd::server {

class Authenticator;
class MediaStore;
struct ApiRequest;
struct MediaInfo;

/// `POST /api/v1/media` (raw body upload) and `GET /media/{id}/{filename}`, which streams the file: to anyone when
/// a published item or live post shows it, otherwise only to signed-in users of its site (Bearer token) — a draft's
/// attachment is 404 for everyone else.
class MediaController
{
public:
    MediaController(MediaStore &store, Authenticator &auth) : m_store(store), m_auth(auth) {}
    void registerRoutes(ApiServer &server);

    /// The X-Filename header as a display name: percent-encoded UTF-8 (what browsers and our client send for
    /// non-ASCII names) or plain UTF-8.
    [[nodiscard]] static QString decodeFilenameHeader(const QByteArray &header);

private:
    Result<ApiResponse> upload(ApiRequest &request);
    Result<ApiServer::FileAnswer> serve(ApiRequest &request);
    /// Whether the caller may have the media; `isPublic` is set to how it was allowed.
    [[nodiscard]] Result<bool> mayRead(const ApiRequest &request, const MediaInfo &media, bool &isPublic);
    /// The site an upload belongs to: `?site=`, else the caller's first site grant.
    [[nodiscard]] static std::optional<qint64> uploadSite(const ApiRequest &request);

    MediaStore &m_store;
    Authenticator &m_auth;
};

} // namespace pd::server
