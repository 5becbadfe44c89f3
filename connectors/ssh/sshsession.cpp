#include "sshsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

Q_LOGGING_CATEGORY(lcSsh, "slipway.connector.ssh", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr int kBusyIntervalMs = 20;
constexpr int kIdleIntervalMs = 1000;
constexpr uint32_t kChunk = 32768;

// libssh asks for a passphrase through this when a key is encrypted and none was given:
// refusing keeps it from prompting on a terminal.
int refusePassphrase(const char *, char *, size_t, int, int, void *)
{
    return -1;
}

QString fingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString result = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return result;
}

// The fingerprints known_hosts holds for a host (its plain entries; hashed ones are skipped).
QString knownFingerprints(const QString &file, const SshHostAddress &host)
{
    const QString name = host.port == 22 ? host.address
                                         : u"[%1]:%2"_s.arg(host.address).arg(host.port);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList found;
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine().simplified().split(' ');
        if (fields.size() < 3 || fields.at(0).startsWith('|') || fields.at(0).startsWith('#'))
            continue;
        if (!QString::fromUtf8(fields.at(0)).split(u',').contains(name))
            continue;
        ssh_key key = nullptr;
        if (ssh_pki_import_pubkey_base64(fields.at(2).constData(),
                                         ssh_key_type_from_name(fields.at(1).constData()),
                                         &key)
            == SSH_OK) {
            found << fingerprint(key);
            ssh_key_free(key);
        }
    }
    return found.join(u", "_s);
}

template<typename Object>
void later(Object *object, std::function<void()> call)
{
    QMetaObject::invokeMethod(object, std::move(call), Qt::QueuedConnection);
}

} // namespace

SshKey loadSshKey(const QString &file, const QByteArray &passphrase, QString *error)
{
    if (!QFileInfo::exists(file)) {
        *error = u"the key file %1 does not exist"_s.arg(file);
        return {};
    }
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(QFile::encodeName(file).constData(),
                                               passphrase.isEmpty() ? nullptr
                                                                    : passphrase.constData(),
                                               passphrase.isEmpty() ? refusePassphrase : nullptr,
                                               nullptr,
                                               &key);
    if (rc != SSH_OK || !key) {
        *error = passphrase.isEmpty()
                     ? u"the key file %1 cannot be read without a passphrase"_s.arg(file)
                     : u"the key file %1 cannot be read with the passphrase given"_s.arg(file);
        return {};
    }
    return SshKey(key, ssh_key_free);
}

// --- SshCommand ---------------------------------------------------------------------------

struct SshCommand::Callbacks
{
    ssh_channel_callbacks_struct cb{};
};

SshCommand::SshCommand(const QString &command, const QByteArray &input, SshSession *session)
    : QObject(session)
    , m_command(command)
    , m_input(input)
    , m_callbacks(std::make_unique<Callbacks>())
{
    ssh_channel_callbacks_struct &cb = m_callbacks->cb;
    cb.userdata = this;
    cb.channel_data_function =
        [](ssh_session, ssh_channel, void *data, uint32_t len, int, void *user) -> int {
        auto *self = static_cast<SshCommand *>(user);
        const QByteArray chunk(static_cast<const char *>(data), qsizetype(len));
        later(self, [self, chunk] { Q_EMIT self->output(chunk); });
        return int(len);
    };
    cb.channel_exit_status_function = [](ssh_session, ssh_channel, int status, void *user) {
        static_cast<SshCommand *>(user)->m_exitCode = status;
    };
    cb.channel_close_function = [](ssh_session, ssh_channel, void *user) {
        static_cast<SshCommand *>(user)->m_remoteClosed = true;
    };
    ssh_callbacks_init(&cb);
}

SshCommand::~SshCommand()
{
    release();
}

