#include "server/publish/StaticFileServer.h"

#include "server/publish/PublishLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr qint64 kMaxCachedFile = 1 << 20;      // larger files are read per request
constexpr qint64 kMaxCachedTotal = 128LL << 20; // beyond this the cache starts over
// A cached file is answered without touching the file system for this long after its last stat(): PublicSite
// invalidates what it rewrites at once, so this only bounds how long a change made behind portald's back goes unseen
// (nginx's open_file_cache_valid does the same). feed.json under thousands of pollers then costs no system call.
constexpr qint64 kRevalidateMs = 1000;

// Pages may talk to their own origin only (fetch, WebSocket); nothing is loaded from elsewhere.
const QByteArray kPagePolicy = "default-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; "
                               "frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

QByteArray etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(24) + '"';
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

bool isHead(const QHttpServerRequest &request)
{
    return request.method() == QHttpServerRequest::Method::Head;
}

} // namespace

StaticFileServer::StaticFileServer(QString root, QString linkPrefix)
    : m_root(QDir::cleanPath(QDir(root).absolutePath())), m_linkPrefix(std::move(linkPrefix)),
      m_canonicalRoot(QFileInfo(m_root).canonicalFilePath())
{
}

QByteArray StaticFileServer::prefixLinks(const QByteArray &html, const QString &prefix)
{
    static const QRegularExpression link(uR"re(\b(href|src|action|data-feed)="/(?!/|media/|public/|api/))re"_s);
    QString text = QString::fromUtf8(html);
    text.replace(link, u"\\1=\""_s + prefix + u'/');
    return text.toUtf8();
}

QByteArray StaticFileServer::contentType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QHash<QString, QByteArray> types{
        {u"html"_s, "text/html; charset=utf-8"},
        {u"htm"_s, "text/html; charset=utf-8"},
        {u"css"_s, "text/css; charset=utf-8"},
        {u"js"_s, "text/javascript; charset=utf-8"},
        {u"json"_s, "application/json; charset=utf-8"},
        {u"txt"_s, "text/plain; charset=utf-8"},
        {u"xml"_s, "application/xml; charset=utf-8"},
        {u"svg"_s, "image/svg+xml; charset=utf-8"},
        {u"png"_s, "image/png"},
        {u"jpg"_s, "image/jpeg"},
        {u"jpeg"_s, "image/jpeg"},
        {u"gif"_s, "image/gif"},
        {u"webp"_s, "image/webp"},
        {u"avif"_s, "image/avif"},
        {u"ico"_s, "image/x-icon"},
        {u"pdf"_s, "application/pdf"},
        {u"doc"_s, "application/msword"},
        {u"docx"_s, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {u"xls"_s, "application/vnd.ms-excel"},
        {u"xlsx"_s, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {u"woff2"_s, "font/woff2"},
    };
    return types.value(suffix, "application/octet-stream");
}

std::optional<QHttpServerResponse> StaticFileServer::serve(const QHttpServerRequest &request)
{
    // Decoded, so "%2e%2e" and "%2f" are judged as what they stand for.
    return serve(request, request.url().path(QUrl::FullyDecoded));
}

std::optional<QHttpServerResponse> StaticFileServer::serve(const QHttpServerRequest &request, const QString &path)
{
    if (request.method() != QHttpServerRequest::Method::Get && !isHead(request))
        return std::nullopt;
    if (path.startsWith(u"/api/"_s) || path == u"/api"_s)
        return std::nullopt;
    if (!path.startsWith(u'/'))
        return refused(Status::BadRequest, "Bad request path\n");
    const QStringList segments = path.mid(1).split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &s = segments.at(i);
        if (s == u".."_s || s == u"."_s || s.contains(u'\\') || s.contains(QChar(0)))
            return refused(Status::BadRequest, "Bad request path\n");
        // Empty segments only as the final "directory" slash; hidden files (.site-version) are not for readers.
        if ((s.isEmpty() && i != segments.size() - 1) || s.startsWith(u'.'))
            return notFound(request);
    }
    QString relative = segments.join(u'/');
    if (relative.isEmpty() || relative.endsWith(u'/'))
        relative += u"index.html"_s;
    const QString absolute = m_root + u'/' + relative;
    if (const auto it = m_cache.constFind(absolute);
        it != m_cache.cend() && m_clock.isValid() && m_clock.elapsed() - it->checkedMs < kRevalidateMs)
        return answer(request, *it, cacheControlFor(relative));
    const QFileInfo info(absolute);
    if (info.isDir()) {
        QHttpServerResponse moved(Status::MovedPermanently);
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::Location, request.url().path(QUrl::FullyEncoded) + u'/');
        moved.setHeaders(std::move(headers));
        return moved;
    }
    return file(info, relative, request);
}

