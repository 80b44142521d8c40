#include "LiveLog.h"

Q_LOGGING_CATEGORY(lcLiveBroadcast, "pd.plugin.livebroadcast")
