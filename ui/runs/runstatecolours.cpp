#include "runstatecolours.h"

#include "core/run/runrecords.h"

#include <QCoreApplication>

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
    if (state == RunState::Updating)
        return QColor(0xe0, 0x9a, 0x1f); // amber: it changes while it serves
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

QColor healthColour(QStringView health)
{
    if (health == u"healthy")
        return QColor(0x2e, 0x9e, 0x4f);
    if (health == u"unhealthy")
        return QColor(0xd0, 0x3a, 0x2f);
    if (health == u"restarting" || health == u"replacing")
        return QColor(0xe0, 0x9a, 0x1f);
    return QColor(0x8a, 0x8a, 0x8a); // unknown
}

QString healthText(QStringView health)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Slipway::InstanceHealth", text);
    };
    if (health == u"healthy")
        return tr("healthy");
    if (health == u"unhealthy")
        return tr("unhealthy");
    if (health == u"restarting")
        return tr("restarting");
    if (health == u"replacing")
        return tr("replacing");
    if (health == u"unknown")
        return tr("unknown");
    return health.toString();
}

} // namespace Slipway
