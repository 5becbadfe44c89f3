#pragma once

// The colours of run and instance states, the same in the dashboard and the run view.

#include <QColor>
#include <QStringView>

namespace Slipway {

QColor runStateColour(QStringView state);
QColor instanceStateColour(QStringView state);

} // namespace Slipway
