#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

namespace Slipway {

// The name of one node instance in a run: "master.1", "worker.2" (index from 1), as the
// runtime parameter keys and SLIPSTREAM_NODE_INSTANCE spell it.
struct InstanceName
{
    QString node;
    int index = 1;

    static std::optional<InstanceName> parse(QStringView text);

    bool isValid() const { return !node.isEmpty() && index >= 1; }
    QString toString() const; // "master.1"

    // A valid DNS label made from the name, for host names, container and server names:
    // lower case, [a-z0-9-], at most 63 characters ("worker_node.2" -> "worker-node-2").
    QString hostLabel() const;

    friend bool operator==(const InstanceName &, const InstanceName &) = default;
    friend size_t qHash(const InstanceName &name, size_t seed = 0)
    {
        return qHashMulti(seed, name.node, name.index);
    }
};

// A DNS label made from any text: lower case, runs of other characters folded into one '-',
// no leading or trailing '-', cut at `maxLength`; "x" when nothing is left.
QString toHostLabel(QStringView text, int maxLength = 63);

} // namespace Slipway
