#pragma once

// Everything a process needs to run deployments: the runtime parameter store and the run
// records in the catalog database, the broker listening for the nodes (TLS, its own CA), and
// the run engine. The GUI and slipway-cli each make one through DataFolderRunHost.

#include "core/broker/broker.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/connector/connectorregistry.h"
#include "core/run/runengine.h"

#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace Slipway {

class RelayLink;

class RunHost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHost)

public:
    struct Options
    {
        QString databaseFile;   // the catalog's
        QString certificateDir; // the broker's CA and certificate (made on first start)
        // Where the broker listens (the setting broker/listen): "auto", the interfaces the
        // nodes come through (nodeInterfaceAddresses(), followed as they come and go), "all",
        // or IP addresses separated by commas or spaces.
        QString listen = QStringLiteral("auto");
        std::optional<QHostAddress> address; // when set: there only, whatever listen says
        quint16 port = 0;
        // Where the broker's port is kept: with port 0, a restarted process listens on the
        // port it had (the nodes' context files hold the broker's URL), and writes it there.
        QString portFile;
        // The relay's address for the nodes of clouds whose broker route is Relay
        // ("https://relay.example.org:8443"), and the link this process keeps to it: when
        // relayLinkUrl is set, the runs going are announced on it and their nodes' calls
        // answered by the broker.
        QString relayUrl;
        QUrl relayLinkUrl; // wss://relay.example.org:8444/slipway-relay/v1
        QByteArray relaySecret;
        // CAs trusted for the relay's certificate besides the system's and the broker's own
        // (a relay may present a certificate of the broker's CA, which the nodes trust too).
        QList<QSslCertificate> relayCaCertificates;
        // Which finished runs keep their parameters and reports (the user's settings).
        RunRetention retention;
    };

    RunHost(ConnectorRegistry registry, RunEngine::CloudResolver clouds, QObject *parent = nullptr);
    ~RunHost() override;

    // Opens the store and the records, starts the broker and resumes the runs left going.
    Result<void> start(const Options &options);

    // The names the nodes of each kind use for this machine, which go into the broker's
    // certificate besides localhost.
    static QStringList certificateHostNames(const ConnectorRegistry &registry);

    // The addresses of this machine's interfaces that nodes come through, where the broker
    // listens by default: loopback (SSH reverse tunnels, the relay link, rootless containers'
    // port forwarders), bridges (the container networks: their gateway address) and tunnels
    // (point-to-point, tun/tap, WireGuard). Not the others (Ethernet, Wi-Fi, dummies): there
    // the broker is reachable from other machines. `others` gets those addresses.
    static QList<QHostAddress> nodeInterfaceAddresses(QList<QHostAddress> *others = nullptr);
    // The addresses a broker/listen rule names (none for "auto" and "all"); an error, fit to
    // show, names what is not an IP address.
    static Result<QList<QHostAddress>> listenAddresses(const QString &rule);

    RuntimeParameterStore &store() { return m_store; }
    Broker &broker() { return m_broker; }
    // Before a process that hosted runs exits: commits what the store holds, and runs the
    // event loop until every node agent that asked this broker for the state of a Ready run
    // has been answered Ready and the answers have gone out, for at most `bound`. Without it
    // a node still waiting for Ready is left asking a broker that is gone, and keeps asking
    // until another process hosts the run.
    void deliverReplies(std::chrono::milliseconds bound);
    RunEngine &engine() { return m_engine; }
    // The link to slipway-relay, when one was configured.
    RelayLink *relayLink() const { return m_relayLink.get(); }

private:
    ConnectorRegistry m_registry;
    RuntimeParameterStore m_store;
    Broker m_broker;
    RunEngine m_engine;
    std::unique_ptr<RelayLink> m_relayLink;

    void announceRuns();
    // In "auto": listens on the node interfaces that appeared since (a run's new container
    // network).
    void followNodeInterfaces();
    bool m_followInterfaces = false;
    bool m_localPeersElsewhere = false;
    QSet<QHostAddress> m_unusable; // addresses the broker could not listen on
    Result<void> startRelayLink(const Options &options);
};

} // namespace Slipway
