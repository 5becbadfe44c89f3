#pragma once

// Moved to core/http/httpserverconnection.h (the broker's listener uses it too). Kept only for
// tests/support/cloudfixtureserver.cpp; remove once that includes the core/http header and
// drops the Relay:: qualification.
#include "core/http/httpserverconnection.h"

namespace Slipway::Relay {
using Slipway::HttpRequest;
using Slipway::HttpServerConnection;
} // namespace Slipway::Relay
