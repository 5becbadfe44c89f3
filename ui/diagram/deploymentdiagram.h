#pragma once

#include "core/model/result.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace Slipway {

class DeploymentScene;
class DiagramView;
class Document;

// The diagram page of the deployment editor (and, read-only, of the run view): a tool bar
// (automatic layout, zoom, fit, export) over the view of a DeploymentScene.
class DeploymentDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit DeploymentDiagram(Document *document, QWidget *parent = nullptr);
    ~DeploymentDiagram() override;

    DeploymentScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

    // The whole diagram as a picture, at scale times its natural size.
    Result<void> exportPng(const QString &fileName, qreal scale = 2) const;
    Result<void> exportSvg(const QString &fileName) const;

private:
    void layoutAutomatically();
    void exportAs(const QString &format);
    void renderTo(QPainter *painter, const QRectF &target) const;

    DeploymentScene *m_scene;
    DiagramView *m_view;
    QToolBar *m_toolBar;
    QLabel *m_zoomLabel;
    bool m_fitted = false;

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace Slipway
