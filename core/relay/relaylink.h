#pragma once

// The application's side of slipway-relay: an outbound WebSocket that authenticates with the
// shared secret, announces the runs this application serves, hands every forwarded node call
// to a BrokerRequestHandler and sends back its answer, whenever that comes. It reconnects
// by itself with exponential backoff and jitter.

#include "core/http/brokerrequest.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace Slipway {

class RelayLink : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayLink)

public:
    enum class State { Stopped, Connecting, Authenticating, Connected, WaitingToReconnect };
    Q_ENUM(State)

    struct Options
    {
        QUrl url; // wss://relay.example.org:8444/slipway-relay/v1
        QByteArray secret;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration(); // trusts the relay's CA
        QString name = QStringLiteral("slipway");
        std::chrono::milliseconds minBackoff{500};
        std::chrono::milliseconds maxBackoff{30000};
        std::chrono::milliseconds pingInterval{15000}; // a relay silent for 3 of these is dropped
        qsizetype maxFrameSize = 64 * 1024 * 1024;
    };

    // handler must outlive the link.
    RelayLink(BrokerRequestHandler *handler, Options options, QObject *parent = nullptr);
    ~RelayLink() override;

    void start();
    void stop();

    // The complete set of runs served through this relay; announced now and on every reconnect.
    void setRuns(const QStringList &runIds);
    QStringList runs() const { return m_runs; }

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    int callsInFlight() const { return int(m_pending.size()); }
    int connectionCount() const { return m_connectionCount; } // successful authentications

    // The delay before reconnect attempt number `attempt` (0-based): min * 2^attempt capped at
    // max, then a random point in its upper half so that many applications do not beat together.
    static std::chrono::milliseconds backoffDelay(const Options &options, int attempt);

    // wss:// anywhere, ws:// only to a loopback address; otherwise false with *error set.
    static bool isAcceptableUrl(const QUrl &url, QString *error);

Q_SIGNALS:
    void stateChanged(Slipway::RelayLink::State state);
    void connected();
    void disconnected(const QString &reason);

private:
    void openSocket();
    void onMessage(const QByteArray &message);
    void onSocketClosed(QWebSocket *socket);
    void sendResponse(quint64 generation, quint64 id, const BrokerResponse &response);
    void setState(State state);
    void fail(const QString &message);
    void announce();
    void ping();

    BrokerRequestHandler *m_handler;
    Options m_options;
    QPointer<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    std::chrono::steady_clock::time_point m_lastHeard;
    QStringList m_runs;
    QByteArray m_nonce;       // this connection's challenge to the relay, until WELCOME
    QByteArray m_relayNonce;  // the relay's challenge, which WELCOME's proof also covers
    QSet<quint64> m_pending;  // REQUEST ids not yet answered nor cancelled, this connection
    quint64 m_generation = 0; // one per connection: answers to an older one are dropped
    State m_state = State::Stopped;
    QString m_lastError;
    int m_attempt = 0;
    bool m_tlsRefused = false; // this attempt failed certificate verification
    int m_connectionCount = 0;
};

} // namespace Slipway
