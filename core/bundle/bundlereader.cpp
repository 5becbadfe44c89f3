#include "bundlereader.h"

#include "core/bundle/bundlelogging.h"
#include "core/bundle/bundleschema.h"

#include <QFile>
#include <QHash>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

class BundleWalker
{
public:
    explicit BundleWalker(const QString &fileName)
        : m_fileName(fileName)
    {}

    QList<SourceError> errors;

    SourceLocation at(const YAML::Mark &mark) const
    {
        if (mark.is_null())
            return {m_fileName, 0, 0};
        return {m_fileName, mark.line + 1, mark.column + 1};
    }
    SourceLocation at(const YAML::Node &node) const
    {
        return node.IsDefined() ? at(node.Mark()) : SourceLocation{m_fileName, 0, 0};
    }

    void fail(const YAML::Node &node, const QString &message) { fail(at(node), message); }
    void fail(const SourceLocation &location, const QString &message)
    {
        errors.append({location, message});
    }

    // Checks that `node` is a mapping whose keys are all in `allowed`, each once.
    bool checkMap(const YAML::Node &node, const QString &what, const QStringList &allowed)
    {
        if (!node.IsMap()) {
            fail(node, u"expected a mapping for %1"_s.arg(what));
            return false;
        }
        QHash<QString, int> seen;
        bool good = true;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                fail(key, u"expected a field name in %1"_s.arg(what));
                good = false;
                continue;
            }
            const QString name = QString::fromStdString(key.Scalar());
            if (const auto first = seen.constFind(name); first != seen.constEnd()) {
                fail(key,
                     u"duplicate field %1 in %2 (first on line %3)"_s.arg(quoted(name), what)
                         .arg(*first));
                good = false;
                continue;
            }
            seen.insert(name, at(key).line);
            if (!allowed.contains(name)) {
                fail(key,
                     u"unknown field %1 in %2; expected one of: %3"_s.arg(quoted(name),
                                                                          what,
                                                                          allowed.join(u", "_s)));
                good = false;
            }
        }
        return good;
    }

    static YAML::Node child(const YAML::Node &map, const char *key)
    {
        if (!map.IsDefined())
            return map; // a missing node stays missing, without yaml-cpp's InvalidNode
        const YAML::Node &constMap = map;
        return constMap[key];
    }

    QString text(const YAML::Node &node, const QString &what)
    {
        if (!node.IsDefined() || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            fail(node, u"expected text for %1"_s.arg(what));
            return {};
        }
        return QString::fromStdString(node.Scalar());
    }

    QString text(const YAML::Node &map, const char *key)
    {
        return text(child(map, key), QString::fromLatin1(key));
    }

    bool boolean(const YAML::Node &map, const char *key, bool fallback = false)
    {
        const YAML::Node node = child(map, key);
        if (!node.IsDefined() || node.IsNull())
            return fallback;
        const QString value = node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
        if (value == u"true"_s || value == u"yes"_s)
            return true;
        if (value == u"false"_s || value == u"no"_s)
            return false;
        fail(node, u"expected true or false for %1"_s.arg(QString::fromLatin1(key)));
        return fallback;
    }

    int integer(const YAML::Node &node, const QString &what, int fallback, int minimum)
    {
        if (!node.IsDefined() || node.IsNull())
            return fallback;
        bool ok = false;
        const int value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toInt(&ok) : 0;
        if (!ok) {
            fail(node, u"expected a whole number for %1"_s.arg(what));
            return fallback;
        }
        if (value < minimum) {
            fail(node, u"expected %1 or more for %2"_s.arg(minimum).arg(what));
            return fallback;
        }
        return value;
    }

    int integer(const YAML::Node &map, const char *key, int fallback, int minimum)
    {
        return integer(child(map, key), QString::fromLatin1(key), fallback, minimum);
    }

    // A sequence, or nothing; calls `each` on every item.
    template<typename Each>
    void sequence(const YAML::Node &map, const char *key, Each each)
    {
        const YAML::Node node = child(map, key);
        if (!node.IsDefined() || node.IsNull())
            return;
        if (!node.IsSequence()) {
            fail(node, u"expected a list for %1"_s.arg(QString::fromLatin1(key)));
            return;
        }
        for (const YAML::Node &item : node)
            each(item);
    }

    QStringList texts(const YAML::Node &map, const char *key)
    {
        QStringList list;
        sequence(map, key, [&](const YAML::Node &item) {
            list.append(text(item, QString::fromLatin1(key)));
        });
        return list;
    }

    Rights rights(const YAML::Node &map, const char *key, Rights fallback)
    {
        const YAML::Node node = child(map, key);
        if (!node.IsDefined())
            return fallback;
        Rights result;
        sequence(map, key, [&](const YAML::Node &item) {
            const QString name = text(item, QString::fromLatin1(key));
            if (const auto right = BundleSchema::rightFromName(name))
                result |= *right;
            else
                fail(item,
                     u"unknown right %1; expected one of: %2"_s
                         .arg(quoted(name), BundleSchema::allRightNames().join(u", "_s)));
        });
        return result;
    }

    Authorization authorization(const YAML::Node &node)
    {
        Authorization authz;
        if (!node.IsDefined() || node.IsNull())
            return authz;
        if (!checkMap(node,
                      u"authz"_s,
                      {u"owner"_s,
                       u"groupMembers"_s,
                       u"public"_s,
                       u"ownerRights"_s,
                       u"groupRights"_s,
                       u"publicRights"_s}))
            return authz;
        authz.owner = text(node, "owner");
        authz.groupMembers = texts(node, "groupMembers");
        authz.isPublic = boolean(node, "public");
        authz.ownerRights = rights(node, "ownerRights", authz.ownerRights);
        authz.groupRights = rights(node, "groupRights", authz.groupRights);
        authz.publicRights = rights(node, "publicRights", authz.publicRights);
        return authz;
    }

    Parameter parameter(const YAML::Node &node)
    {
        Parameter p;
        if (!checkMap(node,
                      u"a parameter"_s,
                      {u"name"_s,
                       u"description"_s,
                       u"default"_s,
                       u"type"_s,
                       u"category"_s,
                       u"enumValues"_s,
                       u"mandatory"_s}))
            return p;
        p.name = text(node, "name");
        if (p.name.isEmpty())
            fail(node, u"a parameter needs a name"_s);
        p.description = text(node, "description");
        p.defaultValue = text(node, "default");
        if (const YAML::Node type = child(node, "type"); type.IsDefined()) {
            const QString name = text(type, u"type"_s);
            if (const auto value = BundleSchema::typeFromName(name))
                p.type = *value;
            else
                fail(type,
                     u"unknown parameter type %1; expected string, text, password, "
                     "boolean or enum"_s.arg(quoted(name)));
        }
        if (const YAML::Node category = child(node, "category"); category.IsDefined()) {
            const QString name = text(category, u"category"_s);
            if (const auto value = BundleSchema::categoryFromName(name))
                p.category = *value;
            else
                fail(category,
                     u"unknown parameter category %1; expected input or output"_s.arg(quoted(name)));
        }
        p.enumValues = texts(node, "enumValues");
        p.mandatory = boolean(node, "mandatory");
        return p;
    }

    ImageSpec image(const YAML::Node &node)
    {
        ImageSpec image;
        if (!node.IsDefined() || node.IsNull())
            return image;
        if (!checkMap(node,
                      u"image"_s,
                      {u"native"_s,
                       u"imageIds"_s,
                       u"parent"_s,
                       u"loginUser"_s,
                       u"platform"_s,
                       u"packages"_s,
                       u"recipes"_s,
                       u"parameters"_s,
                       u"resources"_s}))
            return image;
        image.native = boolean(node, "native");
        sequence(node, "imageIds", [&](const YAML::Node &item) {
            if (!checkMap(item, u"an image id"_s, {u"cloud"_s, u"imageId"_s, u"region"_s}))
                return;
            CloudImageId id{text(item, "cloud"), text(item, "imageId"), text(item, "region")};
            if (id.cloud.isEmpty() || id.imageId.isEmpty())
                fail(item, u"an image id needs a cloud and an imageId"_s);
            image.imageIds.append(id);
        });
        image.parent = text(node, "parent");
        image.loginUser = text(node, "loginUser");
        image.platform = text(node, "platform");
        sequence(node, "packages", [&](const YAML::Node &item) {
            if (item.IsScalar()) {
                image.packages.append({QString::fromStdString(item.Scalar()), {}, {}});
                return;
            }
            if (!checkMap(item, u"a package"_s, {u"name"_s, u"repository"_s, u"key"_s}))
                return;
            Package package{text(item, "name"), text(item, "repository"), text(item, "key")};
            if (package.name.isEmpty())
                fail(item, u"a package needs a name"_s);
            image.packages.append(package);
        });
        if (const YAML::Node recipes = child(node, "recipes");
            recipes.IsDefined() && !recipes.IsNull()) {
            QStringList names;
            for (const RecipeKind kind : BundleSchema::recipeKinds())
                names.append(BundleSchema::recipeName(kind));
            if (checkMap(recipes, u"recipes"_s, names)) {
                for (auto it = recipes.begin(); it != recipes.end(); ++it) {
                    const QString name = QString::fromStdString(it->first.Scalar());
                    if (const auto kind = BundleSchema::recipeFromName(name))
                        BundleSchema::setRecipe(image.recipes, *kind, text(it->second, name));
                }
            }
        }
        sequence(node, "parameters", [&](const YAML::Node &item) {
            image.parameters.append(parameter(item));
        });
        sequence(node, "resources", [&](const YAML::Node &item) {
            if (!checkMap(item,
                          u"resources"_s,
                          {u"cloud"_s,
                           u"instanceType"_s,
                           u"cpu"_s,
                           u"ram"_s,
                           u"disk"_s,
                           u"network"_s,
                           u"securityGroups"_s}))
                return;
            CloudResources r;
            r.cloud = text(item, "cloud");
            if (r.cloud.isEmpty())
                fail(item, u"resources need a cloud"_s);
            r.instanceType = text(item, "instanceType");
            r.cpu = text(item, "cpu");
            r.ram = text(item, "ram");
            r.disk = text(item, "disk");
            r.network = text(item, "network");
            if (!r.network.isEmpty() && r.network != u"public"_s && r.network != u"private"_s)
                fail(child(item, "network"),
                     u"expected public or private for network, not %1"_s.arg(quoted(r.network)));
            r.securityGroups = texts(item, "securityGroups");
            image.resources.append(r);
        });
        return image;
    }

    Node deploymentNode(const YAML::Node &item)
    {
        Node node;
        if (!checkMap(item,
                      u"a node"_s,
                      {u"name"_s,
                       u"image"_s,
                       u"imageVersion"_s,
                       u"multiplicity"_s,
                       u"cloud"_s,
                       u"maxProvisioningFailures"_s,
                       u"mappings"_s,
                       u"position"_s,
                       u"health"_s}))
            return node;
        node.name = text(item, "name");
        node.image = text(item, "image");
        if (node.name.isEmpty() || node.image.isEmpty())
            fail(item, u"a node needs a name and an image"_s);
        if (const YAML::Node version = child(item, "imageVersion"); version.IsDefined())
            node.imageVersion = integer(version, u"imageVersion"_s, 1, 1);
        node.multiplicity = integer(item, "multiplicity", 1, 0);
        node.cloud = text(item, "cloud");
        node.maxProvisioningFailures = integer(item, "maxProvisioningFailures", 0, 0);
        sequence(item, "mappings", [&](const YAML::Node &m) {
            if (!checkMap(m, u"a mapping"_s, {u"input"_s, u"output"_s, u"value"_s}))
                return;
            ParameterMapping mapping;
            mapping.input = text(m, "input");
            const YAML::Node output = child(m, "output");
            const YAML::Node value = child(m, "value");
            if (output.IsDefined() == value.IsDefined()) {
                fail(m, u"a mapping needs either an output (node:parameter) or a value"_s);
                return;
            }
            mapping.literal = value.IsDefined();
            mapping.value = mapping.literal ? text(value, u"value"_s) : text(output, u"output"_s);
            if (!mapping.literal && !mapping.value.contains(u':'))
                fail(output,
                     u"expected node:parameter for output, not %1"_s.arg(quoted(mapping.value)));
            if (mapping.input.isEmpty())
                fail(m, u"a mapping needs an input"_s);
            node.mappings.append(mapping);
        });
        if (const YAML::Node position = child(item, "position"); position.IsDefined()) {
            bool okX = false;
            bool okY = false;
            if (position.IsSequence() && position.size() == 2 && position[0].IsScalar()
                && position[1].IsScalar()) {
                node.position.setX(QString::fromStdString(position[0].Scalar()).toDouble(&okX));
                node.position.setY(QString::fromStdString(position[1].Scalar()).toDouble(&okY));
            }
            if (!okX || !okY)
                fail(position, u"expected [x, y] for position"_s);
        }
        if (const YAML::Node health = child(item, "health"); health.IsDefined()) {
            if (checkMap(health, u"health"_s, {u"intervalSeconds"_s, u"failures"_s, u"policy"_s})) {
                node.health.intervalSeconds = integer(health,
                                                      "intervalSeconds",
                                                      node.health.intervalSeconds,
                                                      1);
                node.health.failures = integer(health, "failures", node.health.failures, 1);
                if (const YAML::Node policy = child(health, "policy"); policy.IsDefined()) {
                    const QString name = text(policy, u"policy"_s);
                    if (const std::optional<HealthPolicy> p = healthPolicyFromName(name))
                        node.health.policy = *p;
                    else
                        fail(policy,
                             u"expected report, restart or replace for policy, not %1"_s.arg(
                                 quoted(name)));
                }
            }
        }
        return node;
    }

    DeploymentSpec deployment(const YAML::Node &node)
    {
        DeploymentSpec deployment;
        if (!node.IsDefined() || node.IsNull())
            return deployment;
        if (!checkMap(node, u"deployment"_s, {u"nodes"_s}))
            return deployment;
        QHash<QString, int> names;
        sequence(node, "nodes", [&](const YAML::Node &item) {
            Node n = deploymentNode(item);
            if (!n.name.isEmpty()) {
                if (const auto first = names.constFind(n.name); first != names.constEnd())
                    fail(item,
                         u"duplicate node name %1 (first on line %2)"_s.arg(quoted(n.name))
                             .arg(*first));
                names.insert(n.name, at(item).line);
            }
            deployment.nodes.append(n);
        });
        return deployment;
    }

    // The fields shared by a module entry and one of its history items.
    ModuleVersion version(const YAML::Node &node, const QString &path)
    {
        ModuleVersion v;
        v.module.path = path;
        if (const YAML::Node kind = child(node, "kind"); kind.IsDefined()) {
            const QString name = text(kind, u"kind"_s);
            if (const auto value = BundleSchema::kindFromName(name))
                v.module.kind = *value;
            else
                fail(kind,
                     u"unknown kind %1; expected project, image or deployment"_s.arg(quoted(name)));
        } else {
            fail(node, u"module %1 has no kind (project, image or deployment)"_s.arg(quoted(path)));
        }
        v.module.description = text(node, "description");
        v.module.logoUrl = text(node, "logoUrl");
        v.module.authz = authorization(child(node, "authz"));
        const YAML::Node image = child(node, "image");
        const YAML::Node deployment = child(node, "deployment");
        if (image.IsDefined() && v.module.kind != ModuleKind::Image)
            fail(image, u"only an image module has an image section"_s);
        if (deployment.IsDefined() && v.module.kind != ModuleKind::Deployment)
            fail(deployment, u"only a deployment module has a deployment section"_s);
        if (v.module.kind == ModuleKind::Image)
            v.module.image = this->image(image);
        if (v.module.kind == ModuleKind::Deployment)
            v.module.deployment = this->deployment(deployment);
        v.version = integer(node, "version", 0, 1);
        v.author = text(node, "author");
        const QString savedAt = text(node, "savedAt");
        if (!savedAt.isEmpty()) {
            v.savedAt = QDateTime::fromString(savedAt, Qt::ISODateWithMs);
            if (!v.savedAt.isValid())
                fail(child(node, "savedAt"),
                     u"expected a date and time like 2025-06-01T12:00:00Z for savedAt"_s);
        }
        v.comment = text(node, "comment");
        return v;
    }

    QString modulePath(const YAML::Node &node)
    {
        const YAML::Node pathNode = child(node, "path");
        const QString path = text(pathNode, u"path"_s);
        if (!pathNode.IsDefined() || path.isEmpty())
            fail(node, u"a module needs a path"_s);
        else if (!BundleSchema::isValidPath(path))
            fail(pathNode,
                 u"invalid module path %1: use names of letters, digits, '.', '_' and "
                 "'-' separated by '/'"_s.arg(quoted(path)));
        return path;
    }

    void entry(const YAML::Node &node, Bundle &bundle, QHash<QString, int> &paths)
    {
        static const QStringList moduleFields = {u"path"_s,
                                                 u"kind"_s,
                                                 u"description"_s,
                                                 u"logoUrl"_s,
                                                 u"authz"_s,
                                                 u"image"_s,
                                                 u"deployment"_s,
                                                 u"version"_s,
                                                 u"author"_s,
                                                 u"savedAt"_s,
                                                 u"comment"_s,
                                                 u"history"_s};
        if (!checkMap(node, u"a module"_s, moduleFields))
            return;
        BundleEntry e;
        e.location = at(node);
        const QString path = modulePath(node);
        if (!path.isEmpty()) {
            if (const auto first = paths.constFind(path); first != paths.constEnd())
                fail(child(node, "path"),
                     u"duplicate module path %1 (first on line %2)"_s.arg(quoted(path)).arg(*first));
            paths.insert(path, e.location.line);
        }
        const ModuleVersion latest = version(node, path);
        if (!latest.module.image.parent.isEmpty())
            e.references.append({latest.module.image.parent,
                                 u"image.parent"_s,
                                 at(child(child(node, "image"), "parent"))});
        if (const YAML::Node deployment = child(node, "deployment");
            deployment.IsDefined() && deployment.IsMap()) {
            const YAML::Node nodes = child(deployment, "nodes");
            qsizetype i = 0;
            for (const Node &n : latest.module.deployment.nodes) {
                const YAML::Node item = nodes.IsSequence() ? nodes[i] : YAML::Node();
                ++i;
                if (!n.image.isEmpty())
                    e.references.append({n.image,
                                         u"deployment.nodes[%1].image"_s.arg(n.name),
                                         item.IsMap() ? at(child(item, "image")) : e.location});
            }
        }
        QStringList historyFields = moduleFields;
        historyFields.removeAll(u"history"_s);
        sequence(node, "history", [&](const YAML::Node &item) {
            if (!checkMap(item, u"a history item"_s, historyFields))
                return;
            QString olderPath = path;
            if (child(item, "path").IsDefined())
                olderPath = modulePath(item);
            const ModuleVersion older = version(item, olderPath);
            if (!e.versions.isEmpty() && older.version > 0
                && older.version <= e.versions.constLast().version)
                fail(item, u"history versions must go up, oldest first"_s);
            e.versions.append(older);
        });
        if (!e.versions.isEmpty() && latest.version > 0
            && latest.version <= e.versions.constLast().version)
            fail(child(node, "version"),
                 u"the module's version must be above every version in its history"_s);
        e.versions.append(latest);
        bundle.entries.append(e);
    }

    void document(const YAML::Node &root, Bundle &bundle)
    {
        if (!root.IsMap() || !child(root, "slipway-bundle").IsDefined()) {
            fail(root,
                 u"not a Slipway bundle: expected 'slipway-bundle: %1' at the top"_s.arg(
                     Bundle::kFormatVersion));
            return;
        }
        if (!checkMap(root,
                      u"the bundle"_s,
                      {u"slipway-bundle"_s, u"root"_s, u"history"_s, u"modules"_s}))
            return;
        const int format = integer(root, "slipway-bundle", 0, 1);
        if (format > Bundle::kFormatVersion) {
            fail(child(root, "slipway-bundle"),
                 u"bundle format %1 is newer than this Slipway reads (%2)"_s.arg(format).arg(
                     Bundle::kFormatVersion));
            return;
        }
        bundle.root = text(root, "root");
        bundle.withHistory = boolean(root, "history");
        QHash<QString, int> paths;
        sequence(root, "modules", [&](const YAML::Node &item) { entry(item, bundle, paths); });
    }

private:
    QString m_fileName;
};

} // namespace

BundleReadResult BundleReader::read(const QByteArray &yaml, const QString &fileName)
{
    BundleReadResult result;
    BundleWalker walker(fileName);
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        walker.document(root, result.bundle);
    } catch (const YAML::Exception &e) {
        // yaml-cpp reports syntax errors by exception; they end here, as values.
        walker.fail(walker.at(e.mark), QString::fromStdString(e.msg));
    }
    result.errors = walker.errors;
    if (!result.ok()) {
        qCDebug(lcBundle) << "bundle" << fileName << "has" << result.errors.size() << "errors";
        result.bundle = Bundle();
    }
    return result;
}

BundleReadResult BundleReader::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        BundleReadResult result;
        result.errors.append({{fileName, 0, 0}, file.errorString()});
        return result;
    }
    return read(file.readAll(), fileName);
}

} // namespace Slipway
