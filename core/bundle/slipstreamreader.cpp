#include "slipstreamreader.h"

#include "core/bundle/bundlelogging.h"
#include "core/bundle/bundleschema.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr int kMaxDepth = 64;
constexpr qreal kNodeSpacing = 240;

// The part of the document the mapping needs, with where each element starts.
struct XmlElement
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QList<XmlElement> children;
    int line = 0;
    int column = 0;

    QString attribute(QStringView attributeName) const
    {
        return attributes.value(attributeName).toString();
    }
    bool flag(QStringView attributeName) const
    {
        return attributes.value(attributeName) == u"true"_s;
    }
    const XmlElement *child(QStringView childName) const
    {
        for (const XmlElement &c : children) {
            if (c.name == childName)
                return &c;
        }
        return nullptr;
    }
    QList<const XmlElement *> all(QStringView childName) const
    {
        QList<const XmlElement *> found;
        for (const XmlElement &c : children) {
            if (c.name == childName)
                found.append(&c);
        }
        return found;
    }
    QString childText(QStringView childName) const
    {
        const XmlElement *c = child(childName);
        return c ? c->text : QString();
    }
};

class XmlTreeBuilder
{
public:
    explicit XmlTreeBuilder(const QString &xml)
        : m_text(xml)
        , m_reader(xml)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < xml.size(); ++i) {
            if (xml.at(i) == u'\n')
                m_lineStarts.append(i + 1);
        }
    }

    bool build(XmlElement &root, SourceError &error, const QString &fileName)
    {
        while (!m_reader.atEnd()) {
            m_reader.readNext();
            if (m_reader.isStartElement()) {
                if (!element(root, 0)) {
                    setError(error, fileName);
                    return false;
                }
                // Nothing but whitespace and comments may follow the root element.
                while (!m_reader.atEnd())
                    m_reader.readNext();
                break;
            }
        }
        if (m_reader.hasError() || root.name.isEmpty()) {
            if (!m_reader.hasError())
                m_reader.raiseError(u"no XML element found"_s);
            setError(error, fileName);
            return false;
        }
        return true;
    }

private:
    // The reader tells where a start tag ends; the tag starts at the '<' before that, since
    // attribute values cannot hold a literal '<'.
    void locateStartTag(XmlElement &e) const
    {
        const qsizetype end = qMin(qsizetype(m_reader.characterOffset()), m_text.size());
        const qsizetype start = qMax(qsizetype(0),
                                     m_text.lastIndexOf(u'<', qMax<qsizetype>(end - 1, 0)));
        const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), start);
        const qsizetype line = next - m_lineStarts.cbegin(); // 1-based
        e.line = int(line);
        e.column = int(start - m_lineStarts.at(line - 1)) + 1;
    }

    bool element(XmlElement &e, int depth)
    {
        e.name = m_reader.name().toString();
        e.attributes = m_reader.attributes();
        locateStartTag(e);
        if (depth > kMaxDepth) {
            m_reader.raiseError(u"elements nested more than %1 deep"_s.arg(kMaxDepth));
            m_errorLine = e.line;
            m_errorColumn = e.column;
            return false;
        }
        while (!m_reader.atEnd()) {
            m_reader.readNext();
            if (m_reader.isStartElement()) {
                e.children.append(XmlElement());
                if (!element(e.children.last(), depth + 1))
                    return false;
            } else if (m_reader.isCharacters()) {
                e.text += m_reader.text();
            } else if (m_reader.isEndElement()) {
                return true;
            }
        }
        return !m_reader.hasError();
    }

    void setError(SourceError &error, const QString &fileName)
    {
        error.location = {fileName,
                          m_errorLine ? m_errorLine : int(m_reader.lineNumber()),
                          m_errorLine ? m_errorColumn : int(m_reader.columnNumber())};
        error.message = u"malformed XML: "_s + m_reader.errorString();
    }

    const QString &m_text;
    QXmlStreamReader m_reader;
    QList<qsizetype> m_lineStarts;
    int m_errorLine = 0; // set when the error is about an element rather than the syntax
    int m_errorColumn = 0;
};

