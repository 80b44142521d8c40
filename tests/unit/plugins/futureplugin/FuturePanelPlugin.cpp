#include "tests/unit/plugins/futureplugin/FuturePanelPlugin.h"

FuturePanelPlugin::FuturePanelPlugin()
{
    qputenv("PD_FUTURE_PLUGIN_CONSTRUCTED", "1");
}
