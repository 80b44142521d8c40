#pragma once
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace pd::test {

class PortaldProcess;

/// An nginx of the test's own on free loopback ports, confined to a temporary prefix, in front of one or more test
/// portald: the shipped packaging/nginx site files adapted to plain HTTP, the production Nchan topology from the
/// shipped files, or a configuration of the caller's. The three differ only in the server blocks they write; the
/// process, its prefix, its ports and its stop are this one class.
class NginxFront
{
public:
    /// `sourceDir`: the repository, for packaging/nginx.
    explicit NginxFront(QString sourceDir = qEnvironmentVariable("PD_SOURCE_DIR"));
    ~NginxFront();
    NginxFront(const NginxFront &) = delete;
    NginxFront &operator=(const NginxFront &) = delete;

    /// Why nginx cannot run here, or empty.
    [[nodiscard]] static QString missing();
    /// Why nginx with the Nchan module cannot run here, or empty.
    [[nodiscard]] static QString missingNchan();
    /// A loopback port nothing listens on right now (0 when none could be found).
    [[nodiscard]] static quint16 freePort();

    /// The shipped `siteFiles` (names under packaging/nginx) as a test nginx can run them: the plain-HTTP redirect
    /// blocks and TLS dropped, this front's port, portald's port and web root in, the snippets included from the
    /// source tree; every location and proxy header as shipped. False (failure() says why) when a file no longer has
    /// the shape this adapts.
    [[nodiscard]] bool configureShipped(const QStringList &siteFiles, quint16 portaldPort, const QString &webroot);
    /// configureShipped() in front of a running `portald` (its port and web root), then start().
    [[nodiscard]] bool startShipped(const QStringList &siteFiles, const PortaldProcess &portald);
    /// The production topology for big audiences: Nchan's publisher (portaldesk-nchan.conf) on a port of its own and
    /// one public server block with portaldesk-nchan-live.conf and portaldesk-site.conf, serving `webroot` in front
    /// of the portald at `upstreams` (their base URLs), with `workers` worker processes of `workerConnections` each.
    [[nodiscard]] bool configureNchan(const QList<QUrl> &upstreams, const QString &webroot, int workers = 2,
                                      int workerConnections = 1024);
    /// The caller's own `servers` (and http-level directives) inside the same confined http block.
    [[nodiscard]] bool configure(const QString &servers, int workerConnections = 256);
    /// Starts nginx on what configure…() wrote; true once every port it listens on accepts, false (failure()) when it
    /// did not start or did not listen.
    [[nodiscard]] bool start();
    [[nodiscard]] bool isRunning() const { return m_nginx.state() != QProcess::NotRunning; }
    /// SIGTERM to the master (nginx's fast shutdown, workers included), SIGKILL when that is not enough.
    void stop();

    /// The public port.
    [[nodiscard]] quint16 port() const { return m_port; }
    /// `path` on this nginx, by IP address.
    [[nodiscard]] QUrl url(const QString &path = {}) const;
    /// What portald's `--nchan-publish` should name (configureNchan() only).
    [[nodiscard]] QUrl publishUrl() const;
    /// The number of messages Nchan holds for a live event's channel (-1 when it cannot tell).
    [[nodiscard]] int bufferedMessages(qint64 eventId) const;
    [[nodiscard]] qint64 masterPid() const { return m_nginx.processId(); }
    [[nodiscard]] QString prefix() const { return m_prefix.path(); }
    [[nodiscard]] QString accessLog() const;
    [[nodiscard]] QString errorLog() const;
    /// Why the last call failed, with nginx's error log when it has one.
    [[nodiscard]] QString failure() const;

private:
    struct Processes
    {
        int workers = 1;
        int workerConnections = 256;
        bool nchan = false;
    };

    [[nodiscard]] bool write(const QString &servers, Processes processes);
    /// portaldesk-site.conf with its proxy include pointing into the source tree, copied into the prefix.
    [[nodiscard]] QString sharedSiteCopy();
    [[nodiscard]] QString adapt(QString site, quint16 portaldPort, const QString &webroot,
                                const QString &sharedCopy) const;
    [[nodiscard]] QString readSource(const QString &relative) const;
    [[nodiscard]] QString proxySnippet() const;
    bool fail(const QString &why);

    QString m_source;
    QTemporaryDir m_prefix;
    QProcess m_nginx;
    quint16 m_port = 0;
    quint16 m_publishPort = 0;
    QString m_failure;
};

} // namespace pd::test
