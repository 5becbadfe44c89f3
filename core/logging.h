#pragma once

#include <QLoggingCategory>

// One logging category per area ("slipway.<area>"), enabled with QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
