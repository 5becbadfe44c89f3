#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace Slipway {

// Automatic layout of a deployment diagram with Graphviz's dot, in process (libgvc), left to
// right: producers to the left of the nodes that read their outputs.
class GraphvizLayout
{
public:
    struct Box
    {
        QString name;
        QSizeF size; // scene units, taken as points
    };
    struct Link
    {
        QString from;
        QString to;
    };

    // The top-left corner of each box, in scene units with the diagram's top-left at (0, 0).
    static Result<QHash<QString, QPointF>> layout(const QList<Box> &boxes, const QList<Link> &links);
    // The same graph, with the same attributes, as DOT text (for the bare `dot` anchor of the
    // benchmark and for debugging).
    static QByteArray toDot(const QList<Box> &boxes, const QList<Link> &links);
};

} // namespace Slipway
