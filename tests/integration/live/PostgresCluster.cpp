#include "PostgresCluster.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {
const QString kUser = u"portald"_s;
const QString kDatabase = u"portal"_s;
} // namespace

PostgresCluster::PostgresCluster() : m_dir(QDir::tempPath() + u"/pdpg-XXXXXX"_s)
{
    // Debian installs the server programs per major version.
    const QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = u"/usr/lib/postgresql/%1/bin"_s.arg(*it);
        if (QFile::exists(bin + u"/pg_ctl"_s)) {
            m_bin = bin;
            break;
        }
    }
    // A port number only names the socket file; pick one unlikely to collide with a parallel test.
    m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
}

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        run(m_bin + u"/pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

bool PostgresCluster::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"%1 failed: %2"_s.arg(program, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (!available() || !m_dir.isValid()) {
        m_error = u"PostgreSQL is not installed"_s;
        return false;
    }
    if (geteuid() == 0) {
        QProcess chown;
        chown.start(u"chown"_s, {u"postgres:"_s, m_dir.path()});
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            m_error = u"cannot hand the directory to postgres"_s;
            return false;
        }
    }
    const QString data = m_dir.filePath(u"data"_s);
    if (!run(m_bin + u"/initdb"_s, {u"-D"_s, data, u"-U"_s, kUser, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                                    u"--locale=C"_s, u"--no-sync"_s}))
        return false;
    if (!run(m_bin + u"/pg_ctl"_s, {u"-D"_s, data, u"-w"_s, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-o"_s,
                                    u"-k %1 -c listen_addresses='' -p %2 -c fsync=off"_s.arg(m_dir.path()).arg(m_port),
                                    u"start"_s}))
        return false;
    m_running = true;
    return run(m_bin + u"/createdb"_s, {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, kUser, kDatabase});
}

QString PostgresCluster::url() const
{
    return u"postgresql://%1@localhost:%2/%3?host=%4"_s.arg(kUser).arg(m_port).arg(kDatabase, m_dir.path());
}

} // namespace pd::test
