#pragma once

// The colours of run and instance states and of instances' health, the same in the dashboard
// and the run view.

#include <QColor>
#include <QString>
#include <QStringView>

namespace Slipway {

QColor runStateColour(QStringView state);
QColor instanceStateColour(QStringView state);
// health: "healthy", "unhealthy", "unknown", "restarting", "replacing" (RunEngine::health).
QColor healthColour(QStringView health);
// The health as the user reads it, translated.
QString healthText(QStringView health);

} // namespace Slipway
