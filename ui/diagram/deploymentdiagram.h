#pragma once

#include "core/model/result.h"

#include <QWidget>

class QAction;
class QLabel;
class QTimer;
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

    // Scans the nodes' recipes again (core/checks): the edges they imply, drawn dashed, and
    // the nodes whose reads nothing produces or that wait in a cycle, flagged. Runs after
    // every change of the nodes, a moment later so that a burst of edits scans once.
    void runChecks();
    // Selects the node, scrolls it into sight and gives the diagram the focus.
    void showNode(const QString &name);

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
    QTimer *m_checkTimer;
    bool m_fitted = false;

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace Slipway
