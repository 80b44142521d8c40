#pragma once
#include "plugins/api/PanelHost.h"

#include <QString>
#include <QtPlugin>

class QWidget;

namespace pd::plugins {

/// The version of PanelPlugin and PanelHost. Bump it (and the IID below) on any change that breaks a built plugin;
/// plugin.json carries the version the plugin was built against and the host refuses any other.
/// Version 2: PanelHost became a service interface of plain values and callbacks (no network manager, no tokens).
inline constexpr int PanelPluginInterfaceVersion = 2;

/// A dockable panel that PortalDesk loads from a plugin file (the live broadcast desk is the first one).
/// A plugin declares it with Q_PLUGIN_METADATA(IID PD_PANEL_PLUGIN_IID FILE "plugin.json"); plugin.json holds
/// {"id", "name": {"zh", "en"}, "version", "interfaceVersion", "requiredRoles": [...]}, read before loading.
class PanelPlugin
{
public:
    virtual ~PanelPlugin() = default;

    /// Creates the panel's widget, parented to parent (the host's dock). Called once per main window;
    /// host outlives the widget.
    [[nodiscard]] virtual QWidget *createPanel(PanelHost &host, QWidget *parent) = 0;

protected:
    PanelPlugin() = default;
    PanelPlugin(const PanelPlugin &) = default;
    PanelPlugin &operator=(const PanelPlugin &) = default;
};

} // namespace pd::plugins

// The trailing number is PanelPluginInterfaceVersion; Qt compares IIDs as strings, so a plugin built against
// another version fails qobject_cast instead of crashing on a different vtable.
#define PD_PANEL_PLUGIN_IID "org.portaldesk.PanelPlugin/2"
Q_DECLARE_INTERFACE(pd::plugins::PanelPlugin, PD_PANEL_PLUGIN_IID)
