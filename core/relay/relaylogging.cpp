#include "relaylogging.h"

Q_LOGGING_CATEGORY(lcRelay, "slipway.relay")
Q_LOGGING_CATEGORY(lcRelayLink, "slipway.relay.link")
