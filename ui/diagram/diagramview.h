#pragma once

#include <QGraphicsView>

#include <optional>

namespace Slipway {

class DiagramOverview;

// The diagram's view: Ctrl+wheel and the +, -, 0 keys zoom (0 fits), the middle button or
// Space+drag pans, a left drag on the background selects; an overview (mini-map) shows in the
// corner while the diagram does not fit.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom, std::optional<QPoint> anchor = std::nullopt);
    void zoomIn();
    void zoomOut();
    void fitAll();
    DiagramOverview *overview() const { return m_overview; }

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeOverview();

    DiagramOverview *m_overview;
    std::optional<QPoint> m_panFrom;
    bool m_spaceHeld = false;
};

} // namespace Slipway
