#pragma once
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace pd::test {

/// An nginx of the test's own (the build rootfs has one) on a free loopback port, confined to a temporary prefix: the
/// shipped packaging/nginx site files adapted to run in front of a test portald, or a configuration of the caller's.
/// One process without a master: started as root (inside pdenv) a worker would switch to `nobody` and could not read
/// portald's private temporary web root, and stop() then ends exactly the process that was started.
class NginxFront
{
public:
    NginxFront();
    ~NginxFront();
    NginxFront(const NginxFront &) = delete;
    NginxFront &operator=(const NginxFront &) = delete;

    /// $NGINX_BIN, else nginx from PATH or the sbin directories; empty when it is not installed.
    [[nodiscard]] static QString program();
    /// A loopback port nothing listens on right now (0 when none could be found).
    [[nodiscard]] static quint16 freePort();

    /// The shipped `siteFiles` (names under packaging/nginx in $PD_SOURCE_DIR) as a test nginx can run them: the
    /// plain-HTTP redirect blocks and TLS dropped, this front's port, portald's port and web root in, the snippets
    /// included from the source tree; every location and proxy header as shipped. False (failure() says why) when a
    /// file no longer has the shape this adapts.
    [[nodiscard]] bool configureShipped(const QStringList &siteFiles, quint16 portaldPort, const QString &webroot);
    /// The caller's own `servers` (and http-level directives) inside the same confined http block.
    [[nodiscard]] bool configure(const QString &servers, int workerConnections = 256);
    /// Starts nginx on what configure…() wrote; false (failure()) when it did not start.
    [[nodiscard]] bool start();
    [[nodiscard]] bool isRunning() const { return m_nginx.state() != QProcess::NotRunning; }
    /// SIGTERM (nginx's fast shutdown), SIGKILL when that is not enough.
    void stop();

    [[nodiscard]] quint16 port() const { return m_port; }
    /// `path` on this nginx, by IP address.
    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] QString prefix() const { return m_prefix.path(); }
    /// Why the last call failed, with nginx's error log when it has one.
    [[nodiscard]] QString failure() const;

private:
    [[nodiscard]] QString adapt(QString site, quint16 portaldPort, const QString &webroot,
                                const QString &sharedCopy) const;
    bool fail(const QString &why);

    QTemporaryDir m_prefix;
    QProcess m_nginx;
    quint16 m_port = 0;
    QString m_failure;
};

} // namespace pd::test
