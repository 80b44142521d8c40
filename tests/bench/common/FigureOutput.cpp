#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace pd::bench {

void FigureOutput::write(const QString &id, double value, const QString &unit, qsizetype runs)
{
    // three decimals are plenty for milliseconds and ratios and keep results.json diff-friendly
    const double rounded = std::round(value * 1000.0) / 1000.0;
    const QJsonObject o{{u"id"_s, id}, {u"value"_s, rounded}, {u"unit"_s, unit}, {u"runs"_s, runs}};
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QString FigureOutput::siblingProgram(const QString &name, const char *envVar)
{
    const QString fromEnv = qEnvironmentVariable(envVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace pd::bench
