#pragma once

#include <QGraphicsView>

namespace Slipway {

// The mini-map of a large diagram: the whole scene, small, with the main view's visible area
// framed; a click or drag there moves the main view.
class DiagramOverview : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramOverview(QGraphicsView *main, QWidget *parent = nullptr);

    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QGraphicsView *m_main;
};

} // namespace Slipway
