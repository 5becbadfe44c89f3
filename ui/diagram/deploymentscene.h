#pragma once

#include "core/checks/parameterflow.h"
#include "core/model/effectiveimage.h"
#include "core/model/module.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMap>
#include <QPointer>

#include <optional>

class QGraphicsProxyWidget;
class QGraphicsPathItem;
class QMimeData;

namespace Slipway {

class Document;
class EdgeItem;
class NodeItem;
class PortItem;

// The deployment diagram of one document. The items are views of the document's nodes and
// mappings, rebuilt from Document::changed(); every edit is pushed as a ModuleCommand on the
// document's undo stack, so undo and redo redraw through the same path.
//
// The run view shows a live run on it read-only: instance states as colours, statecustom and
// published values (the overlay API below, stable for ui/runs).
class DeploymentScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DeploymentScene(Document *document, QObject *parent = nullptr);
    ~DeploymentScene() override;

    Document *document() const { return m_document; }

    // --- run overlay (ui/runs) ---
    void setReadOnly(bool readOnly); // no edits, no drops
    bool isReadOnly() const { return m_readOnly; }
    // One state per instance (instance 1 first): "provisioning", "booting", "installing",
    // "executing", "reporting", "ready", "failed"… drawn as coloured cells.
    void setInstanceStates(const QString &node, const QStringList &states);
    void setStateCustom(const QString &node, int instance, const QString &text);
    void setPortValue(const QString &node, const QString &parameter, const QString &value);
    // The value an instance published on a port (every instance's is listed in its tooltip).
    void setPortInstanceValue(const QString &node,
                              const QString &parameter,
                              int instance,
                              const QString &value);
    // The instances a node has now, by index (after scaling): its ×N badge counts them, and
    // its ports list their values only.
    void setLiveInstances(const QString &node, const QList<int> &instances);
    void clearRunOverlay();

    // --- the plan of an update (ui/runs' update dialog) ---
    // node -> what the update does to it: "unchanged", "rerun-execute", "replace", "scale",
    // "add-node" or "remove-node" (updateActionName), drawn as the card's outline and a label
    // in the action's colour. Empty: none.
    void setUpdateActions(const QHash<QString, QString> &actions);
    QString updateAction(const QString &node) const { return m_updateActions.value(node); }
    static QColor updateActionColour(QStringView action);
    static QString updateActionLabel(QStringView action); // translated, short

    // --- edges the recipes imply (core/checks) ---
    void setImpliedEdges(const QList<ImpliedEdge> &edges);
    const QList<ImpliedEdge> &impliedEdges() const { return m_impliedEdges; }
    // Nodes the checks flag before launch (a read nothing produces, a deadlock): node name ->
    // what is wrong, drawn as a warning on the node and shown in its tool tip.
    void setNodeProblems(const QHash<QString, QString> &problems);
    QString nodeProblem(const QString &node) const { return m_problems.value(node); }

    // --- the model, as items ---
    NodeItem *nodeItem(const QString &name) const { return m_nodes.value(name); }
    QList<NodeItem *> nodeItems() const { return m_nodes.values(); }
    PortItem *port(const QString &node, const QString &parameter, bool output) const;
    QList<EdgeItem *> mappingEdges() const { return m_mappingEdges; }
    QList<EdgeItem *> impliedEdgeItems() const { return m_impliedEdgeItems; }
    // The effective image of a node's image (cached per image and version); empty when the
    // image cannot be read.
    const EffectiveImage *imageOf(const Node &node) const;
    QStringList selectedNodeNames() const;
    void selectNodes(const QStringList &names);

    // --- edits, each one undo command ---
    // Adds one node per image at pos; the names are unique, made from the images' names.
    QStringList addNodes(const QStringList &imagePaths, QPointF pos);
    void removeSelection();
    bool renameNode(const QString &from, const QString &to);
    bool setMultiplicity(const QString &node, int multiplicity);
    bool mapInput(const QString &fromNode,
                  const QString &output,
                  const QString &toNode,
                  const QString &input);
    void unmapInput(const QString &node, const QString &input);
    // Stores the items' current positions of the given nodes (after a mouse drag).
    void commitPositions(const QStringList &names);
    // Graphviz dot, left to right; pushes the new positions. Returns the layout time (ms) or
    // an error a user can read.
    Result<double> layoutAutomatically();

    // --- in-place editors ---
    void editName(const QString &node);
    void editMultiplicity(const QString &node);
    QWidget *inPlaceEditor() const;
    void closeInPlaceEditor();

    // --- port connection, driven by PortItem's mouse events ---
    void beginConnection(PortItem *from);
    void moveConnection(QPointF scenePos);
    void endConnection(QPointF scenePos);

    // Called by NodeItem when it moves, so edges follow.
    void nodeMoved(NodeItem *item);
    void activateNode(const QString &node) { Q_EMIT nodeActivated(node); }

    // The bounding rectangle of the items, with a margin (what exports and "fit" show).
    QRectF contentsRect() const;
    // The scene rectangle grows with the diagram while it is edited; this shrinks it back.
    void fitSceneRectToContents();

Q_SIGNALS:
    void nodeActivated(const QString &node); // double-click: show its instances and logs
    void layoutFailed(const QString &message);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class NodeItem;
    struct Overlay
    {
        QStringList states;
        QHash<int, QString> custom;
        QHash<QString, QString> values;
        QHash<QString, QMap<int, QString>> instanceValues; // parameter -> instance -> value
        std::optional<QList<int>> live;                    // unset: not known yet
    };

    void rebuild();
    void rebuildEdges();
    void clearEdges();
    QStringList droppableImages(const QMimeData *mime) const;
    void push(const Module &after, const QString &text);
    PortItem *portAt(QPointF scenePos, bool output) const;
    const Overlay *overlay(const QString &node) const;
    void placeUnpositioned();
    QRectF defaultSceneRect() const;

    Document *m_document;
    bool m_readOnly = false;
    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_mappingEdges;
    QList<EdgeItem *> m_impliedEdgeItems;
    QMultiHash<QString, EdgeItem *> m_edgesByNode;
    QList<ImpliedEdge> m_impliedEdges;
    QHash<QString, Overlay> m_overlay;
    QHash<QString, QString> m_problems;
    QHash<QString, QString> m_updateActions;
    mutable QHash<QString, std::optional<EffectiveImage>> m_images;
    QPointer<QGraphicsProxyWidget> m_editor;
    PortItem *m_connectFrom = nullptr;
    QGraphicsPathItem *m_connectLine = nullptr;
    bool m_sized = false;
    bool m_imagesChanged = false;
};

} // namespace Slipway
