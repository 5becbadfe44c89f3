#include "editortables.h"

#include "core/model/modulejson.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString text(const QVariant &v)
{
    return v.toString().trimmed();
}

QStringList splitList(const QVariant &v)
{
    QStringList out;
    for (const QString &item : v.toString().split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

QString uniqueName(const QString &stem, const QStringList &taken)
{
    if (!taken.contains(stem))
        return stem;
    for (int i = 2;; ++i) {
        const QString name = stem + QString::number(i);
        if (!taken.contains(name))
            return name;
    }
}

} // namespace

namespace EditorTables {

QString parameterTypeTitle(ParameterType type)
{
    return ModuleJson::parameterTypeName(type);
}

RowTableModel<CloudImageId> *imageIds(Document *document, QObject *parent)
{
    using Row = CloudImageId;
    RowTableModel<Row>::Access access{[](const Module &m) { return m.image.imageIds; },
                                      [](Module &m, const QList<Row> &rows) {
                                          m.image.imageIds = rows;
                                      },
                                      {},
                                      DocumentTableModel::tr("cloud image ids"),
                                      DocumentTableModel::tr("cloud image id"),
                                      [](const QList<Row> &rows) {
                                          QStringList clouds;
                                          for (const Row &r : rows)
                                              clouds.append(r.cloud);
                                          return Row{uniqueName(u"local"_s, clouds), {}, {}};
                                      }};
    QList<RowColumn<Row>> columns{
        {DocumentTableModel::tr("Cloud"),
         [](const Row &r) { return QVariant(r.cloud); },
         [](Row &r, const QVariant &v) {
             r.cloud = text(v);
         }},
        {DocumentTableModel::tr("Image id"),
         [](const Row &r) { return QVariant(r.imageId); },
         [](Row &r, const QVariant &v) {
             r.imageId = text(v);
         }},
        {DocumentTableModel::tr("Region"),
         [](const Row &r) { return QVariant(r.region); },
         [](Row &r, const QVariant &v) {
             r.region = text(v);
         }},
    };
    return new RowTableModel<Row>(document, Document::Part::ImageIds, access, columns, parent);
}

RowTableModel<Package> *packages(Document *document, QObject *parent)
{
    using Row = Package;
    RowTableModel<Row>::Access
        access{[](const Module &m) { return m.image.packages; },
               [](Module &m, const QList<Row> &rows) { m.image.packages = rows; },
               [](const Document &d) {
                   QList<Row> rows;
                   if (d.inherited()) {
                       for (const Row &p : d.inherited()->packages) {
                           const bool replaced = std::any_of(d.module().image.packages.cbegin(),
                                                             d.module().image.packages.cend(),
                                                             [&](const Row &own) {
                                                                 return own.name == p.name;
                                                             });
                           if (!replaced)
                               rows.append(p);
                       }
                   }
                   return rows;
               },
               DocumentTableModel::tr("packages"),
               DocumentTableModel::tr("package"),
               [](const QList<Row> &rows) {
                   QStringList names;
                   for (const Row &r : rows)
                       names.append(r.name);
                   return Row{uniqueName(u"package"_s, names), {}, {}};
               }};
    QList<RowColumn<Row>> columns{
        {DocumentTableModel::tr("Package"),
         [](const Row &r) { return QVariant(r.name); },
         [](Row &r, const QVariant &v) {
             r.name = text(v);
         }},
        {DocumentTableModel::tr("Repository"),
         [](const Row &r) { return QVariant(r.repository); },
         [](Row &r, const QVariant &v) {
             r.repository = text(v);
         }},
        {DocumentTableModel::tr("Key"),
         [](const Row &r) { return QVariant(r.key); },
         [](Row &r, const QVariant &v) {
             r.key = text(v);
         }},
    };
    return new RowTableModel<Row>(document,
                                  Document::Part::Packages | Document::Part::Summary,
                                  access,
                                  columns,
                                  parent);
}

RowTableModel<Parameter> *parameters(Document *document, QObject *parent)
{
    using Row = Parameter;
    RowTableModel<Row>::Access
        access{[](const Module &m) { return m.image.parameters; },
               [](Module &m, const QList<Row> &rows) { m.image.parameters = rows; },
               [](const Document &d) {
                   // The effective parameters this image does not define itself: the implicit
                   // outputs and the parents' own.
                   QList<Row> rows;
                   if (!d.effective())
                       return rows;
                   for (const Row &p : d.effective()->parameters) {
                       const bool own = std::any_of(d.module().image.parameters.cbegin(),
                                                    d.module().image.parameters.cend(),
                                                    [&](const Row &o) { return o.name == p.name; });
                       if (!own)
                           rows.append(p);
                   }
                   return rows;
               },
               DocumentTableModel::tr("parameters"),
               DocumentTableModel::tr("parameter"),
               [](const QList<Row> &rows) {
                   QStringList names;
                   for (const Row &r : rows)
                       names.append(r.name);
                   Row p;
                   p.name = uniqueName(u"parameter"_s, names);
                   return p;
               }};
    QList<RowColumn<Row>> columns{
        {DocumentTableModel::tr("Name"),
         [](const Row &r) { return QVariant(r.name); },
         [](Row &r, const QVariant &v) {
             r.name = text(v);
         }},
        {DocumentTableModel::tr("Description"),
         [](const Row &r) { return QVariant(r.description); },
         [](Row &r, const QVariant &v) {
             r.description = v.toString();
         }},
        {DocumentTableModel::tr("Default"),
         [](const Row &r) { return QVariant(r.defaultValue); },
         [](Row &r, const QVariant &v) {
             r.defaultValue = v.toString();
         }},
        {DocumentTableModel::tr("Type"),
         [](const Row &r) { return QVariant(ModuleJson::parameterTypeName(r.type)); },
         [](Row &r, const QVariant &v) {
             if (auto t = ModuleJson::parameterTypeFromName(text(v)))
                 r.type = *t;
         },
         false,
         [](const Row &) {
             QStringList names;
             for (ParameterType t : {ParameterType::String,
                                     ParameterType::Text,
                                     ParameterType::Password,
                                     ParameterType::Boolean,
                                     ParameterType::Enum})
                 names.append(ModuleJson::parameterTypeName(t));
             return names;
         }},
        {DocumentTableModel::tr("Category"),
         [](const Row &r) { return QVariant(ModuleJson::parameterCategoryName(r.category)); },
         [](Row &r, const QVariant &v) {
             if (auto c = ModuleJson::parameterCategoryFromName(text(v)))
                 r.category = *c;
         },
         false,
         [](const Row &) {
             return QStringList{ModuleJson::parameterCategoryName(ParameterCategory::Input),
                                ModuleJson::parameterCategoryName(ParameterCategory::Output)};
         }},
        {DocumentTableModel::tr("Mandatory"),
         [](const Row &r) { return QVariant(r.mandatory); },
         [](Row &r, const QVariant &v) { r.mandatory = v.toBool(); },
         true},
        {DocumentTableModel::tr("Enum values"),
         [](const Row &r) { return QVariant(r.enumValues.join(u", ")); },
         [](Row &r, const QVariant &v) { r.enumValues = splitList(v); },
         false,
         {},
         DocumentTableModel::tr("The values of an enum parameter, separated by commas")},
    };
    return new RowTableModel<Row>(document,
                                  Document::Part::Parameters | Document::Part::Summary,
                                  access,
                                  columns,
                                  parent);
}

RowTableModel<CloudResources> *resources(Document *document, QObject *parent)
{
    using Row = CloudResources;
    RowTableModel<Row>::Access access{[](const Module &m) { return m.image.resources; },
                                      [](Module &m, const QList<Row> &rows) {
                                          m.image.resources = rows;
                                      },
                                      {},
                                      DocumentTableModel::tr("resources"),
                                      DocumentTableModel::tr("resources of a cloud"),
                                      [](const QList<Row> &rows) {
                                          QStringList clouds;
                                          for (const Row &r : rows)
                                              clouds.append(r.cloud);
                                          Row r;
                                          r.cloud = uniqueName(u"local"_s, clouds);
                                          return r;
                                      }};
    QList<RowColumn<Row>> columns{
        {DocumentTableModel::tr("Cloud"),
         [](const Row &r) { return QVariant(r.cloud); },
         [](Row &r, const QVariant &v) {
             r.cloud = text(v);
         }},
        {DocumentTableModel::tr("Instance type"),
         [](const Row &r) { return QVariant(r.instanceType); },
         [](Row &r, const QVariant &v) {
             r.instanceType = text(v);
         }},
        {DocumentTableModel::tr("CPU"),
         [](const Row &r) { return QVariant(r.cpu); },
         [](Row &r, const QVariant &v) {
             r.cpu = text(v);
         }},
        {DocumentTableModel::tr("RAM"),
         [](const Row &r) { return QVariant(r.ram); },
         [](Row &r, const QVariant &v) {
             r.ram = text(v);
         }},
        {DocumentTableModel::tr("Disk"),
         [](const Row &r) { return QVariant(r.disk); },
         [](Row &r, const QVariant &v) {
             r.disk = text(v);
         }},
        {DocumentTableModel::tr("Network"),
         [](const Row &r) { return QVariant(r.network); },
         [](Row &r, const QVariant &v) { r.network = text(v); },
         false,
         [](const Row &) {
             return QStringList{u"public"_s, u"private"_s};
         }},
        {DocumentTableModel::tr("Security groups"),
         [](const Row &r) { return QVariant(r.securityGroups.join(u", ")); },
         [](Row &r, const QVariant &v) {
             r.securityGroups = splitList(v);
         }},
    };
    return new RowTableModel<Row>(document, Document::Part::Resources, access, columns, parent);
}

RowTableModel<Node> *nodes(Document *document,
                           std::function<QStringList()> imagePaths,
                           QObject *parent)
{
    using Row = Node;
    RowTableModel<Row>::Access access{[](const Module &m) { return m.deployment.nodes; },
                                      [](Module &m, const QList<Row> &rows) {
                                          m.deployment.nodes = rows;
                                      },
                                      {},
                                      DocumentTableModel::tr("nodes"),
                                      DocumentTableModel::tr("node"),
                                      [](const QList<Row> &rows) {
                                          QStringList names;
                                          for (const Row &r : rows)
                                              names.append(r.name);
                                          Row n;
                                          n.name = uniqueName(u"node"_s, names);
                                          n.position = QPointF(40.0 + 200.0 * rows.size(), 40.0);
                                          return n;
                                      }};
    Document *doc = document;
    QList<RowColumn<Row>> columns{
        {DocumentTableModel::tr("Name"),
         [](const Row &r) { return QVariant(r.name); },
         [](Row &r, const QVariant &v) {
             r.name = text(v);
         }},
        {DocumentTableModel::tr("Image"),
         [](const Row &r) { return QVariant(r.image); },
         [](Row &r, const QVariant &v) { r.image = text(v); },
         false,
         [imagePaths](const Row &) {
             return imagePaths();
         }},
        {DocumentTableModel::tr("Version"),
         [](const Row &r) {
             return r.imageVersion ? QVariant(QString::number(*r.imageVersion))
                                   : QVariant(DocumentTableModel::tr("latest"));
         },
         [](Row &r, const QVariant &v) {
             bool ok = false;
             const int version = text(v).toInt(&ok);
             if (ok && version > 0)
                 r.imageVersion = version;
             else
                 r.imageVersion.reset();
         },
         false,
         [doc](const Row &r) {
             QStringList choices{DocumentTableModel::tr("latest")};
             if (auto history = doc->catalog().history(r.image))
                 for (const VersionSummary &v : *history)
                     choices.append(QString::number(v.version));
             return choices;
         },
         DocumentTableModel::tr("Pin a version of the image, or follow the latest")},
        {DocumentTableModel::tr("Multiplicity"),
         [](const Row &r) { return QVariant(r.multiplicity); },
         [](Row &r, const QVariant &v) {
             r.multiplicity = v.toInt();
         }},
        {DocumentTableModel::tr("Cloud"),
         [](const Row &r) { return QVariant(r.cloud); },
         [](Row &r, const QVariant &v) { r.cloud = text(v); },
         false,
         {},
         DocumentTableModel::tr("Empty: the run's default cloud")},
        {DocumentTableModel::tr("Max failures"),
         [](const Row &r) { return QVariant(r.maxProvisioningFailures); },
         [](Row &r, const QVariant &v) { r.maxProvisioningFailures = v.toInt(); },
         false,
         {},
         DocumentTableModel::tr("How many instances may fail to provision before the run aborts")},
        // The health checks of a node whose image has a check recipe: a launch's defaults.
        {DocumentTableModel::tr("Check every (s)"),
         [](const Row &r) { return QVariant(r.health.intervalSeconds); },
         [](Row &r, const QVariant &v) { r.health.intervalSeconds = v.toInt(); },
         false,
         {},
         DocumentTableModel::tr("How often a running instance's check recipe runs, in seconds "
                                "(when its image has one)")},
        {DocumentTableModel::tr("Unhealthy after"),
         [](const Row &r) { return QVariant(r.health.failures); },
         [](Row &r, const QVariant &v) { r.health.failures = v.toInt(); },
         false,
         {},
         DocumentTableModel::tr("How many failed checks in a row make an instance unhealthy")},
        {DocumentTableModel::tr("When unhealthy"),
         [](const Row &r) { return QVariant(healthPolicyName(r.health.policy)); },
         [](Row &r, const QVariant &v) {
             if (const std::optional<HealthPolicy> p = healthPolicyFromName(text(v)))
                 r.health.policy = *p;
         },
         false,
         [](const Row &) {
             return QStringList{healthPolicyName(HealthPolicy::Report),
                                healthPolicyName(HealthPolicy::Restart),
                                healthPolicyName(HealthPolicy::Replace)};
         },
         DocumentTableModel::tr("report: say so; restart: run its execute again; replace: a new "
                                "instance takes its place")},
    };
    return new RowTableModel<Row>(document, Document::Part::Nodes, access, columns, parent);
}

RowTableModel<ParameterMapping> *mappings(Document *document,
                                          std::shared_ptr<QString> nodeName,
                                          QObject *parent)
{
    using Row = ParameterMapping;
    auto nodeOf = [nodeName](const Module &m) -> const Node * {
        for (const Node &n : m.deployment.nodes)
            if (n.name == *nodeName)
                return &n;
        return nullptr;
    };
    RowTableModel<Row>::Access access{[nodeOf](const Module &m) {
                                          const Node *n = nodeOf(m);
                                          return n ? n->mappings : QList<Row>();
                                      },
                                      [nodeName](Module &m, const QList<Row> &rows) {
                                          for (Node &n : m.deployment.nodes)
                                              if (n.name == *nodeName)
                                                  n.mappings = rows;
                                      },
                                      {},
                                      DocumentTableModel::tr("mappings"),
                                      DocumentTableModel::tr("mapping"),
                                      [](const QList<Row> &) {
                                          return Row{};
                                      }};
    Document *doc = document;
    auto imageOf = [doc](const Node &node) -> std::optional<EffectiveImage> {
        const ModuleLookup lookup = doc->lookup();
        auto image = lookup(node.image, node.imageVersion);
        if (!image)
            return std::nullopt;
        auto effective = effectiveImage(*image, lookup);
        if (!effective)
            return std::nullopt;
        return *effective;
    };
    QList<RowColumn<Row>> columns{
        {DocumentTableModel::tr("Input"),
         [](const Row &r) { return QVariant(r.input); },
         [](Row &r, const QVariant &v) { r.input = text(v); },
         false,
         [doc, nodeOf, imageOf](const Row &) {
             const Node *n = nodeOf(doc->module());
             if (!n)
                 return QStringList();
             auto image = imageOf(*n);
             return image ? image->inputNames() : QStringList();
         }},
        {DocumentTableModel::tr("Value"),
         [](const Row &r) { return QVariant(r.value); },
         [](Row &r, const QVariant &v) { r.value = text(v); },
         false,
         [doc, nodeName, imageOf](const Row &r) {
             // Outputs of the other nodes ("node:output"); a literal takes any text.
             QStringList choices;
             if (r.literal)
                 return choices;
             for (const Node &n : doc->module().deployment.nodes) {
                 if (n.name == *nodeName)
                     continue;
                 if (auto image = imageOf(n))
                     for (const QString &output : image->outputNames())
                         choices.append(n.name + u':' + output);
             }
             return choices;
         },
         DocumentTableModel::tr("An output of another node (node:output), or a literal value")},
        {DocumentTableModel::tr("Literal"),
         [](const Row &r) { return QVariant(r.literal); },
         [](Row &r, const QVariant &v) { r.literal = v.toBool(); },
         true},
    };
    return new RowTableModel<Row>(document, Document::Part::Nodes, access, columns, parent);
}

} // namespace EditorTables

QWidget *ChoiceDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(choices);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // Inline: a completion popup would take the focus, which ends the cell's edit.
    combo->completer()->setCompletionMode(QCompleter::InlineCompletion);
    // Return in the line edit or a pick in the list or the completion commits at once.
    auto *self = const_cast<ChoiceDelegate *>(this);
    auto commit = [self, combo] {
        Q_EMIT self->commitData(combo);
    };
    connect(combo->lineEdit(), &QLineEdit::returnPressed, combo, commit);
    connect(combo, &QComboBox::activated, combo, commit);
    connect(combo->completer(),
            qOverload<const QString &>(&QCompleter::activated),
            combo,
            [combo, commit](const QString &text) {
                combo->setCurrentText(text);
                commit();
            });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor,
                                  QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Slipway
