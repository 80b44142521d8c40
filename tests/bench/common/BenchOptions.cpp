#include "tests/bench/common/BenchOptions.h"

#include <QCoreApplication>

#include <algorithm>

namespace pd::bench {

BenchOptions::BenchOptions(const QCoreApplication &app, const QString &description,
                           const QList<QCommandLineOption> &options)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOptions(options);
    m_parser.process(app);
}

int BenchOptions::atLeast(const QCommandLineOption &option, int least) const
{
    return std::max(least, m_parser.value(option).toInt());
}

} // namespace pd::bench
