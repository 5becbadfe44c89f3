#include "sshconnector.h"

#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Run ids and instance names go into paths and commands on the host: keep them plain.
bool isPlainName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    return re.match(name).hasMatch();
}

ConnectorError instanceError(const QString &instance, const QString &message)
{
    ConnectorError e;
    e.code = ConnectorError::Code::Failed;
    e.instance = instance;
    e.message = message;
    return e;
}

// --- provision ----------------------------------------------------------------------------

class SshProvision final : public ProvisionOperation
{
public:
    SshProvision(SshConnector *connector, const ProvisionRequest &request)
        : ProvisionOperation(request.runId, connector)
        , m_connector(connector)
        , m_request(request)
    {}

protected:
    void start() override
    {
        if (!m_connector->poolError().isEmpty() || m_connector->pool().isEmpty()) {
            finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                                  tr("The SSH cloud %1 has no usable host pool: %2")
                                      .arg(m_connector->cloud().name,
                                           m_connector->poolError().isEmpty()
                                               ? tr("set its hosts")
                                               : m_connector->poolError()),
                                  {},
                                  -1,
                                  {}});
            return;
        }
        if (!isPlainName(m_request.runId)) {
            finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                                  tr("The run id %1 cannot name a folder on a host.")
                                      .arg(m_request.runId),
                                  {},
                                  -1,
                                  {}});
            return;
        }
        m_pending = int(m_request.instances.size());
        if (m_pending == 0) {
            finish();
            return;
        }
        reportProgress(tr("Leasing %n host(s)", nullptr, m_pending), 0, m_pending);
        m_connector->withCredentials(this, [this](const QString &error) {
            if (isFinished())
                return;
            for (const InstanceRequest &request : std::as_const(m_request.instances)) {
                if (!error.isEmpty())
                    failed(request.name.toString(),
                           tr("%1: %2").arg(m_connector->cloud().name, error));
                else
                    startInstance(request.name.toString());
            }
        });
    }

    void stop() override
    {
        for (const QString &instance : std::as_const(m_opening)) {
            m_connector->closeSession(m_request.runId, instance);
            (void) m_connector->leases().release(m_request.runId, instance);
        }
        m_opening.clear();
        finish(cancelledError());
    }

private:
    void startInstance(const QString &instance)
    {
        QStringList pool;
        for (const SshHostAddress &h : m_connector->pool())
            pool << h.toString();
        QString error;
        const std::optional<QString> taken = m_connector->leases().take(pool,
                                                                        m_request.runId,
                                                                        instance,
                                                                        m_request.owner,
                                                                        &error);
        if (!taken) {
            failed(instance,
                   tr("%1 could not get a host of the cloud %2: %3")
                       .arg(instance, m_connector->cloud().name, error));
            return;
        }
        const SshHostAddress host = *SshHostAddress::parse(*taken, {}, 22);
        reportProgress(tr("Connecting to %1 for %2").arg(host.toString(), instance),
                       m_done,
                       int(m_request.instances.size()),
                       instance);
        m_opening << instance;
        SshSession *session = m_connector->session(m_request.runId, instance, host);
        const auto up = [this, instance, host] {
            if (isFinished() || !m_opening.removeOne(instance))
                return;
            Instance i;
            i.name = *InstanceName::parse(instance);
            i.instanceId = host.toString();
            i.hostname = host.address;
            i.handle = host.toString();
            addInstance(i);
            settle();
        };
        if (session->isOpen()) {
            QMetaObject::invokeMethod(this, up, Qt::QueuedConnection);
            return;
        }
        connect(session, &SshSession::opened, this, up);
        connect(session, &SshSession::failed, this, [this, instance](const QString &reason) {
            if (isFinished() || !m_opening.removeOne(instance))
                return;
            m_connector->closeSession(m_request.runId, instance);
            (void) m_connector->leases().release(m_request.runId, instance);
            failed(instance, tr("%1 could not be started: %2").arg(instance, reason));
        });
    }

    void failed(const QString &instance, const QString &message)
    {
        addFailure(instanceError(instance, message));
        settle();
    }

    void settle()
    {
        ++m_done;
        reportProgress(tr("%1 of %2 hosts ready").arg(instances().size()).arg(m_pending),
                       m_done,
                       m_pending);
        if (m_done < m_pending)
            return;
        if (failures().isEmpty())
            finish();
        else
            finish(failures().constFirst());
    }

    SshConnector *m_connector;
    ProvisionRequest m_request;
    QStringList m_opening;
    int m_pending = 0;
    int m_done = 0;
};

