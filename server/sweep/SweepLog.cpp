#include "server/sweep/SweepLog.h"

Q_LOGGING_CATEGORY(lcSweep, "portald.sweep")
