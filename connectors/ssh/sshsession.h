#pragma once

#include "connectors/ssh/sshhostaddress.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

class QSocketNotifier;
class QTimer;
class QTcpSocket;

struct ssh_session_struct;
struct ssh_key_struct;
struct ssh_channel_struct;

namespace Slipway {

class SshSession;

// A private key loaded once for a cloud and shared by its sessions.
using SshKey = std::shared_ptr<ssh_key_struct>;
// Loads an OpenSSH private key; `passphrase` may be empty. Empty result: `error` says why.
SshKey loadSshKey(const QString &file, const QByteArray &passphrase, QString *error);

struct SshSessionOptions
{
    SshHostAddress host;
    QString knownHostsFile;            // checked; unknown keys are added only when accepted
    bool acceptUnknownHostKey = false; // CLI --accept-host-key, or the user said yes
    SshKey key;                        // null: authenticate through the SSH agent
    int connectTimeoutMs = 20000;
};

// What is wrong with a host's key, for the CLI's message and the GUI's question.
struct SshHostKeyProblem
{
    enum class Kind { None, Unknown, Changed };
    Kind kind = Kind::None;
    QString host;               // user@address:port
    QString offeredFingerprint; // SHA256:… of the key the server offers
    QString knownFingerprints;  // what known_hosts holds for it (Changed)
};

// One command on an exec channel: sends `input` then EOF, reports the output (stdout and
// stderr as they come) and the exit status.
class SshCommand : public QObject
{
    Q_OBJECT
public:
    ~SshCommand() override;

    bool isFinished() const { return m_stage == Stage::Done; }
    bool succeeded() const { return isFinished() && m_error.isEmpty() && m_exitCode == 0; }
    int exitCode() const { return m_exitCode; }     // -1: none (killed by a signal, or lost)
    QString errorString() const { return m_error; } // the channel broke (not the exit status)

Q_SIGNALS:
    void output(const QByteArray &chunk);
    void finished();

private:
    friend class SshSession;
    enum class Stage { New, Opening, Exec, Running, Done };
    SshCommand(const QString &command, const QByteArray &input, SshSession *session);
    void step(ssh_session_struct *session);
    void fail(const QString &error);
    void complete();
    void release();

    QString m_command;
    QByteArray m_input;
    qsizetype m_written = 0;
    bool m_eofSent = false;
    bool m_remoteClosed = false;
    Stage m_stage = Stage::New;
    ssh_channel_struct *m_channel = nullptr;
    int m_exitCode = -1;
    QString m_error;
    struct Callbacks;
    std::unique_ptr<Callbacks> m_callbacks;
};

// One connection of a reverse port forward: a channel the server opened for a client of
// 127.0.0.1:<forwarded port> there, joined to a TCP connection to 127.0.0.1:<local port> here.
class SshTunnelConnection : public QObject
{
    Q_OBJECT
public:
    ~SshTunnelConnection() override;
    bool isDone() const { return m_done; }

private:
    friend class SshSession;
    SshTunnelConnection(ssh_channel_struct *channel, quint16 localPort, SshSession *session);
    void step();
    void shutDown();

    ssh_channel_struct *m_channel;
    QTcpSocket *m_socket;
    QByteArray m_toChannel;
    bool m_socketClosed = false;
    bool m_channelEof = false;
    bool m_eofSent = false;
    bool m_done = false;
    struct Callbacks;
    std::unique_ptr<Callbacks> m_callbacks;
};

// One SSH connection driven by libssh in non-blocking mode on the Qt event loop: a
// QSocketNotifier on its socket and a short timer while work is pending. Nothing blocks.
// It connects, checks the host key against known_hosts, logs in with the key or the agent,
// runs commands on exec channels and serves a reverse port forward. When the connection is
// lost, lost() is emitted; open() again connects anew and re-establishes the forward on the
// same remote port.
class SshSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Authenticating, Open };

    explicit SshSession(const SshSessionOptions &options, QObject *parent = nullptr);
    ~SshSession() override;

    const SshSessionOptions &options() const { return m_options; }
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    QString errorString() const { return m_error; }
    SshHostKeyProblem hostKeyProblem() const { return m_hostKeyProblem; }

    // Connects (from the event loop); opened() or failed() follows.
    void open();
    void close();
    // After a lost connection, connect again (backing off up to 5 s) until close(); a
    // changed host key stops it.
    void setReconnect(bool reconnect) { m_reconnect = reconnect; }
    bool isReconnecting() const { return m_retry && m_retryActive; }

    // A command, started as soon as the session is open; the command is a child of the session.
    SshCommand *run(const QString &command, const QByteArray &input = {});

    // Forwards 127.0.0.1:remotePort on the host (0: a port the server picks) to
    // 127.0.0.1:localPort here; forwardReady() gives the port, forwardFailed() says why not.
    void forward(quint16 remotePort, quint16 localPort);
    quint16 forwardedPort() const { return m_forwardReady ? m_remotePort : 0; }
    int tunnelConnections() const { return int(m_tunnels.size()); }

Q_SIGNALS:
    void opened();
    void failed(const QString &reason); // could not open
    void lost(const QString &reason);   // was open, the connection broke
    void reconnected();                 // open again after lost(), the forward re-asked
    void forwardReady(quint16 remotePort);
    void forwardFailed(const QString &reason);

private:
    friend class SshCommand;
    friend class SshTunnelConnection;

    void pump();
    void stepConnect();
    bool checkHostKey();
    void stepAuthenticate();
    void stepOpen();
    void stepForward();  // asks for the reverse forward until the server answers
    void stepChannels(); // the commands and the tunnel's connections
    void acceptForwarded();
    void fail(const QString &reason);
    void drop(const QString &reason);
    void teardown();
    void updateNotifiers();
    void schedule();
    QString sshError() const;

    SshSessionOptions m_options;
    State m_state = State::Closed;
    QString m_error;
    SshHostKeyProblem m_hostKeyProblem;
    ssh_session_struct *m_session = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_timer;
    QTimer *m_connectTimeout;
    bool m_pumping = false;
    bool m_reconnect = false;
    bool m_retryActive = false;
    bool m_wasOpen = false;
    int m_retryDelayMs = 0;
    QTimer *m_retry = nullptr;
    bool m_scheduled = false;
    bool m_tcpConnected = false;

    bool m_forwardWanted = false;
    bool m_forwardReady = false;
    quint16 m_remotePort = 0;
    quint16 m_localPort = 0;

    QList<QPointer<SshCommand>> m_commands;
    QList<SshTunnelConnection *> m_tunnels;
};

} // namespace Slipway