// --- bootstrap ----------------------------------------------------------------------------

class SshBootstrap final : public BootstrapOperation
{
public:
    SshBootstrap(SshConnector *connector, const BootstrapRequest &request)
        : BootstrapOperation(request.runId, request.instance.name, connector)
        , m_connector(connector)
        , m_request(request)
        , m_name(request.instance.name.toString())
    {}

protected:
    void start() override
    {
        const std::optional<SshHostAddress> host = SshHostAddress::parse(m_request.instance.handle,
                                                                         {},
                                                                         22);
        if (!host || !isPlainName(m_request.runId) || !isPlainName(m_name)) {
            finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                                  tr("%1 has no host of an SSH pool (%2).")
                                      .arg(m_name, m_request.instance.handle),
                                  m_name,
                                  -1,
                                  {}});
            return;
        }
        const QUrl broker(m_request.environment.value(u"SLIPWAY_BROKER_URL"_s));
        if (!broker.isValid() || broker.port() <= 0) {
            finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                                  tr("%1: the broker's address is missing from the bootstrap.")
                                      .arg(m_name),
                                  m_name,
                                  -1,
                                  {}});
            return;
        }
        m_brokerPort = quint16(broker.port());
        reportProgress(tr("Connecting to %1").arg(host->toString()), 0, 3, m_name);
        m_connector->withCredentials(this, [this, host = *host](const QString &error) {
            if (isFinished())
                return;
            if (!error.isEmpty()) {
                finish(instanceError(m_name, tr("%1: %2").arg(m_name, error)));
                return;
            }
            m_session = m_connector->session(m_request.runId, m_name, host);
            if (m_session->isOpen()) {
                openForward();
                return;
            }
            connect(m_session, &SshSession::opened, this, &SshBootstrap::openForward);
            connect(m_session, &SshSession::failed, this, [this](const QString &reason) {
                if (!isFinished() && !m_forwarding)
                    finish(instanceError(m_name,
                                         tr("The bootstrap of %1 could not connect: %2")
                                             .arg(m_name, reason)));
            });
        });
    }

    void stop() override
    {
        // The script may have started the node already: the run's clean-up removes it.
        if (m_command)
            m_command->disconnect(this);
        finish(cancelledError());
    }

private:
    void openForward()
    {
        if (isFinished() || m_forwarding)
            return;
        m_forwarding = true;
        m_session->setReconnect(true);
        if (m_session->forwardedPort() != 0) {
            runScript(m_session->forwardedPort());
            return;
        }
        reportProgress(tr("Opening the tunnel to the broker on %1").arg(m_name), 1, 3, m_name);
        connect(m_session, &SshSession::forwardReady, this, [this](quint16 port) {
            if (!isFinished() && !m_command)
                runScript(port);
        });
        connect(m_session, &SshSession::forwardFailed, this, [this](const QString &reason) {
            if (!isFinished())
                finish(instanceError(m_name, reason));
        });
        m_session->forward(0, m_brokerPort);
    }

    void runScript(quint16 port)
    {
        QMap<QString, QString> environment = m_request.environment;
        QUrl broker(environment.value(u"SLIPWAY_BROKER_URL"_s));
        broker.setHost(QString(SshConnector::kBrokerHost));
        broker.setPort(port);
        environment.insert(u"SLIPWAY_BROKER_URL"_s, broker.toString(QUrl::FullyEncoded));
        const QByteArray env = SshConnector::environmentFile(environment);
        reportProgress(tr("Running the bootstrap on %1").arg(m_name), 2, 3, m_name);
        m_command = m_session->run(SshConnector::bootstrapCommand(m_request.runId,
                                                                  m_name,
                                                                  int(env.size())),
                                   env + m_request.script);
        connect(m_command, &SshCommand::output, this, [this](const QByteArray &chunk) {
            appendOutput(m_name, chunk);
        });
        connect(m_command, &SshCommand::finished, this, [this] {
            if (isFinished())
                return;
            flushOutput(m_name);
            if (!m_command->errorString().isEmpty()) {
                finish(instanceError(m_name,
                                     tr("The bootstrap of %1 broke off: %2")
                                         .arg(m_name, m_command->errorString())));
                return;
            }
            const int code = m_command->exitCode();
            setExitCode(code);
            if (code == 0) {
                reportProgress(tr("The bootstrap of %1 is done").arg(m_name), 3, 3, m_name);
                finish();
                return;
            }
            finish(ConnectorError{ConnectorError::Code::ScriptFailed,
                                  tr("The bootstrap of %1 ended with exit status %2.")
                                      .arg(m_name)
                                      .arg(code),
                                  m_name,
                                  code,
                                  outputTail(m_name)});
        });
    }

    SshConnector *m_connector;
    BootstrapRequest m_request;
    QString m_name;
    quint16 m_brokerPort = 0;
    QPointer<SshSession> m_session;
    QPointer<SshCommand> m_command;
    bool m_forwarding = false;
};