QString modulePathFromUri(QString uri)
{
    if (uri.startsWith(u"module/"_s))
        uri.remove(0, 7);
    while (uri.endsWith(u'/'))
        uri.chop(1);
    while (uri.startsWith(u'/'))
        uri.remove(0, 1);
    return uri;
}

QDateTime slipStreamTime(QString text)
{
    // "2015-07-02 15:29:13.535 UTC", sometimes with a shorter fraction ("14.5").
    text = text.trimmed();
    if (text.endsWith(u" UTC"_s))
        text.chop(4);
    QString fraction;
    if (const qsizetype dot = text.lastIndexOf(u'.'); dot > 0) {
        fraction = text.mid(dot + 1);
        text.truncate(dot);
    }
    QDateTime time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::UTC);
    if (!fraction.isEmpty()) {
        bool ok = false;
        const int ms = fraction.left(3).leftJustified(3, u'0').toInt(&ok);
        if (ok)
            time = time.addMSecs(ms);
    }
    return time;
}

class ModuleMapper
{
public:
    ModuleMapper(const QString &fileName, BundleReadResult &result)
        : m_fileName(fileName)
        , m_result(result)
    {}

    SourceLocation at(const XmlElement &e) const { return {m_fileName, e.line, e.column}; }
    void fail(const XmlElement &e, const QString &message)
    {
        m_result.errors.append({at(e), message});
    }
    void warn(const XmlElement &e, const QString &message)
    {
        m_result.warnings.append({at(e), message});
    }

    std::optional<BundleEntry> map(const XmlElement &root)
    {
        ModuleVersion v;
        Module &m = v.module;
        if (root.name == u"projectModule"_s)
            m.kind = ModuleKind::Project;
        else if (root.name == u"imageModule"_s)
            m.kind = ModuleKind::Image;
        else if (root.name == u"deploymentModule"_s)
            m.kind = ModuleKind::Deployment;
        else {
            fail(root,
                 u"expected a SlipStream module (projectModule, imageModule or "
                 "deploymentModule), found <%1>"_s.arg(root.name));
            return std::nullopt;
        }
        const QString shortName = root.attribute(u"shortName");
        const QString parent = modulePathFromUri(root.attribute(u"parentUri"));
        if (shortName.isEmpty()) {
            fail(root, u"the module has no shortName"_s);
            return std::nullopt;
        }
        m.path = parent.isEmpty() ? shortName : parent + u'/' + shortName;
        if (!BundleSchema::isValidPath(m.path)) {
            fail(root, u"invalid module path '%1' (from parentUri and shortName)"_s.arg(m.path));
            return std::nullopt;
        }
        m.description = root.attribute(u"description");
        m.logoUrl = root.attribute(u"logoLink");
        if (const XmlElement *authz = root.child(u"authz"))
            m.authz = authorization(*authz);
        if (const XmlElement *commit = root.child(u"commit")) {
            v.author = commit->attribute(u"author");
            v.comment = commit->childText(u"comment").trimmed();
        }
        v.savedAt = slipStreamTime(root.attribute(u"lastModified"));

        BundleEntry entry;
        entry.location = at(root);
        if (m.kind == ModuleKind::Image)
            image(root, m, entry);
        else if (m.kind == ModuleKind::Deployment)
            deployment(root, m, entry);
        entry.versions.append(v);
        return entry;
    }

private:
    static Rights rights(const XmlElement &authz, QStringView who)
    {
        const std::pair<QStringView, Right> table[] = {{u"Get", Right::Get},
                                                       {u"Put", Right::Edit},
                                                       {u"Post", Right::Run},
                                                       {u"Delete", Right::Delete},
                                                       {u"CreateChildren", Right::CreateChildren}};
        Rights result;
        for (const auto &[suffix, right] : table) {
            if (authz.flag(QString(who.toString() + suffix.toString())))
                result |= right;
        }
        return result;
    }

