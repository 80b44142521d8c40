#pragma once
#include "plugins/api/PanelHost.h"

#include <QString>
#include <QtPlugin>

class QWidget;

namespace pd::plugins {

/// The version of PanelPlugin and PanelHost. Bump it (and the IID below) on any change of the interface;
/// plugin.json carries the version the plugin was built against and its IID ends in the same number.
/// Version 2: PanelHost became a service interface of plain values and callbacks (no network manager, no tokens).
/// Version 3: PanelHost::onShutdown, added after every earlier call.
/// Version 4: PanelHost::openItem (a plugin's draft item into the client's editor), after every earlier call.
/// Version 5: PanelHost's typed live calls (the domain's live types instead of paths and JSON), after every earlier call.
/// Version 6: PanelHost::liveMedia (a media file's bytes, such as an interview guest's photo), after every earlier call.
inline constexpr int PanelPluginInterfaceVersion = 6;
/// The oldest version whose plugins this host still runs. PanelPlugin is unchanged since version 2 and PanelHost has
/// only grown at its end, so a plugin built for 2 to 5 calls nothing that moved. Raise it when a change breaks that.
inline constexpr int PanelPluginOldestInterfaceVersion = 2;

/// The IID of interface version `version` (what Q_PLUGIN_METADATA of a plugin built for it names).
[[nodiscard]] inline QString panelPluginIid(int version)
{
    return QStringLiteral("org.portaldesk.PanelPlugin/%1").arg(version);
}

/// A dockable panel that PortalDesk loads from a plugin file (the live broadcast desk, the online interview desk).
/// A plugin declares it with Q_PLUGIN_METADATA(IID PD_PANEL_PLUGIN_IID FILE "plugin.json"); plugin.json holds
/// {"id", "name": {"zh", "en", "zh_TW", …}, "version", "interfaceVersion", "requiredRoles": [...]}, read before
/// loading; the name is shown in the UI language (the locale's own name first, then its language's, then English).
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

// The trailing number is PanelPluginInterfaceVersion. Qt compares IIDs as strings: the host asks a plugin for the
// interface by the IID it was built with (PluginManager), and only for versions in the range it still runs.
#define PD_PANEL_PLUGIN_IID "org.portaldesk.PanelPlugin/6"
Q_DECLARE_INTERFACE(pd::plugins::PanelPlugin, PD_PANEL_PLUGIN_IID)
