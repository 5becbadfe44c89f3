#include "deploymentscene.h"

#include "core/model/validation.h"
#include "ui/commands/modulecommand.h"
#include "ui/diagram/edgeitem.h"
#include "ui/diagram/graphvizlayout.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/portitem.h"
#include "ui/document.h"
#include "ui/models/catalogmodel.h"

#include <QElapsedTimer>
#include <QGraphicsPathItem>
#include <QGraphicsProxyWidget>
#include <QGraphicsSceneDragDropEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>
#include <QSpinBox>
#include <QUndoStack>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDiagram, "slipway.diagram")

namespace Slipway {

namespace {

// "web:port" or "web.2:port" -> ("web", "port"); empty when the value names no node.
std::pair<QString, QString> mappedOutput(const QString &value)
{
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0)
        return {};
    QString node = value.left(colon);
    const qsizetype dot = node.indexOf(u'.');
    if (dot > 0)
        node.truncate(dot);
    return {node, value.mid(colon + 1)};
}

// A node name made from an image's name that no node in nodes has yet.
QString uniqueNodeName(const QString &imagePath, const QList<Node> &nodes)
{
    QString base;
    for (QChar c : imagePath.section(u'/', -1))
        base += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : u'-';
    if (base.isEmpty() || !base.at(0).isLetter())
        base.prepend(u"node-"_s);
    auto taken = [&nodes](const QString &name) {
        return std::any_of(nodes.cbegin(), nodes.cend(), [&name](const Node &n) {
            return n.name == name;
        });
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString name = base + u'-' + QString::number(i);
        if (!taken(name))
            return name;
    }
}

} // namespace

DeploymentScene::DeploymentScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setObjectName(u"DeploymentScene"_s);
    // Nodes are few and move often; the index would be rebuilt on every move of a large drag.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &Document::changed, this, [this](Document::Parts parts) {
        // A new version, or other modules saved (Document::refreshReferences() names every
        // part): the images may have other parameters now.
        if (parts & (Document::Part::History | Document::Part::Parameters)) {
            m_images.clear();
            m_imagesChanged = true;
        }
        if (parts & (Document::Part::Nodes | Document::Part::History))
            rebuild();
    });
    rebuild();
}

DeploymentScene::~DeploymentScene() = default;

const EffectiveImage *DeploymentScene::imageOf(const Node &node) const
{
    const QString key = node.imageVersion ? node.image + u'@' + QString::number(*node.imageVersion)
                                          : node.image;
    auto found = m_images.find(key);
    if (found == m_images.end()) {
        std::optional<EffectiveImage> image;
        const ModuleLookup lookup = m_document->lookup();
        if (auto module = lookup(node.image, node.imageVersion);
            module && module->kind == ModuleKind::Image) {
            if (auto effective = effectiveImage(*module, lookup))
                image = std::move(*effective);
        }
        found = m_images.insert(key, image);
    }
    return found->has_value() ? &**found : nullptr;
}

void DeploymentScene::rebuild()
{
    closeInPlaceEditor();
    // Edges point at node items: drop them before any node goes.
    clearEdges();
    const QStringList selected = selectedNodeNames();
    const QList<Node> &nodes = m_document->module().deployment.nodes;
    QSet<QString> seen;
    for (const Node &node : nodes) {
        seen.insert(node.name);
        if (NodeItem *item = m_nodes.value(node.name)) {
            item->setNode(node);
            continue;
        }
        auto *item = new NodeItem(this, node);
        addItem(item);
        m_nodes.insert(node.name, item);
    }
    if (m_imagesChanged) {
        m_imagesChanged = false;
        for (NodeItem *item : std::as_const(m_nodes))
            item->rebuildPorts();
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_nodes.erase(it);
    }
    placeUnpositioned();
    rebuildEdges();
    selectNodes(selected);
    // Grows only, so that the view does not jump under the pointer after a drop or a move;
    // "fit" shrinks it back to the diagram.
    setSceneRect(m_sized ? sceneRect().united(contentsRect()) : defaultSceneRect());
    m_sized = true;
}