// --- terminate and clean-up ----------------------------------------------------------------

class SshTerminate final : public TerminateOperation
{
public:
    struct Target
    {
        QString run;
        QString instance;
        SshHostAddress host;
    };

    SshTerminate(Kind kind,
                 SshConnector *connector,
                 const QString &runId,
                 QList<Target> targets,
                 bool wholeRun)
        : TerminateOperation(kind, runId, connector)
        , m_connector(connector)
        , m_targets(std::move(targets))
        , m_wholeRun(wholeRun)
    {}

protected:
    void start() override
    {
        m_pending = int(m_targets.size());
        if (m_pending == 0) {
            done();
            return;
        }
        m_connector->withCredentials(this, [this](const QString &error) {
            if (isFinished())
                return;
            for (const Target &t : std::as_const(m_targets)) {
                if (!error.isEmpty()) {
                    m_errors << instanceError(t.instance, error);
                    settleOne();
                } else {
                    cleanUp(t);
                }
            }
        });
    }

    void stop() override { finish(cancelledError()); }

private:
    void cleanUp(const Target &t)
    {
        // The run's own connection may be down or reconnecting: a fresh one does the clean-up.
        m_connector->closeSession(t.run, t.instance);
        reportProgress(tr("Cleaning up %1 on %2").arg(t.instance, t.host.toString()),
                       m_done,
                       m_pending,
                       t.instance);
        SshSession *session = m_connector->newSession(t.host, this);
        connect(session, &SshSession::failed, this, [this, t, session](const QString &reason) {
            session->deleteLater();
            m_errors << instanceError(t.instance,
                                      tr("%1 could not be cleaned up: %2").arg(t.instance, reason));
            settleOne();
        });
        connect(session, &SshSession::opened, this, [this, t, session] {
            SshCommand *c = session->run(SshConnector::cleanUpCommand(t.run, t.instance));
            connect(c, &SshCommand::output, this, [this, t](const QByteArray &chunk) {
                appendOutput(t.instance, chunk);
            });
            connect(c, &SshCommand::finished, this, [this, t, c, session] {
                flushOutput(t.instance);
                if (!c->succeeded()) {
                    m_errors << instanceError(t.instance,
                                              tr("The clean-up of %1 on %2 failed: %3")
                                                  .arg(t.instance,
                                                       t.host.toString(),
                                                       c->errorString().isEmpty()
                                                           ? tr("exit status %1").arg(c->exitCode())
                                                           : c->errorString()));
                } else {
                    QString error;
                    if (!m_connector->leases().release(t.run, t.instance, &error))
                        m_errors << instanceError(t.instance, error);
                    else
                        addRemovedInstance(t.host.toString());
                }
                session->close();
                session->deleteLater();
                settleOne();
            });
        });
        session->open();
    }

    void settleOne()
    {
        if (++m_done < m_pending)
            return;
        done();
    }

    void done()
    {
        if (!m_errors.isEmpty()) {
            finish(m_errors.constFirst());
            return;
        }
        QSet<QString> runs;
        for (const Target &t : std::as_const(m_targets))
            runs.insert(t.run);
        if (m_wholeRun)
            runs.insert(runId());
        for (const QString &run : std::as_const(runs))
            addRemovedRun(run);
        finish();
    }

    SshConnector *m_connector;
    QList<Target> m_targets;
    bool m_wholeRun;
    int m_pending = 0;
    int m_done = 0;
    QList<ConnectorError> m_errors;
};

} // namespace

