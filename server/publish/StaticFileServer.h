#pragma once
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponse>
#include <QString>
#include <optional>

class QFileInfo;
class QHttpServerRequest;

namespace pd::server {

/// Serves portald's web root in embedded mode: GET/HEAD only, strong ETags with `If-None-Match` → 304, a
/// Content-Type with charset for text, `index.html` for directories, and no way out of the root (`..`, encoded or
/// not, hidden files and symlinks leading outside are refused). Uploaded media has its own route (server/media).
/// With a link prefix the root is served below that path (`/sites/{siteCode}`): links inside its pages that lead to
/// the site's own pages get the prefix, so a reader stays on the site.
class StaticFileServer
{
public:
    explicit StaticFileServer(QString root, QString linkPrefix = {});

    /// The answer for `request`, or nullopt when it is not for the static site (other methods, `/api/…`).
    [[nodiscard]] std::optional<QHttpServerResponse> serve(const QHttpServerRequest &request);
    /// The same for `path` (decoded, starting with '/') below the root, the request's own path having named the site.
    [[nodiscard]] std::optional<QHttpServerResponse> serve(const QHttpServerRequest &request, const QString &path);
    /// `html` with the site's own root-relative links (href, src, action, data-feed) moved below `prefix`; links to
    /// what portald serves for every site (/media/, /public/, /api/) stay as they are.
    [[nodiscard]] static QByteArray prefixLinks(const QByteArray &html, const QString &prefix);
    /// Drops cached copies of these files (relative paths) after PublicSite rewrote them.
    void invalidate(const QStringList &relativePaths);

    /// `text/html; charset=utf-8` for "index.html", and so on.
    [[nodiscard]] static QByteArray contentType(const QString &fileName);

private:
    struct Cached {
        QByteArray body;
        QByteArray etag;
        QByteArray mime;
        qint64 modifiedMs = 0;
        qint64 size = 0;
        qint64 checkedMs = 0; ///< when the file was last stat()ed (m_clock)
    };

    [[nodiscard]] QHttpServerResponse file(const QFileInfo &info, const QString &relative,
                                           const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse notFound(const QHttpServerRequest &request);
    [[nodiscard]] static QByteArray cacheControlFor(const QString &relative);
    [[nodiscard]] static QHttpServerResponse refused(QHttpServerResponse::StatusCode status, const QByteArray &text);
    [[nodiscard]] static QHttpServerResponse answer(const QHttpServerRequest &request, const Cached &entry,
                                                    QByteArray cacheControl,
                                                    QHttpServerResponse::StatusCode status
                                                    = QHttpServerResponse::StatusCode::Ok);
    [[nodiscard]] std::optional<Cached> load(const QString &absolute);
    /// The file's bytes and ETag from the cache while its size and mtime are unchanged; nullopt outside the root.
    [[nodiscard]] std::optional<Cached> load(const QFileInfo &info);

    QString m_root;
    QString m_linkPrefix;
    QString m_canonicalRoot;
    QElapsedTimer m_clock;
    QHash<QString, Cached> m_cache;
    qint64 m_cachedBytes = 0;
};

} // namespace pd::server
