#include "runhost.h"

#include <QFile>
#include <QHostInfo>

using namespace Qt::StringLiterals;

namespace Slipway {

RunHost::RunHost(ConnectorRegistry registry, RunEngine::CloudResolver clouds, QObject *parent)
    : QObject(parent)
    , m_registry(std::move(registry))
    , m_broker(&m_store)
    , m_engine(&m_store, &m_registry, std::move(clouds))
{}

RunHost::~RunHost() = default;

Result<void> RunHost::start(const Options &options)
{
    QString error;
    if (!m_store.open(options.databaseFile, &error))
        return Error{error};

    // The names the nodes of each connector use for this machine go into the certificate.
    QStringList hostNames{QHostInfo::localHostName()};
    for (const QString &kind : m_registry.kinds()) {
        const QString host = m_registry.find(kind)->capabilities.brokerHost;
        if (!host.isEmpty() && !hostNames.contains(host))
            hostNames << host;
    }
    Broker::ListenOptions listen;
    listen.address = options.address;
    listen.port = options.port;
    listen.certificateDir = options.certificateDir;
    listen.hostNames = hostNames;
    if (!m_broker.listen(listen, &error))
        return Error{error};

    BrokerEndpoint endpoint;
    endpoint.scheme = u"https"_s;
    endpoint.port = m_broker.port();
    endpoint.relayUrl = options.relayUrl;
    QFile ca(m_broker.caFile());
    if (!ca.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the broker's CA %1: %2").arg(ca.fileName(), ca.errorString())};
    endpoint.caPem = ca.readAll();
    m_engine.setBrokerEndpoint(endpoint);
    return m_engine.open(options.databaseFile);
}

} // namespace Slipway
