#include "localbootstrap.h"

#include "connectors/local/localconnector.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr auto kMarkerVariable = u"SLIPWAY_OPERATION";

} // namespace

LocalBootstrap::LocalBootstrap(LocalConnector *connector, const BootstrapRequest &request)
    : BootstrapOperation(request.runId, request.instance.name, connector)
    , m_connector(connector)
    , m_request(request)
    , m_marker(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_commands(this)
{}

QString LocalBootstrap::runnerScript()
{
    return uR"sh(unset SLIPWAY_COMMAND
f=$(mktemp /tmp/slipway-script.XXXXXX) || exit 126
cat >"$f" || exit 126
chmod 700 "$f"
if [ "$(head -c 2 "$f")" = "#!" ]; then "$f"; else /bin/sh "$f"; fi
rc=$?
rm -f "$f"
exit $rc)sh"_s;
}

QString LocalBootstrap::container() const
{
    return m_request.instance.handle.isEmpty()
               ? LocalConnector::containerName(m_request.runId, m_request.instance.name)
               : m_request.instance.handle;
}

void LocalBootstrap::start()
{
    const QString name = instance().toString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList names;
    for (auto it = m_request.environment.cbegin(); it != m_request.environment.cend(); ++it) {
        env.insert(it.key(), it.value());
        names << it.key();
    }
    env.insert(QString(kMarkerVariable), m_marker);
    names << QString(kMarkerVariable);
    const QStringList args = m_connector->execArguments(container(),
                                                        runnerScript(),
                                                        &env,
                                                        names,
                                                        true);

    reportProgress(tr("Running the bootstrap on %1").arg(name), 0, 1, name);
    m_commands.run(
        m_connector->executable(),
        args,
        [this, name](ContainerCommand *c) {
            if (isFinished() || m_killing)
                return;
            if (isCancelRequested()) {
                finish(cancelledError());
                return;
            }
            if (c->failedToStart() || c->crashed()) {
                finish(m_connector->commandError(c,
                                                 tr("The bootstrap of %1 could not run").arg(name),
                                                 name));
                return;
            }
            flushOutput(name);
            setExitCode(c->exitCode());
            if (c->exitCode() == 0) {
                reportProgress(tr("The bootstrap of %1 is done").arg(name), 1, 1, name);
                finish();
                return;
            }
            finish(ConnectorError{ConnectorError::Code::ScriptFailed,
                                  tr("The bootstrap of %1 ended with exit status %2.")
                                      .arg(name)
                                      .arg(c->exitCode()),
                                  name,
                                  c->exitCode(),
                                  outputTail(name)});
        },
        [this, env, name](ContainerCommand *c) {
            c->setEnvironment(env);
            c->setInput(m_request.script);
            c->setMergedOutput(true);
            QObject::connect(c,
                             &ContainerCommand::output,
                             this,
                             [this, name](const QByteArray &chunk) { appendOutput(name, chunk); });
        });
}

void LocalBootstrap::stop()
{
    // Killing `exec` leaves the script running in the container: kill it there, by marker.
    m_killing = true;
    m_commands.killAll();
    const QString killer = u"for p in /proc/[0-9]*; do "_s
                           u"tr '\\0' '\\n' < $p/environ 2>/dev/null | grep -qx '"_s
                           + QString(kMarkerVariable) + u'=' + m_marker
                           + u"' && kill -9 ${p#/proc/} 2>/dev/null; done; exit 0"_s;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList args = m_connector->execArguments(container(), killer, &env);
    m_commands.run(
        m_connector->executable(),
        args,
        [this](ContainerCommand *) { finish(cancelledError()); },
        [env](ContainerCommand *c) { c->setEnvironment(env); });
}

} // namespace Slipway
