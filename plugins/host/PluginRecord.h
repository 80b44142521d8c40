#pragma once
#include "plugins/host/PluginMetaData.h"

#include <QString>

namespace pd::plugins {

/// Where a found plugin stands. Only Loaded means its code is in the process.
enum class PluginState {
    Available,    ///< compatible and enabled, not loaded yet
    Disabled,     ///< switched off in the settings; never loaded
    Incompatible, ///< built for another interface version; never loaded
    Invalid,      ///< not a PortalDesk plugin, broken plugin.json or a duplicate id; never loaded
    Loaded,
    Failed,       ///< loading was attempted and failed (missing symbols, wrong interface)
};

/// Where a plugin file was found. Code from outside the directory PortalDesk installed runs with the user's
/// session and token, so it only runs after the user chose it (see PluginManager).
enum class PluginOrigin {
    Installed, ///< PortalDesk's own plugin directory
    External,  ///< anywhere else ($PORTALDESK_PLUGIN_PATH)
};

/// One plugin file the PluginManager found, with its metadata and, when it is not usable, why (translated).
struct PluginRecord {
    QString filePath;
    PluginMetaData meta;
    PluginOrigin origin = PluginOrigin::External;
    PluginState state = PluginState::Invalid;
    QString problem;
};

} // namespace pd::plugins
