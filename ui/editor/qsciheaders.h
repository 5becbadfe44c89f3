#pragma once

// QScintilla's headers use the "signals" and "slots" keywords, which QT_NO_KEYWORDS turns off.
// Include them only through this header.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexercustom.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qsciscintillabase.h>
#undef signals
#undef slots
