#pragma once

#include "connectors/local/containercommand.h"
#include "core/connector/connectoroperation.h"

#include <QSet>

namespace Slipway {

class LocalConnector;

// Removes instances of a run by name, or the whole run by its label (containers, then the
// network). Removing what is already gone is not an error.
class LocalTerminate final : public TerminateOperation
{
public:
    LocalTerminate(LocalConnector *connector, const TerminateRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    void removeContainers(const QStringList &containers, std::function<void()> then);
    void removeNetworks();

    LocalConnector *m_connector;
    TerminateRequest m_request;
    ContainerCommandGroup m_commands;
};

// Lists the owner's containers and networks, and removes those of runs not active.
class LocalOrphanCleanUp final : public TerminateOperation
{
public:
    LocalOrphanCleanUp(LocalConnector *connector, const OrphanCleanUpRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    void inspectContainers(const QStringList &ids);
    void listNetworks();
    void removeNetworks(const QStringList &names);
    bool isOrphan(const QString &runId) const;
    void fail(const class ContainerCommand *command, const QString &what);

    LocalConnector *m_connector;
    OrphanCleanUpRequest m_request;
    ContainerCommandGroup m_commands;
};

} // namespace Slipway
