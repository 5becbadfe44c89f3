#include "httplogging.h"

Q_LOGGING_CATEGORY(lcHttp, "slipway.http")
