// bench_diagram: a deployment of 500 nodes and 1,000 mappings. Opening its diagram (target
// <= 500 ms) and laying it out automatically (target <= 1 s), each beside an anchor measured in
// the same run: a bare QGraphicsScene of 500 rectangles and 1,000 lines shown the same way, and
// Graphviz's dot alone on the same graph (in process, and the `dot` program when installed).
//
//   bench_diagram [--smoke]     (--smoke: 50 nodes / 100 edges, one round; for CTest)
//
// Run it from the release build: QT_QPA_PLATFORM=offscreen bench_diagram

#include "core/catalog/catalog.h"
#include "ui/diagram/deploymentdiagram.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/diagramview.h"
#include "ui/diagram/graphvizlayout.h"
#include "ui/diagram/nodeitem.h"
#include "ui/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdio>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Node i maps two of its inputs to outputs of earlier nodes; the last node two more, so that
// nodes - 1 nodes give 2 * (nodes - 1) + 2 = 2 * nodes mappings.
QList<Node> makeNodes(int count)
{
    QList<Node> nodes;
    quint32 seed = 12345;
    auto next = [&seed](int bound) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 16) % quint32(bound));
    };
    for (int i = 0; i < count; ++i) {
        Node n;
        n.name = u"node%1"_s.arg(i);
        n.image = u"bench/img%1"_s.arg(i % 5);
        n.multiplicity = 1 + (i % 7 == 0 ? 2 : 0);
        n.position = QPointF((i % 25) * 300, (i / 25) * 220);
        const int mapped = i == 0 ? 0 : (i == count - 1 ? 4 : 2);
        for (int m = 0; m < mapped; ++m) {
            const int from = next(i);
            n.mappings.append(
                {u"in%1"_s.arg(m + 1), u"node%1:out%2"_s.arg(from).arg(1 + m % 2), false});
        }
        nodes.append(n);
    }
    return nodes;
}

double bareSceneOpen(const QList<Node> &nodes)
{
    QElapsedTimer t;
    t.start();
    QGraphicsScene scene;
    QHash<QString, QGraphicsRectItem *> rects;
    for (const Node &n : nodes) {
        auto *r = scene.addRect(QRectF(0, 0, NodeItem::width, 150));
        r->setPos(n.position);
        r->setFlags(QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsMovable);
        rects.insert(n.name, r);
    }
    for (const Node &n : nodes)
        for (const ParameterMapping &m : n.mappings) {
            auto *from = rects.value(m.value.section(u':', 0, 0));
            scene.addLine(QLineF(from->pos() + QPointF(NodeItem::width, 70),
                                 rects.value(n.name)->pos() + QPointF(0, 70)));
        }
    QGraphicsView view(&scene);
    view.resize(1200, 800);
    view.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view.show();
    view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    view.grab();
    return msSince(t);
}

