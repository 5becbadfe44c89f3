#pragma once

#include "core/broker/instanceoutput.h"
#include "core/http/brokerrequest.h"

#include <QHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcBroker)

#include "core/http/httplistener.h"
#include "core/http/httpserverconnection.h"

namespace Slipway {

class HttpListener;
class RuntimeParameterStore;

// The runtime-parameter service the nodes' ss-* tools talk to (API.md beside this file). It
// serves direct HTTP(S) calls, read by HttpServerConnection (core/http, shared with the relay),
// and, through handleRequest(), calls forwarded by slipway-relay in exactly the same way. A get
// of an unset key is parked and answered the moment the key is set (push); its only timer is
// its own expiry.
class Broker : public QObject, public BrokerRequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Broker)

public:
    // The longest a single long-poll is held; clients ask again for longer waits.
    static constexpr int DefaultMaxWaitMs = 30000;
    static constexpr qsizetype MaxValueBodyBytes = 16 * 1024;
    static constexpr qsizetype MaxReportBytes = 16 * 1024 * 1024;
    // A keep-alive connection with no request under way is closed after this long.
    static constexpr std::chrono::milliseconds IdleTimeout{120000};

    struct ListenOptions
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;       // 0: any free port
        bool plainHttp = false; // refused unless address is loopback
        QString certificateDir; // TLS: BrokerCertificates::ensure() folder
        QStringList hostNames;  // extra names for the server certificate
        // Connections at once: in total (0: from the open-files limit) and per node address.
        // A whole cloud's nodes may come from one NAT address: the latter is generous.
        int maxConnections = 0;
        int maxConnectionsPerAddress = 2048;
        // A client must finish its TLS handshake within this, and send its requests within
        // the timeouts (headers, body rate, idle keep-alive).
        std::chrono::milliseconds handshakeTimeout{10000};
        HttpServerConnection::Timeouts timeouts{IdleTimeout};
    };

    explicit Broker(RuntimeParameterStore *store, QObject *parent = nullptr);
    ~Broker() override;

    // Starts listening; false with *error fit to show.
    bool listen(const ListenOptions &options, QString *error);
    // After listen(): listens on one more address too, on the same port. With localPeersOnly,
    // only connections from this machine's own addresses are taken there (a rootless container
    // engine forwards its containers' connections from the host's own address); the others are
    // closed before any TLS. Listening there already: true.
    bool addAddress(const QHostAddress &address, bool localPeersOnly, QString *error);
    // Every address the broker listens on, the one listen() was given first.
    QList<QHostAddress> addresses() const;
    void close();
    // Whether an answer (a parked get woken, a call answered) is written but not yet handed to
    // the operating system: it goes out as the event loop runs.
    bool hasPendingOutput() const;
    // The instances of run that asked this broker for ss:state and were last answered another
    // value than `state`: their node agents are still to hear of it.
    QStringList behindOnState(const QString &run, const QString &state) const;
    quint16 port() const;
    QUrl url() const;       // e.g. https://127.0.0.1:PORT
    QString caFile() const; // the CA the nodes must trust (TLS only)

    void setMaxWaitMs(int ms) { m_maxWaitMs = ms; }
    // What a node's abort reason becomes before it is stored (and so before ss:abort, the run's
    // record, its events and the other nodes' logs show it): the run host masks the run's
    // passwords there, as a failed script's log tail may print one.
    using TextFilter = std::function<QString(const QString &run, const QString &text)>;
    void setAbortReasonFilter(TextFilter filter) { m_abortReasonFilter = std::move(filter); }
    int parkedCount() const { return int(m_waiters.size()); }
    // The node port's listener (connection counts, for tests and diagnostics); null until listen().
    const HttpListener *listener() const;
    // The script output the nodes stream while they run, per instance.
    InstanceOutput &output() { return m_output; }

    // What a request may send, decided from its request line and headers before its body is
    // read: the route's body limit, and for the routes that take large bodies the token,
    // checked first (an unauthenticated upload is refused without being read).
    HttpRequestParser::HeadersDecision checkHeaders(const HttpRequest &head) const;

    void handleRequest(const BrokerRequest &request, BrokerReply reply) override;

Q_SIGNALS:
    void parkedCountChanged(int count);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Waiter
    {
        QString run;
        QString key;
        bool ignoreAbort = false;
        BrokerReply reply;
        // ?changed-from=V: answered only by a value other than V (state barriers).
        std::optional<QString> changedFrom;
        // The direct connection that asked, if any: its going away ends the wait.
        HttpServerConnection *connection = nullptr;
        QString caller; // the instance that asked
    };

    void acceptConnection(HttpServerConnection *connection);
    void serve(HttpServerConnection *connection, const HttpRequest &request);
    void dropConnection(HttpServerConnection *connection);
    // Removes a parked get from every index; its timer is killed, its reply not called.
    Waiter unpark(int id);

    void wake(const QString &run, const QString &key, const QString &value);
    void abortWaiters(const QString &run, const QString &reason);
    // A run ended: its parked gets are answered 401, as their tokens are no longer valid.
    void endWaiters(const QString &run);
    void park(const QString &run,
              const QString &key,
              bool ignoreAbort,
              int waitMs,
              BrokerReply reply,
              const std::optional<QString> &changedFrom = std::nullopt,
              const QString &caller = {});
    void serveParameters(const BrokerRequest &request,
                         const QStringList &segments,
                         const BrokerReply &reply);

    RuntimeParameterStore *m_store;
    InstanceOutput m_output;
    QPointer<HttpListener> m_listener;
    QList<QPointer<HttpListener>> m_moreListeners; // addAddress()
    HttpListener::Options m_listenerOptions;
    TextFilter m_abortReasonFilter;
    HttpServerConnection *m_serving = nullptr; // the connection whose request is handled
    QHash<HttpServerConnection *, int> m_waiterOfConnection; // -> timer id
    bool m_tls = false;
    QString m_caFile;
    int m_maxWaitMs = DefaultMaxWaitMs;
    QHash<int, Waiter> m_waiters;              // timer id -> parked get
    QHash<QString, QList<int>> m_waitersByKey; // run + '\n' + key -> timer ids
    // run -> instance -> the value of ss:state it was last answered (behindOnState).
    QHash<QString, QHash<QString, QString>> m_stateHeard;
};

} // namespace Slipway