void DeploymentScene::placeUnpositioned()
{
    // Deployments imported from SlipStream carry no positions: every node sits at the origin.
    // Show them laid out; the positions are stored with the next edit (or Layout).
    if (m_nodes.size() < 2)
        return;
    const QPointF first = m_nodes.cbegin().value()->pos();
    for (NodeItem *item : std::as_const(m_nodes))
        if (item->pos() != first)
            return;
    QList<GraphvizLayout::Box> boxes;
    QList<GraphvizLayout::Link> links;
    for (const Node &node : m_document->module().deployment.nodes) {
        boxes.append({node.name, m_nodes.value(node.name)->boundingRect().size()});
        for (const ParameterMapping &m : node.mappings)
            if (!m.literal)
                links.append({mappedOutput(m.value).first, node.name});
    }
    auto positions = GraphvizLayout::layout(boxes, links);
    if (!positions)
        return;
    for (auto it = positions->cbegin(); it != positions->cend(); ++it) {
        NodeItem *item = m_nodes.value(it.key());
        item->setPos(it.value() - item->boundingRect().topLeft());
    }
}

void DeploymentScene::clearEdges()
{
    qDeleteAll(m_mappingEdges);
    m_mappingEdges.clear();
    qDeleteAll(m_impliedEdgeItems);
    m_impliedEdgeItems.clear();
    m_edgesByNode.clear();
}

void DeploymentScene::rebuildEdges()
{
    clearEdges();
    for (NodeItem *item : std::as_const(m_nodes))
        for (PortItem *port : item->ports())
            port->setConnected(false);

    auto attach = [this](EdgeItem *edge) {
        addItem(edge);
        m_edgesByNode.insert(edge->fromNode()->name(), edge);
        if (edge->toNode() != edge->fromNode())
            m_edgesByNode.insert(edge->toNode()->name(), edge);
    };
    for (const Node &node : m_document->module().deployment.nodes) {
        NodeItem *to = m_nodes.value(node.name);
        for (const ParameterMapping &m : node.mappings) {
            if (m.literal)
                continue;
            const auto [fromName, output] = mappedOutput(m.value);
            NodeItem *from = m_nodes.value(fromName);
            PortItem *out = from ? from->port(output, true) : nullptr;
            PortItem *in = to->port(m.input, false);
            if (!out || !in)
                continue; // validation reports it; there is nothing to draw between
            out->setConnected(true);
            in->setConnected(true);
            auto *edge = new EdgeItem(EdgeItem::Kind::Mapping, from, output, to, m.input);
            m_mappingEdges.append(edge);
            attach(edge);
        }
    }
    for (const ImpliedEdge &implied : std::as_const(m_impliedEdges)) {
        NodeItem *from = m_nodes.value(implied.fromNode);
        NodeItem *to = m_nodes.value(implied.toNode);
        if (!from || !to)
            continue;
        auto *edge = new EdgeItem(EdgeItem::Kind::Implied, from, implied.key, to, QString());
        m_impliedEdgeItems.append(edge);
        attach(edge);
    }
}

void DeploymentScene::nodeMoved(NodeItem *item)
{
    const auto range = m_edgesByNode.equal_range(item->name());
    for (auto it = range.first; it != range.second; ++it)
        it.value()->adjust();
}

QRectF DeploymentScene::defaultSceneRect() const
{
    const QRectF contents = contentsRect();
    return contents.isEmpty() ? QRectF(0, 0, 800, 500) : contents;
}

void DeploymentScene::fitSceneRectToContents()
{
    setSceneRect(defaultSceneRect());
}

QRectF DeploymentScene::contentsRect() const
{
    QRectF rect;
    for (NodeItem *item : m_nodes)
        rect |= item->sceneBoundingRect();
    for (EdgeItem *edge : m_mappingEdges)
        rect |= edge->sceneBoundingRect();
    for (EdgeItem *edge : m_impliedEdgeItems)
        rect |= edge->sceneBoundingRect();
    return rect.isNull() ? QRectF() : rect.adjusted(-24, -24, 24, 24);
}

PortItem *DeploymentScene::port(const QString &node, const QString &parameter, bool output) const
{
    NodeItem *item = m_nodes.value(node);
    return item ? item->port(parameter, output) : nullptr;
}

QStringList DeploymentScene::selectedNodeNames() const
{
    QStringList names;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == NodeItem::Type)
            names.append(static_cast<NodeItem *>(item)->name());
    names.sort();
    return names;
}

void DeploymentScene::selectNodes(const QStringList &names)
{
    for (const QString &name : names)
        if (NodeItem *item = m_nodes.value(name))
            item->setSelected(true);
}

