#pragma once
#include "app/domain/Error.h"
#include "server/config/ServerClock.h"
#include "server/sweep/LinkProbe.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

namespace pd::server {

class Database;

/// The link sweep of a site: every public page portald wrote for it, every link, image and attachment on them.
/// Links inside the site are resolved against its web root (and public media), links elsewhere are asked over HTTP
/// by a `LinkProbe` when external checks are on. Pages go in path order, a batch at a time: a batch's dead links and
/// the resume point are written in one transaction once all its links are answered, so a restart repeats at most
/// the batch in flight. The site's dead-link ratio is compared with `Options::deadLinkLimit`.
class LinkSweeper : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkSweeper)

public:
    /// Where a site's pages are, as the public site writes them.
    struct SiteRoot {
        QString root;      ///< absolute directory
        QString domain;    ///< links to this host are the site's own
        bool main = false; ///< the portal: member sites live below its root in sites/, not its pages
    };
    using RootOf = std::function<std::optional<SiteRoot>(qint64 siteId)>;
    /// Whether /media/{id}/… is served to readers.
    using MediaIsPublic = std::function<bool(qint64 mediaId)>;

    struct Options {
        bool external = false;    ///< ask other hosts over HTTP; off: their links are counted as unchecked
        QStringList externalHosts; ///< when not empty, only these hosts are asked (the others count as unchecked)
        /// The site's dead-link ratio up to which it is within the inspection's line (see docs/user-guide).
        double deadLinkLimit = 0.01;
        int batch = 20;           ///< pages per batch: a few milliseconds of reading and matching
        std::chrono::milliseconds pause{10};
        LinkProbe::Options probe;
    };

    LinkSweeper(Database &db, RootOf rootOf, MediaIsPublic mediaIsPublic, ServerClock clock, Options options,
                QObject *parent = nullptr);

    [[nodiscard]] bool checksExternal() const { return m_options.external; }
    [[nodiscard]] double deadLinkLimit() const { return m_options.deadLinkLimit; }
    /// The number of public pages of the site; Conflict when it has none rendered.
    Result<int> pageCount(qint64 siteId);
    /// Runs (or resumes) the sweep until it is done or no longer running.
    void run(qint64 sweepId);
    /// Forgets a cancelled sweep at once (its requests in flight are dropped).
    void stop(qint64 sweepId);
    /// 已整改 for a dead link: nullopt when the page no longer has it or it now resolves; otherwise why not.
    Result<std::optional<QString>> recheck(qint64 siteId, const QJsonObject &finding);

    /// One link on a page: where it points and what it is.
    struct Link {
        QString url;    ///< as written in the page
        QString target; ///< page, image, attachment, resource
    };
    /// The links, images and resources of a page, in order (mailto:, tel:, javascript:, data: and #anchors left out).
    [[nodiscard]] static QList<Link> linksOf(const QString &html);

private:
    struct Verdict {
        QString status; ///< ok, dead, timeout, redirect-loop, unreachable, unchecked
        int http = 0;
        QString detail;
    };
    struct Run {
        qint64 siteId = 0;
        SiteRoot site;
        QStringList pages;
        qsizetype next = 0;
        bool external = false;
        bool busy = false;
        QHash<QString, Verdict> answers; ///< by external URL or "internal:" path, for the whole sweep
    };
    struct Checked {
        QString page;
        QList<std::pair<Link, Verdict>> dead;
        int links = 0;
        int unchecked = 0;
    };

    Result<void> prepare(qint64 sweepId);
    void batch(qint64 sweepId);
    void commit(qint64 sweepId, QList<Checked> checked, qsizetype nextPage);
    [[nodiscard]] QStringList pagesOf(const SiteRoot &site) const;
    /// A link's URL resolved against its page: nullopt for a link inside the site (its path in `internalPath`).
    [[nodiscard]] std::optional<QUrl> externalUrl(const SiteRoot &site, const QString &page, const QString &url,
                                                  QString *internalPath) const;
    [[nodiscard]] bool asks(const QUrl &url) const;
    [[nodiscard]] Verdict resolveInternal(const SiteRoot &site, const QString &path) const;

    Database &m_db;
    RootOf m_rootOf;
    MediaIsPublic m_mediaIsPublic;
    ServerClock m_clock;
    Options m_options;
    LinkProbe m_probe;
    QHash<qint64, Run> m_runs;
};

} // namespace pd::server
