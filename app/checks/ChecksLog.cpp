#include "app/checks/ChecksLog.h"

Q_LOGGING_CATEGORY(lcChecks, "pd.checks")
