#include "tests/unit/server/OpenApiContract.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// `node contract.mjs <arguments>`; a minute is far more than it needs on a loaded machine (about two seconds).
Run runTool(const QStringList &arguments)
{
    Run run;
    const QString node = qEnvironmentVariable("PD_NODE");
    const QString tool = qEnvironmentVariable("PD_CONTRACT_TOOL");
    if (node.isEmpty() || tool.isEmpty()) {
        run.err = u"PD_NODE and PD_CONTRACT_TOOL are not set (the contract tools are not built?)"_s;
        return run;
    }
    QProcess p;
    p.start(node, QStringList{tool} + arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        run.err = u"%1 %2 did not finish: %3"_s.arg(node, tool, p.errorString());
        return run;
    }
    run.finished = true;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return run;
}

} // namespace

bool OpenApiContract::load(const QString &file)
{
    m_file = file.isEmpty() ? qEnvironmentVariable("PD_SOURCE_DIR") + u"/docs/api/openapi.yaml"_s : file;
    m_document = {};
    m_error.clear();
    const Run run = runTool({u"json"_s, m_file});
    if (!run.finished || run.exitCode != 0) {
        m_error = run.err.isEmpty() ? u"contract.mjs json failed"_s : run.err;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(run.out, &parseError);
    if (!json.isObject() || !json.object().value(u"paths"_s).isObject()) {
        m_error = u"no OpenAPI document with paths in %1 (%2)"_s.arg(m_file, parseError.errorString());
        return false;
    }
    m_document = json.object();
    return true;
}

OpenApiContract::Verdict OpenApiContract::validate(const QJsonArray &exchanges, const QString &recordFile) const
{
    Verdict verdict;
    if (m_file.isEmpty()) {
        verdict.error = u"no contract loaded"_s;
        return verdict;
    }
    QDir().mkpath(QFileInfo(recordFile).absolutePath());
    QFile record(recordFile);
    if (!record.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || record.write(QJsonDocument(exchanges).toJson()) < 0 || !record.flush()) {
        verdict.error = u"cannot write "_s + recordFile;
        return verdict;
    }
    record.close();
    const Run run = runTool({u"validate"_s, m_file, recordFile});
    // 0: all conform, 1: problems found; anything else means the tool could not judge.
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    if (!run.finished || (run.exitCode != 0 && run.exitCode != 1) || !out.contains(u"checked"_s)) {
        verdict.error = run.err.isEmpty() ? u"contract.mjs validate failed"_s : run.err;
        return verdict;
    }
    verdict.ran = true;
    verdict.checked = out.value(u"checked"_s).toInt();
    for (const QJsonValue &p : out.value(u"problems"_s).toArray())
        verdict.problems.append(p.toString());
    if (run.exitCode == 1 && verdict.problems.isEmpty())
        verdict.problems.append(u"contract.mjs reported a failure without naming a problem"_s);
    return verdict;
}

} // namespace pd::test
