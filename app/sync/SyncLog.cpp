#include "app/sync/SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "pd.sync", QtWarningMsg)