void SshCommand::release()
{
    if (!m_channel)
        return;
    ssh_remove_channel_callbacks(m_channel, &m_callbacks->cb);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

void SshCommand::fail(const QString &error)
{
    if (m_stage == Stage::Done)
        return;
    m_error = error;
    m_exitCode = -1;
    complete();
}

void SshCommand::complete()
{
    release();
    m_stage = Stage::Done;
    later(this, [this] { Q_EMIT finished(); });
}

void SshCommand::step(ssh_session_struct *session)
{
    switch (m_stage) {
    case Stage::Done:
        return;
    case Stage::New:
        m_channel = ssh_channel_new(session);
        if (!m_channel) {
            fail(QString::fromUtf8(ssh_get_error(session)));
            return;
        }
        ssh_set_channel_callbacks(m_channel, &m_callbacks->cb);
        m_stage = Stage::Opening;
        [[fallthrough]];
    case Stage::Opening: {
        const int rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK) {
            fail(u"cannot open a channel: "_s + QString::fromUtf8(ssh_get_error(session)));
            return;
        }
        m_stage = Stage::Exec;
        [[fallthrough]];
    }
    case Stage::Exec: {
        const int rc = ssh_channel_request_exec(m_channel, m_command.toUtf8().constData());
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK) {
            fail(u"the command was refused: "_s + QString::fromUtf8(ssh_get_error(session)));
            return;
        }
        m_stage = Stage::Running;
        qCDebug(lcSsh) << "command started";
        [[fallthrough]];
    }
    case Stage::Running:
        while (m_written < m_input.size() && !m_remoteClosed) {
            const uint32_t window = ssh_channel_window_size(m_channel);
            if (window == 0)
                break;
            const uint32_t size = std::min<uint32_t>(
                {window, kChunk, uint32_t(m_input.size() - m_written)});
            const int n = ssh_channel_write(m_channel, m_input.constData() + m_written, size);
            if (n < 0) {
                fail(u"cannot send the command's input: "_s
                     + QString::fromUtf8(ssh_get_error(session)));
                return;
            }
            if (n == 0)
                break;
            m_written += n;
        }
        if (m_written == m_input.size() && !m_eofSent && !m_remoteClosed) {
            ssh_channel_send_eof(m_channel);
            m_eofSent = true;
        }
        if (m_remoteClosed)
            complete();
        return;
    }
}

// --- SshTunnelConnection --------------------------------------------------------------------

struct SshTunnelConnection::Callbacks
{
    ssh_channel_callbacks_struct cb{};
};

SshTunnelConnection::SshTunnelConnection(ssh_channel_struct *channel,
                                         quint16 localPort,
                                         SshSession *session)
    : QObject(session)
    , m_channel(channel)
    , m_socket(new QTcpSocket(this))
    , m_callbacks(std::make_unique<Callbacks>())
{
    ssh_channel_callbacks_struct &cb = m_callbacks->cb;
    cb.userdata = this;
    cb.channel_data_function =
        [](ssh_session, ssh_channel, void *data, uint32_t len, int, void *user) -> int {
        auto *self = static_cast<SshTunnelConnection *>(user);
        self->m_socket->write(static_cast<const char *>(data), qint64(len));
        return int(len);
    };
    cb.channel_eof_function = [](ssh_session, ssh_channel, void *user) {
        static_cast<SshTunnelConnection *>(user)->m_channelEof = true;
    };
    cb.channel_close_function = [](ssh_session, ssh_channel, void *user) {
        auto *self = static_cast<SshTunnelConnection *>(user);
        self->m_channelEof = true;
        self->m_socketClosed = true;
    };
    ssh_callbacks_init(&cb);
    ssh_set_channel_callbacks(m_channel, &cb);

    connect(m_socket, &QTcpSocket::readyRead, this, [this, session] {
        m_toChannel += m_socket->readAll();
        step();
        session->schedule();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this, session] {
        m_socketClosed = true;
        step();
        session->schedule();
    });
    connect(m_socket,
            &QTcpSocket::errorOccurred,
            this,
            [this, session](QAbstractSocket::SocketError) {
                if (m_socket->state() != QAbstractSocket::ConnectedState) {
                    m_socketClosed = true;
                    session->schedule();
                }
            });
    // QTcpSocket buffers what the channel delivers before it is connected.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->connectToHost(QHostAddress::LocalHost, localPort);
}

SshTunnelConnection::~SshTunnelConnection()
{
    shutDown();
}