// --- check --------------------------------------------------------------------------------

class SshCheck final : public CheckOperation
{
public:
    explicit SshCheck(SshConnector *connector)
        : CheckOperation(connector)
        , m_connector(connector)
    {}

protected:
    void start() override
    {
        m_connector->m_hostKeyProblems.clear();
        const QList<SshHostAddress> pool = m_connector->pool();
        if (!m_connector->poolError().isEmpty() || pool.isEmpty()) {
            finish(ConnectorError{ConnectorError::Code::InvalidRequest,
                                  m_connector->poolError().isEmpty()
                                      ? tr("The SSH cloud %1 has no hosts.")
                                            .arg(m_connector->cloud().name)
                                      : m_connector->poolError(),
                                  {},
                                  -1,
                                  {}});
            return;
        }
        m_pending = int(pool.size());
        m_connector->withCredentials(this, [this, pool](const QString &error) {
            if (isFinished())
                return;
            if (!error.isEmpty()) {
                finish(ConnectorError{ConnectorError::Code::Failed, error, {}, -1, {}});
                return;
            }
            for (const SshHostAddress &host : pool) {
                SshSession *session = m_connector->newSession(host, this);
                m_sessions << session;
                connect(session, &SshSession::opened, this, [this, session] {
                    m_reachable << session->options().host.toString();
                    session->close();
                    settleOne();
                });
                connect(session, &SshSession::failed, this, [this, session](const QString &reason) {
                    if (session->hostKeyProblem().kind != SshHostKeyProblem::Kind::None)
                        m_connector->m_hostKeyProblems << session->hostKeyProblem();
                    m_failures << reason;
                    settleOne();
                });
                session->open();
            }
        });
    }

    void stop() override
    {
        for (SshSession *s : std::as_const(m_sessions))
            s->close();
        finish(cancelledError());
    }

private:
    void settleOne()
    {
        if (isFinished() || ++m_done < m_pending)
            return;
        setDetails(tr("%1 of %2 hosts reachable, host keys known, logins accepted")
                       .arg(m_reachable.size())
                       .arg(m_pending));
        if (m_failures.isEmpty()) {
            finish();
            return;
        }
        ConnectorError e;
        e.code = ConnectorError::Code::Failed;
        e.message = m_failures.join(u'\n');
        finish(e);
    }

    SshConnector *m_connector;
    QList<SshSession *> m_sessions;
    QStringList m_reachable;
    QStringList m_failures;
    int m_pending = 0;
    int m_done = 0;
};

// --- the connector ------------------------------------------------------------------------

SshConnector::SshConnector(const CloudConfig &cloud, QObject *parent)
    : Connector(cloud, parent)
{
    const QString user = cloud.setting(QString(kUserSetting), u"root"_s);
    bool ok = false;
    const int port = cloud.setting(QString(kPortSetting), u"22"_s).toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        m_poolError = tr("The port of the SSH cloud %1 is not a port number.").arg(cloud.name);
        return;
    }
    QString error;
    m_pool = SshHostAddress::parseList(cloud.setting(QString(kHostsSetting)),
                                       user,
                                       quint16(port),
                                       &error);
    if (!error.isEmpty())
        m_poolError = tr("The hosts of the SSH cloud %1: %2").arg(cloud.name, error);
}

SshConnector::~SshConnector()
{
    for (const QPointer<SshSession> &s : std::as_const(m_sessions))
        if (s)
            s->close();
}

