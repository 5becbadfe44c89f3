#pragma once

#include "core/connector/connectoroperation.h"

namespace Slipway {

class OpenStackConnector;
class OpenStackResources;

// Builds an image as a server snapshot: a snapshot in Glance whose slipway_cache_key is the
// last step's key is reused as it is; otherwise a server of the base image runs every build
// step through cloud-init, is stopped, and snapshotted (createImage) with that key; the
// build waits for the image to be active, then deletes the server. Steps are not cached one
// by one (capabilities().incrementalBuilds is false): a change rebuilds from the base.
class OpenStackImageBuild final : public ImageBuildOperation
{
    Q_OBJECT
public:
    OpenStackImageBuild(OpenStackConnector *connector, const ImageBuildRequest &request);

    // The script that runs the steps in order, stopping at the first that fails.
    static QByteArray buildScript(const QList<BuildStep> &steps);

protected:
    void start() override;
    void stop() override;

private:
    void setBase(const QString &imageId);
    void findCached();
    void createServer(const QString &flavorId, const QString &networkId);
    void snapshot();
    void done(const QString &imageId, bool reused);
    void fail(const QString &message,
              ConnectorError::Code code = ConnectorError::Code::Failed,
              int exitCode = -1);

    OpenStackConnector *m_connector;
    ImageBuildRequest m_request;
    QList<BuildStep> m_steps;
    QStringList m_keys; // base key, then one per step
    QString m_label;
    QString m_serverId;
    OpenStackResources *m_resources;
};

} // namespace Slipway
