#include "app/media/MediaLog.h"

Q_LOGGING_CATEGORY(lcMedia, "pd.media")
