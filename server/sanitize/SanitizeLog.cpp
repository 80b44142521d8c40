#include "server/sanitize/SanitizeLog.h"

Q_LOGGING_CATEGORY(lcSanitize, "portald.sanitize")
