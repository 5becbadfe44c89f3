#include "graphvizlayout.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDiagramLayout, "slipway.diagram.layout")

namespace Slipway {

namespace {

// The attributes both layout() and toDot() use. Straight edges: the diagram draws its own
// curves from port to port, so dot's spline routing (most of its time) would be thrown away.
struct Attribute
{
    int kind;
    const char *name;
    const char *value;
};
const Attribute attributes[] = {
    {AGRAPH, "rankdir", "LR"},
    {AGRAPH, "nodesep", "0.35"},
    {AGRAPH, "ranksep", "0.9"},
    {AGRAPH, "splines", "false"},
    {AGRAPH, "mclimit", "0.5"},
    {AGNODE, "shape", "box"},
    {AGNODE, "fixedsize", "true"},
    {AGNODE, "label", ""},
    {AGNODE, "width", "1"},
    {AGNODE, "height", "1"},
};

QByteArray inches(qreal points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

struct GraphClose
{
    void operator()(Agraph_t *g) const { agclose(g); }
};
struct ContextFree
{
    void operator()(GVC_t *c) const { gvFreeContext(c); }
};

} // namespace

QByteArray GraphvizLayout::toDot(const QList<Box> &boxes, const QList<Link> &links)
{
    QHash<QString, int> index;
    QByteArray dot = "digraph G {\n";
    for (const Attribute &a : attributes) {
        const char *what = a.kind == AGRAPH ? "graph" : "node";
        dot += QByteArray("  ") + what + " [" + a.name + "=\"" + a.value + "\"];\n";
    }
    for (int i = 0; i < boxes.size(); ++i) {
        index.insert(boxes.at(i).name, i);
        dot += "  n" + QByteArray::number(i) + " [width=" + inches(boxes.at(i).size.width())
               + ", height=" + inches(boxes.at(i).size.height()) + "];\n";
    }
    for (const Link &l : links) {
        if (!index.contains(l.from) || !index.contains(l.to) || l.from == l.to)
            continue;
        dot += "  n" + QByteArray::number(index.value(l.from)) + " -> n"
               + QByteArray::number(index.value(l.to)) + ";\n";
    }
    dot += "}\n";
    return dot;
}

Result<QHash<QString, QPointF>> GraphvizLayout::layout(const QList<Box> &boxes,
                                                       const QList<Link> &links)
{
    QHash<QString, QPointF> positions;
    if (boxes.isEmpty())
        return positions;

    const std::unique_ptr<GVC_t, ContextFree> context(gvContext());
    if (!context)
        return Error{QCoreApplication::translate("GraphvizLayout",
                                                 "Graphviz could not start (gvContext failed).")};
    QByteArray graphName("deployment");
    const std::unique_ptr<Agraph_t, GraphClose> graph(agopen(graphName.data(), Agdirected, nullptr));
    Agraph_t *g = graph.get();
    for (const Attribute &a : attributes) {
        QByteArray name(a.name), value(a.value);
        agattr(g, a.kind, name.data(), value.data());
    }
    QByteArray widthName("width"), heightName("height"), empty;
    Agsym_t *widthSym = agattr(g, AGNODE, widthName.data(), nullptr);
    Agsym_t *heightSym = agattr(g, AGNODE, heightName.data(), nullptr);

    QHash<QString, Agnode_t *> nodes;
    nodes.reserve(boxes.size());
    for (int i = 0; i < boxes.size(); ++i) {
        QByteArray id = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(g, id.data(), 1);
        QByteArray w = inches(boxes.at(i).size.width());
        QByteArray h = inches(boxes.at(i).size.height());
        agxset(n, widthSym, w.data());
        agxset(n, heightSym, h.data());
        nodes.insert(boxes.at(i).name, n);
    }
    for (const Link &l : links) {
        Agnode_t *from = nodes.value(l.from), *to = nodes.value(l.to);
        if (from && to && from != to)
            agedge(g, from, to, nullptr, 1);
    }

    if (gvLayout(context.get(), g, "dot") != 0)
        return Error{QCoreApplication::translate(
            "GraphvizLayout",
            "Graphviz could not lay out the diagram (the dot layout plugin "
            "is missing or failed).")};
    // Graphviz's y axis points up; the scene's points down.
    const boxf bb = GD_bb(g);
    for (const Box &box : boxes) {
        Agnode_t *n = nodes.value(box.name);
        const pointf centre = ND_coord(n);
        positions.insert(box.name,
                         QPointF(centre.x - bb.LL.x - box.size.width() / 2,
                                 (bb.UR.y - centre.y) - box.size.height() / 2));
    }
    gvFreeLayout(context.get(), g);
    qCDebug(lcDiagramLayout) << "laid out" << boxes.size() << "nodes," << links.size() << "links";
    return positions;
}

} // namespace Slipway
