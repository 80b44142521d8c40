#include "app/review/ReviewLog.h"

Q_LOGGING_CATEGORY(lcReview, "pd.review", QtWarningMsg)