// The same graph through dot alone: DOT text parsed and laid out by libgvc, no scene.
double bareDotInProcess(const QByteArray &dot)
{
    QElapsedTimer t;
    t.start();
    GVC_t *gvc = gvContext();
    Agraph_t *g = agmemread(dot.constData());
    gvLayout(gvc, g, "dot");
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    return msSince(t);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int count = smoke ? 50 : 500;
    const int rounds = smoke ? 1 : 5;

    QTemporaryDir dir;
    Catalog catalog(dir.filePath(u"bench.db"_s));
    if (!catalog.open()) {
        std::fprintf(stderr, "cannot open the catalog\n");
        return 1;
    }
    for (int i = 0; i < 5; ++i) {
        Module image;
        image.path = u"bench/img%1"_s.arg(i);
        image.kind = ModuleKind::Image;
        image.image.native = true;
        image.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
        for (int p = 1; p <= 4; ++p) {
            Parameter in;
            in.name = u"in%1"_s.arg(p);
            image.image.parameters.append(in);
        }
        for (int p = 1; p <= 2; ++p) {
            Parameter out;
            out.name = u"out%1"_s.arg(p);
            out.category = ParameterCategory::Output;
            image.image.parameters.append(out);
        }
        if (!catalog.save(image, u"bench"_s, u"bench"_s))
            return 1;
    }
    Module deployment;
    deployment.path = u"bench/big"_s;
    deployment.kind = ModuleKind::Deployment;
    deployment.deployment.nodes = makeNodes(count);
    if (!catalog.save(deployment, u"bench"_s, u"bench"_s))
        return 1;
    qsizetype edges = 0;
    for (const Node &n : deployment.deployment.nodes)
        edges += n.mappings.size();
    const auto latest = catalog.latest(deployment.path);
    if (!latest)
        return 1;

    // Open: the editor's diagram page made, shown, fitted and painted once.
    QList<double> open, paintFull, bare, layout, layoutOnly, dotInProcess;
    qsizetype drawnEdges = 0;
    QByteArray dotText;
    for (int round = 0; round < rounds; ++round) {
        Document document(catalog, *latest);
        QElapsedTimer t;
        t.start();
        {
            DeploymentDiagram diagram(&document);
            diagram.resize(1200, 800);
            diagram.show();
            diagram.view()->grab();
            open.append(msSince(t));
            drawnEdges = diagram.scene()->mappingEdges().size();
            // Close up every detail is drawn: one viewport at 100 %.
            diagram.view()->setZoom(1);
            t.restart();
            diagram.view()->grab();
            paintFull.append(msSince(t));
            diagram.view()->fitAll();

            QList<GraphvizLayout::Box> boxes;
            QList<GraphvizLayout::Link> links;
            for (const Node &n : document.module().deployment.nodes) {
                boxes.append({n.name, diagram.scene()->nodeItem(n.name)->boundingRect().size()});
                for (const ParameterMapping &m : n.mappings)
                    links.append({m.value.section(u':', 0, 0), n.name});
            }
            dotText = GraphvizLayout::toDot(boxes, links);
            t.restart();
            if (!GraphvizLayout::layout(boxes, links))
                return 1;
            layoutOnly.append(msSince(t));

            // Layout as the user sees it: dot, the undo command, the items moved, painted.
            t.restart();
            auto laidOut = diagram.scene()->layoutAutomatically();
            diagram.view()->fitAll();
            diagram.view()->grab();
            layout.append(msSince(t));
            if (!laidOut || document.undoStack()->count() != 1) {
                std::fprintf(stderr, "layout failed: %s\n", qPrintable(laidOut.errorMessage()));
                return 1;
            }
        }
        bare.append(bareSceneOpen(document.module().deployment.nodes));
        dotInProcess.append(bareDotInProcess(dotText));
    }

    double dotProgram = -1;
    const QString dotExe = QStandardPaths::findExecutable(u"dot"_s);
    if (!dotExe.isEmpty()) {
        QFile file(dir.filePath(u"graph.dot"_s));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(dotText);
            file.close();
            QList<double> runs;
            for (int round = 0; round < rounds; ++round) {
                QElapsedTimer t;
                t.start();
                QProcess::execute(dotExe, {u"-Tplain"_s, u"-o/dev/null"_s, file.fileName()});
                runs.append(msSince(t));
            }
            dotProgram = median(runs);
        }
    }

    std::printf("bench_diagram: %d nodes, %lld mappings (%lld edges drawn), median of %d rounds\n",
                count,
                qlonglong(edges),
                qlonglong(drawnEdges),
                rounds);
    std::printf("  open the diagram (make, show, fit, paint)  %8.1f ms   target <= 500 ms\n",
                median(open));
    std::printf("    then one viewport (1200 x 800) painted at 100 %% zoom  %8.1f ms\n",
                median(paintFull));
    std::printf(
        "    anchor: bare QGraphicsScene, %d rects + %lld lines, shown and painted  %8.1f ms\n",
        count,
        qlonglong(edges),
        median(bare));
    std::printf("  automatic layout (dot, undo command, items moved, fit, paint)  %8.1f ms   "
                "target <= 1000 ms\n",
                median(layout));
    std::printf("    of which GraphvizLayout::layout alone  %8.1f ms\n", median(layoutOnly));
    std::printf(
        "    anchor: bare dot in process (agmemread + gvLayout) on the same graph  %8.1f ms\n",
        median(dotInProcess));
    if (dotProgram >= 0)
        std::printf("    anchor: the dot program, -Tplain, same graph  %8.1f ms\n", dotProgram);
    else
        std::printf("    anchor: the dot program is not installed (not run)\n");
    return 0;
}
