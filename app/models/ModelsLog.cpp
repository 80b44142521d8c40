#include "app/models/ModelsLog.h"

Q_LOGGING_CATEGORY(lcModels, "pd.models", QtWarningMsg)
