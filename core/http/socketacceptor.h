#pragma once

// Accepts the TCP (and TLS) connections of the broker's and the relay's listeners within caps:
// in total and per client address, checked on the accepted descriptor before anything is
// allocated for it, so that one address flooding the port cannot take the others' places. TLS
// handshakes are run here with a deadline and do not count against QTcpServer's pending
// connections (QSslServer counts them, so that 30 silent clients stop it accepting). When
// accept() fails (EMFILE: out of file descriptors) QTcpServer stops accepting for good; this
// class says so (resourcesExhausted(), for the owner to drop idle connections) and resumes.

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace Slipway {

class SocketAcceptor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketAcceptor)

public:
    struct Options
    {
        std::optional<QSslConfiguration> tls; // none: plain TCP
        std::chrono::milliseconds handshakeTimeout{5000};
        int maxConnections = 0; // 0: defaultMaxConnections()
        int maxPerAddress = 1024;
        int backlog = 1024;
        // When set, a connection whose peer it refuses is closed at once, before any TLS.
        std::function<bool(const QHostAddress &peer)> acceptPeer;
    };

    explicit SocketAcceptor(Options options, QObject *parent = nullptr);
    ~SocketAcceptor() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const { return m_errorString; }
    bool isTls() const { return m_options.tls.has_value(); }

    // Connections accepted and not yet closed (in a TLS handshake or handed over).
    int connectionCount() const { return m_total; }
    int connectionCount(const QHostAddress &address) const;
    int maxConnections() const { return m_maxConnections; }
    quint64 refusedCount() const { return m_refused; }          // closed at once, over a cap
    quint64 acceptErrorCount() const { return m_acceptErrors; } // accept() failures

    // The soft open-files limit less a reserve for the process's own files.
    static int defaultMaxConnections();
    // Raises the soft open-files limit (RLIMIT_NOFILE) to the hard one; returns the new soft
    // limit. Every Slipway process that serves nodes calls it at start.
    static int raiseOpenFileLimit();

Q_SIGNALS:
    // A connected socket, encrypted when TLS is used. The receiver takes it (reparents it).
    void accepted(QTcpSocket *socket);
    // Out of file descriptors, or at the total cap: the owner should close idle connections.
    void resourcesExhausted();

private:
    class Server;
    friend class Server;

    void incoming(qintptr descriptor);
    void track(QTcpSocket *socket, const QHostAddress &peer);
    void startHandshake(QTcpSocket *socket);
    void onAcceptError();

    Options m_options;
    Server *m_server = nullptr;
    int m_maxConnections = 0;
    int m_total = 0;
    QHash<QHostAddress, int> m_perAddress;
    quint64 m_refused = 0;
    quint64 m_acceptErrors = 0;
    bool m_resumeScheduled = false;
    QString m_errorString;
};

} // namespace Slipway
