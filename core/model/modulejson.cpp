#include "modulejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Slipway::ModuleJson {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name.toString();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N> &table,
                            QStringView name)
{
    for (const auto &[e, n] : table)
        if (n == name)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<ModuleKind, QStringView>, 3> kindNames{{
    {ModuleKind::Project, u"project"},
    {ModuleKind::Image, u"image"},
    {ModuleKind::Deployment, u"deployment"},
}};
constexpr std::array<std::pair<RecipeKind, QStringView>, 7> recipeNames{{
    {RecipeKind::PreInstall, u"pre-install"},
    {RecipeKind::Recipe, u"recipe"},
    {RecipeKind::Execute, u"execute"},
    {RecipeKind::Report, u"report"},
    {RecipeKind::OnVmAdd, u"on-vm-add"},
    {RecipeKind::OnVmRemove, u"on-vm-remove"},
    {RecipeKind::Check, u"check"},
}};
constexpr std::array<std::pair<ParameterType, QStringView>, 5> typeNames{{
    {ParameterType::String, u"string"},
    {ParameterType::Text, u"text"},
    {ParameterType::Password, u"password"},
    {ParameterType::Boolean, u"boolean"},
    {ParameterType::Enum, u"enum"},
}};
constexpr std::array<std::pair<ParameterCategory, QStringView>, 2> categoryNames{{
    {ParameterCategory::Input, u"input"},
    {ParameterCategory::Output, u"output"},
}};
constexpr std::array<std::pair<Right, QStringView>, 5> rightNameTable{{
    {Right::Get, u"get"},
    {Right::Edit, u"edit"},
    {Right::Run, u"run"},
    {Right::Delete, u"delete"},
    {Right::CreateChildren, u"create-children"},
}};

void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putList(QJsonObject &o, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

template<typename T, typename F>
void putArray(QJsonObject &o, const QString &key, const QList<T> &items, F toObject)
{
    if (items.isEmpty())
        return;
    QJsonArray a;
    for (const T &item : items)
        a.append(toObject(item));
    o.insert(key, a);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject parameterJson(const Parameter &p)
{
    QJsonObject o;
    o.insert(u"name"_s, p.name);
    putText(o, u"description"_s, p.description);
    putText(o, u"default"_s, p.defaultValue);
    o.insert(u"type"_s, parameterTypeName(p.type));
    o.insert(u"category"_s, parameterCategoryName(p.category));
    putList(o, u"enumValues"_s, p.enumValues);
    if (p.mandatory)
        o.insert(u"mandatory"_s, true);
    return o;
}

QJsonObject imageJson(const ImageSpec &image)
{
    QJsonObject o;
    if (image.native)
        o.insert(u"native"_s, true);
    putArray(o, u"imageIds"_s, image.imageIds, [](const CloudImageId &id) {
        QJsonObject j;
        j.insert(u"cloud"_s, id.cloud);
        j.insert(u"imageId"_s, id.imageId);
        putText(j, u"region"_s, id.region);
        return j;
    });
    putText(o, u"parent"_s, image.parent);
    putText(o, u"loginUser"_s, image.loginUser);
    putText(o, u"platform"_s, image.platform);
    putArray(o, u"packages"_s, image.packages, [](const Package &p) {
        QJsonObject j;
        j.insert(u"name"_s, p.name);
        putText(j, u"repository"_s, p.repository);
        putText(j, u"key"_s, p.key);
        return j;
    });
    QJsonObject recipes;
    for (RecipeKind kind : allRecipeKinds)
        putText(recipes, recipeKindName(kind), image.recipes.get(kind));
    if (!recipes.isEmpty())
        o.insert(u"recipes"_s, recipes);
    putArray(o, u"parameters"_s, image.parameters, parameterJson);
    putArray(o, u"resources"_s, image.resources, [](const CloudResources &r) {
        QJsonObject j;
        j.insert(u"cloud"_s, r.cloud);
        putText(j, u"instanceType"_s, r.instanceType);
        putText(j, u"cpu"_s, r.cpu);
        putText(j, u"ram"_s, r.ram);
        putText(j, u"disk"_s, r.disk);
        putText(j, u"network"_s, r.network);
        putList(j, u"securityGroups"_s, r.securityGroups);
        return j;
    });
    putArray(o, u"builtImages"_s, image.builtImages, [](const BuiltImage &b) {
        QJsonObject j;
        j.insert(u"cloud"_s, b.cloud);
        j.insert(u"imageId"_s, b.imageId);
        j.insert(u"fromVersion"_s, b.fromVersion);
        putText(j, u"builtAt"_s, timeText(b.builtAt));
        return j;
    });
    return o;
}

QJsonObject nodeJson(const Node &n)
{
    QJsonObject o;
    o.insert(u"name"_s, n.name);
    o.insert(u"image"_s, n.image);
    if (n.imageVersion)
        o.insert(u"imageVersion"_s, *n.imageVersion);
    if (n.multiplicity != 1)
        o.insert(u"multiplicity"_s, n.multiplicity);
    putText(o, u"cloud"_s, n.cloud);
    if (n.maxProvisioningFailures != 0)
        o.insert(u"maxProvisioningFailures"_s, n.maxProvisioningFailures);
    putArray(o, u"mappings"_s, n.mappings, [](const ParameterMapping &m) {
        QJsonObject j;
        j.insert(u"input"_s, m.input);
        j.insert(u"value"_s, m.value);
        if (m.literal)
            j.insert(u"literal"_s, true);
        return j;
    });
    if (!n.position.isNull())
        o.insert(u"position"_s, QJsonObject{{u"x"_s, n.position.x()}, {u"y"_s, n.position.y()}});
    if (n.health != NodeHealth{}) {
        const NodeHealth defaults;
        QJsonObject h;
        if (n.health.intervalSeconds != defaults.intervalSeconds)
            h.insert(u"intervalSeconds"_s, n.health.intervalSeconds);
        if (n.health.failures != defaults.failures)
            h.insert(u"failures"_s, n.health.failures);
        if (n.health.policy != defaults.policy)
            h.insert(u"policy"_s, healthPolicyName(n.health.policy));
        o.insert(u"health"_s, h);
    }
    return o;
}

// Reads one JSON object strictly, remembering the first error with the field's path.
class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &field, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = (field.isEmpty() ? m_where : field) + u": "_s + message;
    }

    void allowOnly(const QJsonObject &o, const QString &at, std::initializer_list<QStringView> keys)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
                fail(join(at, it.key()), tr("unknown field"));
        }
    }

    QString text(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(join(at, key), tr("expected text"));
        return v.toString();
    }

    QString requiredText(const QJsonObject &o, const QString &at, const QString &key)
    {
        if (!o.contains(key))
            fail(join(at, key), tr("missing"));
        return text(o, at, key);
    }

    bool boolean(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(join(at, key), tr("expected true or false"));
        return v.toBool();
    }

    std::optional<int> integer(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || d < -2147483648.0 || d > 2147483647.0) {
            fail(join(at, key), tr("expected a whole number"));
            return std::nullopt;
        }
        return int(d);
    }

    double number(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble())
            fail(join(at, key), tr("expected a number"));
        return v.toDouble();
    }

    QStringList textList(const QJsonObject &o, const QString &at, const QString &key)
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(join(at, key), tr("expected a list of texts"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(join(at, key) + u'[' + QString::number(i) + u']', tr("expected text"));
            out.append(a.at(i).toString());
        }
        return out;
    }

    QJsonObject object(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(join(at, key), tr("expected an object"));
        return v.toObject();
    }

    // Calls f(object, fieldPath) for each item of an array of objects.
    template<typename F>
    void objects(const QJsonObject &o, const QString &at, const QString &key, F f)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            fail(join(at, key), tr("expected a list"));
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            const QString field = join(at, key) + u'[' + QString::number(i) + u']';
            if (!a.at(i).isObject()) {
                fail(field, tr("expected an object"));
                return;
            }
            f(a.at(i).toObject(), field);
        }
    }

    static QString join(const QString &at, const QString &key)
    {
        return at.isEmpty() ? key : at + u'.' + key;
    }

    static QString tr(const char *text)
    {
        return QCoreApplication::translate("Slipway::ModuleJson", text);
    }

