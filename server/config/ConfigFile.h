#pragma once
#include "app/domain/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::server {

/// portald's configuration file (`--config FILE`): `key = value` lines that stand for the long options of the same name.
///
/// The file only supplies defaults: its options are placed before the real command line, so an option given on the
/// command line wins (QCommandLineParser keeps the last value). Only options that describe a running server are
/// accepted; one-shot actions (--add-user, --generate-items, --list-routes) stay on the command line.
class ConfigFile
{
public:
    struct Entry {
        QString key;
        QString value;
        int line = 0;
    };

    /// The option names a configuration file may set.
    [[nodiscard]] static QStringList allowedKeys();
    /// Parses configuration text; `source` names it in error messages.
    [[nodiscard]] static Result<QList<Entry>> parse(const QString &text, const QString &source);
    /// Reads and parses a file (UTF-8).
    [[nodiscard]] static Result<QList<Entry>> read(const QString &path);
    /// Returns `arguments` with the options of the file named by `--config FILE` (or `--config=FILE`) inserted right
    /// after the program name; without `--config` the arguments come back unchanged.
    [[nodiscard]] static Result<QStringList> expandArguments(const QStringList &arguments);
};

} // namespace pd::server
