#include "server/seed/SeedLog.h"

Q_LOGGING_CATEGORY(lcSeed, "portald.seed")