    static Authorization authorization(const XmlElement &authz)
    {
        Authorization a;
        a.owner = authz.attribute(u"owner");
        if (const XmlElement *members = authz.child(u"groupMembers")) {
            for (const XmlElement *member : members->all(u"string"))
                a.groupMembers.append(member->text.trimmed());
        }
        a.ownerRights = rights(authz, u"owner");
        a.groupRights = rights(authz, u"group");
        a.publicRights = rights(authz, u"public");
        a.isPublic = a.publicRights.testFlag(Right::Get);
        return a;
    }

    ParameterType parameterType(const XmlElement &p)
    {
        const QString type = p.attribute(u"type");
        if (type.isEmpty() || type == u"String"_s || type == u"RestrictedString"_s)
            return ParameterType::String;
        if (type == u"Text"_s || type == u"RestrictedText"_s)
            return ParameterType::Text;
        if (type == u"Password"_s)
            return ParameterType::Password;
        if (type == u"Boolean"_s)
            return ParameterType::Boolean;
        if (type == u"Enum"_s)
            return ParameterType::Enum;
        warn(p,
             u"parameter '%1' has type '%2', imported as String"_s.arg(p.attribute(u"name"), type));
        return ParameterType::String;
    }

    static QString parameterValue(const XmlElement &p)
    {
        const XmlElement *value = p.child(u"defaultValue");
        if (!value)
            value = p.child(u"value");
        return value ? value->text : QString();
    }

    void image(const XmlElement &root, Module &m, BundleEntry &entry)
    {
        ImageSpec &image = m.image;
        image.native = root.flag(u"isBase");
        image.loginUser = root.attribute(u"loginUser");
        image.platform = root.attribute(u"platform");
        if (!image.native) {
            image.parent = modulePathFromUri(root.attribute(u"moduleReferenceUri"));
            if (!image.parent.isEmpty())
                entry.references.append({image.parent, u"image.parent"_s, at(root)});
        }
        if (const XmlElement *ids = root.child(u"cloudImageIdentifiers")) {
            for (const XmlElement &id : ids->children) {
                CloudImageId imageId{id.attribute(u"cloudServiceName"),
                                     id.attribute(u"cloudImageIdentifier"),
                                     id.attribute(u"region")};
                if (imageId.cloud.isEmpty() || imageId.imageId.isEmpty())
                    warn(id, u"a cloud image identifier without cloud or id was skipped"_s);
                else
                    image.imageIds.append(imageId);
            }
        }
        if (const XmlElement *packages = root.child(u"packages")) {
            for (const XmlElement *p : packages->all(u"package"))
                image.packages.append(
                    {p->attribute(u"name"), p->attribute(u"repository"), p->attribute(u"key")});
        }
        image.recipes.preInstall = root.childText(u"prerecipe");
        image.recipes.recipe = root.childText(u"recipe");
        if (const XmlElement *targets = root.child(u"targets")) {
            for (const XmlElement *target : targets->all(u"target")) {
                const QString name = target->attribute(u"name");
                if (name == u"execute"_s)
                    image.recipes.execute = target->text;
                else if (name == u"report"_s)
                    image.recipes.report = target->text;
                else if (name == u"onvmadd"_s)
                    image.recipes.onVmAdd = target->text;
                else if (name == u"onvmremove"_s)
                    image.recipes.onVmRemove = target->text;
                else if (!target->text.trimmed().isEmpty())
                    warn(*target, u"unknown target '%1' was not imported"_s.arg(name));
            }
        }
        parameters(root, image);
    }

