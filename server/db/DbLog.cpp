#include "server/db/DbLog.h"

Q_LOGGING_CATEGORY(lcDb, "portald.db")
