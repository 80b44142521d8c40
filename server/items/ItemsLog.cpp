#include "server/items/ItemsLog.h"

Q_LOGGING_CATEGORY(lcItems, "portald.items")
