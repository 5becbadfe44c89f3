#pragma once

// The script a connector runs on each instance (docs/ARCHITECTURE.md#deployment-path). It writes
// the context file and the broker's CA, unpacks the node's phase scripts, slipway-node and the
// ss-* tools (all inside the script: nothing is downloaded), and starts slipway-node in the
// background. It holds no secret: the token and the instance's identity come in its environment.

#include "core/run/runplan.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Slipway {

// The script for every instance of `node`; fails with a message naming the node when its
// packages cannot be installed on its platform.
Result<QByteArray> bootstrapScript(const PlannedNode &node, const QByteArray &caPem);

// The environment that goes with it for one instance.
QMap<QString, QString> bootstrapEnvironment(const QString &brokerUrl,
                                            const QString &run,
                                            const QString &instance,
                                            const QByteArray &token);

} // namespace Slipway
