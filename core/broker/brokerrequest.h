#pragma once

// Moved to core/http/brokerrequest.h, which the broker and the relay share. Kept only for
// tests/support/cloudfixtureserver.h; remove once that includes core/http/brokerrequest.h.
#include "core/http/brokerrequest.h"
