#include "sshconnector.h"

#include "connectors/ssh/sshbootstrap.h"
#include "connectors/ssh/sshprovision.h"
#include "connectors/ssh/sshterminate.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Slipway {

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

QString SshConnector::shellQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

QString SshConnector::bootstrapCommand(const QString &run,
                                       const QString &instance,
                                       int environmentSize)
{
    // The environment (with the node's token) and the script come on stdin, never on the
    // command line; the file with the token is private and removed once read. The names are
    // quoted: plain names are checked before, but nothing here relies on it.
    return uR"sh(exec 2>&1
umask 077
d="$HOME/.slipway/"%1/%2
mkdir -p "$d" && cd "$d" || exit 126
dd bs=1 count=%3 of=environment 2>/dev/null || exit 126
cat > bootstrap || exit 126
chmod 700 bootstrap
as_root=
[ "$(id -u)" = 0 ] || as_root="sudo -n"
exec $as_root /bin/sh -c 'set -a; . ./environment; set +a; rm -f ./environment; if [ "$(head -c 2 ./bootstrap)" = "#!" ]; then exec ./bootstrap; fi; exec /bin/sh ./bootstrap' </dev/null)sh"_s
        .arg(shellQuoted(run), shellQuoted(instance), QString::number(environmentSize));
}

bool SshConnector::isPlainName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    return re.match(name).hasMatch();
}

ConnectorError SshConnector::instanceError(const QString &instance, const QString &message)
{
    ConnectorError e;
    e.code = ConnectorError::Code::Failed;
    e.instance = instance;
    e.message = message;
    return e;
}

QString SshConnector::cleanUpCommand(const QString &run, const QString &instance)
{
    // Everything the bootstrap started carries SLIPWAY_RUN=<run> in its environment.
    return uR"sh(exec 2>&1
run=%1
instance=%2
as_root=
[ "$(id -u)" = 0 ] || as_root="sudo -n"
$as_root /bin/sh -c 'for p in /proc/[0-9]*; do tr "\0" "\n" < "$p/environ" 2>/dev/null | grep -qx "SLIPWAY_RUN=$1" && kill -9 "${p#/proc/}" 2>/dev/null; done; rm -rf /var/lib/slipway /etc/slipway /var/log/slipway; exit 0' sh "$run"
rm -rf "$HOME/.slipway/$run/$instance"
rmdir "$HOME/.slipway/$run" 2>/dev/null
echo "slipway: $instance of $run cleaned up"
exit 0)sh"_s.arg(shellQuoted(run), shellQuoted(instance));
}

} // namespace Slipway
