#include "ec2provision.h"

#include "connectors/ec2/ec2connector.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Slipway {

Ec2Provision::Ec2Provision(Ec2Connector *connector, const ProvisionRequest &request)
    : ProvisionOperation(request.runId, connector)
    , m_connector(connector)
    , m_request(request)
{}

void Ec2Provision::start()
{
    if (m_request.instances.isEmpty()) {
        finish(ec2Failure(ConnectorError::Code::InvalidRequest, tr("No instance to start.")));
        return;
    }
    m_connector->withClient(this, [this](Ec2Client *client, const QString &error) {
        if (!client) {
            finish(ec2Failure(ConnectorError::Code::Failed, error));
            return;
        }
        m_client = client;
        QStringList images;
        for (const InstanceRequest &i : std::as_const(m_request.instances))
            if (!images.contains(i.imageId))
                images << i.imageId;
        m_imagesLeft = int(images.size());
        reportProgress(tr("Checking the images"), 0, int(m_request.instances.size()));
        for (const QString &image : std::as_const(images))
            checkImage(image);
    });
}

void Ec2Provision::stop()
{
    if (m_client)
        m_client->cancel(this);
    finish(cancelledError());
}

void Ec2Provision::checkImage(const QString &imageId)
{
    if (imageId.isEmpty()) {
        imageChecked(imageId, tr("the image has no id for this cloud"));
        return;
    }
    m_client->call(u"DescribeImages"_s,
                   {{u"ImageId.1"_s, imageId}},
                   this,
                   [this, imageId](const XmlElement *response, const Ec2Error *error) {
                       if (error) {
                           imageChecked(imageId, error->toDisplayString());
                           return;
                       }
                       const QList<const XmlElement *> items = response->child(u"imagesSet")
                                                                   .all(u"item");
                       if (items.isEmpty()) {
                           imageChecked(imageId, tr("the image %1 does not exist").arg(imageId));
                           return;
                       }
                       const QString state = items.first()->value(u"imageState");
                       if (state != u"available") {
                           imageChecked(imageId,
                                        tr("the image %1 is %2, not available").arg(imageId, state));
                           return;
                       }
                       imageChecked(imageId, {});
                   });
}

void Ec2Provision::imageChecked(const QString &imageId, const QString &problem)
{
    int done = 0;
    for (const InstanceRequest &request : std::as_const(m_request.instances)) {
        if (request.imageId != imageId)
            continue;
        const QString name = request.name.toString();
        if (!problem.isEmpty()) {
            const ConnectorError e = ec2Failure(ConnectorError::Code::Failed,
                                                tr("%1 cannot be started: %2").arg(name, problem),
                                                name);
            addFailure(e);
            continue;
        }
        m_connector->reserve(m_request.runId, {request, m_request.owner});
        Instance instance;
        instance.name = request.name;
        instance.handle = Ec2Connector::instanceName(m_request.runId, request.name);
        instance.imageId = request.imageId;
        addInstance(instance);
        reportProgress(tr("Reserved %1").arg(name), ++done, int(m_request.instances.size()), name);
    }
    if (--m_imagesLeft > 0 || isFinished())
        return;
    if (!failures().isEmpty())
        finish(failures().first());
    else
        finish();
}

} // namespace Slipway
