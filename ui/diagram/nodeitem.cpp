#include "nodeitem.h"

#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/portitem.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr qreal headerHeight = 62; // name, image, cloud
constexpr qreal stackOffset = 5;   // each card behind a node of several instances

QColor stateColour(const QString &state)
{
    const QString s = state.toLower();
    if (s == u"ready" || s == u"done" || s == u"terminated")
        return QColor(0x3a, 0xa6, 0x55);
    if (s == u"failed" || s == u"aborted" || s == u"error")
        return QColor(0xd6, 0x45, 0x45);
    if (s == u"executing")
        return QColor(0xe0, 0xa5, 0x26);
    if (s == u"installing")
        return QColor(0x9b, 0x6b, 0xd6);
    if (s == u"booting")
        return QColor(0x5b, 0x8d, 0xef);
    if (s == u"reporting" || s == u"sendingreports")
        return QColor(0x2a, 0xa3, 0xa3);
    if (s == u"provisioning")
        return QColor(0x8e, 0x9a, 0xaf);
    return QColor(0xb0, 0xb0, 0xb0);
}

} // namespace

NodeItem::NodeItem(DeploymentScene *scene, const Node &node)
    : m_scene(scene)
    , m_node(node)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setFlag(ItemIsMovable, !scene->isReadOnly());
    setAcceptHoverEvents(true);
    setPos(node.position);
    rebuildPorts();
    refreshOverlay();
}

NodeItem::~NodeItem() = default;

void NodeItem::setNode(const Node &node)
{
    const bool portsChange = node.image != m_node.image || node.imageVersion != m_node.imageVersion;
    const bool mappingsChange = node.mappings != m_node.mappings;
    const bool multiplicityChange = node.multiplicity != m_node.multiplicity;
    m_node = node;
    if (pos() != node.position)
        setPos(node.position);
    if (portsChange)
        rebuildPorts();
    else if (mappingsChange || multiplicityChange)
        refreshOverlay(); // literal annotations, the badge and the stacked cards
    update();
}

void NodeItem::rebuildPorts()
{
    qDeleteAll(m_ports);
    m_ports.clear();
    const EffectiveImage *image = m_scene->imageOf(m_node);
    if (image) {
        for (const Parameter &p : image->parameters)
            m_ports.append(new PortItem(this,
                                        p.name,
                                        p.category == ParameterCategory::Output,
                                        p.mandatory && p.defaultValue.isEmpty()));
    }
    refreshOverlay();
}

qreal NodeItem::overlayHeight() const
{
    if (m_states.isEmpty())
        return 0;
    return m_custom.isEmpty() ? rowHeight : 2 * rowHeight;
}

void NodeItem::refreshOverlay()
{
    const DeploymentScene::Overlay *overlay = m_scene->overlay(m_node.name);
    QStringList states = overlay ? overlay->states : QStringList();
    QString custom;
    if (overlay) {
        // The latest message of the lowest instance that has one: one line fits.
        QList<int> instances = overlay->custom.keys();
        std::sort(instances.begin(), instances.end());
        for (int i : std::as_const(instances)) {
            if (!overlay->custom.value(i).isEmpty()) {
                custom = (states.size() > 1 ? u"%1: "_s.arg(i) : QString())
                         + overlay->custom.value(i);
                break;
            }
        }
    }
    const QString problem = m_scene->nodeProblem(m_node.name);
    setToolTip(problem.isEmpty() ? tr("%1: %2 (double-click the name to rename it, the ×N to "
                                      "change the multiplicity)")
                                       .arg(m_node.name, m_node.image)
                                 : problem);
    const int count = overlay && overlay->live ? int(overlay->live->size()) : m_node.multiplicity;
    const bool geometry = (states.isEmpty() != m_states.isEmpty())
                          || (custom.isEmpty() != m_custom.isEmpty()) || count != m_count;
    if (geometry)
        prepareGeometryChange();
    m_states = states;
    m_custom = custom;
    m_count = count;

    int inputs = 0, outputs = 0;
    const bool both = std::any_of(m_ports.cbegin(),
                                  m_ports.cend(),
                                  [](PortItem *p) { return p->isOutput(); })
                      && std::any_of(m_ports.cbegin(), m_ports.cend(), [](PortItem *p) {
                             return !p->isOutput();
                         });
    const qreal top = headerHeight + overlayHeight() + rowHeight / 2 + 2;
    for (PortItem *port : std::as_const(m_ports)) {
        const int row = port->isOutput() ? outputs++ : inputs++;
        port->setPos(port->isOutput() ? width : 0, top + row * rowHeight);
        port->setLabelWidth(both ? width / 2 - 14 : width - 20);
        QString annotation;
        if (port->isOutput()) {
            if (overlay)
                annotation = overlay->values.value(port->parameter());
        } else {
            for (const ParameterMapping &m : std::as_const(m_node.mappings))
                if (m.input == port->parameter() && m.literal)
                    annotation = m.value;
            if (overlay && overlay->values.contains(port->parameter()))
                annotation = overlay->values.value(port->parameter());
        }
        // A password, given in the deployment or set by a node, is not for every screen (or
        // screenshot).
        const EffectiveImage *image = m_scene->imageOf(m_node);
        const auto parameter = image ? image->parameter(port->parameter()) : std::nullopt;
        const bool secret = parameter && parameter->type == ParameterType::Password;
        if (!annotation.isEmpty() && secret)
            annotation = u"••••••"_s;
        port->setAnnotation(annotation);
        // Every instance's value, of the instances the node has now.
        QStringList values;
        if (overlay) {
            const QMap<int, QString> byInstance = overlay->instanceValues.value(port->parameter());
            for (auto it = byInstance.cbegin(); it != byInstance.cend(); ++it) {
                if (overlay->live && !overlay->live->contains(it.key()))
                    continue;
                values << u"%1.%2: %3"_s.arg(m_node.name)
                              .arg(it.key())
                              .arg(secret && !it.value().isEmpty() ? u"••••••"_s : it.value());
            }
        }
        port->setInstanceValues(values);
    }
    const qreal height = headerHeight + overlayHeight() + std::max(inputs, outputs) * rowHeight + 8;
    if (height != m_height) {
        prepareGeometryChange();
        m_height = height;
    }
    update();
}

