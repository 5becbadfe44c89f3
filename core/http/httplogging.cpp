#include "httplogging.h"

// Debug lines (one per refused, timed-out or failed connection) are off unless asked for
// (QT_LOGGING_RULES="slipway.http.debug=true"): a flood would otherwise write thousands a second.
Q_LOGGING_CATEGORY(lcHttp, "slipway.http", QtInfoMsg)
