#include "runhost.h"

#include "core/http/socketacceptor.h"
#include "core/relay/relaylink.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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

    // Where the broker listens: the first address is the one listen() is given, the others
    // are added on the same port.
    QList<QHostAddress> addresses;
    const QString rule = options.listen.trimmed();
    if (options.address) {
        addresses << *options.address;
    } else if (rule.isEmpty() || rule == u"auto") {
        addresses << QHostAddress(QHostAddress::LocalHost);
        m_followInterfaces = true;
#ifdef Q_OS_UNIX
        // A rootless container engine (Podman with pasta or slirp4netns) forwards its
        // containers' connections to the host from the host's own address: there, only
        // connections from this machine are taken.
        m_localPeersElsewhere = ::geteuid() != 0;
#endif
    } else if (rule == u"all") {
        addresses << QHostAddress(QHostAddress::Any);
    } else {
        Result<QList<QHostAddress>> listed = listenAddresses(rule);
        if (!listed)
            return Error{listed.errorMessage()};
        addresses = *listed;
    }

    m_broker.setAbortReasonFilter([this](const QString &run, const QString &text) {
        return m_engine.withoutSecrets(run, text);
    });
    Broker::ListenOptions listen;
    listen.address = addresses.constFirst();
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
    for (qsizetype i = 1; i < addresses.size(); ++i) {
        if (!m_broker.addAddress(addresses.at(i), false, &error))
            return Error{error};
    }
    if (m_followInterfaces) {
        followNodeInterfaces();
        // A run's container network appears when the run starts; its nodes retry until the
        // broker answers there.
        connect(&m_engine, &RunEngine::runStateChanged, this, &RunHost::followNodeInterfaces);
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &RunHost::followNodeInterfaces);
        timer->start(std::chrono::seconds(2));
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

void RunHost::deliverReplies(std::chrono::milliseconds bound)
{
    m_store.flush();
    // Done while no answer waits to go out and every node agent that asked this broker for a
    // Ready run's state has been answered Ready: the last node to complete asks just after
    // its `complete` was answered, when the run may be Ready already.
    const auto delivered = [this] {
        if (m_broker.hasPendingOutput())
            return false;
        for (const QString &run : m_store.runs()) {
            if (m_store.state(run) != RunState::Ready)
                continue;
            for (const QString &instance : m_broker.behindOnState(run, RunState::Ready.toString()))
                if (m_store.instances(run).contains(instance)
                    && m_store.isInstanceLive(run, instance))
                    return false;
        }
        return true;
    };
    if (delivered())
        return;
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (delivered())
            loop.quit();
    });
    poll.start(std::chrono::milliseconds(10));
    QTimer::singleShot(bound, &loop, &QEventLoop::quit);
    loop.exec();
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

Result<QList<QHostAddress>> RunHost::listenAddresses(const QString &rule)
{
    const QString trimmed = rule.trimmed();
    if (trimmed.isEmpty() || trimmed == u"auto" || trimmed == u"all")
        return QList<QHostAddress>{};
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QList<QHostAddress> addresses;
    for (const QString &part : trimmed.split(separators, Qt::SkipEmptyParts)) {
        const QHostAddress address(part);
        if (address.isNull())
            return Error{tr("The setting broker/listen says \"%1\": \"%2\" is not an IP "
                            "address. Expected auto, all, or IP addresses separated by commas.")
                             .arg(trimmed, part)};
        if (!addresses.contains(address))
            addresses << address;
    }
    if (addresses.isEmpty())
        return Error{tr("The setting broker/listen says \"%1\", which names no address. Expected "
                        "auto, all, or IP addresses separated by commas.")
                         .arg(trimmed)};
    return addresses;
}

QList<QHostAddress> RunHost::nodeInterfaceAddresses(QList<QHostAddress> *others)
{
    QList<QHostAddress> nodes;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        if (!i.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        const QString sys = u"/sys/class/net/"_s + i.name();
        const bool node = i.flags().testFlag(QNetworkInterface::IsLoopBack)
                          || i.flags().testFlag(QNetworkInterface::IsPointToPoint)
                          || QFileInfo::exists(sys + u"/bridge"_s)     // a Linux bridge
                          || QFileInfo::exists(sys + u"/tun_flags"_s); // tun or tap
        for (const QNetworkAddressEntry &entry : i.addressEntries()) {
            QHostAddress address = entry.ip();
            // A link-local IPv6 address needs its interface to be bound: no node uses one.
            if (address.isNull() || address.isLinkLocal())
                continue;
            address.setScopeId({});
            if (node && !nodes.contains(address))
                nodes << address;
            else if (!node && others && !others->contains(address))
                *others << address;
        }
    }
    return nodes;
}

void RunHost::followNodeInterfaces()
{
    if (!m_followInterfaces || m_broker.port() == 0)
        return;
    QList<QHostAddress> others;
    const QList<QHostAddress> nodes = nodeInterfaceAddresses(&others);
    const QList<QHostAddress> bound = m_broker.addresses();
    const auto add = [&](const QHostAddress &address, bool localPeersOnly) {
        if (bound.contains(address))
            return;
        QString error;
        // Said once per address: it is tried again every time.
        if (!m_broker.addAddress(address, localPeersOnly, &error) && !m_unusable.contains(address)) {
            m_unusable.insert(address);
            qCWarning(lcRun) << error;
        }
    };
    for (const QHostAddress &address : nodes)
        add(address, false);
    if (m_localPeersElsewhere) {
        for (const QHostAddress &address : std::as_const(others))
            add(address, true);
    }
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
