#include "edgeitem.h"

#include "ui/diagram/nodeitem.h"
#include "ui/diagram/portitem.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace Slipway {

EdgeItem::EdgeItem(
    Kind kind, NodeItem *from, const QString &output, NodeItem *to, const QString &input)
    : m_kind(kind)
    , m_from(from)
    , m_to(to)
    , m_output(output)
    , m_input(input)
{
    setZValue(kind == Kind::Mapping ? -1 : -2);
    setFlag(ItemIsSelectable, kind == Kind::Mapping);
    setToolTip(kind == Kind::Mapping
                   ? QCoreApplication::translate("EdgeItem", "%1:%2 → %3 input %4")
                         .arg(from->name(), output, to->name(), input)
                   : QCoreApplication::translate("EdgeItem", "%1 reads %2:%3 in its recipes")
                         .arg(to->name(), from->name(), output));
    adjust();
}

void EdgeItem::adjust()
{
    const PortItem *out = m_from->port(m_output, true);
    const PortItem *in = m_input.isEmpty() ? nullptr : m_to->port(m_input, false);
    const QPointF start = out ? out->anchor() : m_from->sideAnchor(true);
    const QPointF end = in ? in->anchor() : m_to->sideAnchor(false);
    const qreal dx = std::max<qreal>(40, std::abs(end.x() - start.x()) / 2);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
    setPath(path);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path());
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    QColor colour = m_kind == Kind::Mapping ? palette.color(QPalette::Text)
                                            : QColor(0xc0, 0x7a, 0x1c);
    if (m_kind == Kind::Mapping)
        colour.setAlphaF(0.7f);
    if (option->state & QStyle::State_Selected)
        colour = palette.color(QPalette::Highlight);
    QPen pen(colour, (option->state & QStyle::State_Selected) ? 2.5 : 1.5);
    if (m_kind == Kind::Implied)
        pen.setStyle(Qt::DashLine);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    // An arrow head at the reader's end.
    const QPointF end = path().pointAtPercent(1);
    QPolygonF head({end, end + QPointF(-8, -4), end + QPointF(-8, 4)});
    painter->setBrush(colour);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(head);
}

} // namespace Slipway
