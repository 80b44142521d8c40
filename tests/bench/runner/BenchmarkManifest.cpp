#include "tests/bench/runner/BenchmarkManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::bench {

Result<BenchmarkManifest> BenchmarkManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput, u"benchmarks.json: %1"_s.arg(parseError.errorString()));

    BenchmarkManifest manifest;
    QStringList seen;
    for (const QJsonValue &b : doc.object().value(u"benchmarks").toArray()) {
        const QJsonObject o = b.toObject();
        BenchmarkSpec spec;
        spec.program = o.value(u"program").toString();
        if (spec.program.isEmpty())
            return fail(ErrorCode::InvalidInput, u"benchmarks.json: an entry has no \"program\""_s);
        for (const QJsonValue &a : o.value(u"args").toArray())
            spec.args.append(a.toString());
        spec.timeoutSeconds = o.value(u"timeoutSeconds").toInt(600);
        for (const QJsonValue &f : o.value(u"figures").toArray()) {
            const QJsonObject fo = f.toObject();
            FigureSpec figure;
            figure.id = fo.value(u"id").toString();
            if (figure.id.isEmpty() || seen.contains(figure.id))
                return fail(ErrorCode::InvalidInput,
                            u"benchmarks.json: %1 has a figure without an id or with a duplicate one"_s.arg(spec.program));
            seen.append(figure.id);
            if (fo.value(u"target").isDouble())
                figure.target = fo.value(u"target").toDouble();
            const QString better = fo.value(u"better").toString(u"lower"_s);
            if (better != u"lower" && better != u"higher")
                return fail(ErrorCode::InvalidInput, u"benchmarks.json: %1: \"better\" must be lower or higher"_s.arg(figure.id));
            figure.lowerIsBetter = better == u"lower";
            figure.what = fo.value(u"what").toString();
            spec.figures.append(figure);
        }
        if (spec.figures.isEmpty())
            return fail(ErrorCode::InvalidInput, u"benchmarks.json: %1 lists no figures"_s.arg(spec.program));
        manifest.benchmarks.append(spec);
    }
    if (manifest.benchmarks.isEmpty())
        return fail(ErrorCode::InvalidInput, u"benchmarks.json lists no benchmarks"_s);
    return manifest;
}

const FigureSpec *BenchmarkManifest::figure(const QString &id) const
{
    for (const BenchmarkSpec &b : benchmarks) {
        for (const FigureSpec &f : b.figures) {
            if (f.id == id)
                return &f;
        }
    }
    return nullptr;
}

QStringList BenchmarkManifest::expand(const QStringList &args, const QHash<QString, QString> &parameters)
{
    QStringList out;
    out.reserve(args.size());
    for (QString a : args) {
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            a.replace(u'{' + it.key() + u'}', it.value());
        out.append(a);
    }
    return out;
}

} // namespace pd::bench
