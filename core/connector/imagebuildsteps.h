#pragma once

#include "core/connector/buildstep.h"
#include "core/connector/connectorerror.h"
#include "core/model/module.h"

#include <QList>

namespace Slipway {

// The build steps of an image, from its effective (inherited, parent-first) spec: the
// pre-install script, the packages for its platform, the recipe. Empty ones are left out.
// The execute, report and on-vm-* recipes are not build steps, so changing them keeps every
// cache key. An unknown platform with packages is an InvalidRequest error.
QList<BuildStep> imageBuildSteps(const ImageSpec &image, ConnectorError *error = nullptr);

} // namespace Slipway