std::optional<StaticFileServer::Cached> StaticFileServer::load(const QString &absolute)
{
    return load(QFileInfo(absolute));
}

std::optional<StaticFileServer::Cached> StaticFileServer::load(const QFileInfo &info)
{
    const QString absolute = info.filePath();
    if (!info.isFile())
        return std::nullopt;
    // Revalidation: one stat, then the cached bytes and ETag while size and mtime are unchanged.
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    if (const auto it = m_cache.find(absolute);
        it != m_cache.end() && it->modifiedMs == modified && it->size == info.size()) {
        it->checkedMs = m_clock.elapsed();
        return *it;
    }
    // Symlinks are followed only when they stay inside the root (checked whenever the file is read).
    const QString canonical = info.canonicalFilePath();
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_canonicalRoot + u'/'))
        return std::nullopt;
    QFile f(absolute);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    Cached entry;
    entry.body = f.readAll();
    entry.mime = contentType(absolute);
    if (!m_linkPrefix.isEmpty() && entry.mime.startsWith("text/html"))
        entry.body = prefixLinks(entry.body, m_linkPrefix);
    entry.etag = etagOf(entry.body);
    entry.modifiedMs = modified;
    entry.size = info.size();
    entry.checkedMs = m_clock.elapsed();
    if (entry.size <= kMaxCachedFile) {
        if (m_cachedBytes + entry.size > kMaxCachedTotal) {
            m_cache.clear();
            m_cachedBytes = 0;
        }
        if (const auto old = m_cache.constFind(absolute); old != m_cache.cend())
            m_cachedBytes -= old->size;
        m_cache.insert(absolute, entry);
        m_cachedBytes += entry.size;
    }
    return entry;
}

void StaticFileServer::invalidate(const QStringList &relativePaths)
{
    for (const QString &relative : relativePaths) {
        const auto it = m_cache.constFind(m_root + u'/' + relative);
        if (it != m_cache.cend()) {
            m_cachedBytes -= it->size;
            m_cache.erase(it);
        }
    }
}

QHttpServerResponse StaticFileServer::answer(const QHttpServerRequest &request, const Cached &entry,
                                             QByteArray cacheControl, QHttpServerResponse::StatusCode status)
{
    const bool notModified = status == Status::Ok && etagMatches(request.value("If-None-Match"), entry.etag);
    QHttpServerResponse response = notModified    ? QHttpServerResponse(Status::NotModified)
                                   : isHead(request) ? QHttpServerResponse(entry.mime, QByteArray(), status)
                                                     : QHttpServerResponse(entry.mime, entry.body, status);
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::ETag, entry.etag);
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, cacheControl);
    headers.replaceOrAppend("X-Content-Type-Options", "nosniff");
    if (entry.mime.startsWith("text/html"))
        headers.replaceOrAppend("Content-Security-Policy", kPagePolicy);
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse StaticFileServer::file(const QFileInfo &info, const QString &relative,
                                           const QHttpServerRequest &request)
{
    const auto entry = load(info);
    if (!entry)
        return notFound(request);
    return answer(request, *entry, cacheControlFor(relative));
}

QByteArray StaticFileServer::cacheControlFor(const QString &relative)
{
    // Pages and feeds change in place: revalidate every time (a 304 is cheap); versioned assets may be kept briefly.
    return relative.startsWith(u"assets/"_s) ? "public, max-age=300" : "no-cache";
}

QHttpServerResponse StaticFileServer::notFound(const QHttpServerRequest &request)
{
    if (const auto page = load(m_root + u"/404.html"_s))
        return answer(request, *page, "no-cache", Status::NotFound);
    return refused(Status::NotFound, "Not found\n");
}

QHttpServerResponse StaticFileServer::refused(QHttpServerResponse::StatusCode status, const QByteArray &text)
{
    QHttpServerResponse response("text/plain; charset=utf-8", text, status);
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend("X-Content-Type-Options", "nosniff");
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace pd::server
