#include "validation.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::Validation", text);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allOf(QStringView text, QStringView extra)
{
    for (QChar c : text)
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && !extra.contains(c))
            return false;
    return true;
}

class Checker
{
public:
    Checker(const Module &module, const ModuleLookup &lookup, const ValidationOptions &options)
        : m(module)
        , lookup(lookup)
        , options(options)
    {}

    QList<Problem> problems;

    void add(const QString &field, const QString &message, Severity severity = Severity::Error)
    {
        problems.append({m.path, field, message, severity});
    }

    void run()
    {
        if (!isValidModulePath(m.path))
            add(u"path"_s,
                tr("\"%1\" is not a valid module path: use segments of letters, digits, '-', "
                   "'_' and '.' separated by '/'")
                    .arg(m.path));
        if (m.kind == ModuleKind::Image)
            checkImage();
        else if (m.kind == ModuleKind::Deployment)
            checkDeployment();
    }

    void checkParameters(const QList<Parameter> &parameters, const QString &at)
    {
        QSet<QString> names;
        for (const Parameter &p : parameters) {
            const QString field = at + u'[' + p.name + u']';
            if (!isValidParameterName(p.name))
                add(field,
                    tr("\"%1\" is not a valid parameter name: start with a letter or '_', then "
                       "letters, digits, '-', '_' or '.'")
                        .arg(p.name));
            if (names.contains(p.name))
                add(field, tr("the parameter %1 is defined twice").arg(p.name));
            names.insert(p.name);
            for (QStringView implicit : implicitOutputNames)
                if (p.name == implicit && p.category == ParameterCategory::Input)
                    add(field,
                        tr("%1 is an output of every image and cannot be an input").arg(p.name));
            if (p.type == ParameterType::Enum && p.enumValues.isEmpty())
                add(field, tr("the enumeration %1 has no values").arg(p.name));
            if (p.type == ParameterType::Enum && !p.defaultValue.isEmpty()
                && !p.enumValues.contains(p.defaultValue))
                add(field,
                    tr("the default \"%1\" is not one of the values of %2")
                        .arg(p.defaultValue, p.name));
        }
    }

    // Problems of using `image` (a resolved image module) on `cloud`.
    void checkImageOnCloud(const Module &image,
                           const std::optional<EffectiveImage> &effective,
                           const QString &cloud,
                           const QString &field)
    {
        if (cloud.isEmpty())
            return;
        const auto hasId = [&](const QList<CloudImageId> &ids) {
            return std::any_of(ids.begin(), ids.end(), [&](const CloudImageId &id) {
                return id.cloud == cloud && !id.imageId.isEmpty();
            });
        };
        if (image.image.native) {
            if (!hasId(image.image.imageIds))
                add(field,
                    tr("the native image %1 has no image id for the cloud %2: set one in its "
                       "cloud image ids")
                        .arg(image.path, cloud));
            return;
        }
        const bool built = std::any_of(image.image.builtImages.begin(),
                                       image.image.builtImages.end(),
                                       [&](const BuiltImage &b) {
                                           return b.cloud == cloud && !b.imageId.isEmpty();
                                       });
        if (built)
            return;
        if (effective && effective->rootIsNative && !hasId(effective->imageIds)) {
            add(field,
                tr("%1 cannot be built for the cloud %2: its native image %3 has no image id "
                   "there")
                    .arg(image.path, cloud, effective->chain.first()),
                Severity::Error);
            return;
        }
        add(field,
            tr("%1 is not built for the cloud %2 yet: a launch builds it first")
                .arg(image.path, cloud),
            Severity::Warning);
    }