void SshTunnelConnection::shutDown()
{
    if (m_channel) {
        ssh_remove_channel_callbacks(m_channel, &m_callbacks->cb);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    m_done = true;
}

void SshTunnelConnection::step()
{
    if (m_done || !m_channel)
        return;
    while (!m_toChannel.isEmpty() && !m_eofSent) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            break;
        const uint32_t size = std::min<uint32_t>({window, kChunk, uint32_t(m_toChannel.size())});
        const int n = ssh_channel_write(m_channel, m_toChannel.constData(), size);
        if (n <= 0) {
            if (n < 0)
                m_socketClosed = m_channelEof = true;
            break;
        }
        m_toChannel.remove(0, n);
    }
    if (m_socketClosed && m_toChannel.isEmpty() && !m_eofSent) {
        ssh_channel_send_eof(m_channel);
        m_eofSent = true;
    }
    if (m_channelEof && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost(); // after what it still has to write
    if (m_channelEof && (m_eofSent || m_socket->state() == QAbstractSocket::UnconnectedState)) {
        if (!m_eofSent)
            ssh_channel_send_eof(m_channel);
        ssh_channel_close(m_channel);
        shutDown();
    }
}

// --- SshSession -----------------------------------------------------------------------------

SshSession::SshSession(const SshSessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_timer(new QTimer(this))
    , m_connectTimeout(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &SshSession::pump);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        qCInfo(lcSsh).noquote() << "connecting again to" << m_options.host.toString();
        open();
    });
    m_connectTimeout->setSingleShot(true);
    connect(m_connectTimeout, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting || m_state == State::Authenticating)
            fail(u"%1 did not answer within %2 s"_s.arg(m_options.host.toString())
                     .arg(m_options.connectTimeoutMs / 1000));
    });
}

SshSession::~SshSession()
{
    teardown();
}

QString SshSession::sshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

void SshSession::open()
{
    teardown();
    m_error.clear();
    m_hostKeyProblem = {};
    m_session = ssh_new();
    const QByteArray host = m_options.host.address.toUtf8();
    const QByteArray user = m_options.host.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_options.knownHostsFile);
    unsigned int port = m_options.host.port;
    bool processConfig = false;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    // Small request/answer exchanges through the tunnel: Nagle with delayed ACKs costs
    // ~40 ms each.
    int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    if (!knownHosts.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_set_blocking(m_session, 0);
    m_state = State::Connecting;
    m_tcpConnected = false;
    m_connectTimeout->start(m_options.connectTimeoutMs);
    schedule();
}

void SshSession::close()
{
    m_reconnect = false;
    m_retryActive = false;
    m_retry->stop();
    m_forwardWanted = false;
    m_forwardReady = false;
    teardown();
}

SshCommand *SshSession::run(const QString &command, const QByteArray &input)
{
    auto *c = new SshCommand(command, input, this);
    if (m_state == State::Closed) {
        c->fail(u"the connection to %1 is closed"_s.arg(m_options.host.toString()));
        return c;
    }
    m_commands << c;
    schedule();
    return c;
}

void SshSession::forward(quint16 remotePort, quint16 localPort)
{
    m_forwardWanted = true;
    m_forwardReady = false;
    m_remotePort = remotePort;
    m_localPort = localPort;
    schedule();
}

void SshSession::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void SshSession::pump()
{
    if (m_pumping || !m_session)
        return;
    m_pumping = true;
    switch (m_state) {
    case State::Connecting:
        stepConnect();
        break;
    case State::Authenticating:
        stepAuthenticate();
        break;
    case State::Open:
        stepOpen();
        break;
    case State::Closed:
        break;
    }
    m_pumping = false;
    updateNotifiers();
}

