#pragma once
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace pd::test {

/// The production topology's nginx for tests and benchmarks: Debian's nginx with the Nchan module, run from the
/// shipped files (packaging/nginx: portaldesk-nchan.conf for the publisher, portaldesk-nchan-live.conf and
/// portaldesk-site.conf in the public server block) on free loopback ports, in front of one or more portald.
class NchanNginx
{
public:
    /// `sourceDir`: the repository (for packaging/nginx).
    explicit NchanNginx(QString sourceDir);
    ~NchanNginx();
    NchanNginx(const NchanNginx &) = delete;
    NchanNginx &operator=(const NchanNginx &) = delete;

    /// Why the topology cannot run here (no nginx, no Nchan module), or empty.
    [[nodiscard]] static QString missing();

    /// Starts nginx with `workers` worker processes in front of portald at `upstreams` (their base URLs), serving
    /// `webroot`; true once it answers. `workerConnections` bounds each worker's connections.
    bool start(const QList<QUrl> &upstreams, const QString &webroot, int workers = 2, int workerConnections = 1024);
    void stop();

    /// The public site (pages, API, the readers' Nchan endpoint).
    [[nodiscard]] QUrl url() const;
    /// What portald's `--nchan-publish` should name.
    [[nodiscard]] QUrl publishUrl() const;
    /// The number of messages Nchan holds for a live event's channel (-1 when it cannot tell).
    [[nodiscard]] int bufferedMessages(qint64 eventId) const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] qint64 masterPid() const;
    [[nodiscard]] QString accessLog() const;
    [[nodiscard]] QString errorLog() const;
    [[nodiscard]] QString error() const { return m_error; }

private:
    [[nodiscard]] QByteArray config(const QList<QUrl> &upstreams, const QString &webroot, int workers,
                                    int workerConnections);

    QString m_source;
    QTemporaryDir m_prefix;
    std::unique_ptr<QProcess> m_nginx;
    quint16 m_port = 0;
    quint16 m_publishPort = 0;
    QString m_error;
};

} // namespace pd::test
