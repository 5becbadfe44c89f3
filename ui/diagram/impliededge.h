#pragma once

// An edge that a node's recipes imply (`ss-get other:param`) rather than a mapping. Kept here
// until core/checks/parameterflow.h provides the same struct; the scene takes only these
// fields, so the switch is an include.

#include <QString>

namespace Slipway {

struct ImpliedEdge
{
    QString fromNode; // the producer (the node the key names)
    QString toNode;   // the node whose recipe reads it
    QString key;      // the parameter read, without the node ("db_host")
};

} // namespace Slipway
