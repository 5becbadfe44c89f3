#pragma once

// The values that go into and come out of a Connector: requests, instances, build results.

#include "core/connector/buildstep.h"
#include "core/connector/instancename.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Slipway {

// How the nodes reach the broker that runs inside the application.
enum class BrokerRoute {
    HostNetwork,   // directly, at brokerHost (containers: the host's bridge gateway)
    ReverseTunnel, // through a tunnel the connector opens: 127.0.0.1 on the node
    Relay,         // through slipway-relay: the relay's address, not the connector's
};

struct ConnectorCapabilities
{
    bool buildsImages = false;
    bool incrementalBuilds = false; // unchanged build steps are reused
    bool scales = false;            // provision/terminate on a running run
    // Instances take their bootstrap when they are created (cloud-init user-data): the engine
    // gives it to provision() in InstanceRequest, so that each instance boots once, with it.
    bool bootstrapsAtLaunch = false;
    BrokerRoute brokerRoute = BrokerRoute::HostNetwork;
    QString brokerHost; // what the nodes connect to for HostNetwork and ReverseTunnel

    // "host:port" the nodes use for a broker listening on `port` on this machine; empty for
    // Relay, where the engine gives the relay's address instead.
    QString brokerAddress(quint16 port) const;
};

// What an instance gets, in this cloud's terms (from the image's resource parameters).
struct InstanceResources
{
    QString instanceType; // instance type or flavour
    QString cpu;          // number of CPUs
    QString ram;          // MiB, or with the cloud's own unit
    QString disk;
    QString network; // "public" or "private"
    QStringList securityGroups;

    friend bool operator==(const InstanceResources &, const InstanceResources &) = default;
};

// One instance to start: its name, the image (an id in this cloud) and its resources.
struct InstanceRequest
{
    InstanceName name;
    QString imageId;
    InstanceResources resources; // empty = the cloud's defaults
    // For clouds that bootstrap at launch: the script to start the instance with and its
    // environment (as in BootstrapRequest; never put on a command line or in a log).
    QByteArray bootstrapScript{};
    QMap<QString, QString> bootstrapEnvironment{};

    friend bool operator==(const InstanceRequest &, const InstanceRequest &) = default;
};

struct ProvisionRequest
{
    QString runId;
    // Who starts the run (the catalog's id): written on every resource with the run id, so
    // that the orphan clean-up of one catalog never touches another's runs.
    QString owner;
    QList<InstanceRequest> instances;
};

// A started instance: what the run engine publishes as `hostname`, `instanceid`, `url.ssh` and
// `image.id`.
struct Instance
{
    InstanceName name;
    QString instanceId; // container id, server id, host name in the pool
    QString hostname;   // the address other nodes reach it at (an IP address)
    QString handle;     // the connector's own name for it (container or server name)
    QString sshUrl;     // how a user logs in: ssh://[user@]host[:port], or the connector's way
    QString imageId;    // the image it was started from, an id in its cloud

    friend bool operator==(const Instance &, const Instance &) = default;
};

// Run `script` on `instance` with `environment` (the broker's bootstrap and its context).
struct BootstrapRequest
{
    QString runId;
    Instance instance;
    QByteArray script;                  // with or without a shebang (sh then)
    QMap<QString, QString> environment; // never put on a command line or in a log
    // provision() started the instance with this very script and environment: the bootstrap
    // is under way and is only followed to its end, never started again.
    bool launched = false;
};

// Remove the given instances of a run, or every resource of the run when `instances` is
// empty (its network too).
struct TerminateRequest
{
    QString runId;
    QList<Instance> instances;
};

// After a crash: remove what `owner` left behind for runs that are no longer active.
struct OrphanCleanUpRequest
{
    QString owner;
    QStringList activeRunIds; // everything of `owner` labelled with another run id goes
};

struct ImageBuildRequest
{
    QString runId;
    QString owner;
    QString baseImageId;    // the parent image, an id in this cloud
    QList<BuildStep> steps; // pre-install, packages, recipe: parent-first, empty ones skipped
    QString tag;            // optional name given to the final image ("slipway/web:3")
};

struct BuildStepResult
{
    QString name;
    QString cacheKey;
    QString imageId;
    bool reused = false; // found in the cache: nothing ran
    qint64 milliseconds = 0;

    friend bool operator==(const BuildStepResult &, const BuildStepResult &) = default;
};

struct ImageBuildResult
{
    QString imageId;  // to record on the image version for this cloud
    QString cacheKey; // of the last step (of the base when there is no step)
    QList<BuildStepResult> steps;

    int stepsRun() const;
};

// Progress of an operation, for a status line and a progress bar.
struct ConnectorProgress
{
    QString message;  // fit to show: "Starting worker.2"
    QString instance; // "worker.2" when it concerns one
    int done = 0;
    int total = 0; // 0 when unknown
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::Instance)
Q_DECLARE_METATYPE(Slipway::BuildStepResult)
Q_DECLARE_METATYPE(Slipway::ConnectorProgress)