ConnectorKind SshConnector::connectorKind()
{
    ConnectorKind kind;
    kind.name = QString(kKind);
    kind.displayName = tr("SSH hosts (a pool of existing machines)");
    kind.capabilities = SshConnector(CloudConfig{u"ssh"_s, QString(kKind), {}}).capabilities();
    kind.settings = {
        {QString(kHostsSetting),
         tr("The host pool: [user@]address[:port], separated by commas"),
         {}},
        {QString(kUserSetting), tr("The login user for hosts that name none"), u"root"_s},
        {QString(kPortSetting), tr("The SSH port for hosts that name none"), u"22"_s},
        {QString(kIdentityFileSetting),
         tr("The private key file; empty: the keys of the SSH agent. A passphrase goes to the "
            "keychain as <cloud>/key-passphrase"),
         {}},
        {QString(kKnownHostsSetting),
         tr("The known_hosts file the host keys are checked against"),
         u"~/.ssh/known_hosts"_s},
    };
    kind.factory = [](const CloudConfig &cloud, QObject *parent) -> Connector * {
        return new SshConnector(cloud, parent);
    };
    kind.secret = ConnectorSecret{};
    kind.secret->label = tr("Key passphrase:");
    kind.secret->description = tr("The passphrase of the private key, if it has one");
    kind.secret->required = false; // the key may have none, or the SSH agent may hold it
    kind.secret->name = [](const CloudConfig &) {
        return QString(kPassphraseSecret);
    };
    kind.hostKeys = ConnectorHostKeys{};
    kind.hostKeys->unknown = [](const Connector &connector) {
        const auto *ssh = qobject_cast<const SshConnector *>(&connector);
        QStringList unknown;
        if (!ssh || ssh->acceptUnknownHostKeys())
            return unknown;
        for (const SshHostKeyProblem &p : ssh->hostKeyProblems()) {
            if (p.kind == SshHostKeyProblem::Kind::Unknown)
                unknown << tr("%1: %2").arg(p.host, p.offeredFingerprint);
        }
        return unknown;
    };
    kind.hostKeys->acceptUnknown = [](Connector &connector) {
        if (auto *ssh = qobject_cast<SshConnector *>(&connector))
            ssh->setAcceptUnknownHostKeys(true);
    };
    return kind;
}

ConnectorCapabilities SshConnector::capabilities() const
{
    ConnectorCapabilities caps;
    caps.buildsImages = false;
    caps.scales = false;
    caps.brokerRoute = BrokerRoute::ReverseTunnel;
    caps.brokerHost = QString(kBrokerHost);
    return caps;
}

QString SshConnector::knownHostsFile() const
{
    QString file = cloud().setting(QString(kKnownHostsSetting), u"~/.ssh/known_hosts"_s);
    if (file.startsWith(u"~/"_s))
        file = QDir::homePath() + file.mid(1);
    return file;
}

ProvisionOperation *SshConnector::provision(const ProvisionRequest &request)
{
    return new SshProvision(this, request);
}

BootstrapOperation *SshConnector::bootstrap(const BootstrapRequest &request)
{
    return new SshBootstrap(this, request);
}

TerminateOperation *SshConnector::terminate(const TerminateRequest &request)
{
    QList<SshTerminate::Target> targets;
    const QList<SshLeases::Lease> leased = leases().leasesOf(request.runId);
    for (const SshLeases::Lease &l : leased) {
        bool wanted = request.instances.isEmpty();
        for (const Instance &i : request.instances)
            wanted |= i.name.toString() == l.instance;
        const std::optional<SshHostAddress> host = SshHostAddress::parse(l.host, {}, 22);
        if (wanted && host && isPlainName(l.instance) && isPlainName(l.run))
            targets << SshTerminate::Target{l.run, l.instance, *host};
    }
    // Instances without a lease (never provisioned, or freed already) have nothing to remove.
    for (const Instance &i : request.instances) {
        const QString name = i.name.toString();
        if (std::none_of(targets.cbegin(), targets.cend(), [&](const SshTerminate::Target &t) {
                return t.instance == name;
            }))
            closeSession(request.runId, name);
    }
    return new SshTerminate(ConnectorOperation::Kind::Terminate,
                            this,
                            request.runId,
                            targets,
                            request.instances.isEmpty());
}

TerminateOperation *SshConnector::cleanUpOrphans(const OrphanCleanUpRequest &request)
{
    QList<SshTerminate::Target> targets;
    for (const SshLeases::Lease &l : leases().leases()) {
        if (l.owner != request.owner || request.activeRunIds.contains(l.run))
            continue;
        const std::optional<SshHostAddress> host = SshHostAddress::parse(l.host, {}, 22);
        if (host && isPlainName(l.instance) && isPlainName(l.run))
            targets << SshTerminate::Target{l.run, l.instance, *host};
    }
    return new SshTerminate(ConnectorOperation::Kind::CleanUp, this, {}, targets, false);
}

CheckOperation *SshConnector::check()
{
    return new SshCheck(this);
}

