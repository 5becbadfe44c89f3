#pragma once

// What the GUI tests of runs share: images made in a test catalog that start from the
// Podman base image, and clean-up of what a run leaves behind.

#include "../integration/podmantesting.h"
#include "core/model/module.h"

#include <QString>

namespace Slipway::RunTesting {

using PodmanTesting::kBaseImage;

inline Parameter parameter(const QString &name, ParameterCategory category)
{
    Parameter p;
    p.name = name;
    p.category = category;
    return p;
}

inline Parameter output(const QString &name)
{
    return parameter(name, ParameterCategory::Output);
}

inline Parameter input(const QString &name)
{
    return parameter(name, ParameterCategory::Input);
}

// An image whose execute recipe is given; without a parent it is the native base image.
inline Module image(const QString &path,
                    const QString &parent,
                    const QString &execute,
                    const QList<Parameter> &parameters = {})
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.image.parent = parent;
    m.image.platform = QStringLiteral("debian");
    m.image.loginUser = QStringLiteral("root");
    m.image.recipes.execute = execute;
    m.image.parameters = parameters;
    if (parent.isEmpty()) {
        m.image.native = true;
        m.image.imageIds = {CloudImageId{QStringLiteral("local"), kBaseImage, {}}};
    }
    return m;
}

inline Module deployment(const QString &path, const QList<Node> &nodes)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Deployment;
    m.deployment.nodes = nodes;
    return m;
}

inline Node node(const QString &name, const QString &image, int multiplicity = 1)
{
    Node n;
    n.name = name;
    n.image = image;
    n.multiplicity = multiplicity;
    return n;
}

} // namespace Slipway::RunTesting