PortItem *NodeItem::port(const QString &parameter, bool output) const
{
    for (PortItem *p : m_ports)
        if (p->isOutput() == output && p->parameter() == parameter)
            return p;
    return nullptr;
}

QPointF NodeItem::sideAnchor(bool right) const
{
    return mapToScene(QPointF(right ? width : 0, headerHeight / 2));
}

QRectF NodeItem::nameRect() const
{
    return QRectF(8, 4, width - 92, 22);
}

QRectF NodeItem::multiplicityRect() const
{
    return QRectF(width - 58, 5, 50, 20);
}

QRectF NodeItem::boundingRect() const
{
    const int cards = std::min(m_count, 3) - 1;
    const qreal extra = std::max(0, cards) * stackOffset;
    // Ports stick out by their radius on both sides; the stacked cards up and to the right.
    return QRectF(-10, -extra - 1, width + 20 + extra, m_height + extra + 2);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = m_scene->palette();
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF card = cardRect();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                      selected ? 2 : 1);

    const int cards = std::clamp(m_count, 1, 3) - 1;
    for (int i = cards; i >= 1; --i) {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->setBrush(palette.color(QPalette::AlternateBase));
        painter->drawRoundedRect(card.translated(i * stackOffset, -i * stackOffset), 6, 6);
    }
    const bool flagged = !m_scene->nodeProblem(m_node.name).isEmpty();
    painter->setPen(flagged && !selected ? QPen(QColor(0xd6, 0x45, 0x45), 2) : border);
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.35) {
        // Far out (the overview, a large diagram fitted): the shape and the states only.
        if (!m_states.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(stateColour(m_states.first()));
            painter->drawRect(QRectF(0, 0, width, headerHeight / 2));
        }
        if (const QString action = m_scene->updateAction(m_node.name); !action.isEmpty()) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(DeploymentScene::updateActionColour(action), 8));
            painter->drawRoundedRect(card, 6, 6);
        }
        return;
    }

    // Header: a band in the button colour with the name and the multiplicity.
    // Rounded at the top only: a rounded band, its lower corners squared by a plain one.
    const QRectF inner = card.adjusted(0.5, 0.5, -0.5, 0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Button));
    painter->drawRoundedRect(QRectF(inner.left(), inner.top(), inner.width(), headerHeight - 0.5),
                             6,
                             6);
    painter->drawRect(QRectF(inner.left(), headerHeight - 10, inner.width(), 10));
    painter->setPen(border);
    painter->drawLine(QPointF(0, headerHeight), QPointF(width, headerHeight));

    QFont font = painter->font();
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(10);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::ButtonText));
    const QFontMetricsF boldMetrics(bold);
    painter->drawText(nameRect(),
                      Qt::AlignVCenter | Qt::AlignLeft,
                      boldMetrics.elidedText(m_node.name, Qt::ElideRight, nameRect().width()));

    if (flagged) {
        // A warning sign left of the badge; the tool tip says what is wrong.
        const QRectF sign(width - 80, 6, 18, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd6, 0x45, 0x45));
        painter->drawPolygon(QPolygonF(
            {QPointF(sign.center().x(), sign.top()), sign.bottomRight(), sign.bottomLeft()}));
        painter->setPen(Qt::white);
        painter->drawText(sign.adjusted(0, 4, 0, 0), Qt::AlignCenter, u"!"_s);
    }
    const QRectF badge = multiplicityRect();
    painter->setBrush(m_count > 1 ? palette.color(QPalette::Highlight)
                                  : palette.color(QPalette::Window));
    painter->setPen(Qt::NoPen);
    painter->drawRoundedRect(badge, 9, 9);
    painter->setPen(m_count > 1 ? palette.color(QPalette::HighlightedText)
                                : palette.color(QPalette::ButtonText));
    painter->drawText(badge, Qt::AlignCenter, u"×%1"_s.arg(m_count));

    QFont small = font;
    small.setPointSizeF(8.5);
    painter->setFont(small);
    const QFontMetricsF metrics(small);
    QColor dim = palette.color(QPalette::ButtonText);
    dim.setAlphaF(0.75f);
    painter->setPen(dim);
    QString image = m_node.image;
    if (m_node.imageVersion)
        image += u" @v%1"_s.arg(*m_node.imageVersion);
    const QRectF imageRow(8, 26, width - 16, 16);
    painter->drawText(imageRow,
                      Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(image, Qt::ElideMiddle, imageRow.width()));
    const QString cloud = m_node.cloud.isEmpty() ? tr("cloud: the run's default")
                                                 : tr("cloud: %1").arg(m_node.cloud);
    painter->drawText(QRectF(8, 42, width - 16, 16), Qt::AlignVCenter | Qt::AlignLeft, cloud);
    if (!m_scene->imageOf(m_node)) {
        painter->setPen(QColor(0xd6, 0x45, 0x45));
        painter->drawText(QRectF(8, headerHeight + 2, width - 16, rowHeight),
                          Qt::AlignVCenter | Qt::AlignLeft,
                          tr("image not found"));
    }

    if (!m_states.isEmpty()) {
        // One cell per instance, in its state's colour; too many to fit become thinner.
        const qreal y = headerHeight + 4;
        const qreal cell = std::clamp((width - 16) / qreal(m_states.size()) - 2, 2.0, 14.0);
        for (int i = 0; i < m_states.size(); ++i) {
            const QRectF r(8 + i * (cell + 2), y, cell, rowHeight - 8);
            if (r.right() > width - 8)
                break;
            painter->setPen(Qt::NoPen);
            painter->setBrush(stateColour(m_states.at(i)));
            painter->drawRoundedRect(r, 2, 2);
        }
        if (!m_custom.isEmpty()) {
            painter->setPen(palette.color(QPalette::Text));
            painter->drawText(QRectF(8, headerHeight + rowHeight, width - 16, rowHeight),
                              Qt::AlignVCenter | Qt::AlignLeft,
                              metrics.elidedText(m_custom, Qt::ElideRight, width - 16));
        }
    }
    paintUpdateAction(painter, small);
    painter->setFont(font);
}

