#include "plugins/livebroadcast/LiveBroadcastPlugin.h"

#include "plugins/livebroadcast/LivePanel.h"

namespace pd::livebroadcast {

QWidget *LiveBroadcastPlugin::createPanel(plugins::PanelHost &host, QWidget *parent)
{
    return new LivePanel(host, parent);
}

} // namespace pd::livebroadcast
