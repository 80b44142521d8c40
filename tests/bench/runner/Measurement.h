#pragma once
#include <QString>

namespace pd::bench {

/// One figure as a benchmark program printed it.
struct Measurement {
    QString id;
    double value = 0.0;
    QString unit;
    qint64 runs = 0;
};

} // namespace pd::bench
