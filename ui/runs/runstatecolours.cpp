#include "runstatecolours.h"

#include "core/run/runrecords.h"

using namespace Qt::StringLiterals;

namespace Slipway {

QColor runStateColour(QStringView state)
{
    if (state == RunState::Ready || state == RunState::Done)
        return QColor(0x2e, 0x9e, 0x4f); // green
    if (state == RunState::Aborted)
        return QColor(0xd0, 0x3a, 0x2f); // red
    if (state == RunState::Cancelled)
        return QColor(0x8a, 0x8a, 0x8a); // grey
    if (state == RunState::Finalizing)
        return QColor(0x6c, 0x5c, 0xc4); // violet
    return QColor(0x2f, 0x7f, 0xd0);     // blue: on its way
}

QColor instanceStateColour(QStringView state)
{
    if (state == u"ready")
        return QColor(0x2e, 0x9e, 0x4f);
    if (state == u"failed")
        return QColor(0xd0, 0x3a, 0x2f);
    if (state == u"terminated")
        return QColor(0x8a, 0x8a, 0x8a);
    if (state == u"executing" || state == u"installing")
        return QColor(0xe0, 0x9a, 0x1f); // amber: its scripts run
    if (state == u"reporting" || state == u"waiting")
        return QColor(0x2b, 0xa5, 0xb5); // teal
    return QColor(0x2f, 0x7f, 0xd0);     // provisioning, booting
}

} // namespace Slipway
