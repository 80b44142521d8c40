#include "live/LiveLog.h"

Q_LOGGING_CATEGORY(lcUiLive, "pd.ui.live")