    void parameters(const XmlElement &root, ImageSpec &image)
    {
        const XmlElement *parameters = root.child(u"parameters");
        if (!parameters)
            return;
        QString network;
        QStringList dropped;
        QHash<QString, qsizetype> resourceIndex;
        for (const XmlElement *entry : parameters->all(u"entry")) {
            const XmlElement *p = entry->child(u"parameter");
            if (!p)
                continue;
            const QString name = p->attribute(u"name");
            const QString category = p->attribute(u"category");
            const QString value = parameterValue(*p);
            if (category == u"Input"_s || category == u"Output"_s || category == u"General"_s) {
                const bool output = category == u"Output"_s;
                if (output && (name == u"hostname"_s || name == u"instanceid"_s))
                    continue; // every image has them
                Parameter parameter;
                parameter.name = name;
                parameter.description = p->attribute(u"description");
                parameter.defaultValue = value;
                parameter.type = parameterType(*p);
                parameter.category = output ? ParameterCategory::Output : ParameterCategory::Input;
                parameter.mandatory = p->flag(u"mandatory");
                if (const XmlElement *values = p->child(u"enumValues")) {
                    for (const XmlElement *v : values->all(u"string"))
                        parameter.enumValues.append(v->text);
                }
                image.parameters.append(parameter);
            } else if (category == u"Cloud"_s) {
                if (name == u"network"_s)
                    network = value.toLower();
                else if (!value.isEmpty())
                    dropped.append(name);
            } else if (!category.isEmpty() && name.startsWith(category + u'.')) {
                const QString key = name.mid(category.size() + 1);
                if (value.isEmpty())
                    continue;
                qsizetype index = resourceIndex.value(category, -1);
                if (index < 0) {
                    index = image.resources.size();
                    resourceIndex.insert(category, index);
                    image.resources.append(CloudResources{category, {}, {}, {}, {}, {}, {}});
                }
                CloudResources &r = image.resources[index];
                if (key == u"instance.type"_s)
                    r.instanceType = value;
                else if (key == u"cpu"_s)
                    r.cpu = value;
                else if (key == u"ram"_s)
                    r.ram = value;
                else if (key == u"disk"_s || key == u"disk.size"_s)
                    r.disk = value;
                else if (key == u"network"_s)
                    r.network = value.toLower();
                else if (key == u"security.groups"_s) {
                    for (const QString &group : value.split(u',', Qt::SkipEmptyParts))
                        r.securityGroups.append(group.trimmed());
                } else
                    dropped.append(name);
            } else {
                dropped.append(name);
            }
        }
        // SlipStream's network choice applies to every cloud.
        if (network == u"public"_s || network == u"private"_s) {
            for (CloudResources &r : image.resources) {
                if (r.network.isEmpty())
                    r.network = network;
            }
        }
        // Resource entries with nothing left in them carry no information.
        image.resources.removeIf([](const CloudResources &r) {
            return r.instanceType.isEmpty() && r.cpu.isEmpty() && r.ram.isEmpty()
                   && r.disk.isEmpty() && r.securityGroups.isEmpty();
        });
        if (!dropped.isEmpty()) {
            dropped.sort();
            const QString list = dropped.size() > 6 ? dropped.mid(0, 6).join(u", "_s) + u", …"_s
                                                    : dropped.join(u", "_s);
            warn(*parameters,
                 u"%1 parameter(s) with no Slipway field were not imported: %2"_s
                     .arg(QString::number(dropped.size()), list));
        }
    }

