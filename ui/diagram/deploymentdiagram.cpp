#include "deploymentdiagram.h"

#include "core/checks/parameterflow.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/diagramview.h"
#include "ui/diagram/nodeitem.h"
#include "ui/document.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

DeploymentDiagram::DeploymentDiagram(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_scene(new DeploymentScene(document, this))
    , m_view(new DiagramView(m_scene, this))
    , m_toolBar(new QToolBar(this))
    , m_zoomLabel(new QLabel(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(u"DeploymentDiagram"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *arrange = m_toolBar->addAction(tr("Arrange"), this, [this] { layoutAutomatically(); });
    arrange->setObjectName(u"DiagramLayout"_s);
    arrange->setToolTip(tr("Lay the nodes out automatically, producers left of their readers"));
    m_toolBar->addSeparator();
    QAction *zoomOut = m_toolBar->addAction(tr("−"), m_view, &DiagramView::zoomOut);
    zoomOut->setToolTip(tr("Zoom out (-, Ctrl+wheel)"));
    m_toolBar->addWidget(m_zoomLabel);
    QAction *zoomIn = m_toolBar->addAction(tr("+"), m_view, &DiagramView::zoomIn);
    zoomIn->setToolTip(tr("Zoom in (+, Ctrl+wheel)"));
    QAction *fit = m_toolBar->addAction(tr("Fit"), m_view, &DiagramView::fitAll);
    fit->setToolTip(tr("Show the whole diagram (0)"));
    m_toolBar->addSeparator();
    m_toolBar->addAction(tr("Export PNG…"), this, [this] { exportAs(u"png"_s); });
    m_toolBar->addAction(tr("Export SVG…"), this, [this] { exportAs(u"svg"_s); });
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    auto showZoom = [this](qreal zoom) {
        m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
    };
    connect(m_view, &DiagramView::zoomChanged, this, showZoom);
    showZoom(1);
    connect(m_scene, &DeploymentScene::layoutFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Automatic layout"), message);
    });

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);
    connect(m_checkTimer, &QTimer::timeout, this, &DeploymentDiagram::runChecks);
    connect(document, &Document::changed, this, [this](Document::Parts parts) {
        if (parts & (Document::Part::Nodes | Document::Part::History))
            m_checkTimer->start();
    });
    runChecks();
}

void DeploymentDiagram::runChecks()
{
    m_checkTimer->stop();
    Document *document = m_scene->document();
    const ParameterFlow flow = analyzeParameterFlow(document->module(), document->lookup());
    QHash<QString, QString> problems;
    for (const CheckProblem &check : flow.problems) {
        for (const QString &node : check.nodes) {
            QString &text = problems[node];
            if (!text.isEmpty())
                text += u'\n';
            text += check.problem.message;
        }
    }
    m_scene->setImpliedEdges(flow.edges);
    m_scene->setNodeProblems(problems);
}

DeploymentDiagram::~DeploymentDiagram()
{
    // The view goes before the scene it shows.
    delete m_view;
    m_view = nullptr;
}

void DeploymentDiagram::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        m_view->fitAll();
    }
}

void DeploymentDiagram::showNode(const QString &name)
{
    if (NodeItem *item = m_scene->nodeItem(name)) {
        m_scene->clearSelection();
        item->setSelected(true);
        m_view->ensureVisible(item);
    }
    m_view->setFocus();
}

void DeploymentDiagram::layoutAutomatically()
{
    if (m_scene->layoutAutomatically())
        m_view->fitAll();
}

void DeploymentDiagram::renderTo(QPainter *painter, const QRectF &target) const
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    // The picture shows the diagram, not what happens to be selected.
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    m_scene->closeInPlaceEditor();
    m_scene->render(painter, target, m_scene->contentsRect(), Qt::KeepAspectRatio);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

Result<void> DeploymentDiagram::exportPng(const QString &fileName, qreal scale) const
{
    const QRectF contents = m_scene->contentsRect();
    if (contents.isEmpty())
        return Error{tr("The diagram is empty: there is nothing to export.")};
    const QSize size = (contents.size() * scale).toSize();
    if (size.width() > 32000 || size.height() > 32000)
        return Error{tr("The diagram is too large for a PNG at this scale (%1 × %2 pixels); "
                        "export it as SVG.")
                         .arg(size.width())
                         .arg(size.height())};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!image.save(fileName, "PNG"))
        return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(fileName))};
    return {};
}

Result<void> DeploymentDiagram::exportSvg(const QString &fileName) const
{
    const QRectF contents = m_scene->contentsRect();
    if (contents.isEmpty())
        return Error{tr("The diagram is empty: there is nothing to export.")};
    {
        QFile probe(fileName);
        if (!probe.open(QIODevice::WriteOnly))
            return Error{tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(fileName), probe.errorString())};
    }
    QSvgGenerator svg;
    svg.setFileName(fileName);
    svg.setSize(contents.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), contents.size()));
    svg.setTitle(m_scene->document()->path());
    svg.setDescription(tr("Deployment diagram of %1").arg(m_scene->document()->path()));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(fileName))};
    painter.fillRect(QRectF(QPointF(0, 0), contents.size()),
                     m_scene->palette().color(QPalette::Base));
    renderTo(&painter, QRectF(QPointF(0, 0), contents.size()));
    painter.end();
    return {};
}

void DeploymentDiagram::exportAs(const QString &format)
{
    const QString suggested = m_scene->document()->path().section(u'/', -1) + u'.' + format;
    const QString filter = format == u"png" ? tr("PNG pictures (*.png)")
                                            : tr("SVG drawings (*.svg)");
    const QString fileName = QFileDialog::getSaveFileName(this,
                                                          tr("Export the diagram"),
                                                          suggested,
                                                          filter);
    if (fileName.isEmpty())
        return;
    const Result<void> done = format == u"png" ? exportPng(fileName) : exportSvg(fileName);
    if (!done)
        QMessageBox::warning(this, tr("Export the diagram"), done.errorMessage());
}

} // namespace Slipway
