#pragma once
#include "app/domain/Error.h"

#include <QJsonDocument>
#include <QString>

namespace pd::server {

/// Where the demo content files come from: an explicit directory (`--demo-dir`, `PORTALD_DEMO_DIR`), else the copy
/// compiled into portald (`:/demo`), else `../share/portaldesk/demo` beside the executable.
class DemoSource
{
public:
    explicit DemoSource(QString explicitDir = {});

    /// The directory in use, or empty when none holds `site.json`.
    [[nodiscard]] QString directory() const { return m_dir; }
    [[nodiscard]] bool hasFile(const QString &name) const;
    /// Reads and parses one file; a missing or malformed file is an error naming the file.
    [[nodiscard]] Result<QJsonDocument> read(const QString &name) const;

private:
    QString m_dir;
};

} // namespace pd::server