SshSession *SshConnector::newSession(const SshHostAddress &host, QObject *parent)
{
    SshSessionOptions options;
    options.host = host;
    options.knownHostsFile = knownHostsFile();
    options.acceptUnknownHostKey = m_acceptUnknownHostKeys;
    options.key = m_key;
    return new SshSession(options, parent);
}

SshSession *SshConnector::session(const QString &run,
                                  const QString &instance,
                                  const SshHostAddress &host)
{
    const QString key = run + u'/' + instance;
    SshSession *s = m_sessions.value(key);
    if (s && s->options().host == host)
        return s;
    if (s) {
        s->close();
        s->deleteLater();
    }
    s = newSession(host, this);
    m_sessions.insert(key, s);
    s->open();
    return s;
}

SshSession *SshConnector::existingSession(const QString &run, const QString &instance) const
{
    return m_sessions.value(run + u'/' + instance);
}

void SshConnector::closeSession(const QString &run, const QString &instance)
{
    if (SshSession *s = m_sessions.take(run + u'/' + instance)) {
        s->close();
        s->deleteLater();
    }
}

void SshConnector::withCredentials(QObject *context, std::function<void(const QString &)> done)
{
    const QString file = cloud().setting(QString(kIdentityFileSetting));
    if (file.isEmpty() || m_key) {
        QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const QString path = file.startsWith(u"~/"_s) ? QDir::homePath() + file.mid(1) : file;
    QString error;
    if (SshKey key = loadSshKey(path, {}, &error)) {
        m_key = key;
        QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    if (!QFileInfo::exists(path)) {
        QMetaObject::invokeMethod(context, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    QPointer<SshConnector> self(this);
    readSecret(cloud().name,
               QString(kPassphraseSecret),
               context,
               [self, path, done](Result<QByteArray> passphrase) {
                   if (!self)
                       return;
                   if (!passphrase) {
                       done(tr("the key file %1 needs a passphrase, and the keychain has none: %2")
                                .arg(path, passphrase.errorMessage()));
                       return;
                   }
                   QString error;
                   SshKey key = loadSshKey(path, *passphrase, &error);
                   if (key)
                       self->m_key = key;
                   done(error);
               });
}

QByteArray SshConnector::environmentFile(const QMap<QString, QString> &environment)
{
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QByteArray out;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (!name.match(it.key()).hasMatch())
            continue;
        QByteArray value = it.value().toUtf8();
        value.replace('\'', "'\\''");
        out += it.key().toLatin1() + "='" + value + "'\n";
    }
    return out;
}

QString SshConnector::bootstrapCommand(const QString &run,
                                       const QString &instance,
                                       int environmentSize)
{
    // The environment (with the node's token) and the script come on stdin, never on the
    // command line; the file with the token is private and removed once read.
    return uR"sh(exec 2>&1
umask 077
d="$HOME/.slipway/%1/%2"
mkdir -p "$d" && cd "$d" || exit 126
dd bs=1 count=%3 of=environment 2>/dev/null || exit 126
cat > bootstrap || exit 126
chmod 700 bootstrap
as_root=
[ "$(id -u)" = 0 ] || as_root="sudo -n"
exec $as_root /bin/sh -c 'set -a; . ./environment; set +a; rm -f ./environment; if [ "$(head -c 2 ./bootstrap)" = "#!" ]; then exec ./bootstrap; fi; exec /bin/sh ./bootstrap' </dev/null)sh"_s
        .arg(run, instance)
        .arg(environmentSize);
}

QString SshConnector::cleanUpCommand(const QString &run, const QString &instance)
{
    // Everything the bootstrap started carries SLIPWAY_RUN=<run> in its environment.
    return uR"sh(exec 2>&1
run=%1
as_root=
[ "$(id -u)" = 0 ] || as_root="sudo -n"
$as_root /bin/sh -c 'for p in /proc/[0-9]*; do tr "\0" "\n" < "$p/environ" 2>/dev/null | grep -qx "SLIPWAY_RUN=$1" && kill -9 "${p#/proc/}" 2>/dev/null; done; rm -rf /var/lib/slipway /etc/slipway /var/log/slipway; exit 0' sh "$run"
rm -rf "$HOME/.slipway/$run/%2"
rmdir "$HOME/.slipway/$run" 2>/dev/null
echo "slipway: %2 of $run cleaned up"
exit 0)sh"_s.arg(run, instance);
}

} // namespace Slipway