// --- run overlay -------------------------------------------------------------------------

void DeploymentScene::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        closeInPlaceEditor();
    for (NodeItem *item : std::as_const(m_nodes))
        item->setFlag(QGraphicsItem::ItemIsMovable, !readOnly);
}

const DeploymentScene::Overlay *DeploymentScene::overlay(const QString &node) const
{
    auto found = m_overlay.constFind(node);
    return found == m_overlay.cend() ? nullptr : &*found;
}

void DeploymentScene::setInstanceStates(const QString &node, const QStringList &states)
{
    m_overlay[node].states = states;
    if (NodeItem *item = m_nodes.value(node)) {
        item->refreshOverlay();
        nodeMoved(item); // the ports moved down or up
    }
}

void DeploymentScene::setStateCustom(const QString &node, int instance, const QString &text)
{
    m_overlay[node].custom.insert(instance, text);
    if (NodeItem *item = m_nodes.value(node)) {
        item->refreshOverlay();
        nodeMoved(item);
    }
}

void DeploymentScene::setPortValue(const QString &node,
                                   const QString &parameter,
                                   const QString &value)
{
    m_overlay[node].values.insert(parameter, value);
    if (NodeItem *item = m_nodes.value(node))
        item->refreshOverlay();
}

void DeploymentScene::setPortInstanceValue(const QString &node,
                                           const QString &parameter,
                                           int instance,
                                           const QString &value)
{
    m_overlay[node].instanceValues[parameter].insert(instance, value);
    if (NodeItem *item = m_nodes.value(node))
        item->refreshOverlay();
}

void DeploymentScene::setLiveInstances(const QString &node, const QList<int> &instances)
{
    Overlay &overlay = m_overlay[node];
    if (overlay.live == instances)
        return;
    overlay.live = instances;
    if (NodeItem *item = m_nodes.value(node)) {
        item->refreshOverlay();
        nodeMoved(item); // the stacked cards behind it
    }
}

void DeploymentScene::clearRunOverlay()
{
    m_overlay.clear();
    for (NodeItem *item : std::as_const(m_nodes)) {
        item->refreshOverlay();
        nodeMoved(item);
    }
}

void DeploymentScene::setNodeProblems(const QHash<QString, QString> &problems)
{
    m_problems = problems;
    for (NodeItem *item : std::as_const(m_nodes))
        item->refreshOverlay();
}

void DeploymentScene::setUpdateActions(const QHash<QString, QString> &actions)
{
    m_updateActions = actions;
    for (NodeItem *item : std::as_const(m_nodes))
        item->update();
}

QColor DeploymentScene::updateActionColour(QStringView action)
{
    if (action == u"rerun-execute")
        return QColor(0x2f, 0x7f, 0xd0); // blue: the same instances run execute again
    if (action == u"replace")
        return QColor(0xe0, 0x7b, 0x1f); // orange: new instances take the place of the old
    if (action == u"scale")
        return QColor(0x2b, 0xa5, 0xb5); // teal
    if (action == u"add-node")
        return QColor(0x2e, 0x9e, 0x4f); // green
    if (action == u"remove-node")
        return QColor(0xd0, 0x3a, 0x2f); // red
    return QColor(0x8a, 0x8a, 0x8a);     // unchanged
}

QString DeploymentScene::updateActionLabel(QStringView action)
{
    if (action == u"rerun-execute")
        return tr("re-execute");
    if (action == u"replace")
        return tr("replace");
    if (action == u"scale")
        return tr("scale");
    if (action == u"add-node")
        return tr("add");
    if (action == u"remove-node")
        return tr("remove");
    if (action == u"unchanged")
        return tr("unchanged");
    return action.toString();
}

void DeploymentScene::setImpliedEdges(const QList<ImpliedEdge> &edges)
{
    m_impliedEdges = edges;
    rebuildEdges();
}

// --- edits -----------------------------------------------------------------------------

void DeploymentScene::push(const Module &edited, const QString &text)
{
    Module after = edited;
    // Nodes shown where they were laid out but never stored (an import) keep that place,
    // unless this edit moves them itself.
    QHash<QString, QPointF> stored;
    for (const Node &node : m_document->module().deployment.nodes)
        stored.insert(node.name, node.position);
    for (Node &node : after.deployment.nodes) {
        NodeItem *item = m_nodes.value(node.name);
        if (item && stored.contains(node.name) && stored.value(node.name) == node.position)
            node.position = item->pos();
    }
    if (after == m_document->module())
        return;
    m_document->undoStack()->push(new ModuleCommand(m_document, after, Document::Part::Nodes, text));
}

