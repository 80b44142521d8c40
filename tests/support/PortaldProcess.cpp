#include "PortaldProcess.h"

#include <QDeadlineTimer>
#include <QtGlobal>
#include <csignal>

using namespace Qt::StringLiterals;

namespace pd::test {

PortaldProcess::PortaldProcess(QStringList extraArgs) : m_extraArgs(std::move(extraArgs)) {}

PortaldProcess::~PortaldProcess()
{
    if (isRunning() && !stop())
        kill();
}

bool PortaldProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool PortaldProcess::start()
{
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
    m_process->setArguments(QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--data"_s, m_dataDir.path()}
                            + m_extraArgs);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_exitCode = -1;
    m_process->start();
    if (!m_process->waitForStarted(10'000)) {
        qWarning("PortaldProcess: cannot start %s", qPrintable(bin));
        return false;
    }

    QByteArray out;
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
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
    m_stderr += m_process->readAllStandardError();
    qWarning("PortaldProcess: portald did not report listening. stderr:\n%s", m_stderr.constData());
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
    m_stderr += m_process->readAllStandardError();
    m_exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    return m_exitCode == 0;
}

void PortaldProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(5'000);
    m_stderr += m_process->readAllStandardError();
    m_exitCode = -1;
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

QString PortaldProcess::log() const
{
    return QString::fromUtf8(m_stderr);
}

} // namespace pd::test
