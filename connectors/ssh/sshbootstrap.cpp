#include "sshbootstrap.h"

#include "connectors/ssh/sshconnector.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Slipway {

SshBootstrap::SshBootstrap(SshConnector *connector, const BootstrapRequest &request)
    : BootstrapOperation(request.runId, request.instance.name, connector)
    , m_connector(connector)
    , m_request(request)
    , m_name(request.instance.name.toString())
{}

void SshBootstrap::start()
{
    const std::optional<SshHostAddress> host = SshHostAddress::parse(m_request.instance.handle,
                                                                     {},
                                                                     22);
    if (!host || !SshConnector::isPlainName(m_request.runId) || !SshConnector::isPlainName(m_name)) {
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
        finish(
            ConnectorError{ConnectorError::Code::InvalidRequest,
                           tr("%1: the broker's address is missing from the bootstrap.").arg(m_name),
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
            finish(SshConnector::instanceError(m_name, tr("%1: %2").arg(m_name, error)));
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
                finish(SshConnector::instanceError(m_name,
                                                   tr("The bootstrap of %1 could not connect: %2")
                                                       .arg(m_name, reason)));
        });
    });
}

void SshBootstrap::stop()
{
    // The script may have started the node already: the run's clean-up removes it.
    if (m_command)
        m_command->disconnect(this);
    finish(cancelledError());
}

void SshBootstrap::openForward()
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
            finish(SshConnector::instanceError(m_name, reason));
    });
    m_session->forward(0, m_brokerPort);
}

void SshBootstrap::runScript(quint16 port)
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
            finish(SshConnector::instanceError(m_name,
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
        finish(
            ConnectorError{ConnectorError::Code::ScriptFailed,
                           tr("The bootstrap of %1 ended with exit status %2.").arg(m_name).arg(code),
                           m_name,
                           code,
                           outputTail(m_name)});
    });
}

} // namespace Slipway