QStringList DeploymentScene::addNodes(const QStringList &imagePaths, QPointF pos)
{
    Module after = m_document->module();
    QStringList added;
    for (const QString &path : imagePaths) {
        Node node;
        node.name = uniqueNodeName(path, after.deployment.nodes);
        node.image = path;
        node.position = pos + QPointF(24, 24) * added.size();
        after.deployment.nodes.append(node);
        added.append(node.name);
    }
    if (added.isEmpty())
        return added;
    push(after,
         added.size() == 1 ? tr("Add node %1").arg(added.first())
                           : tr("Add %n nodes", nullptr, int(added.size())));
    clearSelection();
    selectNodes(added);
    return added;
}

void DeploymentScene::removeSelection()
{
    if (m_readOnly)
        return;
    const QStringList nodes = selectedNodeNames();
    QList<std::pair<QString, QString>> unmapped; // (node, input)
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == EdgeItem::Type) {
            auto *edge = static_cast<EdgeItem *>(item);
            if (edge->kind() == EdgeItem::Kind::Mapping)
                unmapped.append({edge->toNode()->name(), edge->input()});
        }
    if (nodes.isEmpty() && unmapped.isEmpty())
        return;
    Module after = m_document->module();
    QList<Node> &list = after.deployment.nodes;
    list.removeIf([&nodes](const Node &n) { return nodes.contains(n.name); });
    for (Node &node : list) {
        // Mappings from removed nodes would point at nothing.
        node.mappings.removeIf([&](const ParameterMapping &m) {
            if (std::find(unmapped.cbegin(), unmapped.cend(), std::pair(node.name, m.input))
                != unmapped.cend())
                return true;
            return !m.literal && nodes.contains(mappedOutput(m.value).first);
        });
    }
    QString text;
    if (nodes.size() == 1 && unmapped.isEmpty())
        text = tr("Delete node %1").arg(nodes.first());
    else if (nodes.isEmpty() && unmapped.size() == 1)
        text = tr("Unmap %1.%2").arg(unmapped.first().first, unmapped.first().second);
    else
        text = tr("Delete %n items", nullptr, int(nodes.size() + unmapped.size()));
    push(after, text);
}

bool DeploymentScene::renameNode(const QString &from, const QString &to)
{
    if (m_readOnly || from == to || !isValidNodeName(to) || m_nodes.contains(to)
        || !m_nodes.contains(from))
        return false;
    Module after = m_document->module();
    for (Node &node : after.deployment.nodes) {
        if (node.name == from)
            node.name = to;
        for (ParameterMapping &m : node.mappings) {
            if (m.literal || mappedOutput(m.value).first != from)
                continue;
            m.value = to + m.value.mid(from.size()); // keeps ".2" and ":param"
        }
    }
    const bool wasSelected = m_nodes.value(from)->isSelected();
    push(after, tr("Rename node %1 to %2").arg(from, to));
    if (wasSelected)
        selectNodes({to});
    return true;
}

bool DeploymentScene::setMultiplicity(const QString &name, int multiplicity)
{
    if (m_readOnly || multiplicity < 1)
        return false;
    Module after = m_document->module();
    for (Node &node : after.deployment.nodes) {
        if (node.name != name)
            continue;
        if (node.multiplicity == multiplicity)
            return false;
        node.multiplicity = multiplicity;
        push(after, tr("Set multiplicity of %1 to %2").arg(name).arg(multiplicity));
        return true;
    }
    return false;
}

bool DeploymentScene::mapInput(const QString &fromNode,
                               const QString &output,
                               const QString &toNode,
                               const QString &input)
{
    if (m_readOnly || fromNode == toNode)
        return false;
    Module after = m_document->module();
    const QString value = fromNode + u':' + output;
    for (Node &node : after.deployment.nodes) {
        if (node.name != toNode)
            continue;
        auto existing = std::find_if(node.mappings.begin(),
                                     node.mappings.end(),
                                     [&input](const ParameterMapping &m) {
                                         return m.input == input;
                                     });
        if (existing == node.mappings.end())
            node.mappings.append({input, value, false});
        else if (existing->value == value && !existing->literal)
            return false;
        else
            *existing = {input, value, false};
        push(after, tr("Map %1.%2 to %3").arg(toNode, input, value));
        return true;
    }
    return false;
}

