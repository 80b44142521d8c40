#include "app/api/ApiLog.h"

Q_LOGGING_CATEGORY(lcApi, "pd.api", QtWarningMsg)
