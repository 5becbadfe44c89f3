#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <functional>

namespace Slipway {

// One run of the container CLI (podman or docker), asynchronous: never waits in the event
// loop. Output is collected, or streamed through output() when merged for a script's log.
class ContainerCommand : public QObject
{
    Q_OBJECT
public:
    ContainerCommand(const QString &program, const QStringList &arguments, QObject *parent);

    // Values given to the child only: the command line names them (`--env NAME`) so that no
    // value shows in a process list.
    void setEnvironment(const QProcessEnvironment &environment);
    void setInput(const QByteArray &input); // written to stdin, which is then closed
    void setMergedOutput(bool merged);      // stdout and stderr in order, through output()
    void start();
    void kill();

    bool failedToStart() const { return m_failedToStart; }
    bool succeeded() const
    {
        return !m_failedToStart && m_exitStatus == QProcess::NormalExit && m_exitCode == 0;
    }
    bool crashed() const { return m_exitStatus == QProcess::CrashExit; }
    int exitCode() const { return m_exitCode; }
    QByteArray standardOutput() const { return m_stdout; }
    QString standardOutputText() const { return QString::fromUtf8(m_stdout).trimmed(); }
    QString standardErrorText() const { return QString::fromUtf8(m_stderr).trimmed(); }
    QString program() const { return m_program; }
    // For error messages: the tool's own message ("Error: …"), else what happened.
    QString failureText() const;

Q_SIGNALS:
    void output(const QByteArray &chunk);
    void finished();

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_program;
    QProcess m_process;
    QByteArray m_input;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_merged = false;
    bool m_failedToStart = false;
    bool m_done = false;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
};

// The commands an operation has in flight, so that cancel() can kill them all.
class ContainerCommandGroup
{
public:
    explicit ContainerCommandGroup(QObject *owner)
        : m_owner(owner)
    {}

    // Starts a command; `done` runs when it ends, then the command is deleted.
    ContainerCommand *run(const QString &program,
                          const QStringList &arguments,
                          std::function<void(ContainerCommand *)> done,
                          std::function<void(ContainerCommand *)> prepare = {});
    void killAll();
    bool isEmpty() const { return m_running.isEmpty(); }

private:
    QObject *m_owner;
    QList<ContainerCommand *> m_running;
};

} // namespace Slipway
