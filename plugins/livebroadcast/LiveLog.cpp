#include "plugins/livebroadcast/LiveLog.h"

Q_LOGGING_CATEGORY(lcLiveBroadcast, "pd.plugin.livebroadcast")