void SshSession::updateNotifiers()
{
    if (!m_session) {
        m_timer->stop();
        return;
    }
    const socket_t fd = ssh_get_fd(m_session);
    if (fd != SSH_INVALID_SOCKET && !m_readNotifier) {
        m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &SshSession::pump);
        m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
            m_tcpConnected = true;
            pump();
        });
    }
    if (m_writeNotifier) {
        const bool pending = ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING;
        m_writeNotifier->setEnabled(pending || (m_state == State::Connecting && !m_tcpConnected));
    }
    bool busy = m_state != State::Open || (m_forwardWanted && !m_forwardReady)
                || !m_tunnels.isEmpty();
    for (const QPointer<SshCommand> &c : std::as_const(m_commands))
        busy |= c && !c->isFinished();
    const int interval = busy ? kBusyIntervalMs : kIdleIntervalMs;
    if (!m_timer->isActive() || m_timer->interval() != interval)
        m_timer->start(interval);
}

void SshSession::stepConnect()
{
    const int rc = ssh_connect(m_session);
    if (rc == SSH_AGAIN)
        return;
    if (rc != SSH_OK) {
        fail(u"cannot connect to %1: %2"_s.arg(m_options.host.toString(), sshError()));
        return;
    }
    if (!checkHostKey())
        return;
    m_state = State::Authenticating;
    stepAuthenticate();
}

bool SshSession::checkHostKey()
{
    const QString host = m_options.host.toString();
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) != SSH_OK) {
        fail(u"%1 sent no host key: %2"_s.arg(host, sshError()));
        return false;
    }
    const QString offered = fingerprint(serverKey);
    ssh_key_free(serverKey);
    const QString file = m_options.knownHostsFile;
    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        QString known = knownFingerprints(file, m_options.host);
        if (known.isEmpty())
            known = u"another key"_s;
        m_hostKeyProblem = {SshHostKeyProblem::Kind::Changed, host, offered, known};
        fail(u"The host key of %1 has changed: %2 holds %3 for it, the server now offers %4. "
             "Refusing to connect: if the host was reinstalled, remove its old key from %2."_s
                 .arg(host, file, known, offered));
        return false;
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_options.acceptUnknownHostKey) {
            QDir().mkpath(QFileInfo(file).absolutePath());
            if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
                fail(u"cannot add the host key of %1 to %2: %3"_s.arg(host, file, sshError()));
                return false;
            }
            qCInfo(lcSsh) << "accepted the host key of" << host << offered;
            return true;
        }
        m_hostKeyProblem = {SshHostKeyProblem::Kind::Unknown, host, offered, {}};
        fail(u"The host key of %1 (%2) is not in %3: refused. Accept it if it is the right one "
             "(slipway-cli cloud test --accept-host-key, or Test in the settings)."_s.arg(host,
                                                                                          offered,
                                                                                          file));
        return false;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    fail(u"cannot check the host key of %1 against %2: %3"_s.arg(host, file, sshError()));
    return false;
}

void SshSession::stepAuthenticate()
{
    const int rc = m_options.key ? ssh_userauth_publickey(m_session, nullptr, m_options.key.get())
                                 : ssh_userauth_agent(m_session, nullptr);
    if (rc == SSH_AUTH_AGAIN)
        return;
    if (rc != SSH_AUTH_SUCCESS) {
        const QString how = m_options.key ? u"its key"_s : u"the keys of the SSH agent"_s;
        fail(rc == SSH_AUTH_ERROR
                 ? u"cannot log in to %1: %2"_s.arg(m_options.host.toString(), sshError())
                 : u"%1 refused the login with %2"_s.arg(m_options.host.toString(), how));
        return;
    }
    m_connectTimeout->stop();
    m_state = State::Open;
    qCDebug(lcSsh) << "open:" << m_options.host.toString();
    const bool again = m_retryActive;
    m_retryActive = false;
    m_wasOpen = true;
    later(this, [this, again] {
        Q_EMIT opened();
        if (again)
            Q_EMIT reconnected();
    });
    stepOpen();
}

void SshSession::stepOpen()
{
    // Reads and handles what arrived (channel data goes to the channels' callbacks); a
    // forwarded connection comes back as a channel.
    acceptForwarded();
    const int status = ssh_get_status(m_session);
    if (!ssh_is_connected(m_session) || (status & (SSH_CLOSED | SSH_CLOSED_ERROR))) {
        const QString why = sshError();
        drop(u"the connection to %1 was lost%2"_s.arg(m_options.host.toString(),
                                                      why.isEmpty() ? QString() : u": "_s + why));
        return;
    }

    stepForward();
    acceptForwarded();
    stepChannels();
}

