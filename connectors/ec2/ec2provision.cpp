#include "ec2provision.h"

#include "connectors/ec2/ec2connector.h"

#include <QTimer>

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
        m_pending = int(m_request.instances.size());
        QStringList images;
        for (const InstanceRequest &i : std::as_const(m_request.instances))
            if (!images.contains(i.imageId))
                images << i.imageId;
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
    for (const InstanceRequest &request : std::as_const(m_request.instances)) {
        if (request.imageId != imageId || isFinished())
            continue;
        if (!problem.isEmpty()) {
            const QString name = request.name.toString();
            instanceDone(request,
                         {},
                         ec2Failure(ConnectorError::Code::Failed,
                                    tr("%1 cannot be started: %2").arg(name, problem),
                                    name));
            continue;
        }
        launch(request);
    }
}

void Ec2Provision::launch(const InstanceRequest &request)
{
    const QString name = request.name.toString();
    QByteArray userData;
    if (!request.bootstrapScript.isEmpty()) {
        // The CA is in the bootstrap script already; cloud-init writes the script, the token
        // (0600) and the rest of the environment.
        const Result<QByteArray> data = Ec2Connector::userData(request.bootstrapScript,
                                                               request.bootstrapEnvironment,
                                                               name);
        if (!data) {
            instanceDone(request,
                         {},
                         ec2Failure(ConnectorError::Code::InvalidRequest,
                                    tr("The user-data of %1 cannot be made: %2")
                                        .arg(name, data.errorMessage()),
                                    name));
            return;
        }
        userData = *data;
    }
    reportProgress(tr("Launching %1").arg(name), m_done, int(m_request.instances.size()), name);
    m_client->call(
        u"RunInstances"_s,
        m_connector->runInstancesParams(m_request.runId, request, m_request.owner, userData),
        this,
        [this, request, name](const XmlElement *response, const Ec2Error *error) {
            if (error) {
                instanceDone(request,
                             {},
                             Ec2Connector::cloudError(tr("%1 could not be launched").arg(name),
                                                      *error,
                                                      name));
                return;
            }
            const XmlElement &item = response->child(u"instancesSet").child(u"item");
            const Ec2Instance instance = Ec2Instance::fromItem(item);
            if (instance.id.isEmpty()) {
                instanceDone(request,
                             {},
                             ec2Failure(ConnectorError::Code::Failed,
                                        tr("RunInstances named no instance for %1.").arg(name),
                                        name));
                return;
            }
            appendOutput(name,
                         u"ec2: launched %1 (%2)\n"_s.arg(instance.id, item.value(u"instanceType"))
                             .toUtf8());
            QTimer::singleShot(m_connector->pollInterval(), this, [this, request, instance] {
                pollState(request, instance.id);
            });
        });
}

void Ec2Provision::pollState(const InstanceRequest &request, const QString &instanceId)
{
    if (isFinished())
        return;
    const QString name = request.name.toString();
    m_client->call(
        u"DescribeInstances"_s,
        {{u"InstanceId.1"_s, instanceId}},
        this,
        [this, request, instanceId, name](const XmlElement *response, const Ec2Error *error) {
            // Just after RunInstances, EC2 may not know the instance yet.
            if (error && error->code != u"InvalidInstanceID.NotFound") {
                instanceDone(request,
                             instanceId,
                             Ec2Connector::cloudError(tr("The state of %1 is unknown").arg(name),
                                                      *error,
                                                      name));
                return;
            }
            const QList<Ec2Instance> found = error ? QList<Ec2Instance>{}
                                                   : Ec2Instance::fromDescribe({*response});
            const Ec2Instance instance = found.value(0);
            if (instance.state == u"running") {
                running(request, instance);
                return;
            }
            if (instance.state == u"shutting-down" || instance.state == u"terminated"
                || instance.state == u"stopped" || instance.state == u"stopping") {
                instanceDone(request,
                             instanceId,
                             ec2Failure(ConnectorError::Code::Failed,
                                        tr("%1 (%2) is %3: %4")
                                            .arg(name,
                                                 instanceId,
                                                 instance.state,
                                                 instance.stateReason.isEmpty()
                                                     ? tr("no reason given")
                                                     : instance.stateReason),
                                        name));
                return;
            }
            reportProgress(tr("Waiting for %1 (%2) to run: it is %3")
                               .arg(name,
                                    instanceId,
                                    instance.state.isEmpty() ? u"pending"_s : instance.state),
                           m_done,
                           int(m_request.instances.size()),
                           name);
            QTimer::singleShot(m_connector->pollInterval(), this, [this, request, instanceId] {
                pollState(request, instanceId);
            });
        });
}

void Ec2Provision::running(const InstanceRequest &request, const Ec2Instance &instance)
{
    const QString name = request.name.toString();
    Instance started;
    started.name = request.name;
    started.handle = Ec2Connector::instanceName(m_request.runId, request.name);
    started.instanceId = instance.id;
    started.imageId = request.imageId;
    started.hostname = instance.privateIp.isEmpty() ? instance.publicIp : instance.privateIp;
    // The login user is the AMI's: the key pair's user on the public address.
    started.sshUrl = u"ssh://"_s
                     + (instance.publicIp.isEmpty() ? started.hostname : instance.publicIp);
    appendOutput(name, u"ec2: %1 is running at %2\n"_s.arg(instance.id, started.hostname).toUtf8());
    addInstance(started);
    instanceDone(request, instance.id, std::nullopt);
}

void Ec2Provision::instanceDone(const InstanceRequest &request,
                                const QString &instanceId,
                                const std::optional<ConnectorError> &failure)
{
    if (isFinished())
        return;
    const QString name = request.name.toString();
    ++m_done;
    if (failure) {
        addFailure(*failure);
        if (!instanceId.isEmpty())
            m_client->call(u"TerminateInstances"_s,
                           {{u"InstanceId.1"_s, instanceId}},
                           nullptr,
                           [](const XmlElement *, const Ec2Error *) {});
    } else {
        reportProgress(tr("%1 is running").arg(name), m_done, int(m_request.instances.size()), name);
    }
    if (--m_pending > 0)
        return;
    finish(failures().isEmpty() ? std::nullopt : std::optional(failures().first()));
}

} // namespace Slipway
