#pragma once
#include "app/domain/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::bench {

/// One figure a benchmark program reports, with its target (none: reported, not judged).
struct FigureSpec {
    QString id;                 ///< stable dotted id, e.g. "client.startup.ratio"
    std::optional<double> target;
    bool lowerIsBetter = true;  ///< "better": "lower" | "higher"
    QString what;               ///< one line for the table's reader
};

/// One benchmark program and the figures it must print.
struct BenchmarkSpec {
    QString program;            ///< file name in the build's bin directory
    QStringList args;           ///< "{name}" is replaced by the runner's parameter of that name
    int timeoutSeconds = 600;
    QList<FigureSpec> figures;
};

/// tests/bench/benchmarks.json: the list the runner works through. A new figure is added by adding a program
/// and an entry here; nothing in the runner changes.
struct BenchmarkManifest {
    QList<BenchmarkSpec> benchmarks;

    [[nodiscard]] static Result<BenchmarkManifest> fromJson(const QByteArray &json);
    /// The spec of a figure, by id; nullptr when the manifest does not know it.
    [[nodiscard]] const FigureSpec *figure(const QString &id) const;
    /// args with every "{name}" replaced by parameters[name].
    [[nodiscard]] static QStringList expand(const QStringList &args, const QHash<QString, QString> &parameters);
};

} // namespace pd::bench