void DeploymentScene::unmapInput(const QString &name, const QString &input)
{
    if (m_readOnly)
        return;
    Module after = m_document->module();
    for (Node &node : after.deployment.nodes)
        if (node.name == name)
            node.mappings.removeIf([&input](const ParameterMapping &m) { return m.input == input; });
    push(after, tr("Unmap %1.%2").arg(name, input));
}

void DeploymentScene::commitPositions(const QStringList &names)
{
    Module after = m_document->module();
    int moved = 0;
    for (Node &node : after.deployment.nodes) {
        NodeItem *item = m_nodes.value(node.name);
        if (item && names.contains(node.name) && node.position != item->pos()) {
            node.position = item->pos();
            ++moved;
        }
    }
    if (moved)
        push(after, tr("Move %n nodes", nullptr, moved));
}

Result<double> DeploymentScene::layoutAutomatically()
{
    QElapsedTimer timer;
    timer.start();
    QList<GraphvizLayout::Box> boxes;
    QList<GraphvizLayout::Link> links;
    const QList<Node> &nodes = m_document->module().deployment.nodes;
    boxes.reserve(nodes.size());
    for (const Node &node : nodes) {
        NodeItem *item = m_nodes.value(node.name);
        // The stacked cards stick out: leave room for them.
        const QRectF bounds = item->boundingRect();
        boxes.append({node.name, bounds.size()});
        for (const ParameterMapping &m : node.mappings)
            if (!m.literal)
                links.append({mappedOutput(m.value).first, node.name});
    }
    for (const ImpliedEdge &e : std::as_const(m_impliedEdges))
        links.append({e.fromNode, e.toNode});
    auto positions = GraphvizLayout::layout(boxes, links);
    if (!positions) {
        Q_EMIT layoutFailed(positions.errorMessage());
        return positions.error();
    }
    Module after = m_document->module();
    for (Node &node : after.deployment.nodes) {
        // Back from the bounding box to the card's corner.
        const QRectF bounds = m_nodes.value(node.name)->boundingRect();
        node.position = positions->value(node.name) - bounds.topLeft();
    }
    if (!m_readOnly)
        push(after, tr("Automatic layout"));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    qCDebug(lcDiagram) << "automatic layout of" << nodes.size() << "nodes in" << ms << "ms";
    return ms;
}

// --- in-place editors ----------------------------------------------------------------------

QWidget *DeploymentScene::inPlaceEditor() const
{
    return m_editor ? m_editor->widget() : nullptr;
}

void DeploymentScene::closeInPlaceEditor()
{
    if (!m_editor)
        return;
    QGraphicsProxyWidget *editor = m_editor;
    m_editor = nullptr;
    editor->hide();
    editor->deleteLater();
}

void DeploymentScene::editName(const QString &name)
{
    NodeItem *item = m_nodes.value(name);
    if (!item || m_readOnly)
        return;
    closeInPlaceEditor();
    auto *edit = new QLineEdit(name);
    edit->setObjectName(u"NodeNameEditor"_s);
    edit->selectAll();
    m_editor = addWidget(edit);
    m_editor->setZValue(10);
    const QRectF rect = item->mapRectToScene(item->nameRect());
    m_editor->setGeometry(rect.adjusted(-2, -1, 2, 1));
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, name] {
        if (!m_editor || m_editor->widget() != edit)
            return; // already closed (Escape) or replaced
        const QString to = edit->text().trimmed();
        closeInPlaceEditor();
        renameNode(name, to);
    });
    edit->installEventFilter(this);
    setFocusItem(m_editor);
    edit->setFocus();
}

