#include "bundlewriter.h"

#include "core/bundle/bundleschema.h"

#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

bool isPlainSafe(const QString &text)
{
    if (text.isEmpty() || text.size() > 200)
        return false;
    const QChar first = text.front();
    if (!(first.isLetterOrNumber() || first == u'/' || first == u'.' || first == u'_'))
        return false;
    if (text.back() == u' ' || text.back() == u':')
        return false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            continue;
        if (QStringView(u" ._-/@+:=()").contains(c))
            continue;
        return false;
    }
    // ": " starts a mapping value, " #" a comment.
    return !text.contains(u": "_s) && !text.contains(u" #"_s);
}

QString doubleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        default:
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)
                || c.unicode() == 0xfeff || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

// A literal block keeps a script byte for byte only if every character is printable text.
bool fitsLiteralBlock(const QString &text)
{
    if (!text.contains(u'\n'))
        return false;
    bool onlyNewlines = true;
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\t')
            continue;
        onlyNewlines = false;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'\r' || c == QChar(0xfeff)
            || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85))
            return false;
    }
    return !onlyNewlines;
}

class YamlText
{
public:
    void key(int indent, QStringView name, const QString &value)
    {
        line(indent, name.toString() + u':');
        scalarAfterKey(indent, value);
    }
    void keyIfSet(int indent, QStringView name, const QString &value)
    {
        if (!value.isEmpty())
            key(indent, name, value);
    }
    void raw(int indent, const QString &text) { line(indent, text); }
    // A blank line between modules, for the eye; not after a "|+" block, which would take it
    // as one more trailing newline of its text.
    void blankLine()
    {
        if (!m_lastKeptTrailingNewlines)
            m_text += u'\n';
    }
    void rawKey(int indent, QStringView name, const QString &plain)
    {
        line(indent, name.toString() + u": "_s + plain + u'\n');
    }
    // A sequence item holding one scalar.
    void scalarItem(int indent, const QString &value)
    {
        line(indent, u"-"_s);
        scalarAfterKey(indent, value, false);
    }
    // Starts a sequence item: "- " then the first key on the same line.
    void item(int indent) { m_pendingDash = indent; }

    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    void line(int indent, const QString &text)
    {
        m_lastKeptTrailingNewlines = false;
        if (m_pendingDash >= 0) {
            m_text += QString(m_pendingDash, u' ') + u"- "_s + text;
            m_pendingDash = -1;
        } else {
            m_text += QString(indent, u' ') + text;
        }
    }
    void scalarAfterKey(int indent, const QString &value, bool allowBlock = true)
    {
        if (allowBlock && fitsLiteralBlock(value)) {
            QString header = u" |"_s;
            // An indentation indicator when the text itself starts with spaces.
            qsizetype firstSolid = 0;
            while (firstSolid < value.size()
                   && (value.at(firstSolid) == u' ' || value.at(firstSolid) == u'\n'))
                ++firstSolid;
            if (value.left(firstSolid).contains(u' '))
                header += u'2';
            qsizetype trailing = 0;
            while (trailing < value.size() && value.at(value.size() - 1 - trailing) == u'\n')
                ++trailing;
            if (trailing == 0)
                header += u'-';
            else if (trailing > 1)
                header += u'+';
            m_lastKeptTrailingNewlines = trailing > 1;
            m_text += header + u'\n';
            QString body = value;
            if (trailing > 0)
                body.chop(1);
            const QString pad(indent + 2, u' ');
            const QStringList lines = body.split(u'\n');
            for (const QString &l : lines) {
                if (!l.isEmpty())
                    m_text += pad + l;
                m_text += u'\n';
            }
        } else if (isPlainSafe(value) && !looksTyped(value)) {
            m_text += u' ' + value + u'\n';
        } else {
            m_text += u' ' + doubleQuoted(value) + u'\n';
        }
    }
    // Keep strings that read like numbers or booleans quoted, so that a reader of the file
    // sees they are text.
    static bool looksTyped(const QString &value)
    {
        static const QStringList words = {u"true"_s,
                                          u"false"_s,
                                          u"yes"_s,
                                          u"no"_s,
                                          u"on"_s,
                                          u"off"_s,
                                          u"null"_s,
                                          u"~"_s,
                                          u"y"_s,
                                          u"n"_s};
        if (words.contains(value.toLower()))
            return true;
        bool isNumber = false;
        value.toDouble(&isNumber);
        return isNumber;
    }

    QString m_text;
    int m_pendingDash = -1;
    bool m_lastKeptTrailingNewlines = false;
};

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString flowList(const QStringList &names)
{
    return u'[' + names.join(u", "_s) + u']';
}

