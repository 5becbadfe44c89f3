#include "runhost.h"

#include <QFile>
#include <QHostInfo>
#include <QSaveFile>

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
    QFile portFile(options.portFile);
    if (listen.port == 0 && !options.portFile.isEmpty() && portFile.open(QIODevice::ReadOnly)) {
        listen.port = portFile.readAll().trimmed().toUShort();
        portFile.close();
    }
    if (!m_broker.listen(listen, &error)) {
        // The port kept is taken: the nodes of a resumed run will not reach this broker, but a
        // new run can start on another port.
        if (listen.port == options.port)
            return Error{error};
        qCWarning(lcRun) << "the broker's port" << listen.port << "is taken:" << error;
        listen.port = 0;
        if (!m_broker.listen(listen, &error))
            return Error{error};
    }
    if (!options.portFile.isEmpty() && m_broker.port() != listen.port) {
        QSaveFile saved(options.portFile);
        if (saved.open(QIODevice::WriteOnly)) {
            saved.write(QByteArray::number(m_broker.port()) + '\n');
            (void) saved.commit();
        }
    }

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
