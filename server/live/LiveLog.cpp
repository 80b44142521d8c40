#include "server/live/LiveLog.h"

Q_LOGGING_CATEGORY(lcLive, "portald.live")