    void deployment(const XmlElement &root, Module &m, BundleEntry &entry)
    {
        const XmlElement *nodes = root.child(u"nodes");
        if (!nodes)
            return;
        for (const XmlElement *e : nodes->all(u"entry")) {
            const XmlElement *n = e->child(u"node");
            if (!n)
                continue;
            Node node;
            node.name = n->attribute(u"name");
            node.image = modulePathFromUri(n->attribute(u"imageUri"));
            if (node.name.isEmpty() || node.image.isEmpty()) {
                fail(*n, u"a node needs a name and an imageUri"_s);
                continue;
            }
            entry.references.append(
                {node.image, u"deployment.nodes[%1].image"_s.arg(node.name), at(*n)});
            node.multiplicity = integer(*n, u"multiplicity", 1);
            node.maxProvisioningFailures = integer(*n, u"maxProvisioningFailures", 0);
            const QString cloud = n->attribute(u"cloudService");
            node.cloud = cloud == u"default"_s ? QString() : cloud;
            if (const XmlElement *mappings = n->child(u"parameterMappings")) {
                for (const XmlElement *me : mappings->all(u"entry")) {
                    const XmlElement *p = me->child(u"parameter");
                    if (!p)
                        continue;
                    ParameterMapping mapping;
                    mapping.input = p->attribute(u"name");
                    QString value = p->childText(u"value").trimmed();
                    mapping.literal = !p->flag(u"isMappedValue");
                    if (mapping.literal) {
                        if (value.size() >= 2
                            && ((value.startsWith(u'\'') && value.endsWith(u'\''))
                                || (value.startsWith(u'"') && value.endsWith(u'"'))))
                            value = value.mid(1, value.size() - 2);
                    } else if (!value.contains(u':')) {
                        fail(*p,
                             u"mapping of '%1' should be node:parameter, not '%2'"_s
                                 .arg(mapping.input, value));
                    }
                    mapping.value = value;
                    node.mappings.append(mapping);
                }
            }
            node.position = QPointF(kNodeSpacing * m.deployment.nodes.size(), 0);
            m.deployment.nodes.append(node);
        }
    }

    int integer(const XmlElement &e, QStringView attributeName, int fallback)
    {
        const QString text = e.attribute(attributeName);
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 0) {
            fail(e, u"expected a whole number for %1, not '%2'"_s.arg(attributeName, text));
            return fallback;
        }
        return value;
    }

    QString m_fileName;
    BundleReadResult &m_result;
};

} // namespace

BundleReadResult SlipStreamReader::read(const QByteArray &xml, const QString &fileName)
{
    BundleReadResult result;
    // Decoded first so that the reader's character offsets index this text.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(xml);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const qsizetype lineStart = text.lastIndexOf(u'\n', qMax<qsizetype>(bad - 1, 0)) + 1;
        result.errors.append(
            {{fileName, int(text.left(bad).count(u'\n')) + 1, int(bad - lineStart) + 1},
             u"malformed XML: the file is not UTF-8 text"_s});
        return result;
    }
    XmlElement root;
    SourceError error;
    if (!XmlTreeBuilder(text).build(root, error, fileName)) {
        result.errors.append(error);
        return result;
    }
    ModuleMapper mapper(fileName, result);
    std::optional<BundleEntry> entry = mapper.map(root);
    if (entry && result.errors.isEmpty())
        result.bundle.entries.append(*entry);
    else
        result.bundle = Bundle();
    return result;
}

BundleReadResult SlipStreamReader::readFiles(const QStringList &fileNames)
{
    BundleReadResult result;
    QHash<QString, SourceLocation> seen;
    for (const QString &fileName : fileNames) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append({{fileName, 0, 0}, file.errorString()});
            continue;
        }
        BundleReadResult one = read(file.readAll(), fileName);
        result.errors += one.errors;
        result.warnings += one.warnings;
        for (const BundleEntry &entry : std::as_const(one.bundle.entries)) {
            if (const auto first = seen.constFind(entry.path()); first != seen.constEnd()) {
                result.errors.append(
                    {entry.location,
                     u"module '%1' is also defined at %2"_s.arg(entry.path(), first->toString())});
                continue;
            }
            seen.insert(entry.path(), entry.location);
            result.bundle.entries.append(entry);
        }
    }
    if (!result.errors.isEmpty())
        result.bundle = Bundle();
    qCDebug(lcBundle) << "read" << fileNames.size()
                      << "SlipStream files:" << result.bundle.entries.size() << "modules,"
                      << result.errors.size() << "errors";
    return result;
}

bool SlipStreamReader::looksLikeSlipStream(const QByteArray &data)
{
    const QByteArray head = data.left(512).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<projectModule")
           || head.startsWith("<imageModule") || head.startsWith("<deploymentModule");
}

} // namespace Slipway
