#pragma once
#include "plugins/host/PluginRecord.h"

#include <QList>
#include <QString>

namespace pd::plugins {

/// A directory the PluginManager scans, and whether PortalDesk installed it (its plugins are enabled unless the
/// user turned them off) or it came from elsewhere, such as $PORTALDESK_PLUGIN_PATH (off until the user turns
/// each one on).
struct PluginDirectory {
    QString path;
    PluginOrigin origin = PluginOrigin::External;

    friend bool operator==(const PluginDirectory &, const PluginDirectory &) = default;
};

using PluginDirectories = QList<PluginDirectory>;

} // namespace pd::plugins