private:
    QString m_where;
    QString m_error;
};

Parameter readParameter(Reader &r, const QJsonObject &o, const QString &at)
{
    r.allowOnly(
        o,
        at,
        {u"name", u"description", u"default", u"type", u"category", u"enumValues", u"mandatory"});
    Parameter p;
    p.name = r.requiredText(o, at, u"name"_s);
    p.description = r.text(o, at, u"description"_s);
    p.defaultValue = r.text(o, at, u"default"_s);
    if (o.contains(u"type"_s)) {
        const QString t = r.text(o, at, u"type"_s);
        if (auto type = parameterTypeFromName(t))
            p.type = *type;
        else
            r.fail(Reader::join(at, u"type"_s),
                   Reader::tr("unknown type \"%1\" (string, text, password, boolean or enum)")
                       .arg(t));
    }
    if (o.contains(u"category"_s)) {
        const QString c = r.text(o, at, u"category"_s);
        if (auto category = parameterCategoryFromName(c))
            p.category = *category;
        else
            r.fail(Reader::join(at, u"category"_s),
                   Reader::tr("unknown category \"%1\" (input or output)").arg(c));
    }
    p.enumValues = r.textList(o, at, u"enumValues"_s);
    p.mandatory = r.boolean(o, at, u"mandatory"_s);
    return p;
}

