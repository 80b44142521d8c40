#include "ui/live/LiveLog.h"

Q_LOGGING_CATEGORY(lcUiLive, "pd.ui.live")
