#pragma once

#include "connectors/local/containercommand.h"
#include "core/connector/connectoroperation.h"

namespace Slipway {

class LocalConnector;

// An incremental build: the base image's id gives the first cache key, each non-empty step
// chains its own. The last step already in the cache (an image localhost/slipway-step:<key>)
// is looked for from the end, so an unchanged build costs one inspect per step at most and
// runs nothing; the steps after it each run in a container of the previous image, which is
// then committed under the step's key.
class LocalImageBuild final : public ImageBuildOperation
{
public:
    LocalImageBuild(LocalConnector *connector, const ImageBuildRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    void lookUp(int index);
    void runStep(int index, const QString &parentImage);
    void commitStep(int index, const QString &container);
    void removeContainer(const QString &container, std::function<void()> then);
    void done(const QString &imageId);

    LocalConnector *m_connector;
    ImageBuildRequest m_request;
    QList<BuildStep> m_steps; // the non-empty ones
    QStringList m_keys;       // m_keys[0]: the base; m_keys[i + 1]: after m_steps[i]
    QString m_baseImageId;
    QString m_runningContainer;
    qint64 m_stepStartedAt = 0;
    ContainerCommandGroup m_commands;
};

} // namespace Slipway
