#include "app/domain/DomainLog.h"

Q_LOGGING_CATEGORY(lcDomain, "pd.domain")
