#include "localconnector.h"

#include "connectors/local/containercommand.h"
#include "connectors/local/localbootstrap.h"
#include "connectors/local/localimagebuild.h"
#include "connectors/local/localprovision.h"
#include "connectors/local/localterminate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcLocalConnector, "slipway.connector.local", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

class LocalCheck final : public CheckOperation
{
public:
    LocalCheck(LocalConnector *connector)
        : CheckOperation(connector)
        , m_connector(connector)
        , m_commands(this)
    {}

protected:
    void start() override
    {
        m_commands.run(m_connector->executable(),
                       {u"version"_s, u"--format"_s, u"{{.Client.Version}}"_s},
                       [this](ContainerCommand *c) {
                           if (isFinished())
                               return;
                           if (!c->succeeded()) {
                               finish(m_connector->commandError(
                                   c,
                                   QCoreApplication::translate("Slipway::LocalConnector",
                                                               "The container tool does not "
                                                               "work")));
                               return;
                           }
                           setDetails(QFileInfo(m_connector->executable()).fileName() + u' '
                                      + c->standardOutputText());
                           finish();
                       });
    }
    void stop() override
    {
        m_commands.killAll();
        finish(cancelledError());
    }

private:
    LocalConnector *m_connector;
    ContainerCommandGroup m_commands;
};

} // namespace

LocalConnector::LocalConnector(const CloudConfig &cloud, QObject *parent)
    : Connector(cloud, parent)
    , m_executable(cloud.setting(QString(kExecutableSetting), u"podman"_s))
    , m_docker(QFileInfo(m_executable).fileName().contains(u"docker"_s))
{}

ConnectorKind LocalConnector::connectorKind()
{
    ConnectorKind kind;
    kind.name = QString(kKind);
    kind.displayName = QCoreApplication::translate("Slipway::LocalConnector",
                                                   "Local containers (Podman or Docker)");
    kind.capabilities = LocalConnector(CloudConfig::local()).capabilities();
    kind.settings = {
        {QString(kExecutableSetting),
         QCoreApplication::translate("Slipway::LocalConnector",
                                     "The container tool: podman, docker, or a path to one"),
         u"podman"_s},
    };
    kind.factory = [](const CloudConfig &cloud, QObject *parent) -> Connector * {
        return new LocalConnector(cloud, parent);
    };
    return kind;
}

ConnectorCapabilities LocalConnector::capabilities() const
{
    ConnectorCapabilities caps;
    caps.buildsImages = true;
    caps.incrementalBuilds = true;
    caps.scales = true;
    caps.brokerRoute = BrokerRoute::HostNetwork;
    caps.brokerHost = QString(kBrokerHost);
    return caps;
}

ProvisionOperation *LocalConnector::provision(const ProvisionRequest &request)
{
    return new LocalProvision(this, request);
}

BootstrapOperation *LocalConnector::bootstrap(const BootstrapRequest &request)
{
    return new LocalBootstrap(this, request);
}

TerminateOperation *LocalConnector::terminate(const TerminateRequest &request)
{
    return new LocalTerminate(this, request);
}

TerminateOperation *LocalConnector::cleanUpOrphans(const OrphanCleanUpRequest &request)
{
    return new LocalOrphanCleanUp(this, request);
}

ImageBuildOperation *LocalConnector::buildImage(const ImageBuildRequest &request)
{
    return new LocalImageBuild(this, request);
}

CheckOperation *LocalConnector::check()
{
    return new LocalCheck(this);
}

QString LocalConnector::networkName(const QString &runId)
{
    return u"slipway-"_s + toHostLabel(runId, 40);
}

QString LocalConnector::containerName(const QString &runId, const InstanceName &instance)
{
    return networkName(runId) + u'-' + instance.hostLabel();
}

QString LocalConnector::stepImageName(const QString &cacheKey)
{
    return QString(kStepRepository) + u':' + cacheKey;
}

LocalConnector::Command LocalConnector::runtimeOf(const QString &containerId) const
{
    // Where podman (root) and docker keep the state of the OCI runtimes they start.
    struct Candidate
    {
        QLatin1StringView runtime;
        QLatin1StringView root;
        QLatin1StringView stateFile;
        bool docker;
    };
    static constexpr Candidate candidates[] = {
        {"runc"_L1, "/run/runc"_L1, "state.json"_L1, false},
        {"crun"_L1, "/run/crun"_L1, "status"_L1, false},
        {"runc"_L1, "/run/docker/runtime-runc/moby"_L1, "state.json"_L1, true},
        {"runc"_L1, "/run/containerd/runc/moby"_L1, "state.json"_L1, true},
    };
    if (containerId.isEmpty() || containerId.contains(u'/'))
        return {};
    for (const Candidate &c : candidates) {
        if (c.docker != m_docker
            || !QFileInfo::exists(c.root + u'/' + containerId + u'/' + c.stateFile))
            continue;
        const QString program = QStandardPaths::findExecutable(c.runtime);
        if (!program.isEmpty())
            return {program, {u"--root"_s, c.root}};
    }
    return {};
}

LocalConnector::Command LocalConnector::execCommand(const QString &container,
                                                    const QString &containerId,
                                                    const QString &command,
                                                    const QMap<QString, QString> &variables,
                                                    bool withInput) const
{
    // Where the runtime made the container with chroot instead of pivot_root (runc inside a
    // chroot), `exec` lands at the mount namespace's root, outside the container. Then
    // re-enter the container's root through its init process, pid 1 of our pid namespace
    // (found without forking, as -ef compares inodes).
    static const QString enter = uR"sh(for p in /proc/1 /proc/[0-9]*; do
[ "$p/ns/pid" -ef /proc/self/ns/pid ] || continue
grep -qs '^NSpid:.*[[:space:]]1$' "$p/status" || continue
[ "$p/root/" -ef / ] || exec chroot "$p/root" /bin/sh -c "$1"
break
done
exec /bin/sh -c "$1")sh"_s;
    Command runtime = runtimeOf(containerId);
    Command exec;
    if (!runtime.program.isEmpty()) {
        // stdin is passed through unless a terminal is asked for.
        exec.program = runtime.program;
        exec.arguments = runtime.arguments << u"exec"_s;
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            exec.arguments << u"--env"_s << it.key() + u'=' + it.value();
        exec.arguments << containerId;
    } else {
        exec.program = m_executable;
        exec.arguments = {u"exec"_s};
        if (withInput)
            exec.arguments << u"-i"_s;
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            exec.arguments << u"--env"_s << it.key() + u'=' + it.value();
        exec.arguments << container;
    }
    exec.arguments << u"/bin/sh"_s << u"-c"_s << enter << u"sh"_s << command;
    return exec;
}

QStringList LocalConnector::removeArguments(const QStringList &containers) const
{
    QStringList args{u"rm"_s, u"-f"_s};
    if (!m_docker)
        args << u"-i"_s << u"-t"_s << u"0"_s; // docker's -f kills at once already
    return args + containers;
}

ConnectorError LocalConnector::commandError(const ContainerCommand *command,
                                            const QString &what,
                                            const QString &instance) const
{
    ConnectorError error;
    error.code = command->failedToStart() ? ConnectorError::Code::ToolMissing
                                          : ConnectorError::Code::Failed;
    error.instance = instance;
    error.exitCode = command->failedToStart() ? -1 : command->exitCode();
    error.message = what + u": "_s + command->failureText();
    return error;
}

} // namespace Slipway
