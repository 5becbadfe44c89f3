#pragma once

#include "core/connector/cloudconfig.h"
#include "core/connector/connectoroperation.h"
#include "core/connector/connectortypes.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcConnector)

namespace Slipway {

// A connector drives one kind of cloud for the run engine: it provisions,
// bootstraps, terminates and builds images asynchronously. Every call returns at once with
// an operation (a child of the connector) that reports progress, can be cancelled and ends
// with finished(); nothing blocks the event loop. Connectors keep no run state of their own
// beyond what the cloud holds (labels, tags), so an application restarted during a run can
// carry on with a new connector object for the same cloud.
class Connector : public QObject
{
    Q_OBJECT
public:
    explicit Connector(const CloudConfig &cloud, QObject *parent = nullptr);

    const CloudConfig &cloud() const { return m_cloud; }
    virtual ConnectorCapabilities capabilities() const = 0;

    // Starts the instances of a run (creating what the run shares, e.g. its network).
    virtual ProvisionOperation *provision(const ProvisionRequest &request) = 0;
    // Runs a script on an instance, streaming its output.
    virtual BootstrapOperation *bootstrap(const BootstrapRequest &request) = 0;
    // Removes instances of a run, or the whole run.
    virtual TerminateOperation *terminate(const TerminateRequest &request) = 0;
    // Removes what a crashed application left behind for runs no longer active.
    virtual TerminateOperation *cleanUpOrphans(const OrphanCleanUpRequest &request) = 0;
    // Builds an image step by step. Connectors without capabilities().buildsImages return an
    // operation that fails with Unsupported (this default).
    virtual ImageBuildOperation *buildImage(const ImageBuildRequest &request);
    // Checks that the cloud can be used at all.
    virtual CheckOperation *check() = 0;

private:
    CloudConfig m_cloud;
};

QString brokerRouteName(BrokerRoute route);

} // namespace Slipway
