#include "containercommand.h"

#include "connectors/local/localconnector.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Slipway {

ContainerCommand::ContainerCommand(const QString &program,
                                   const QStringList &arguments,
                                   QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_process(this)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray chunk = m_process.readAllStandardOutput();
        if (m_merged)
            Q_EMIT output(chunk);
        else
            m_stdout += chunk;
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
    });
    connect(&m_process, &QProcess::finished, this, &ContainerCommand::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_done)
            return;
        m_failedToStart = true;
        m_done = true;
        Q_EMIT finished();
    });
    connect(&m_process, &QProcess::started, this, [this] {
        if (!m_input.isNull()) {
            m_process.write(m_input);
            m_input.clear();
        }
        m_process.closeWriteChannel();
    });
}

void ContainerCommand::setEnvironment(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
}

void ContainerCommand::setInput(const QByteArray &input)
{
    m_input = input.isNull() ? QByteArray("") : input;
}

void ContainerCommand::setMergedOutput(bool merged)
{
    m_merged = merged;
    m_process.setProcessChannelMode(merged ? QProcess::MergedChannels : QProcess::SeparateChannels);
}

void ContainerCommand::start()
{
    qCDebug(lcLocalConnector).noquote() << m_program << m_process.arguments().join(u' ');
    m_process.start(QIODevice::ReadWrite);
}

void ContainerCommand::kill()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}

void ContainerCommand::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    const QByteArray rest = m_process.readAllStandardOutput();
    if (m_merged && !rest.isEmpty())
        Q_EMIT output(rest);
    else
        m_stdout += rest;
    if (!m_merged)
        m_stderr += m_process.readAllStandardError();
    m_exitCode = exitCode;
    m_exitStatus = status;
    m_done = true;
    Q_EMIT finished();
}

QString ContainerCommand::failureText() const
{
    if (m_failedToStart) {
        return QCoreApplication::translate("Slipway::ContainerCommand",
                                           "The program “%1” could not be started (is it "
                                           "installed?).")
            .arg(m_program);
    }
    const QString err = standardErrorText();
    if (!err.isEmpty())
        return err.section(u'\n', -3); // the last lines say what failed
    if (crashed())
        return QCoreApplication::translate("Slipway::ContainerCommand", "“%1” was killed.")
            .arg(m_program);
    return QCoreApplication::translate("Slipway::ContainerCommand",
                                       "“%1” ended with exit status %2.")
        .arg(m_program)
        .arg(m_exitCode);
}

ContainerCommand *ContainerCommandGroup::run(const QString &program,
                                             const QStringList &arguments,
                                             std::function<void(ContainerCommand *)> done,
                                             std::function<void(ContainerCommand *)> prepare)
{
    auto *command = new ContainerCommand(program, arguments, m_owner);
    m_running << command;
    QObject::connect(command, &ContainerCommand::finished, m_owner, [this, command, done] {
        m_running.removeOne(command);
        command->deleteLater();
        done(command);
    });
    if (prepare)
        prepare(command);
    command->start();
    return command;
}

void ContainerCommandGroup::killAll()
{
    const QList<ContainerCommand *> running = m_running;
    for (ContainerCommand *command : running)
        command->kill();
}

} // namespace Slipway
