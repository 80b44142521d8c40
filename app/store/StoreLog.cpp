#include "app/store/StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "pd.store", QtWarningMsg)
