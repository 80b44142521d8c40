#include "tests/bench/runner/ResultsReport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::bench {

ResultsReport::ResultsReport(BenchmarkManifest manifest)
    : m_manifest(std::move(manifest))
{
}

void ResultsReport::add(const Measurement &measurement)
{
    if (!m_manifest.figure(measurement.id)) {
        // a figure nobody declared has no target or direction: declare it in benchmarks.json first
        m_failures.append(u"%1 is not declared in benchmarks.json"_s.arg(measurement.id));
        return;
    }
    m_measurements.append(measurement);
}

void ResultsReport::addFailure(const QString &program, const QString &why)
{
    m_failures.append(u"%1: %2"_s.arg(program, why));
}

bool ResultsReport::meetsTarget(const Measurement &m) const
{
    const FigureSpec *spec = m_manifest.figure(m.id);
    if (!spec || !spec->target)
        return true;
    return spec->lowerIsBetter ? m.value <= *spec->target : m.value >= *spec->target;
}

qsizetype ResultsReport::missedTargets() const
{
    return std::ranges::count_if(m_measurements, [this](const Measurement &m) { return !meetsTarget(m); });
}

QJsonDocument ResultsReport::toJson() const
{
    QJsonArray list;
    for (const Measurement &m : m_measurements) {
        const FigureSpec *spec = m_manifest.figure(m.id);
        list.append(QJsonObject{
            {u"id"_s, m.id},
            {u"value"_s, m.value},
            {u"unit"_s, m.unit},
            {u"target"_s, spec->target ? QJsonValue(*spec->target) : QJsonValue(QJsonValue::Null)},
            {u"better"_s, spec->lowerIsBetter ? u"lower"_s : u"higher"_s},
            {u"runs"_s, m.runs},
        });
    }
    return QJsonDocument(QJsonObject{{u"benchmarks"_s, list}});
}

QString ResultsReport::table() const
{
    const QString rowFormat = u"%1  %2  %3  %4  %5  %6\n"_s;
    auto row = [&](const QString &id, const QString &value, const QString &unit, const QString &target,
                   const QString &runs, const QString &status) {
        return rowFormat.arg(id, -26).arg(value, 12).arg(unit, -5).arg(target, 10).arg(runs, 5).arg(status);
    };
    QString out = row(u"figure"_s, u"value"_s, u"unit"_s, u"target"_s, u"runs"_s, u"status"_s);
    out += QString(26 + 12 + 5 + 10 + 5 + 6 + 10, u'-') + u'\n';
    for (const Measurement &m : m_measurements) {
        const FigureSpec *spec = m_manifest.figure(m.id);
        const QString target = spec->target
            ? (spec->lowerIsBetter ? u"<= "_s : u">= "_s) + QString::number(*spec->target, 'g', 6)
            : u"-"_s;
        const QString status = spec->target ? (meetsTarget(m) ? u"ok"_s : u"MISSED"_s) : QString();
        out += row(m.id, QString::number(m.value, 'f', 2), m.unit, target, QString::number(m.runs), status);
    }
    for (const QString &f : m_failures)
        out += u"FAILED  "_s + f + u'\n';
    return out;
}

} // namespace pd::bench
