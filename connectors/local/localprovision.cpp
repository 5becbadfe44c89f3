#include "localprovision.h"

#include "connectors/local/localconnector.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Slipway's RAM figures are MiB unless they carry the tool's own unit (512m, 2g).
QString memoryArgument(const QString &ram)
{
    bool numeric = false;
    ram.toLongLong(&numeric);
    return numeric ? ram + u'm' : ram;
}

} // namespace

LocalProvision::LocalProvision(LocalConnector *connector, const ProvisionRequest &request)
    : ProvisionOperation(request.runId, connector)
    , m_connector(connector)
    , m_request(request)
    , m_commands(this)
{}

QStringList LocalProvision::runArguments(const ProvisionRequest &request,
                                         const InstanceRequest &instance,
                                         bool docker)
{
    const QString label = instance.name.hostLabel();
    QStringList args{u"run"_s,
                     u"-d"_s,
                     u"--name"_s,
                     LocalConnector::containerName(request.runId, instance.name),
                     u"--hostname"_s,
                     label,
                     u"--network"_s,
                     LocalConnector::networkName(request.runId),
                     u"--network-alias"_s,
                     label,
                     u"--label"_s,
                     u"slipway.run="_s + request.runId,
                     u"--label"_s,
                     u"slipway.instance="_s + instance.name.toString(),
                     u"--label"_s,
                     u"slipway.owner="_s + request.owner};
    // Podman names the host there by itself; Docker needs to be told.
    if (docker)
        args << u"--add-host"_s << QString(LocalConnector::kBrokerHost) + u":host-gateway"_s;
    if (!instance.resources.cpu.isEmpty())
        args << u"--cpus"_s << instance.resources.cpu;
    if (!instance.resources.ram.isEmpty())
        args << u"--memory"_s << memoryArgument(instance.resources.ram);
    // Kept alive for exec; the image's entrypoint (if any) must not swallow that. "--": an
    // image id (from a catalog or a bundle) never becomes an option.
    args << u"--entrypoint"_s << u"sleep"_s << u"--"_s << instance.imageId << u"infinity"_s;
    return args;
}

void LocalProvision::start()
{
    if (m_request.instances.isEmpty() || m_request.runId.isEmpty()) {
        finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                              tr("Nothing to provision: the request names no run or no "
                                 "instance."),
                              {},
                              -1,
                              {}});
        return;
    }
    const QString network = LocalConnector::networkName(m_request.runId);
    reportProgress(tr("Creating the network %1").arg(network), 0, int(m_request.instances.size()));
    m_commands.run(m_connector->executable(),
                   {u"network"_s,
                    u"create"_s,
                    u"--label"_s,
                    u"slipway.run="_s + m_request.runId,
                    u"--label"_s,
                    u"slipway.owner="_s + m_request.owner,
                    network},
                   [this](ContainerCommand *c) {
                       if (isFinished())
                           return;
                       if (isCancelRequested()) {
                           finish(cancelledError());
                           return;
                       }
                       // Scaling provisions into the run's existing network.
                       if (!c->succeeded()
                           && !c->standardErrorText().contains(u"already exists"_s)) {
                           finish(m_connector->commandError(c,
                                                            tr("The run's network could not "
                                                               "be created")));
                           return;
                       }
                       startContainers();
                   });
}

void LocalProvision::startContainers()
{
    const int total = int(m_request.instances.size());
    m_pending = total;
    for (const InstanceRequest &instance : std::as_const(m_request.instances)) {
        m_commands.run(m_connector->executable(),
                       runArguments(m_request, instance, m_connector->isDocker()),
                       [this, instance, total](ContainerCommand *c) {
                           if (isFinished())
                               return;
                           --m_pending;
                           const QString name = instance.name.toString();
                           if (c->succeeded() && !c->standardOutputText().isEmpty()) {
                               m_started.insert(c->standardOutputText(), instance.name);
                               reportProgress(tr("Started %1").arg(name),
                                              int(m_started.size()),
                                              total,
                                              name);
                           } else if (!isCancelRequested()) {
                               addFailure(m_connector->commandError(
                                   c,
                                   tr("The container of %1 could not be started").arg(name),
                                   name));
                           }
                           if (m_pending > 0)
                               return;
                           if (isCancelRequested())
                               finish(cancelledError());
                           else if (m_started.isEmpty())
                               finish(failures().constFirst());
                           else
                               inspectContainers();
                       });
    }
}

void LocalProvision::inspectContainers()
{
    QStringList args{u"inspect"_s};
    args += m_started.keys();
    m_commands.run(m_connector->executable(), args, [this](ContainerCommand *c) {
        if (isFinished())
            return;
        if (isCancelRequested()) {
            finish(cancelledError());
            return;
        }
        const QJsonArray containers = QJsonDocument::fromJson(c->standardOutput()).array();
        if (!c->succeeded() || containers.isEmpty()) {
            finish(m_connector->commandError(c,
                                             tr("The started containers could not be "
                                                "inspected")));
            return;
        }
        const QString network = LocalConnector::networkName(m_request.runId);
        for (const QJsonValue &value : containers) {
            const QJsonObject container = value.toObject();
            const QString id = container.value(u"Id"_s).toString();
            const auto it = m_started.constFind(id);
            if (it == m_started.cend())
                continue;
            Instance instance;
            instance.name = it.value();
            instance.instanceId = id;
            instance.handle = container.value(u"Name"_s).toString();
            if (instance.handle.startsWith(u'/')) // docker
                instance.handle.remove(0, 1);
            // No sshd in a container: a user gets in with `podman exec -it HANDLE sh`.
            instance.sshUrl = QFileInfo(m_connector->executable()).fileName() + u"-exec://"_s
                              + instance.handle;
            for (const InstanceRequest &r : std::as_const(m_request.instances)) {
                if (r.name == instance.name)
                    instance.imageId = r.imageId;
            }
            instance.hostname = container.value(u"NetworkSettings"_s)
                                    .toObject()
                                    .value(u"Networks"_s)
                                    .toObject()
                                    .value(network)
                                    .toObject()
                                    .value(u"IPAddress"_s)
                                    .toString();
            addInstance(instance);
        }
        if (instances().size() != m_started.size()) {
            finish(ConnectorError{ConnectorError::Code::Failed,
                                  tr("Some started containers were not found by inspect."),
                                  {},
                                  -1,
                                  {}});
            return;
        }
        if (!failures().isEmpty()) {
            ConnectorError error = failures().constFirst();
            error.message = tr("%1 of %2 instances could not be started. %3")
                                .arg(failures().size())
                                .arg(m_request.instances.size())
                                .arg(error.message);
            finish(error);
            return;
        }
        finish();
    });
}

void LocalProvision::stop()
{
    // The containers started so far stay: terminating the run removes them by label.
    m_commands.killAll();
    if (m_commands.isEmpty())
        finish(cancelledError());
}

} // namespace Slipway
