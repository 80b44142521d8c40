#pragma once
#include <QProcess>
#include <QStringList>
#include <chrono>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace pd::test {

/// A real portald ($PORTALD_BIN) on 127.0.0.1 with a temporary data directory, for integration tests. With
/// PD_TEST_PGHOST set (tests/support/with-postgres) it runs on a fresh PostgreSQL database instead of SQLite.
class PortaldProcess
{
public:
    explicit PortaldProcess(QStringList extraArgs = {});
    ~PortaldProcess();
    PortaldProcess(const PortaldProcess &) = delete;
    PortaldProcess &operator=(const PortaldProcess &) = delete;

    /// Starts portald and waits for its `portald listening on …` line (a large database loads for longer before
    /// portald listens, hence the limit; restart() waits as long as the last start did).
    bool start(std::chrono::seconds limit = std::chrono::seconds(30));
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString dataDir() const { return m_dataDir.path(); }
    /// SIGTERM, then waits for a clean exit; true when it exited with status 0.
    bool stop();
    /// SIGKILL (a crash, as far as portald can tell).
    void kill();
    /// stop() (or kill() when it is already gone) and start again on the same data directory and, if free, port.
    bool restart();
    /// The options given after --listen and --data from the next start or restart on (e.g. another --clock-start).
    void setExtraArgs(QStringList args) { m_extraArgs = std::move(args); }
    [[nodiscard]] bool isRunning() const;
    /// The running portald's process id (0 when none), e.g. to read its memory use from /proc.
    [[nodiscard]] qint64 pid() const { return m_process ? m_process->processId() : 0; }
    /// The running portald's resident memory in KiB (VmRSS in /proc), 0 when it cannot be read.
    [[nodiscard]] qint64 residentKb() const;
    /// Everything portald wrote to stderr so far (for failure messages, and to wait for a log line).
    [[nodiscard]] QString log() const;
    /// Where portald's stderr is written.
    [[nodiscard]] QString logPath() const;
    /// The exit code of the last run, -1 while running or after a crash.
    [[nodiscard]] int exitCode() const { return m_exitCode; }
    /// The `--database` URL in use, empty on SQLite.
    [[nodiscard]] QString databaseUrl() const { return m_databaseUrl; }

private:
    std::chrono::seconds m_startLimit{30};
    bool launch(quint16 port);

    QStringList m_extraArgs;
    QString m_databaseUrl;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    /// portald's stderr goes to a file, not a pipe: a test busy with blocking requests does not read a pipe, and
    /// portald, logging each request, would stall on the full pipe and stop answering.
    QTemporaryDir m_logDir;
    int m_exitCode = -1;
};

} // namespace pd::test