void NodeItem::paintUpdateAction(QPainter *painter, const QFont &font) const
{
    // What an update does to the node: the card's outline and a label over its cloud row.
    const QString action = m_scene->updateAction(m_node.name);
    if (action.isEmpty())
        return;
    const QColor colour = DeploymentScene::updateActionColour(action);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, 3));
    painter->drawRoundedRect(cardRect().adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    const QString label = DeploymentScene::updateActionLabel(action);
    const qreal labelWidth = QFontMetricsF(bold).horizontalAdvance(label) + 14;
    const QRectF pill(width - 8 - labelWidth, 42, labelWidth, 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, label);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->nodeMoved(this);
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsObject::mousePressEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    if (pos() == m_pressPos || m_scene->isReadOnly())
        return;
    // A drag moves every selected node: one undo step for all of them.
    m_scene->commitPositions(m_scene->selectedNodeNames() << m_node.name);
}

void NodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_scene->isReadOnly()) {
        if (nameRect().contains(event->pos())) {
            m_scene->editName(m_node.name);
            return;
        }
        if (multiplicityRect().contains(event->pos())) {
            m_scene->editMultiplicity(m_node.name);
            return;
        }
    }
    m_scene->activateNode(m_node.name);
}

void NodeItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (m_scene->isReadOnly())
        return;
    if (!isSelected()) {
        m_scene->clearSelection();
        setSelected(true);
    }
    QMenu menu;
    const QString name = m_node.name;
    DeploymentScene *scene = m_scene;
    menu.addAction(tr("&Rename"), [scene, name] { scene->editName(name); });
    menu.addAction(tr("&Multiplicity…"), [scene, name] { scene->editMultiplicity(name); });
    menu.addSeparator();
    menu.addAction(tr("&Delete"), [scene] { scene->removeSelection(); });
    menu.exec(event->screenPos());
}

} // namespace Slipway
