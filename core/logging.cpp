#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "slipway.core")
Q_LOGGING_CATEGORY(lcSettings, "slipway.settings")
