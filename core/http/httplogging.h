#pragma once

#include <QLoggingCategory>

// The HTTP/1.1 listeners of the broker and of slipway-relay. Never logs a header or a body.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
