#pragma once

// The modules the tests build by hand: parameters, images, nodes and deployments. One
// definition each; a test sets whatever else it needs on the result.

#include "core/model/module.h"

#include <QList>
#include <QString>

namespace Slipway::Testing {

Parameter parameter(const QString &name,
                    ParameterCategory category,
                    const QString &defaultValue = {});
Parameter input(const QString &name, const QString &defaultValue = {});
Parameter mandatoryInput(const QString &name, const QString &defaultValue = {});
Parameter output(const QString &name);

// A Debian image run as root whose execute recipe is given. Without a parent it is native: the
// Podman base image on the "local" cloud (onClouds() names others).
Module image(const QString &path,
             const QString &parent,
             const QString &execute,
             const QList<Parameter> &parameters = {});

// The native image started from these images instead.
Module onClouds(Module image, const QList<CloudImageId> &imageIds);

Node node(const QString &name,
          const QString &image,
          int multiplicity = 1,
          const QList<ParameterMapping> &mappings = {});

Module deployment(const QString &path, const QList<Node> &nodes);

} // namespace Slipway::Testing
