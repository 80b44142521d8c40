#include "server/stream/StreamLog.h"

Q_LOGGING_CATEGORY(lcStream, "portald.stream")
