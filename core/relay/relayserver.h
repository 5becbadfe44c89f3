#pragma once

// slipway-relay: accepts the nodes' HTTP(S) calls and forwards each over the WebSocket link
// of the application that serves the call's run. It keeps nothing on disk: a restart loses
// only the calls in flight, which the ss-* tools retry. See core/relay/PROTOCOL.md.

#include "core/http/httprequestparser.h"
#include "relayframe.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QWebSocket;
class QWebSocketServer;
QT_END_NAMESPACE

namespace Slipway {
class HttpListener;
class HttpServerConnection;
class SocketAcceptor;
} // namespace Slipway

namespace Slipway::Relay {

inline constexpr QStringView kLinkPath = u"/slipway-relay/v1";
inline constexpr QByteArrayView kRunHeader = "x-slipway-run";

class RelayServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayServer)

public:
    struct Options
    {
        QByteArray secret;                    // shared with the application links
        std::optional<QSslConfiguration> tls; // none: plain TCP (loopback, tests)
        qsizetype maxRequestSize = 16 * 1024 * 1024;
        qsizetype maxResponseSize = 64 * 1024 * 1024;
        std::chrono::milliseconds authTimeout{10000};
        std::chrono::milliseconds pingInterval{15000}; // a link silent for 3 of these is dropped
        std::chrono::milliseconds idleTimeout{120000}; // node keep-alive connections
        QString version;
        // Node connections at once: in total (0: from the open-files limit) and per address
        // (a cloud's nodes may all come from one NAT address).
        int maxNodeConnections = 0;
        int maxNodeConnectionsPerAddress = 2048;
        // Application links at once, authenticated or not, in total and per address.
        int maxLinks = 256;
        int maxLinksPerAddress = 8;
        // What an application link may send before it has authenticated (a HELLO is < 200 B).
        qsizetype maxPreHelloMessageSize = 4096;
    };

    // The largest body of a call other than a report upload (values, abort reasons).
    static constexpr qsizetype MaxSmallBodySize = 64 * 1024;

    explicit RelayServer(Options options, QObject *parent = nullptr);
    ~RelayServer() override;

    // Listens for nodes and for application links; false with errorString() set on failure.
    bool listen(const QHostAddress &nodeAddress,
                quint16 nodePort,
                const QHostAddress &linkAddress,
                quint16 linkPort);
    QString errorString() const { return m_errorString; }
    quint16 nodePort() const;
    quint16 linkPort() const;

    int linkCount() const;          // authenticated links
    QStringList servedRuns() const; // sorted
    int callsInFlight() const { return int(m_calls.size()); }
    const HttpListener *nodeListener() const { return m_nodeListener; }
    const SocketAcceptor *linkAcceptor() const { return m_linkAcceptor; }

    // A node call's body limit, decided from its request line and headers before the body is
    // read: small but for report uploads, which must carry a token and name a served run.
    HttpRequestParser::HeadersDecision checkHeaders(const HttpRequest &head) const;

    // The run a node call belongs to: /api/v1/runs/<run>/..., else the X-Slipway-Run header,
    // else the "run" query item. Empty with *error set when there is none or it is invalid.
    static QString runIdOf(const HttpRequest &request, QString *error);
    // A GET of the bootstrap or a tool, the same for every run: any link may serve it.
    static bool isRunIndependent(const HttpRequest &request);

Q_SIGNALS:
    void linkAuthenticated(const QString &linkName);
    void linkRefused(const QString &reason);
    void linkClosed(const QString &linkName);
    void runsChanged();

private:
    struct Link;
    struct Call
    {
        HttpServerConnection *connection = nullptr;
        Link *link = nullptr;
    };

    void acceptNode(HttpServerConnection *connection);
    void acceptLink();
    void dispatch(HttpServerConnection *connection, const HttpRequest &request);
    void onNodeClosed(HttpServerConnection *connection);
    void onLinkMessage(Link *link, const QByteArray &message);
    void onLinkClosed(Link *link);
    void closeLink(Link *link, const QString &reason, int closeCode);
    void setLinkRuns(Link *link, const QStringList &runs);
    void pingLinks();
    Link *routeFor(const QString &runId) const;
    Link *newestLink() const;

    Options m_options;
    FrameLimits m_frameLimits;
    HttpListener *m_nodeListener = nullptr;
    SocketAcceptor *m_linkAcceptor = nullptr;
    QWebSocketServer *m_linkServer = nullptr; // does the WebSocket handshake on accepted sockets
    QString m_errorString;
    QHash<QWebSocket *, std::shared_ptr<Link>> m_links;
    QHash<QString, QList<Link *>> m_routes; // last announcer first
    QHash<quint64, Call> m_calls;
    QHash<HttpServerConnection *, quint64> m_callOfConnection;
    quint64 m_nextCallId = 0;
    quint64 m_authentications = 0;
};

} // namespace Slipway::Relay
