#include "sshprovision.h"

#include "connectors/ssh/sshconnector.h"

using namespace Qt::StringLiterals;

namespace Slipway {

SshProvision::SshProvision(SshConnector *connector, const ProvisionRequest &request)
    : ProvisionOperation(request.runId, connector)
    , m_connector(connector)
    , m_request(request)
{}

void SshProvision::start()
{
    if (!m_connector->poolError().isEmpty() || m_connector->pool().isEmpty()) {
        finish(
            ConnectorError{ConnectorError::Code::InvalidRequest,
                           tr("The SSH cloud %1 has no usable host pool: %2")
                               .arg(m_connector->cloud().name,
                                    m_connector->poolError().isEmpty() ? tr("set its hosts")
                                                                       : m_connector->poolError()),
                           {},
                           -1,
                           {}});
        return;
    }
    if (!SshConnector::isPlainName(m_request.runId)) {
        finish(
            ConnectorError{ConnectorError::Code::InvalidRequest,
                           tr("The run id %1 cannot name a folder on a host.").arg(m_request.runId),
                           {},
                           -1,
                           {}});
        return;
    }
    m_pending = int(m_request.instances.size());
    if (m_pending == 0) {
        finish();
        return;
    }
    reportProgress(tr("Leasing %n host(s)", nullptr, m_pending), 0, m_pending);
    m_connector->withCredentials(this, [this](const QString &error) {
        if (isFinished())
            return;
        for (const InstanceRequest &request : std::as_const(m_request.instances)) {
            if (!error.isEmpty())
                failed(request.name.toString(), tr("%1: %2").arg(m_connector->cloud().name, error));
            else
                startInstance(request.name.toString());
        }
    });
}

void SshProvision::stop()
{
    for (const QString &instance : std::as_const(m_opening)) {
        m_connector->closeSession(m_request.runId, instance);
        (void) m_connector->leases().release(m_request.runId, instance);
    }
    m_opening.clear();
    finish(cancelledError());
}

void SshProvision::startInstance(const QString &instance)
{
    QStringList pool;
    for (const SshHostAddress &h : m_connector->pool())
        pool << h.toString();
    QString error;
    const std::optional<QString> taken = m_connector->leases().take(pool,
                                                                    m_request.runId,
                                                                    instance,
                                                                    m_request.owner,
                                                                    &error);
    if (!taken) {
        failed(instance,
               tr("%1 could not get a host of the cloud %2: %3")
                   .arg(instance, m_connector->cloud().name, error));
        return;
    }
    const SshHostAddress host = *SshHostAddress::parse(*taken, {}, 22);
    reportProgress(tr("Connecting to %1 for %2").arg(host.toString(), instance),
                   m_done,
                   int(m_request.instances.size()),
                   instance);
    m_opening << instance;
    SshSession *session = m_connector->session(m_request.runId, instance, host);
    const auto up = [this, instance, host] {
        if (isFinished() || !m_opening.removeOne(instance))
            return;
        Instance i;
        i.name = *InstanceName::parse(instance);
        i.instanceId = host.toString();
        i.hostname = host.address;
        i.handle = host.toString();
        i.sshUrl = u"ssh://%1@%2"_s.arg(host.user,
                                        host.address.contains(u':') ? u'[' + host.address + u']'
                                                                    : host.address)
                   + (host.port == 22 ? QString() : u':' + QString::number(host.port));
        for (const InstanceRequest &r : std::as_const(m_request.instances)) {
            if (r.name.toString() == instance)
                i.imageId = r.imageId;
        }
        addInstance(i);
        settle();
    };
    if (session->isOpen()) {
        QMetaObject::invokeMethod(this, up, Qt::QueuedConnection);
        return;
    }
    connect(session, &SshSession::opened, this, up);
    connect(session, &SshSession::failed, this, [this, instance](const QString &reason) {
        if (isFinished() || !m_opening.removeOne(instance))
            return;
        m_connector->closeSession(m_request.runId, instance);
        (void) m_connector->leases().release(m_request.runId, instance);
        failed(instance, tr("%1 could not be started: %2").arg(instance, reason));
    });
}

void SshProvision::failed(const QString &instance, const QString &message)
{
    addFailure(SshConnector::instanceError(instance, message));
    settle();
}

void SshProvision::settle()
{
    ++m_done;
    reportProgress(tr("%1 of %2 hosts ready").arg(instances().size()).arg(m_pending),
                   m_done,
                   m_pending);
    if (m_done < m_pending)
        return;
    if (failures().isEmpty())
        finish();
    else
        finish(failures().constFirst());
}

} // namespace Slipway
