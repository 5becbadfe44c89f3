#include "sshterminate.h"

#include "connectors/ssh/sshconnector.h"

#include <QSet>

namespace Slipway {

SshTerminate::SshTerminate(
    Kind kind, SshConnector *connector, const QString &runId, QList<Target> targets, bool wholeRun)
    : TerminateOperation(kind, runId, connector)
    , m_connector(connector)
    , m_targets(std::move(targets))
    , m_wholeRun(wholeRun)
{}

void SshTerminate::start()
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
                m_errors << SshConnector::instanceError(t.instance, error);
                settleOne();
            } else {
                cleanUp(t);
            }
        }
    });
}

void SshTerminate::stop()
{
    finish(cancelledError());
}

void SshTerminate::cleanUp(const Target &t)
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
        m_errors << SshConnector::instanceError(t.instance,
                                                tr("%1 could not be cleaned up: %2")
                                                    .arg(t.instance, reason));
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
                m_errors << SshConnector::instanceError(t.instance,
                                                        tr("The clean-up of %1 on %2 failed: %3")
                                                            .arg(t.instance,
                                                                 t.host.toString(),
                                                                 c->errorString().isEmpty()
                                                                     ? tr("exit status %1")
                                                                           .arg(c->exitCode())
                                                                     : c->errorString()));
            } else {
                QString error;
                if (!m_connector->leases().release(t.run, t.instance, &error))
                    m_errors << SshConnector::instanceError(t.instance, error);
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

void SshTerminate::settleOne()
{
    if (++m_done < m_pending)
        return;
    done();
}

void SshTerminate::done()
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

} // namespace Slipway
