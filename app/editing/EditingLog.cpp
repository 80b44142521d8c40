#include "app/editing/EditingLog.h"

Q_LOGGING_CATEGORY(lcEditing, "pd.editing", QtWarningMsg)
