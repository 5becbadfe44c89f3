#pragma once

#include "core/model/module.h"

#include <QGraphicsObject>

namespace Slipway {

class DeploymentScene;
class PortItem;

// A view of one node of the deployment: name, image, multiplicity (cards stacked behind it
// when there are several instances), cloud, its ports and, in a run, its instances' states.
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };
    static constexpr qreal width = 240;
    static constexpr qreal rowHeight = 20;

    NodeItem(DeploymentScene *scene, const Node &node);
    ~NodeItem() override;

    int type() const override { return Type; }
    const Node &node() const { return m_node; }
    QString name() const { return m_node.name; }
    // Takes the model's node again (after an edit, undo or redo).
    void setNode(const Node &node);
    // Re-reads the run overlay (states, statecustom, values) from the scene.
    void refreshOverlay();
    // Re-reads the ports from the node's image (after the image changed).
    void rebuildPorts();

    PortItem *port(const QString &parameter, bool output) const;
    QList<PortItem *> ports() const { return m_ports; }
    // Where edges without a port attach (implied edges): the middle of the left or right side.
    QPointF sideAnchor(bool right) const;
    // The rectangles, in item coordinates, of the name and of the multiplicity badge (the
    // in-place editors go there; a double-click there opens them).
    QRectF nameRect() const;
    QRectF multiplicityRect() const;
    QRectF cardRect() const { return QRectF(0, 0, width, m_height); }
    // The ×N the badge shows: in a run, the instances the node has now; else its multiplicity.
    int shownMultiplicity() const { return m_count; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    qreal overlayHeight() const;
    void paintUpdateAction(QPainter *painter, const QFont &font) const;

    DeploymentScene *m_scene;
    Node m_node;
    QList<PortItem *> m_ports;
    QStringList m_states;
    QString m_custom;
    qreal m_height = 80;
    int m_count = 1;
    QPointF m_pressPos;
};

} // namespace Slipway
