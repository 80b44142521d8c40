#include "server/http/HttpLog.h"

Q_LOGGING_CATEGORY(lcHttp, "portald.http")
