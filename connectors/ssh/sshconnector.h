#pragma once

#include "connectors/ssh/sshhostaddress.h"
#include "connectors/ssh/sshleases.h"
#include "connectors/ssh/sshsession.h"
#include "core/connector/connector.h"
#include "core/connector/connectorregistry.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

namespace Slipway {

// SSH hosts: existing machines of a pool, one run instance per host at a
// time (SshLeases keeps who has which, durably). libssh runs non-blocking on the event loop.
// Provisioning leases a free host and logs in (host key checked against known_hosts);
// bootstrap opens a reverse port forward from 127.0.0.1:<port> on the host to the broker on
// this machine, then sends the environment and the bootstrap script on an exec channel and
// runs them in ~/.slipway/<run>/<instance>, streaming the output. The connection stays open,
// and comes back after a cut, for the run's life: the node reaches the broker through it.
// Terminate kills the run's processes on the host, removes its files, frees the host.
// Secrets: the key's passphrase comes from the keychain (<cloud>/key-passphrase), or the
// SSH agent holds the key.
class SshConnector : public Connector
{
    Q_OBJECT
public:
    static constexpr auto kKind = u"ssh";
    static constexpr auto kHostsSetting = u"hosts";
    static constexpr auto kUserSetting = u"user";
    static constexpr auto kPortSetting = u"port";
    static constexpr auto kIdentityFileSetting = u"identity-file";
    static constexpr auto kKnownHostsSetting = u"known-hosts";
    static constexpr auto kPassphraseSecret = u"key-passphrase";
    static constexpr auto kBrokerHost = u"127.0.0.1";

    explicit SshConnector(const CloudConfig &cloud, QObject *parent = nullptr);
    ~SshConnector() override;

    static ConnectorKind connectorKind();

    ConnectorCapabilities capabilities() const override;
    ProvisionOperation *provision(const ProvisionRequest &request) override;
    BootstrapOperation *bootstrap(const BootstrapRequest &request) override;
    TerminateOperation *terminate(const TerminateRequest &request) override;
    TerminateOperation *cleanUpOrphans(const OrphanCleanUpRequest &request) override;
    CheckOperation *check() override;

    // Unknown host keys met from now on are added to known_hosts (the CLI's
    // --accept-host-key, or the user said yes in the GUI: both through connectorKind()).
    void setAcceptUnknownHostKeys(bool accept) { m_acceptUnknownHostKeys = accept; }
    bool acceptUnknownHostKeys() const { return m_acceptUnknownHostKeys; }
    // The host key problems the last check() met, for the GUI's question.
    QList<SshHostKeyProblem> hostKeyProblems() const { return m_hostKeyProblems; }

    QList<SshHostAddress> pool() const { return m_pool; }
    QString poolError() const { return m_poolError; }
    QString knownHostsFile() const;
    SshLeases leases() const { return SshLeases(cloud().name); }

    // The connection of one instance of a run, opened if there is none yet.
    SshSession *session(const QString &run, const QString &instance, const SshHostAddress &host);
    SshSession *existingSession(const QString &run, const QString &instance) const;
    void closeSession(const QString &run, const QString &instance);
    // A new connection, not kept (check, clean-up).
    SshSession *newSession(const SshHostAddress &host, QObject *parent);

    // Loads the key (passphrase from the keychain when it needs one) once; `done` gets an
    // error message, empty on success.
    void withCredentials(QObject *context, std::function<void(const QString &error)> done);

    // The command that runs on a host to remove what `run` left there.
    static QString cleanUpCommand(const QString &run, const QString &instance);
    // The command that receives the environment (its first `environmentSize` bytes of
    // input) and the bootstrap script, then runs the script.
    static QString bootstrapCommand(const QString &run,
                                    const QString &instance,
                                    int environmentSize);
    // `text` as one word for sh: in single quotes, its own quotes as '\''.
    static QString shellQuoted(const QString &text);
    // NAME='value' lines for sh, values quoted.
    static QByteArray environmentFile(const QMap<QString, QString> &environment);
    // Run ids and instance names go into paths and commands on the host: keep them plain.
    static bool isPlainName(const QString &name);
    // A failure of one instance, with a message fit to show.
    static ConnectorError instanceError(const QString &instance, const QString &message);

private:
    QList<SshHostAddress> m_pool;
    QString m_poolError;
    bool m_acceptUnknownHostKeys = false;
    SshKey m_key;
    QList<SshHostKeyProblem> m_hostKeyProblems;
    QHash<QString, QPointer<SshSession>> m_sessions; // "run/instance"
    friend class SshCheck;
};

} // namespace Slipway