void writeAuthorization(YamlText &out, int indent, const Authorization &authz)
{
    if (authz == Authorization())
        return;
    out.raw(indent, u"authz:\n"_s);
    const int in = indent + 2;
    out.keyIfSet(in, u"owner", authz.owner);
    if (!authz.groupMembers.isEmpty()) {
        out.raw(in, u"groupMembers:\n"_s);
        for (const QString &member : authz.groupMembers) {
            out.scalarItem(in, member);
        }
    }
    if (authz.isPublic)
        out.rawKey(in, u"public", u"true"_s);
    out.rawKey(in, u"ownerRights", flowList(BundleSchema::rightNames(authz.ownerRights)));
    out.rawKey(in, u"groupRights", flowList(BundleSchema::rightNames(authz.groupRights)));
    out.rawKey(in, u"publicRights", flowList(BundleSchema::rightNames(authz.publicRights)));
}

void writeParameter(YamlText &out, int indent, const Parameter &p)
{
    out.item(indent);
    out.key(indent + 2, u"name", p.name);
    const int in = indent + 2;
    out.keyIfSet(in, u"description", p.description);
    out.keyIfSet(in, u"default", p.defaultValue);
    if (p.type != ParameterType::String)
        out.rawKey(in, u"type", BundleSchema::typeName(p.type));
    if (p.category != ParameterCategory::Input)
        out.rawKey(in, u"category", BundleSchema::categoryName(p.category));
    if (!p.enumValues.isEmpty()) {
        out.raw(in, u"enumValues:\n"_s);
        for (const QString &value : p.enumValues) {
            out.scalarItem(in, value);
        }
    }
    if (p.mandatory)
        out.rawKey(in, u"mandatory", u"true"_s);
}

void writeImage(YamlText &out, int indent, const ImageSpec &image)
{
    out.raw(indent, u"image:\n"_s);
    const int in = indent + 2;
    if (image.native)
        out.rawKey(in, u"native", u"true"_s);
    if (!image.imageIds.isEmpty()) {
        out.raw(in, u"imageIds:\n"_s);
        for (const CloudImageId &id : image.imageIds) {
            out.item(in);
            out.key(in + 2, u"cloud", id.cloud);
            out.key(in + 2, u"imageId", id.imageId);
            out.keyIfSet(in + 2, u"region", id.region);
        }
    }
    out.keyIfSet(in, u"parent", image.parent);
    out.keyIfSet(in, u"loginUser", image.loginUser);
    out.keyIfSet(in, u"platform", image.platform);
    if (!image.packages.isEmpty()) {
        out.raw(in, u"packages:\n"_s);
        for (const Package &package : image.packages) {
            out.item(in);
            out.key(in + 2, u"name", package.name);
            out.keyIfSet(in + 2, u"repository", package.repository);
            out.keyIfSet(in + 2, u"key", package.key);
        }
    }
    if (image.recipes != Recipes()) {
        out.raw(in, u"recipes:\n"_s);
        for (const RecipeKind kind : BundleSchema::recipeKinds())
            out.keyIfSet(in + 2,
                         BundleSchema::recipeName(kind),
                         BundleSchema::recipe(image.recipes, kind));
    }
    if (!image.parameters.isEmpty()) {
        out.raw(in, u"parameters:\n"_s);
        for (const Parameter &p : image.parameters)
            writeParameter(out, in, p);
    }
    if (!image.resources.isEmpty()) {
        out.raw(in, u"resources:\n"_s);
        for (const CloudResources &r : image.resources) {
            out.item(in);
            out.key(in + 2, u"cloud", r.cloud);
            out.keyIfSet(in + 2, u"instanceType", r.instanceType);
            out.keyIfSet(in + 2, u"cpu", r.cpu);
            out.keyIfSet(in + 2, u"ram", r.ram);
            out.keyIfSet(in + 2, u"disk", r.disk);
            out.keyIfSet(in + 2, u"network", r.network);
            if (!r.securityGroups.isEmpty()) {
                out.raw(in + 2, u"securityGroups:\n"_s);
                for (const QString &group : r.securityGroups) {
                    out.scalarItem(in + 2, group);
                }
            }
        }
    }
}