    void checkImage()
    {
        const ImageSpec &spec = m.image;
        checkParameters(spec.parameters, u"image.parameters"_s);
        if (spec.native) {
            if (!spec.parent.isEmpty())
                add(u"image.parent"_s,
                    tr("a native image has no parent: clear the parent or the native flag"),
                    Severity::Warning);
        } else if (spec.parent.isEmpty()) {
            add(u"image.parent"_s, tr("a derived image needs a parent image (or mark it native)"));
        }
        if (!spec.parent.isEmpty() && !isValidModulePath(spec.parent))
            add(u"image.parent"_s, tr("\"%1\" is not a valid module path").arg(spec.parent));

        std::optional<EffectiveImage> effective;
        if (!spec.native && !spec.parent.isEmpty()) {
            auto e = effectiveImage(m, lookup);
            if (e)
                effective = std::move(*e);
            else
                add(u"image.parent"_s, e.error().message);
        }
        QSet<QString> clouds;
        for (const CloudImageId &id : spec.imageIds) {
            if (id.cloud.isEmpty() || id.imageId.isEmpty())
                add(u"image.imageIds"_s, tr("an image id needs both a cloud and an id"));
            if (clouds.contains(id.cloud))
                add(u"image.imageIds["_s + id.cloud + u']',
                    tr("the cloud %1 has two image ids").arg(id.cloud));
            clouds.insert(id.cloud);
        }
        checkImageOnCloud(m, effective, options.cloud, u"image.imageIds"_s);
    }

