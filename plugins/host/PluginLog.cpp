#include "plugins/host/PluginLog.h"

Q_LOGGING_CATEGORY(lcPlugins, "pd.plugins")
