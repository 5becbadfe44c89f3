#pragma once

#include "core/connector/connector.h"
#include "core/connector/connectorregistry.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>

Q_DECLARE_LOGGING_CATEGORY(lcLocalConnector)

namespace Slipway {

// Local containers: Podman by default, Docker when the cloud's `executable`
// setting names it (same CLI). Each run gets a network slipway-<run>; each instance a
// container slipway-<run>-<node>-<index> whose host name and network alias are
// <node>-<index>, labelled slipway.run, slipway.instance and slipway.owner. The nodes reach
// the broker on the host at host.containers.internal. Image builds run each build step in a
// container of the previous step's image and commit it as localhost/slipway-step:<cache key>.
class LocalConnector : public Connector
{
    Q_OBJECT
public:
    static constexpr auto kKind = u"local";
    static constexpr auto kExecutableSetting = u"executable";
    static constexpr auto kBrokerHost = u"host.containers.internal";
    static constexpr auto kStepRepository = u"localhost/slipway-step";

    explicit LocalConnector(const CloudConfig &cloud, QObject *parent = nullptr);

    static ConnectorKind connectorKind();

    ConnectorCapabilities capabilities() const override;
    ProvisionOperation *provision(const ProvisionRequest &request) override;
    BootstrapOperation *bootstrap(const BootstrapRequest &request) override;
    TerminateOperation *terminate(const TerminateRequest &request) override;
    TerminateOperation *cleanUpOrphans(const OrphanCleanUpRequest &request) override;
    ImageBuildOperation *buildImage(const ImageBuildRequest &request) override;
    CheckOperation *check() override;

    QString executable() const { return m_executable; }
    bool isDocker() const { return m_docker; }

    static QString networkName(const QString &runId);
    static QString containerName(const QString &runId, const InstanceName &instance);
    static QString stepImageName(const QString &cacheKey);

    // A program and its arguments.
    struct Command
    {
        QString program;
        QStringList arguments;
    };
    // `exec` of `command` (an sh program) in a container, with `variables` in its environment
    // (their values show in a process list: give no secret here). Through the container's OCI
    // runtime (`runc exec`, what the tool's own exec ends in) when its state is found, which
    // spares the tool's start-up and bookkeeping; else through `podman exec` / `docker exec`.
    Command execCommand(const QString &container,
                        const QString &containerId,
                        const QString &command,
                        const QMap<QString, QString> &variables = {},
                        bool withInput = false) const;
    // The runtime and the state folder that `runc exec` needs for the container, if found.
    Command runtimeOf(const QString &containerId) const;

    // `rm` arguments that remove containers at once, running or not, missing ones ignored.
    QStringList removeArguments(const QStringList &containers) const;
    // An error for a command that failed: ToolMissing when the program is not there.
    ConnectorError commandError(const class ContainerCommand *command,
                                const QString &what,
                                const QString &instance = {}) const;

private:
    QString m_executable;
    bool m_docker = false;
};

} // namespace Slipway
