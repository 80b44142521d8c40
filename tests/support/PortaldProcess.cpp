#include "tests/support/PortaldProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtGlobal>
#include <csignal>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

// With PD_TEST_PGHOST (a throw-away cluster's socket directory, see tests/support/with-postgres) every portald gets
// a fresh database of its own, so tests stay as independent as with SQLite's temporary files.
QString createPostgresDatabase()
{
    const QString host = qEnvironmentVariable("PD_TEST_PGHOST");
    if (host.isEmpty())
        return {};
    const QString name = u"pd_"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString connection = u"pd-test-admin-"_s + name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(host);
        db.setUserName(u"postgres"_s);
        db.setDatabaseName(u"postgres"_s);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(u"CREATE DATABASE "_s + name);
            if (!ok)
                qWarning("PortaldProcess: CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
            db.close();
        } else {
            qWarning("PortaldProcess: cannot reach PostgreSQL at %s: %s", qPrintable(host), qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? u"postgresql://postgres@localhost/%1?host=%2"_s.arg(name, host) : u"postgresql://unavailable/"_s;
}

} // namespace

PortaldProcess::PortaldProcess(QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs)), m_databaseUrl(createPostgresDatabase())
{
}

PortaldProcess::~PortaldProcess()
{
    if (isRunning() && !stop())
        kill();
}

bool PortaldProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool PortaldProcess::start(std::chrono::seconds limit)
{
    m_startLimit = limit;
    return launch(0);
}

bool PortaldProcess::launch(quint16 port)
{
    const QString bin = qEnvironmentVariable("PORTALD_BIN");
    if (bin.isEmpty() || !m_dataDir.isValid()) {
        qWarning("PortaldProcess: PORTALD_BIN is not set or no temporary directory");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(bin);
    QStringList args{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--data"_s, m_dataDir.path()};
    if (!m_databaseUrl.isEmpty())
        args << u"--database"_s << m_databaseUrl;
    m_process->setArguments(args + m_extraArgs);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    m_exitCode = -1;
    m_process->start();
    if (!m_process->waitForStarted(10'000)) {
        qWarning("PortaldProcess: cannot start %s", qPrintable(bin));
        return false;
    }

    QByteArray out;
    QDeadlineTimer deadline(std::chrono::duration_cast<std::chrono::milliseconds>(m_startLimit));
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("portald listening on ");
        const qsizetype eol = at >= 0 ? out.indexOf('\n', at) : -1;
        if (eol > at) {
            const QByteArray url = out.mid(at + 21, eol - at - 21).trimmed();
            m_baseUrl = QUrl(QString::fromLatin1(url));
            return m_baseUrl.isValid();
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    qWarning("PortaldProcess: portald did not report listening. stderr:\n%s", qPrintable(log()));
    kill();
    return false;
}

bool PortaldProcess::stop()
{
    if (!isRunning())
        return m_exitCode == 0;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(15'000)) {
        kill();
        return false;
    }
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    return m_exitCode == 0;
}

void PortaldProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(5'000);
    m_exitCode = -1;
}

qint64 PortaldProcess::residentKb() const
{
    QFile status(u"/proc/%1/status"_s.arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

bool PortaldProcess::restart()
{
    const quint16 port = quint16(m_baseUrl.port(0));
    if (isRunning() && !stop())
        kill();
    if (port != 0 && launch(port))
        return true;
    return launch(0);
}

QString PortaldProcess::logPath() const
{
    return m_logDir.filePath(u"portald-stderr.log"_s);
}

QString PortaldProcess::log() const
{
    // Everything portald wrote so far, across restarts: a test may wait for a line its request causes.
    QFile file(logPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace pd::test
