#include "server/media/MediaLog.h"

Q_LOGGING_CATEGORY(lcMedia, "portald.media")
