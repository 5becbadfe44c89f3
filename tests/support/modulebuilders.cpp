#include "modulebuilders.h"

#include "tests/support/podmantesting.h"

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

Parameter parameter(const QString &name, ParameterCategory category, const QString &defaultValue)
{
    Parameter p;
    p.name = name;
    p.category = category;
    p.defaultValue = defaultValue;
    return p;
}

Parameter input(const QString &name, const QString &defaultValue)
{
    return parameter(name, ParameterCategory::Input, defaultValue);
}

Parameter mandatoryInput(const QString &name, const QString &defaultValue)
{
    Parameter p = input(name, defaultValue);
    p.mandatory = true;
    return p;
}

Parameter output(const QString &name)
{
    return parameter(name, ParameterCategory::Output);
}

Module image(const QString &path,
             const QString &parent,
             const QString &execute,
             const QList<Parameter> &parameters)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.image.parent = parent;
    m.image.platform = u"debian"_s;
    m.image.loginUser = u"root"_s;
    m.image.recipes.execute = execute;
    m.image.parameters = parameters;
    if (parent.isEmpty()) {
        m.image.native = true;
        m.image.imageIds = {CloudImageId{u"local"_s, kBaseImage, {}}};
    }
    return m;
}

Module onClouds(Module image, const QList<CloudImageId> &imageIds)
{
    image.image.imageIds = imageIds;
    return image;
}

Node node(const QString &name,
          const QString &image,
          int multiplicity,
          const QList<ParameterMapping> &mappings)
{
    Node n;
    n.name = name;
    n.image = image;
    n.multiplicity = multiplicity;
    n.mappings = mappings;
    return n;
}

Module deployment(const QString &path, const QList<Node> &nodes)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Deployment;
    m.deployment.nodes = nodes;
    return m;
}

} // namespace Slipway::Testing
