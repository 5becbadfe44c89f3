#include "runhost.h"

#include "core/http/socketacceptor.h"
#include "core/relay/relaylink.h"

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

RunHost::~RunHost()
{
    if (m_relayLink)
        m_relayLink->stop();
}

Result<void> RunHost::start(const Options &options)
{
    // Every node of a large run may hold a connection (a parked ss-get): the soft limit of
    // open files (often 1024) would run out long before the hard one.
    SocketAcceptor::raiseOpenFileLimit();
    QString error;
    if (!m_store.open(options.databaseFile, &error))
        return Error{error};

    Broker::ListenOptions listen;
    listen.address = options.address;
    listen.port = options.port;
    listen.certificateDir = options.certificateDir;
    listen.hostNames = certificateHostNames(m_registry);
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
    m_engine.setRetention(options.retention);
    if (Result<void> opened = m_engine.open(options.databaseFile); !opened)
        return opened;
    if (!options.relayLinkUrl.isEmpty())
        return startRelayLink(options);
    return {};
}

QStringList RunHost::certificateHostNames(const ConnectorRegistry &registry)
{
    QStringList hostNames{QHostInfo::localHostName()};
    for (const QString &kind : registry.kinds()) {
        const QString host = registry.find(kind)->capabilities.brokerHost;
        if (!host.isEmpty() && !hostNames.contains(host))
            hostNames << host;
    }
    return hostNames;
}

Result<void> RunHost::startRelayLink(const Options &options)
{
    if (options.relaySecret.size() < 16)
        return Error{tr("The relay's shared secret must have at least 16 characters.")};
    if (QString why; !RelayLink::isAcceptableUrl(options.relayLinkUrl, &why))
        return Error{tr("Relay %1: %2").arg(options.relayLinkUrl.toDisplayString(), why)};
    RelayLink::Options link;
    link.url = options.relayLinkUrl;
    link.secret = options.relaySecret;
    QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    cas += QSslCertificate::fromPath(m_broker.caFile());
    cas += options.relayCaCertificates;
    link.tls.setCaCertificates(cas);
    m_relayLink = std::make_unique<RelayLink>(&m_broker, link);
    // Every run that may still have nodes calling is served through the relay: announced
    // when it starts, and no more once it is over.
    connect(&m_engine, &RunEngine::runStateChanged, this, &RunHost::announceRuns);
    connect(&m_engine, &RunEngine::runSettled, this, &RunHost::announceRuns);
    announceRuns();
    m_relayLink->start();
    qCInfo(lcRun) << "serving runs through the relay at" << options.relayLinkUrl.toString();
    return {};
}

void RunHost::announceRuns()
{
    if (!m_relayLink)
        return;
    QStringList runs;
    for (const RunRecord &run : m_engine.runs())
        if (m_engine.isActive(run.id))
            runs << run.id;
    m_relayLink->setRuns(runs);
}

} // namespace Slipway
