#pragma once

#include <QLoggingCategory>

// slipway-relay and the application's link to it. Never logs a secret, token or body.
Q_DECLARE_LOGGING_CATEGORY(lcRelay)
Q_DECLARE_LOGGING_CATEGORY(lcRelayLink)
