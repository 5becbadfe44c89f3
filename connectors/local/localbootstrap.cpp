#include "localbootstrap.h"

#include "connectors/local/localconnector.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

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
    // With SLIPWAY_OPERATION set, the input starts with the environment, shell assignments
    // ended by a line holding that marker: so no value shows in a process list.
    // Its output in one stream, ordered as written: `runc exec` copies stdout and stderr
    // through two pipes of its own.
    return uR"sh(exec 2>&1
if [ -n "${SLIPWAY_OPERATION:-}" ]; then
e=
while IFS= read -r l; do
[ "$l" = "$SLIPWAY_OPERATION" ] && break
e="$e$l
"
done
eval "$e"
unset e l
fi
f=$(mktemp /tmp/slipway-script.XXXXXX) || exit 126
cat >"$f" || exit 126
chmod 700 "$f"
if [ "$(head -c 2 "$f")" = "#!" ]; then "$f"; else /bin/sh "$f"; fi
rc=$?
rm -f "$f"
exit $rc)sh"_s;
}

QByteArray LocalBootstrap::environmentBlock(const QMap<QString, QString> &environment,
                                            const QString &marker)
{
    QByteArray block;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        QString value = it.value();
        value.replace(u'\'', u"'\\''"_s);
        block += "export " + it.key().toUtf8() + "='" + value.toUtf8() + "'\n";
    }
    return block + marker.toUtf8() + '\n';
}

QString LocalBootstrap::container() const
{
    return m_request.instance.handle.isEmpty()
               ? LocalConnector::containerName(m_request.runId, m_request.instance.name)
               : m_request.instance.handle;
}

bool LocalBootstrap::isVariableName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'_';
    });
}

void LocalBootstrap::start()
{
    const QString name = instance().toString();
    for (auto it = m_request.environment.cbegin(); it != m_request.environment.cend(); ++it) {
        if (!isVariableName(it.key())) {
            finish(
                ConnectorError{ConnectorError::Code::InvalidRequest,
                               tr("“%1” is not a name for an environment variable.").arg(it.key()),
                               name,
                               -1,
                               {}});
            return;
        }
    }
    const LocalConnector::Command exec = m_connector->execCommand(container(),
                                                                  m_request.instance.instanceId,
                                                                  runnerScript(),
                                                                  {{QString(kMarkerVariable),
                                                                    m_marker}},
                                                                  true);
    const QByteArray input = environmentBlock(m_request.environment, m_marker) + m_request.script;

    reportProgress(tr("Running the bootstrap on %1").arg(name), 0, 1, name);
    m_commands.run(
        exec.program,
        exec.arguments,
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
        [this, input, name](ContainerCommand *c) {
            c->setInput(input);
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
    const LocalConnector::Command exec = m_connector->execCommand(container(),
                                                                  m_request.instance.instanceId,
                                                                  killer);
    m_commands.run(exec.program, exec.arguments, [this](ContainerCommand *) {
        finish(cancelledError());
    });
}

} // namespace Slipway