    void checkDeployment()
    {
        const QList<Node> &nodes = m.deployment.nodes;
        if (nodes.isEmpty())
            add(u"deployment.nodes"_s, tr("the deployment has no node"), Severity::Warning);

        // Resolve every node's image once; outputs of other nodes are needed for mappings.
        QHash<QString, std::optional<EffectiveImage>> effectiveByNode;
        QList<std::optional<EffectiveImage>> effectiveAt; // by node position
        QSet<QString> names;
        for (const Node &node : nodes) {
            const QString at = u"deployment.nodes["_s + node.name + u']';
            if (!isValidNodeName(node.name))
                add(at + u".name"_s,
                    tr("\"%1\" is not a valid node name: start with a letter, then letters, "
                       "digits, '-' or '_'")
                        .arg(node.name));
            if (names.contains(node.name))
                add(at + u".name"_s, tr("two nodes are named %1").arg(node.name));
            names.insert(node.name);
            if (node.multiplicity < 1)
                add(at + u".multiplicity"_s,
                    tr("the multiplicity of %1 is %2: it must be at least 1")
                        .arg(node.name)
                        .arg(node.multiplicity));
            if (node.maxProvisioningFailures < 0)
                add(at + u".maxProvisioningFailures"_s,
                    tr("the number of provisioning failures allowed cannot be negative"));
            if (node.health.intervalSeconds < 1)
                add(at + u".health.intervalSeconds"_s,
                    tr("the health check of %1 must run at least every second").arg(node.name));
            if (node.health.failures < 1)
                add(at + u".health.failures"_s,
                    tr("the health check of %1 must fail at least once before the instance is "
                       "unhealthy")
                        .arg(node.name));

            std::optional<Module> image;
            if (node.image.isEmpty())
                add(at + u".image"_s, tr("the node %1 has no image").arg(node.name));
            else
                image = lookup ? lookup(node.image, node.imageVersion) : std::nullopt;
            if (!node.image.isEmpty() && !image) {
                add(at + u".image"_s,
                    node.imageVersion
                        ? tr("the image %1 has no version %2").arg(node.image).arg(*node.imageVersion)
                        : tr("the image %1 does not exist").arg(node.image));
            } else if (image && image->kind != ModuleKind::Image) {
                add(at + u".image"_s, tr("%1 is not an image").arg(node.image));
                image.reset();
            }
            std::optional<EffectiveImage> effective;
            if (image) {
                auto e = effectiveImage(*image, lookup);
                if (e)
                    effective = std::move(*e);
                else
                    add(at + u".image"_s, e.error().message);
                const QString cloud = node.cloud.isEmpty() ? options.cloud : node.cloud;
                checkImageOnCloud(*image, effective, cloud, at + u".image"_s);
            }
            effectiveAt.append(effective);
            if (!effectiveByNode.contains(node.name)) // a duplicate name is reported above
                effectiveByNode.insert(node.name, effective);
        }

        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const Node &node = nodes.at(i);
            const QString at = u"deployment.nodes["_s + node.name + u']';
            const std::optional<EffectiveImage> &effective = effectiveAt.at(i);
            QSet<QString> mapped;
            for (const ParameterMapping &mapping : node.mappings) {
                const QString field = at + u".mappings["_s + mapping.input + u']';
                if (mapped.contains(mapping.input))
                    add(field, tr("the input %1 is mapped twice").arg(mapping.input));
                mapped.insert(mapping.input);
                if (effective) {
                    const auto p = effective->parameter(mapping.input);
                    if (!p)
                        add(field,
                            tr("the image %1 has no input %2").arg(node.image, mapping.input));
                    else if (p->category != ParameterCategory::Input)
                        add(field,
                            tr("%1 is an output of %2, not an input").arg(mapping.input, node.image));
                }
                if (!mapping.literal)
                    checkMappingSource(node, mapping, field, effectiveByNode);
            }
            if (!effective)
                continue;
            for (const Parameter &p : effective->parameters) {
                if (p.category == ParameterCategory::Input && p.mandatory
                    && p.defaultValue.isEmpty() && !mapped.contains(p.name))
                    add(at + u".mappings["_s + p.name + u']',
                        tr("the mandatory input %1 of %2 has no value: map it to an output of "
                           "another node or give it a value")
                            .arg(p.name, node.name));
            }
        }
    }

    void checkMappingSource(const Node &node,
                            const ParameterMapping &mapping,
                            const QString &field,
                            const QHash<QString, std::optional<EffectiveImage>> &effectiveByNode)
    {
        const qsizetype colon = mapping.value.indexOf(u':');
        QString source = mapping.value.left(colon);
        const QString output = colon < 0 ? QString() : mapping.value.mid(colon + 1);
        // "node.2:param" reads instance 2; the node is what comes before the dot.
        if (const qsizetype dot = source.indexOf(u'.'); dot > 0) {
            bool ok = false;
            const int instance = source.mid(dot + 1).toInt(&ok);
            if (ok && instance >= 1)
                source.truncate(dot);
        }
        if (colon <= 0 || output.isEmpty()) {
            add(field,
                tr("\"%1\" is not an output reference: write othernode:parameter, or mark the "
                   "value as literal")
                    .arg(mapping.value));
            return;
        }
        if (source == node.name) {
            add(field,
                tr("%1 is mapped to an output of its own node: map it to another node")
                    .arg(mapping.input));
            return;
        }
        if (!effectiveByNode.contains(source)) {
            add(field,
                tr("%1 is mapped to %2, but the deployment has no node %3")
                    .arg(mapping.input, mapping.value, source));
            return;
        }
        const std::optional<EffectiveImage> &other = effectiveByNode.value(source);
        if (other && !other->outputNames().contains(output))
            add(field,
                tr("%1 is mapped to %2, but the image of %3 has no output %4")
                    .arg(mapping.input, mapping.value, source, output));
    }

private:
    const Module &m;
    const ModuleLookup &lookup;
    const ValidationOptions &options;
};

} // namespace

bool isValidPathSegment(QStringView segment)
{
    return !segment.isEmpty() && segment.size() <= 100 && segment != u"." && segment != u".."
           && allOf(segment, u"-_.");
}

bool isValidModulePath(QStringView path)
{
    if (path.isEmpty())
        return false;
    for (QStringView segment : path.tokenize(u'/'))
        if (!isValidPathSegment(segment))
            return false;
    return true;
}

bool isValidNodeName(QStringView name)
{
    return !name.isEmpty() && name.size() <= 100 && isAsciiLetter(name.front())
           && allOf(name, u"-_");
}

bool isValidParameterName(QStringView name)
{
    return !name.isEmpty() && name.size() <= 100
           && (isAsciiLetter(name.front()) || name.front() == u'_') && allOf(name, u"-_.");
}

QList<Problem> validate(const Module &module,
                        const ModuleLookup &lookup,
                        const ValidationOptions &options)
{
    Checker checker(module, lookup, options);
    checker.run();
    return checker.problems;
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

} // namespace Slipway
