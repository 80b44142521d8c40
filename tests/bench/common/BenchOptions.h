#pragma once
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

class QCoreApplication;

namespace pd::bench {

/// A benchmark program's command line: its description, --help and its counted options, read at once.
class BenchOptions
{
public:
    BenchOptions(const QCoreApplication &app, const QString &description, const QList<QCommandLineOption> &options);

    [[nodiscard]] QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    /// The option as a number, raised to `least` (a run too short to measure anything is no figure).
    [[nodiscard]] int atLeast(const QCommandLineOption &option, int least) const;

private:
    QCommandLineParser m_parser;
};

} // namespace pd::bench
