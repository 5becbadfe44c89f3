#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Slipway {

// What went wrong in a connector operation, as a value with a message fit to show.
struct ConnectorError
{
    enum class Code {
        Failed,         // the cloud or the tool refused or broke; see message
        Cancelled,      // cancel() was called
        Unsupported,    // the connector cannot do this (see ConnectorCapabilities)
        ToolMissing,    // the program the connector drives (podman, docker, ssh…) is not there
        ScriptFailed,   // a bootstrap or build script ended with a non-zero exit status
        InvalidRequest, // the request itself is wrong (no instances, unknown platform…)
    };

    Code code = Code::Failed;
    QString message;        // one sentence for the user, naming the instance or step
    QString instance;       // "master.1" when it concerns one instance, else empty
    int exitCode = -1;      // of the script or the tool, when one ran
    QStringList outputTail; // the last lines of its output, for the run's abort reason

    // The message followed by the output tail, one line each.
    QString toDisplayString() const;

    friend bool operator==(const ConnectorError &, const ConnectorError &) = default;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ConnectorError)
