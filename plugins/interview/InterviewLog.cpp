#include "plugins/interview/InterviewLog.h"

Q_LOGGING_CATEGORY(lcInterview, "pd.plugin.interview")