void writeDeployment(YamlText &out, int indent, const DeploymentSpec &deployment)
{
    out.raw(indent, u"deployment:\n"_s);
    const int in = indent + 2;
    if (deployment.nodes.isEmpty()) {
        out.raw(in, u"nodes: []\n"_s);
        return;
    }
    out.raw(in, u"nodes:\n"_s);
    for (const Node &node : deployment.nodes) {
        out.item(in);
        const int n = in + 2;
        out.key(n, u"name", node.name);
        out.key(n, u"image", node.image);
        if (node.imageVersion)
            out.rawKey(n, u"imageVersion", QString::number(*node.imageVersion));
        if (node.multiplicity != 1)
            out.rawKey(n, u"multiplicity", QString::number(node.multiplicity));
        out.keyIfSet(n, u"cloud", node.cloud);
        if (node.maxProvisioningFailures != 0)
            out.rawKey(n, u"maxProvisioningFailures", QString::number(node.maxProvisioningFailures));
        if (!node.mappings.isEmpty()) {
            out.raw(n, u"mappings:\n"_s);
            for (const ParameterMapping &m : node.mappings) {
                out.item(n);
                out.key(n + 2, u"input", m.input);
                out.key(n + 2, m.literal ? u"value" : u"output", m.value);
            }
        }
        out.rawKey(n,
                   u"position",
                   u'[' + number(node.position.x()) + u", "_s + number(node.position.y()) + u']');
        if (node.health != NodeHealth{}) {
            const NodeHealth defaults;
            out.raw(n, u"health:\n"_s);
            if (node.health.intervalSeconds != defaults.intervalSeconds)
                out.rawKey(n + 2, u"intervalSeconds", QString::number(node.health.intervalSeconds));
            if (node.health.failures != defaults.failures)
                out.rawKey(n + 2, u"failures", QString::number(node.health.failures));
            if (node.health.policy != defaults.policy)
                out.rawKey(n + 2, u"policy", healthPolicyName(node.health.policy));
        }
    }
}

void writeVersionFields(YamlText &out, int indent, const ModuleVersion &version)
{
    if (version.version > 0)
        out.rawKey(indent, u"version", QString::number(version.version));
    out.keyIfSet(indent, u"author", version.author);
    if (version.savedAt.isValid())
        out.key(indent, u"savedAt", version.savedAt.toUTC().toString(Qt::ISODateWithMs));
    out.keyIfSet(indent, u"comment", version.comment);
}

void writeModuleFields(YamlText &out, int indent, const Module &module)
{
    out.rawKey(indent, u"kind", BundleSchema::kindName(module.kind));
    out.keyIfSet(indent, u"description", module.description);
    out.keyIfSet(indent, u"logoUrl", module.logoUrl);
    writeAuthorization(out, indent, module.authz);
    if (module.kind == ModuleKind::Image)
        writeImage(out, indent, module.image);
    else if (module.kind == ModuleKind::Deployment)
        writeDeployment(out, indent, module.deployment);
}

} // namespace

QByteArray BundleWriter::toYaml(const Bundle &bundle)
{
    YamlText out;
    out.raw(0, u"# Slipway bundle: modules of a catalog, one entry per module path.\n"_s);
    out.rawKey(0, BundleSchema::kFormatKey, QString::number(Bundle::kFormatVersion));
    out.keyIfSet(0, u"root", bundle.root);
    if (bundle.withHistory)
        out.rawKey(0, u"history", u"true"_s);
    if (!bundle.withheld.isEmpty()) {
        out.raw(0,
                u"# Withheld: these passwords' values are not in this bundle (exported without\n"
                "# --with-secrets); set them again after importing it.\n"_s);
        for (const QString &w : bundle.withheld)
            out.raw(0, u"#   %1\n"_s.arg(QString(w).replace(u'\n', u' ')));
    }
    if (bundle.entries.isEmpty()) {
        out.raw(0, u"modules: []\n"_s);
        return out.bytes();
    }
    out.raw(0, u"modules:\n"_s);
    for (const BundleEntry &entry : bundle.entries) {
        if (entry.versions.isEmpty())
            continue;
        const ModuleVersion &latest = entry.latest();
        out.blankLine();
        out.item(0);
        out.key(2, u"path", latest.module.path);
        writeModuleFields(out, 2, latest.module);
        writeVersionFields(out, 2, latest);
        if (entry.versions.size() > 1) {
            out.raw(2, u"history:\n"_s);
            for (qsizetype i = 0; i + 1 < entry.versions.size(); ++i) {
                const ModuleVersion &older = entry.versions.at(i);
                out.item(2);
                if (older.module.path != latest.module.path)
                    out.key(4, u"path", older.module.path);
                writeVersionFields(out, 4, older);
                writeModuleFields(out, 4, older.module);
            }
        }
    }
    return out.bytes();
}

bool BundleWriter::writeFile(const Bundle &bundle, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = fileName + u": "_s + file.errorString();
        return false;
    }
    file.write(toYaml(bundle));
    if (!file.commit()) {
        if (error)
            *error = fileName + u": "_s + file.errorString();
        return false;
    }
    return true;
}

} // namespace Slipway