ImageSpec readImage(Reader &r, const QJsonObject &o, const QString &at)
{
    r.allowOnly(o,
                at,
                {u"native",
                 u"imageIds",
                 u"parent",
                 u"loginUser",
                 u"platform",
                 u"packages",
                 u"recipes",
                 u"parameters",
                 u"resources",
                 u"builtImages"});
    ImageSpec image;
    image.native = r.boolean(o, at, u"native"_s);
    r.objects(o, at, u"imageIds"_s, [&](const QJsonObject &j, const QString &f) {
        r.allowOnly(j, f, {u"cloud", u"imageId", u"region"});
        image.imageIds.append({r.requiredText(j, f, u"cloud"_s),
                               r.requiredText(j, f, u"imageId"_s),
                               r.text(j, f, u"region"_s)});
    });
    image.parent = r.text(o, at, u"parent"_s);
    image.loginUser = r.text(o, at, u"loginUser"_s);
    image.platform = r.text(o, at, u"platform"_s);
    r.objects(o, at, u"packages"_s, [&](const QJsonObject &j, const QString &f) {
        r.allowOnly(j, f, {u"name", u"repository", u"key"});
        image.packages.append({r.requiredText(j, f, u"name"_s),
                               r.text(j, f, u"repository"_s),
                               r.text(j, f, u"key"_s)});
    });
    const QString recipesAt = Reader::join(at, u"recipes"_s);
    const QJsonObject recipes = r.object(o, at, u"recipes"_s);
    for (auto it = recipes.begin(); it != recipes.end(); ++it) {
        if (auto kind = recipeKindFromName(it.key()))
            image.recipes.set(*kind, r.text(recipes, recipesAt, it.key()));
        else
            r.fail(Reader::join(recipesAt, it.key()),
                   Reader::tr("unknown recipe (pre-install, recipe, execute, report, "
                              "on-vm-add, on-vm-remove or check)"));
    }
    r.objects(o, at, u"parameters"_s, [&](const QJsonObject &j, const QString &f) {
        image.parameters.append(readParameter(r, j, f));
    });
    r.objects(o, at, u"resources"_s, [&](const QJsonObject &j, const QString &f) {
        r.allowOnly(
            j,
            f,
            {u"cloud", u"instanceType", u"cpu", u"ram", u"disk", u"network", u"securityGroups"});
        CloudResources res;
        res.cloud = r.requiredText(j, f, u"cloud"_s);
        res.instanceType = r.text(j, f, u"instanceType"_s);
        res.cpu = r.text(j, f, u"cpu"_s);
        res.ram = r.text(j, f, u"ram"_s);
        res.disk = r.text(j, f, u"disk"_s);
        res.network = r.text(j, f, u"network"_s);
        res.securityGroups = r.textList(j, f, u"securityGroups"_s);
        image.resources.append(res);
    });
    r.objects(o, at, u"builtImages"_s, [&](const QJsonObject &j, const QString &f) {
        r.allowOnly(j, f, {u"cloud", u"imageId", u"fromVersion", u"builtAt"});
        BuiltImage b;
        b.cloud = r.requiredText(j, f, u"cloud"_s);
        b.imageId = r.requiredText(j, f, u"imageId"_s);
        b.fromVersion = r.integer(j, f, u"fromVersion"_s).value_or(0);
        const QString t = r.text(j, f, u"builtAt"_s);
        if (!t.isEmpty()) {
            b.builtAt = QDateTime::fromString(t, Qt::ISODateWithMs);
            if (!b.builtAt.isValid())
                r.fail(Reader::join(f, u"builtAt"_s), Reader::tr("expected an ISO 8601 time"));
        }
        image.builtImages.append(b);
    });
    return image;
}

