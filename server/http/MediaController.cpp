#include "server/http/MediaController.h"

#include "server/http/AccessPolicy.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiServer.h"
#include "server/http/Authenticator.h"
#include "server/media/MediaLog.h"
#include "server/media/MediaStore.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

/// Who may upload: the people who write articles and live posts, not reviewers acting only as reviewers.
bool mayUpload(const domain::User &user, qint64 siteId)
{
    for (const QLatin1StringView role : {domain::roles::Editor, domain::roles::Publisher, domain::roles::LiveReporter,
                                         domain::roles::LiveModerator, domain::roles::Admin}) {
        if (user.hasRole(QString(role), siteId))
            return true;
    }
    return false;
}

} // namespace

void MediaController::registerRoutes(ApiServer &server)
{
    // The body limit is the store's: ApiServer answers 413 before anything reads a larger body.
    server.addRoute(Route{"POST", u"/api/v1/media"_s, true, Route::Body::Raw, qsizetype(m_store.policy().maxBytes),
                          [this](ApiRequest &r) { return upload(r); }});
    server.addFileRoute(u"/media/{id}/{filename}"_s, false, [this](ApiRequest &r) { return serve(r); });
}

QString MediaController::decodeFilenameHeader(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.contains('%'))
        return QUrl::fromPercentEncoding(trimmed);
    return QString::fromUtf8(trimmed);
}

std::optional<qint64> MediaController::uploadSite(const ApiRequest &request)
{
    const QString site = request.query(u"site"_s);
    if (!site.isEmpty()) {
        bool ok = false;
        const qint64 id = site.toLongLong(&ok);
        return ok && id > 0 ? std::optional(id) : std::nullopt;
    }
    for (const domain::RoleGrant &g : request.caller().roles) {
        if (g.siteId > 0)
            return g.siteId;
    }
    return 1; // only all-site grants: the main portal
}

Result<ApiResponse> MediaController::upload(ApiRequest &request)
{
    const auto siteId = uploadSite(request);
    if (!siteId)
        return fail(ErrorCode::Validation, u"参数 site 必须是站点编号"_s);
    if (!AccessPolicy::canSeeSite(request.caller(), *siteId))
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    if (!mayUpload(request.caller(), *siteId))
        return fail(ErrorCode::Forbidden, u"当前角色无权上传文件"_s);

    const QString claimed = QString::fromLatin1(request.header("Content-Type"));
    const QString filename = decodeFilenameHeader(request.header("X-Filename"));
    auto stored = m_store.store(request.http.body(), claimed, filename, *siteId, request.caller().id);
    if (!stored)
        return std::unexpected(stored.error());
    const QString url = stored->url(m_store.policy().urlPrefix);
    // A repeated upload is not a new resource: 200 with the existing media, 201 only when something was created.
    ApiResponse response = ApiResponse::json(stored->existing ? 200 : 201, stored->toJson(m_store.policy().urlPrefix));
    response.setHeader("Location", url);
    return response;
}

Result<bool> MediaController::mayRead(const ApiRequest &request, const MediaInfo &media, bool &isPublic)
{
    auto open = m_store.isPublic(media);
    if (!open)
        return std::unexpected(open.error());
    isPublic = *open;
    if (isPublic)
        return true;
    if (Authenticator::bearerToken(request.http).isEmpty())
        return false;
    auto caller = m_auth.authenticate(request.http);
    return caller && AccessPolicy::canSeeSite(caller->user, media.siteId);
}

Result<ApiServer::FileAnswer> MediaController::serve(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"媒体文件不存在"_s);
    auto media = m_store.find(*id);
    if (!media)
        return std::unexpected(media.error());
    bool isPublic = false;
    auto allowed = mayRead(request, *media, isPublic);
    if (!allowed)
        return std::unexpected(allowed.error());
    // Not found rather than forbidden: ids are sequential, and a refusal would confirm that the upload exists.
    if (!*allowed)
        return fail(ErrorCode::NotFound, u"媒体文件不存在"_s);
    // The name segment is decoration for people and downloads; the id alone decides what is served.
    const QString path = m_store.filePath(*media);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound, u"媒体文件不存在"_s);
    ApiServer::FileAnswer answer{path, {}};
    QHttpHeaders &headers = answer.headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, media->mime.toLatin1());
    // Never let a browser guess a type (a sniffed-as-HTML upload would run on the portal's origin).
    headers.append("X-Content-Type-Options", "nosniff");
    // A sandboxed, script-free document for anything opened directly; PDFs are spared because browsers' PDF
    // viewers do not run in a sandboxed document.
    if (media->mime != u"application/pdf"_s)
        headers.append("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
    const bool inlineView = media->mime.startsWith(u"image/"_s) || media->mime == u"application/pdf"_s;
    const QByteArray encodedName = QUrl::toPercentEncoding(media->filename);
    headers.append("Content-Disposition",
                   (inlineView ? "inline"_ba : "attachment"_ba) + "; filename*=UTF-8''"_ba + encodedName);
    if (isPublic) {
        // Content-addressed and never changed: cache for a year.
        headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "public, max-age=31536000, immutable");
    } else {
        // Only this signed-in reader's: no shared cache (nginx, a proxy) may keep it and hand it to someone else.
        headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "private, no-cache");
        headers.append(QHttpHeaders::WellKnownHeader::Vary, "Authorization");
    }
    headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + media->sha256.toLatin1() + '"');
    return answer;
}

} // namespace pd::server
