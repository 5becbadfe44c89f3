#pragma once

#include "core/connector/connectoroperation.h"

#include <QPointer>
#include <QTimer>

namespace Slipway {

class Ec2Client;
class Ec2Connector;

// An image build on EC2 (CreateImage): launches a builder instance of the base image whose
// user-data runs the build steps in order (the connector's provision(), then bootstrap()
// following it), waits for their exit status on its console,
// makes an image of it, waits until DescribeImages says the image is available, and
// terminates the builder. EC2 keeps no intermediate images, so every build runs every step.
class Ec2ImageBuild final : public ImageBuildOperation
{
    Q_OBJECT
public:
    Ec2ImageBuild(Ec2Connector *connector, const ImageBuildRequest &request);

    static constexpr auto kBuilderNode = u"build";

    // The script the builder runs: every step, in order, stopping at the first failure.
    static QByteArray buildScript(const QList<BuildStep> &steps);
    // An EC2 image name (3-128 characters of a restricted set) for the build.
    static QString imageName(const ImageBuildRequest &request);

protected:
    void start() override;
    void stop() override;

private:
    // Progress and output of a step of the build, as the build's.
    void forward(ConnectorOperation *op);
    void follow(const Instance &builder, const InstanceRequest &request);
    void createImage();
    void pollImage();
    void terminateBuilder(const std::optional<ConnectorError> &error);

    Ec2Connector *m_connector;
    Ec2Client *m_client = nullptr;
    ImageBuildRequest m_request;
    QList<BuildStep> m_steps;            // the non-empty ones
    QPointer<ConnectorOperation> m_step; // launching or following the builder
    QString m_builderId;
    QString m_imageId;
    QTimer m_poll;
    qint64 m_stepsStarted = 0;
};

} // namespace Slipway