void SshSession::stepForward()
{
    if (!m_forwardWanted || m_forwardReady)
        return;
    int bound = 0;
    const int rc = ssh_channel_listen_forward(m_session, "127.0.0.1", m_remotePort, &bound);
    if (rc == SSH_OK) {
        if (m_remotePort == 0)
            m_remotePort = quint16(bound);
        m_forwardReady = true;
        const quint16 port = m_remotePort;
        qCDebug(lcSsh) << "forward ready on" << m_options.host.toString() << port;
        later(this, [this, port] { Q_EMIT forwardReady(port); });
    } else if (rc != SSH_AGAIN) {
        m_forwardWanted = false;
        const QString why = u"%1 refused to forward 127.0.0.1:%2 to Slipway: %3"_s
                                .arg(m_options.host.toString())
                                .arg(m_remotePort)
                                .arg(sshError());
        later(this, [this, why] { Q_EMIT forwardFailed(why); });
    }
}

void SshSession::stepChannels()
{
    const QList<QPointer<SshCommand>> commands = m_commands;
    for (const QPointer<SshCommand> &c : commands) {
        if (c && m_session && m_state == State::Open)
            c->step(m_session);
    }
    m_commands.removeIf([](const QPointer<SshCommand> &c) { return !c || c->isFinished(); });

    for (SshTunnelConnection *t : std::as_const(m_tunnels))
        t->step();
    m_tunnels.removeIf([](SshTunnelConnection *t) {
        if (!t->isDone())
            return false;
        t->deleteLater();
        return true;
    });
}

void SshSession::acceptForwarded()
{
    for (int i = 0; i < 64 && m_session; ++i) {
        int port = 0;
        char *originator = nullptr;
        int originatorPort = 0;
        ssh_channel channel = ssh_channel_open_forward_port(m_session,
                                                            0,
                                                            &port,
                                                            &originator,
                                                            &originatorPort);
        if (!channel)
            return;
        ssh_string_free_char(originator);
        if (!m_forwardReady || port != m_remotePort) {
            ssh_channel_free(channel);
            continue;
        }
        qCDebug(lcSsh) << "tunnel connection on" << m_options.host.toString();
        m_tunnels << new SshTunnelConnection(channel, m_localPort, this);
    }
}

void SshSession::fail(const QString &reason)
{
    m_error = reason;
    qCInfo(lcSsh).noquote() << reason;
    teardown();
    if (m_retryActive && m_reconnect && m_hostKeyProblem.kind == SshHostKeyProblem::Kind::None) {
        m_retryDelayMs = std::min(m_retryDelayMs * 2, 5000);
        m_retry->start(m_retryDelayMs);
        return;
    }
    m_retryActive = false;
    later(this, [this, reason] { Q_EMIT failed(reason); });
}

void SshSession::drop(const QString &reason)
{
    m_error = reason;
    qCInfo(lcSsh).noquote() << reason;
    m_forwardReady = false; // asked again, on the same port, by the next open()
    teardown();
    if (m_reconnect) {
        m_retryActive = true;
        m_retryDelayMs = 250;
        m_retry->start(m_retryDelayMs);
    }
    later(this, [this, reason] { Q_EMIT lost(reason); });
}

void SshSession::teardown()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    m_timer->stop();
    m_connectTimeout->stop();
    const QString why = m_error.isEmpty() ? u"the connection was closed"_s : m_error;
    const QList<QPointer<SshCommand>> commands = m_commands;
    m_commands.clear();
    for (const QPointer<SshCommand> &c : commands)
        if (c)
            c->fail(why);
    for (SshTunnelConnection *t : std::as_const(m_tunnels)) {
        t->shutDown();
        t->deleteLater();
    }
    m_tunnels.clear();
    if (m_session) {
        if (m_state == State::Open)
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    m_state = State::Closed;
}

} // namespace Slipway
