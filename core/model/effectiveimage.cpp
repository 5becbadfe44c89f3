#include "effectiveimage.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::EffectiveImage", text);
}

Parameter implicitOutput(QStringView name)
{
    Parameter p;
    p.name = name.toString();
    p.category = ParameterCategory::Output;
    p.description = name == u"hostname" ? tr("Host name or IP address of the instance")
                                        : tr("Identifier of the instance in its cloud");
    return p;
}

} // namespace

ModuleLookup lookupIn(const QList<Module> &modules)
{
    QHash<QString, Module> byPath;
    for (const Module &m : modules)
        byPath.insert(m.path, m);
    return [byPath](const QString &path, std::optional<int>) -> std::optional<Module> {
        const auto it = byPath.constFind(path);
        if (it == byPath.constEnd())
            return std::nullopt;
        return *it;
    };
}

QString EffectiveImage::combinedScript(RecipeKind kind) const
{
    QString out;
    for (const RecipeLayer &layer : recipes[int(kind)]) {
        if (layer.script.isEmpty())
            continue;
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
        out += u"# --- from "_s + layer.modulePath + u'\n' + layer.script;
    }
    return out;
}

std::optional<Parameter> EffectiveImage::parameter(const QString &name) const
{
    for (const Parameter &p : parameters)
        if (p.name == name)
            return p;
    return std::nullopt;
}

QStringList EffectiveImage::inputNames() const
{
    QStringList names;
    for (const Parameter &p : parameters)
        if (p.category == ParameterCategory::Input)
            names.append(p.name);
    return names;
}

QStringList EffectiveImage::outputNames() const
{
    QStringList names;
    for (const Parameter &p : parameters)
        if (p.category == ParameterCategory::Output)
            names.append(p.name);
    return names;
}

Result<EffectiveImage> effectiveImage(const Module &image, const ModuleLookup &lookup)
{
    if (image.kind != ModuleKind::Image)
        return Error{tr("%1 is not an image").arg(image.path)};

    // Walk up to the root, image first; a path seen twice is a cycle.
    QList<Module> chain{image};
    QStringList seen{image.path};
    while (!chain.last().image.native && !chain.last().image.parent.isEmpty()) {
        const QString parentPath = chain.last().image.parent;
        if (seen.contains(parentPath)) {
            seen.append(parentPath);
            return Error{
                tr("the parent chain of %1 has a cycle: %2").arg(image.path, seen.join(u" → "_s))};
        }
        seen.append(parentPath);
        std::optional<Module> parent = lookup ? lookup(parentPath, std::nullopt) : std::nullopt;
        if (!parent)
            return Error{
                tr("%1 has the parent %2, which does not exist").arg(chain.last().path, parentPath)};
        if (parent->kind != ModuleKind::Image)
            return Error{tr("%1 has the parent %2, which is not an image")
                             .arg(chain.last().path, parentPath)};
        chain.append(std::move(*parent));
    }
    std::reverse(chain.begin(), chain.end());

    EffectiveImage e;
    e.rootIsNative = chain.first().image.native;
    e.imageIds = chain.first().image.imageIds;
    for (QStringView name : implicitOutputNames)
        e.parameters.append(implicitOutput(name));

    for (const Module &m : chain) {
        const ImageSpec &spec = m.image;
        e.chain.append(m.path);
        if (!spec.loginUser.isEmpty())
            e.loginUser = spec.loginUser;
        if (!spec.platform.isEmpty())
            e.platform = spec.platform;
        for (const Package &p : spec.packages) {
            auto it = std::find_if(e.packages.begin(), e.packages.end(), [&](const Package &q) {
                return q.name == p.name;
            });
            if (it == e.packages.end())
                e.packages.append(p);
            else
                *it = p;
        }
        for (const Parameter &p : spec.parameters) {
            auto it = std::find_if(e.parameters.begin(),
                                   e.parameters.end(),
                                   [&](const Parameter &q) { return q.name == p.name; });
            if (it == e.parameters.end()) {
                e.parameters.append(p);
            } else {
                const bool implicit = it->category == ParameterCategory::Output
                                      && it - e.parameters.begin()
                                             < qsizetype(std::size(implicitOutputNames));
                *it = p;
                if (implicit) // hostname and instanceid stay outputs whatever a module says
                    it->category = ParameterCategory::Output;
            }
        }
        for (const CloudResources &r : spec.resources) {
            auto it = std::find_if(e.resources.begin(),
                                   e.resources.end(),
                                   [&](const CloudResources &q) { return q.cloud == r.cloud; });
            if (it == e.resources.end())
                e.resources.append(r);
            else
                *it = r;
        }
        for (RecipeKind kind : allRecipeKinds)
            if (const QString script = spec.recipes.get(kind); !script.isEmpty())
                e.recipes[int(kind)].append({m.path, script});
    }
    return e;
}

} // namespace Slipway
