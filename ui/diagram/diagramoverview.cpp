#include "diagramoverview.h"

#include "ui/diagram/deploymentscene.h"

#include <QMouseEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Slipway {

DiagramOverview::DiagramOverview(QGraphicsView *main, QWidget *parent)
    : QGraphicsView(main->scene(), parent)
    , m_main(main)
{
    setObjectName(u"DiagramOverview"_s);
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::Box);
    setRenderHints({});
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    auto follow = [this] {
        viewport()->update();
    };
    connect(m_main->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(m_main->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(scene(), &QGraphicsScene::sceneRectChanged, this, [this] { refit(); });
}

void DiagramOverview::refit()
{
    auto *diagram = static_cast<DeploymentScene *>(scene());
    const QRectF contents = diagram->contentsRect();
    if (!contents.isEmpty())
        fitInView(contents, Qt::KeepAspectRatio);
    viewport()->update();
}

void DiagramOverview::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.15f);
    painter->setBrush(fill);
    painter->setPen(QPen(palette().color(QPalette::Highlight), 0));
    painter->drawRect(visible);
}

void DiagramOverview::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->position().toPoint()));
}

void DiagramOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(event->position().toPoint()));
}

void DiagramOverview::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview always shows everything
}

} // namespace Slipway
