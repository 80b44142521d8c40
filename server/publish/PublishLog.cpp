#include "server/publish/PublishLog.h"

Q_LOGGING_CATEGORY(lcPublish, "portald.publish")
