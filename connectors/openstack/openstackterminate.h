#pragma once

#include "core/connector/connectoroperation.h"

#include <QJsonArray>

namespace Slipway {

class OpenStackConnector;
class OpenStackResources;

// Deletes the given servers of a run, or every server whose metadata names the run (listed
// by its name prefix, then checked on the metadata), releasing their floating IPs first, and
// waits until Nova no longer has them.
class OpenStackTerminate final : public TerminateOperation
{
    Q_OBJECT
public:
    OpenStackTerminate(OpenStackConnector *connector, const TerminateRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    void remove(const QList<std::pair<QString, QString>> &servers); // id, name

    OpenStackConnector *m_connector;
    TerminateRequest m_request;
    OpenStackResources *m_resources;
    QStringList m_errors;
};

// Deletes the servers of `owner` whose run is not active any more.
class OpenStackOrphanCleanUp final : public TerminateOperation
{
    Q_OBJECT
public:
    OpenStackOrphanCleanUp(OpenStackConnector *connector, const OrphanCleanUpRequest &request);

    // Of `servers` (Nova's JSON), those owned by `owner` with a run not in `activeRunIds`.
    static QJsonArray orphans(const QJsonArray &servers,
                              const QString &owner,
                              const QStringList &activeRunIds);

protected:
    void start() override;
    void stop() override;

private:
    OpenStackConnector *m_connector;
    OrphanCleanUpRequest m_request;
    OpenStackResources *m_resources;
    QStringList m_errors;
};

} // namespace Slipway
