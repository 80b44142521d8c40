#pragma once
#include "plugins/api/PanelPlugin.h"

#include <QObject>

namespace pd::livebroadcast {

/// The live broadcast desk (图文直播) as a panel plugin.
class LiveBroadcastPlugin : public QObject, public plugins::PanelPlugin
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveBroadcastPlugin)
    Q_PLUGIN_METADATA(IID PD_PANEL_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(pd::plugins::PanelPlugin)

public:
    LiveBroadcastPlugin() = default;
    QWidget *createPanel(plugins::PanelHost &host, QWidget *parent) override;
};

} // namespace pd::livebroadcast
