#include "connector.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcConnector, "slipway.connector", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

class UnsupportedImageBuild final : public ImageBuildOperation
{
public:
    UnsupportedImageBuild(const QString &runId, const QString &cloud, QObject *parent)
        : ImageBuildOperation(runId, parent)
        , m_cloud(cloud)
    {}

protected:
    void start() override
    {
        finish(ConnectorError{ConnectorError::Code::Unsupported,
                              QCoreApplication::translate("Slipway::Connector",
                                                          "The cloud “%1” cannot build images.")
                                  .arg(m_cloud),
                              {},
                              -1,
                              {}});
    }
    void stop() override { finish(cancelledError()); }

private:
    QString m_cloud;
};

} // namespace

Connector::Connector(const CloudConfig &cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
{}

ImageBuildOperation *Connector::buildImage(const ImageBuildRequest &request)
{
    return new UnsupportedImageBuild(request.runId, m_cloud.name, this);
}

QString brokerRouteName(BrokerRoute route)
{
    switch (route) {
    case BrokerRoute::HostNetwork:
        return u"host network"_s;
    case BrokerRoute::ReverseTunnel:
        return u"reverse tunnel"_s;
    case BrokerRoute::Relay:
        return u"relay"_s;
    }
    return {};
}

} // namespace Slipway