Node readNode(Reader &r, const QJsonObject &o, const QString &at)
{
    r.allowOnly(o,
                at,
                {u"name",
                 u"image",
                 u"imageVersion",
                 u"multiplicity",
                 u"cloud",
                 u"maxProvisioningFailures",
                 u"mappings",
                 u"position",
                 u"health"});
    Node n;
    n.name = r.requiredText(o, at, u"name"_s);
    n.image = r.requiredText(o, at, u"image"_s);
    n.imageVersion = r.integer(o, at, u"imageVersion"_s);
    n.multiplicity = r.integer(o, at, u"multiplicity"_s).value_or(1);
    n.cloud = r.text(o, at, u"cloud"_s);
    n.maxProvisioningFailures = r.integer(o, at, u"maxProvisioningFailures"_s).value_or(0);
    r.objects(o, at, u"mappings"_s, [&](const QJsonObject &j, const QString &f) {
        r.allowOnly(j, f, {u"input", u"value", u"literal"});
        n.mappings.append({r.requiredText(j, f, u"input"_s),
                           r.text(j, f, u"value"_s),
                           r.boolean(j, f, u"literal"_s)});
    });
    const QString posAt = Reader::join(at, u"position"_s);
    const QJsonObject pos = r.object(o, at, u"position"_s);
    r.allowOnly(pos, posAt, {u"x", u"y"});
    n.position = QPointF(r.number(pos, posAt, u"x"_s), r.number(pos, posAt, u"y"_s));
    const QString healthAt = Reader::join(at, u"health"_s);
    const QJsonObject health = r.object(o, at, u"health"_s);
    r.allowOnly(health, healthAt, {u"intervalSeconds", u"failures", u"policy"});
    n.health.intervalSeconds = r.integer(health, healthAt, u"intervalSeconds"_s)
                                   .value_or(n.health.intervalSeconds);
    n.health.failures = r.integer(health, healthAt, u"failures"_s).value_or(n.health.failures);
    if (const QString policy = r.text(health, healthAt, u"policy"_s); !policy.isEmpty()) {
        if (const std::optional<HealthPolicy> p = healthPolicyFromName(policy))
            n.health.policy = *p;
        else
            r.fail(Reader::join(healthAt, u"policy"_s),
                   Reader::tr("unknown policy \"%1\" (report, restart or replace)").arg(policy));
    }
    return n;
}

} // namespace

QString kindName(ModuleKind kind)
{
    return nameOf(kindNames, kind);
}
std::optional<ModuleKind> kindFromName(QStringView name)
{
    return valueOf(kindNames, name);
}
QString recipeKindName(RecipeKind kind)
{
    return nameOf(recipeNames, kind);
}
std::optional<RecipeKind> recipeKindFromName(QStringView name)
{
    return valueOf(recipeNames, name);
}
QString parameterTypeName(ParameterType type)
{
    return nameOf(typeNames, type);
}
std::optional<ParameterType> parameterTypeFromName(QStringView name)
{
    return valueOf(typeNames, name);
}
QString parameterCategoryName(ParameterCategory category)
{
    return nameOf(categoryNames, category);
}
std::optional<ParameterCategory> parameterCategoryFromName(QStringView name)
{
    return valueOf(categoryNames, name);
}

QStringList rightNames(Rights rights)
{
    QStringList names;
    for (const auto &[right, name] : rightNameTable)
        if (rights.testFlag(right))
            names.append(name.toString());
    return names;
}

std::optional<Rights> rightsFromNames(const QStringList &names)
{
    Rights rights;
    for (const QString &name : names) {
        const auto right = valueOf(rightNameTable, name);
        if (!right)
            return std::nullopt;
        rights |= *right;
    }
    return rights;
}

QJsonObject toJson(const Module &module)
{
    QJsonObject o;
    o.insert(u"path"_s, module.path);
    o.insert(u"kind"_s, kindName(module.kind));
    putText(o, u"description"_s, module.description);
    putText(o, u"logoUrl"_s, module.logoUrl);
    QJsonObject authz;
    putText(authz, u"owner"_s, module.authz.owner);
    putList(authz, u"groupMembers"_s, module.authz.groupMembers);
    if (module.authz.isPublic)
        authz.insert(u"public"_s, true);
    authz.insert(u"ownerRights"_s, QJsonArray::fromStringList(rightNames(module.authz.ownerRights)));
    authz.insert(u"groupRights"_s, QJsonArray::fromStringList(rightNames(module.authz.groupRights)));
    authz.insert(u"publicRights"_s,
                 QJsonArray::fromStringList(rightNames(module.authz.publicRights)));
    o.insert(u"authz"_s, authz);
    if (module.kind == ModuleKind::Image)
        o.insert(u"image"_s, imageJson(module.image));
    if (module.kind == ModuleKind::Deployment) {
        QJsonObject deployment;
        putArray(deployment, u"nodes"_s, module.deployment.nodes, nodeJson);
        o.insert(u"deployment"_s, deployment);
    }
    return o;
}

