#include "portitem.h"

#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/nodeitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {
constexpr qreal hitRadius = 9; // easier to hit than to see
constexpr qreal labelGap = 9;
} // namespace

PortItem::PortItem(NodeItem *node, const QString &parameter, bool output, bool mandatory)
    : QGraphicsItem(node)
    , m_node(node)
    , m_parameter(parameter)
    , m_output(output)
    , m_mandatory(mandatory)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    m_help = output
                 ? QCoreApplication::translate("PortItem", "Output %1: drag to an input to map it")
                       .arg(parameter)
                 : QCoreApplication::translate("PortItem", "Input %1: drag to an output to map it")
                       .arg(parameter);
    setToolTip(m_help);
}

void PortItem::setInstanceValues(const QStringList &lines)
{
    if (lines == m_instanceValues)
        return;
    m_instanceValues = lines;
    // Values come from nodes: shown as text, never as rich text.
    setToolTip(lines.isEmpty()
                   ? m_help
                   : u"<p style='white-space:pre'><b>%1</b><br>%2</p>"_s
                         .arg(m_parameter.toHtmlEscaped(),
                              lines.join(u'\n').toHtmlEscaped().replace(u'\n', u"<br>"_s)));
}

void PortItem::setAnnotation(const QString &text)
{
    if (text == m_annotation)
        return;
    m_annotation = text;
    update();
}

void PortItem::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    update();
}

void PortItem::setCandidate(bool candidate)
{
    if (candidate == m_candidate)
        return;
    m_candidate = candidate;
    update();
}

void PortItem::setLabelWidth(qreal width)
{
    if (width == m_labelWidth)
        return;
    prepareGeometryChange();
    m_labelWidth = width;
}

QRectF PortItem::boundingRect() const
{
    const qreal h = NodeItem::rowHeight / 2;
    if (m_output)
        return QRectF(-labelGap - m_labelWidth, -h, m_labelWidth + labelGap + hitRadius, 2 * h);
    return QRectF(-hitRadius, -h, hitRadius + labelGap + m_labelWidth, 2 * h);
}

QPainterPath PortItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), hitRadius, hitRadius);
    return path;
}

void PortItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor accent = m_output ? QColor(0x2e, 0x8b, 0x57) : QColor(0x35, 0x74, 0xc6);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(accent, m_hovered ? 2.5 : 1.5));
    painter->setBrush(m_connected || m_hovered ? QBrush(accent) : palette.brush(QPalette::Base));
    painter->drawEllipse(QPointF(0, 0), radius, radius);
    if (m_candidate) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), radius + 3, radius + 3);
    }

    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.5)
        return;
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(m_mandatory && !m_output);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QString name = m_parameter;
    QString text = name;
    if (!m_annotation.isEmpty())
        text += u" = "_s + m_annotation;
    text = metrics.elidedText(text, Qt::ElideRight, m_labelWidth);
    const qreal h = NodeItem::rowHeight / 2;
    const QRectF label = m_output ? QRectF(-labelGap - m_labelWidth, -h, m_labelWidth, 2 * h)
                                  : QRectF(labelGap, -h, m_labelWidth, 2 * h);
    const int align = Qt::AlignVCenter | (m_output ? Qt::AlignRight : Qt::AlignLeft);
    // The name in the text colour, what follows it (a literal or a live value) in the accent.
    const qreal nameWidth = std::min(metrics.horizontalAdvance(name), m_labelWidth);
    painter->setPen(palette.color(QPalette::Text));
    if (text.size() <= name.size() || m_annotation.isEmpty()) {
        painter->drawText(label, align, text);
        return;
    }
    const QString rest = text.mid(name.size());
    const qreal restWidth = metrics.horizontalAdvance(rest);
    QRectF nameBox = label, restBox = label;
    if (m_output) {
        restBox.setLeft(label.right() - restWidth);
        nameBox.setRight(restBox.left());
    } else {
        nameBox.setWidth(nameWidth);
        restBox.setLeft(label.left() + nameWidth);
    }
    painter->drawText(nameBox, align, name);
    painter->setPen(palette.color(QPalette::Link));
    painter->drawText(restBox, Qt::AlignVCenter | Qt::AlignLeft, rest);
}

void PortItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    auto *diagram = static_cast<DeploymentScene *>(scene());
    if (event->button() != Qt::LeftButton || diagram->isReadOnly()) {
        event->ignore();
        return;
    }
    diagram->beginConnection(this);
    event->accept();
}

void PortItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    static_cast<DeploymentScene *>(scene())->moveConnection(event->scenePos());
}

void PortItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    static_cast<DeploymentScene *>(scene())->endConnection(event->scenePos());
}

void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace Slipway
