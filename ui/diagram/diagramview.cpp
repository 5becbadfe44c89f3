#include "diagramview.h"

#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/diagramoverview.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {
constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 4.0;
constexpr qreal zoomStep = 1.2;
constexpr int overviewWidth = 200;
constexpr int overviewHeight = 140;
} // namespace

DiagramView::DiagramView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_overview(new DiagramOverview(this, this))
{
    setObjectName(u"DiagramView"_s);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    // Anchored at the top left: the scene grows right and down as nodes are added, and the
    // nodes already shown stay where they are.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    m_overview->resize(overviewWidth, overviewHeight);
    m_overview->hide();
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] { placeOverview(); });
}

void DiagramView::setZoom(qreal zoom, std::optional<QPoint> anchor)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const QPointF before = anchor ? mapToScene(*anchor) : QPointF();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    QTransform t;
    t.scale(zoom, zoom);
    setTransform(t);
    if (anchor) {
        // Keep the scene point under the pointer where it was.
        const QPointF after = mapToScene(*anchor);
        const QPointF delta = (after - before) * zoom;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(delta.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - int(delta.y()));
    }
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    placeOverview();
    Q_EMIT zoomChanged(zoom);
}

void DiagramView::zoomIn()
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    setZoom(zoom() * zoomStep);
    centerOn(centre);
}

void DiagramView::zoomOut()
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    setZoom(zoom() / zoomStep);
    centerOn(centre);
}

void DiagramView::fitAll()
{
    auto *diagram = static_cast<DeploymentScene *>(scene());
    diagram->fitSceneRectToContents();
    const QRectF contents = diagram->contentsRect();
    if (contents.isEmpty()) {
        setZoom(1);
        return;
    }
    fitInView(contents, Qt::KeepAspectRatio);
    // Never blow a small diagram up past its natural size.
    if (zoom() > 1) {
        setZoom(1);
        centerOn(contents.center());
    }
    placeOverview();
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(zoomStep, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    // A node's in-place editor takes its own keys.
    if (scene()->focusItem() && scene()->focusItem()->isWidget()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panFrom) {
        const QPoint delta = event->position().toPoint() - *m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panFrom) {
        m_panFrom.reset();
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverview();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_overview->viewport()->update();
}

void DiagramView::placeOverview()
{
    // Only while part of the diagram is out of sight.
    const QRectF contents = static_cast<DeploymentScene *>(scene())->contentsRect();
    const bool needed = !contents.isEmpty()
                        && !viewport()
                                ->rect()
                                .adjusted(-2, -2, 2, 2)
                                .contains(mapFromScene(contents).boundingRect())
                        && viewport()->width() > 2 * overviewWidth;
    m_overview->setVisible(needed);
    if (!needed)
        return;
    const QRect area = viewport()->geometry();
    m_overview->move(area.right() - overviewWidth - 8, area.bottom() - overviewHeight - 8);
    m_overview->refit();
    m_overview->raise();
}

} // namespace Slipway
