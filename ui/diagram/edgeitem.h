#pragma once

#include <QGraphicsPathItem>

namespace Slipway {

class NodeItem;

// A mapping (solid, from an output port to an input port) or a flow the recipes imply
// (dashed, from the producer's output, or its side, to the reader's side).
class EdgeItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 3 };
    enum class Kind { Mapping, Implied };

    EdgeItem(Kind kind, NodeItem *from, const QString &output, NodeItem *to, const QString &input);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    NodeItem *fromNode() const { return m_from; }
    NodeItem *toNode() const { return m_to; }
    QString output() const { return m_output; }
    QString input() const { return m_input; }
    // Follows the nodes after they moved.
    void adjust();

    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Kind m_kind;
    NodeItem *m_from;
    NodeItem *m_to;
    QString m_output;
    QString m_input;
};

} // namespace Slipway
