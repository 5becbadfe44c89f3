#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace Slipway {

class NodeItem;

// One parameter of a node's image: inputs on the node's left edge, outputs on its right.
// Dragging from one port to a port of the other kind maps the input to the output.
class PortItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal radius = 5;

    PortItem(NodeItem *node, const QString &parameter, bool output, bool mandatory);

    int type() const override { return Type; }
    NodeItem *node() const { return m_node; }
    QString parameter() const { return m_parameter; }
    bool isOutput() const { return m_output; }
    // The text after the name: a literal mapping ("= 8080") or a published value.
    void setAnnotation(const QString &text);
    QString annotation() const { return m_annotation; }
    // Every instance's value in a run ("worker.1: 10.0.0.5"), listed in the tooltip.
    void setInstanceValues(const QStringList &lines);
    QStringList instanceValues() const { return m_instanceValues; }
    void setConnected(bool connected);
    // While a connection is dragged: a port it may end on is ringed.
    void setCandidate(bool candidate);
    bool isCandidate() const { return m_candidate; }
    void setLabelWidth(qreal width);
    // Where edges attach, in scene coordinates.
    QPointF anchor() const { return mapToScene(QPointF(0, 0)); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    NodeItem *m_node;
    QString m_parameter;
    QString m_annotation;
    QString m_help; // what the tooltip says besides the values
    QStringList m_instanceValues;
    bool m_output;
    bool m_mandatory;
    bool m_connected = false;
    bool m_candidate = false;
    bool m_hovered = false;
    qreal m_labelWidth = 100;
};

} // namespace Slipway
