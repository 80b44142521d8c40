#include "app/admin/AdminLog.h"

Q_LOGGING_CATEGORY(lcAdmin, "pd.admin", QtWarningMsg)
