#pragma once
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pd::test {

/// A throw-away PostgreSQL server for one test: initdb into a temporary directory, listening on a Unix socket
/// only (as the `postgres` account when the test runs as root, since PostgreSQL refuses to run as root).
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /// Whether PostgreSQL's server programs are installed at all.
    [[nodiscard]] bool available() const { return !m_bin.isEmpty(); }
    /// initdb, start, create the database; false with error() set on failure.
    bool start();
    /// `postgresql://…` for portald's --database.
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString error() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace pd::test