void DeploymentScene::editMultiplicity(const QString &name)
{
    NodeItem *item = m_nodes.value(name);
    if (!item || m_readOnly)
        return;
    closeInPlaceEditor();
    auto *spin = new QSpinBox;
    spin->setObjectName(u"NodeMultiplicityEditor"_s);
    spin->setRange(1, 10000);
    spin->setValue(item->node().multiplicity);
    spin->setPrefix(u"×"_s);
    m_editor = addWidget(spin);
    m_editor->setZValue(10);
    const QRectF rect = item->mapRectToScene(item->multiplicityRect());
    m_editor->setGeometry(QRectF(rect.right() - 80, rect.top() - 2, 80, rect.height() + 6));
    connect(spin, &QSpinBox::editingFinished, this, [this, spin, name] {
        if (!m_editor || m_editor->widget() != spin)
            return;
        const int value = spin->value();
        closeInPlaceEditor();
        setMultiplicity(name, value);
    });
    spin->installEventFilter(this);
    setFocusItem(m_editor);
    spin->setFocus();
    spin->selectAll();
}

bool DeploymentScene::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_editor && watched == m_editor->widget()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        closeInPlaceEditor();
        return true;
    }
    return QGraphicsScene::eventFilter(watched, event);
}

// --- connecting ports by dragging ----------------------------------------------------------

void DeploymentScene::beginConnection(PortItem *from)
{
    m_connectFrom = from;
    delete m_connectLine;
    m_connectLine = new QGraphicsPathItem;
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    m_connectLine->setPen(pen);
    m_connectLine->setZValue(5);
    addItem(m_connectLine);
    for (NodeItem *node : std::as_const(m_nodes))
        if (node != from->node())
            for (PortItem *port : node->ports())
                port->setCandidate(port->isOutput() != from->isOutput());
    moveConnection(from->anchor());
}

void DeploymentScene::moveConnection(QPointF scenePos)
{
    if (!m_connectFrom || !m_connectLine)
        return;
    QPainterPath path(m_connectFrom->anchor());
    path.lineTo(scenePos);
    m_connectLine->setPath(path);
}

PortItem *DeploymentScene::portAt(QPointF scenePos, bool output) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() != PortItem::Type)
            continue;
        auto *port = static_cast<PortItem *>(item);
        if (port->isOutput() == output)
            return port;
    }
    return nullptr;
}

void DeploymentScene::endConnection(QPointF scenePos)
{
    PortItem *from = m_connectFrom;
    m_connectFrom = nullptr;
    delete m_connectLine;
    m_connectLine = nullptr;
    for (NodeItem *node : std::as_const(m_nodes))
        for (PortItem *port : node->ports())
            port->setCandidate(false);
    if (!from)
        return;
    PortItem *to = portAt(scenePos, !from->isOutput());
    if (!to || to->node() == from->node())
        return;
    PortItem *out = from->isOutput() ? from : to;
    PortItem *in = from->isOutput() ? to : from;
    // The items are gone after the push: take the names first.
    const QString outNode = out->node()->name(), output = out->parameter();
    const QString inNode = in->node()->name(), input = in->parameter();
    mapInput(outNode, output, inNode, input);
}

// --- dropping images from the catalog -------------------------------------------------------

QStringList DeploymentScene::droppableImages(const QMimeData *mime) const
{
    if (m_readOnly || !mime || !mime->hasFormat(CatalogModel::mimeType))
        return {};
    QStringList images;
    const ModuleLookup lookup = m_document->lookup();
    const QString data = QString::fromUtf8(mime->data(CatalogModel::mimeType));
    for (const QString &path : data.split(u'\n', Qt::SkipEmptyParts)) {
        const auto module = lookup(path, std::nullopt);
        if (module && module->kind == ModuleKind::Image)
            images.append(path);
    }
    return images;
}

void DeploymentScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(!droppableImages(event->mimeData()).isEmpty());
    if (event->isAccepted())
        event->setDropAction(Qt::CopyAction);
}

void DeploymentScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void DeploymentScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->accept();
}

void DeploymentScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QStringList images = droppableImages(event->mimeData());
    if (images.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // The node's card is centred under the pointer's header row.
    addNodes(images, event->scenePos() - QPointF(NodeItem::width / 2, 14));
}

void DeploymentScene::keyPressEvent(QKeyEvent *event)
{
    if (m_editor && focusItem() == m_editor) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (!m_readOnly && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        removeSelection();
        event->accept();
        return;
    }
    if (!m_readOnly && event->key() == Qt::Key_F2) {
        const QStringList selected = selectedNodeNames();
        if (selected.size() == 1) {
            editName(selected.first());
            event->accept();
            return;
        }
    }
    QGraphicsScene::keyPressEvent(event);
}

} // namespace Slipway