QByteArray toJsonText(const Module &module)
{
    return QJsonDocument(toJson(module)).toJson(QJsonDocument::Compact);
}

Result<Module> fromJson(const QJsonObject &o)
{
    Reader r(u"module"_s);
    r.allowOnly(o,
                {},
                {u"path", u"kind", u"description", u"logoUrl", u"authz", u"image", u"deployment"});
    Module m;
    m.path = r.requiredText(o, {}, u"path"_s);
    const QString kind = r.requiredText(o, {}, u"kind"_s);
    if (auto k = kindFromName(kind))
        m.kind = *k;
    else if (!r.failed())
        r.fail(u"kind"_s,
               Reader::tr("unknown kind \"%1\" (project, image or deployment)").arg(kind));
    m.description = r.text(o, {}, u"description"_s);
    m.logoUrl = r.text(o, {}, u"logoUrl"_s);

    const QJsonObject authz = r.object(o, {}, u"authz"_s);
    r.allowOnly(authz,
                u"authz"_s,
                {u"owner",
                 u"groupMembers",
                 u"public",
                 u"ownerRights",
                 u"groupRights",
                 u"publicRights"});
    m.authz.owner = r.text(authz, u"authz"_s, u"owner"_s);
    m.authz.groupMembers = r.textList(authz, u"authz"_s, u"groupMembers"_s);
    m.authz.isPublic = r.boolean(authz, u"authz"_s, u"public"_s);
    const auto readRights = [&](const QString &key, Rights &into) {
        if (!authz.contains(key))
            return;
        const auto rights = rightsFromNames(r.textList(authz, u"authz"_s, key));
        if (rights)
            into = *rights;
        else
            r.fail(u"authz."_s + key,
                   Reader::tr("unknown right (get, edit, run, delete or create-children)"));
    };
    readRights(u"ownerRights"_s, m.authz.ownerRights);
    readRights(u"groupRights"_s, m.authz.groupRights);
    readRights(u"publicRights"_s, m.authz.publicRights);

    if (o.contains(u"image"_s)) {
        if (m.kind != ModuleKind::Image)
            r.fail(u"image"_s, Reader::tr("only an image has image fields"));
        m.image = readImage(r, r.object(o, {}, u"image"_s), u"image"_s);
    }
    if (o.contains(u"deployment"_s)) {
        if (m.kind != ModuleKind::Deployment)
            r.fail(u"deployment"_s, Reader::tr("only a deployment has nodes"));
        const QJsonObject deployment = r.object(o, {}, u"deployment"_s);
        r.allowOnly(deployment, u"deployment"_s, {u"nodes"});
        r.objects(deployment,
                  u"deployment"_s,
                  u"nodes"_s,
                  [&](const QJsonObject &j, const QString &f) {
                      m.deployment.nodes.append(readNode(r, j, f));
                  });
    }
    if (r.failed())
        return Error{r.error()};
    return m;
}

Result<Module> fromJsonText(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            Reader::tr("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{Reader::tr("a module must be a JSON object")};
    return fromJson(doc.object());
}

QJsonObject toJson(const ModuleVersion &version)
{
    QJsonObject o;
    o.insert(u"version"_s, version.version);
    o.insert(u"author"_s, version.author);
    o.insert(u"savedAt"_s, timeText(version.savedAt));
    o.insert(u"comment"_s, version.comment);
    o.insert(u"module"_s, toJson(version.module));
    return o;
}

Result<ModuleVersion> versionFromJson(const QJsonObject &o)
{
    Reader r(u"version"_s);
    r.allowOnly(o, {}, {u"version", u"author", u"savedAt", u"comment", u"module"});
    ModuleVersion v;
    v.version = r.integer(o, {}, u"version"_s).value_or(0);
    v.author = r.text(o, {}, u"author"_s);
    v.comment = r.text(o, {}, u"comment"_s);
    const QString t = r.text(o, {}, u"savedAt"_s);
    if (!t.isEmpty()) {
        v.savedAt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!v.savedAt.isValid())
            r.fail(u"savedAt"_s, Reader::tr("expected an ISO 8601 time"));
    }
    const QJsonObject module = r.object(o, {}, u"module"_s);
    if (r.failed())
        return Error{r.error()};
    auto m = fromJson(module);
    if (!m)
        return Error{u"module."_s + m.error().message};
    v.module = std::move(*m);
    return v;
}

} // namespace Slipway::ModuleJson
