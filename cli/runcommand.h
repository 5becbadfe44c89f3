#pragma once

#include "core/run/datafolderrunhost.h"
#include "core/run/runhost.h"
#include "core/run/updateplan.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Slipway::Cli {

// Exit codes of the run commands (deploy, build, run, cloud), beside CommandLine's 0-4.
enum RunExitCode {
    ExitCannotLaunch = 5, // the module cannot be launched or built (validation, options, cloud)
    ExitRunAborted = 6,   // the run ended Aborted or Cancelled (the reason is on stderr)
    ExitTimedOut = 7,     // --timeout passed before the run settled; the run was aborted
    ExitHostBusy = 8,     // another process hosts the runs of this data folder
};

// The RunHost of the data folder for one slipway-cli process (DataFolderRunHost, as in the
// GUI): only one process at a time may host (and so resume) the runs of a catalog.
class ExclusiveRunHost
{
public:
    ExclusiveRunHost();
    Q_DISABLE_COPY_MOVE(ExclusiveRunHost)

    // On failure, *exitCode says why (ExitHostBusy or ExitFailure).
    Result<void> start(const QString &catalogFile, int *exitCode);
    RunHost &host() { return *m_runHost.host(); }
    RunEngine &engine() { return host().engine(); }

private:
    DataFolderRunHost m_runHost;
};

// Follows runs on a RunHost: progress lines to err, and the outputs of a settled run to out.
class RunProgress : public QObject
{
    Q_OBJECT
public:
    RunProgress(RunHost &host, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    void follow(const QString &run) { m_run = run; }
    // The instances' parameters of a settled run (text or JSON) and the exit code of its state.
    int finish(const QString &run, bool json, bool timedOut);

private:
    void line(const QString &text);

    RunHost &m_host;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_run;
};

// `slipway-cli run SUBCOMMAND …`: ls, show, params, logs, abort, terminate, resume, scale,
// plan, apply.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    struct Options
    {
        QString catalogFile; // empty: the default location
        bool json = false;
        QString instance;       // logs --instance
        QString outputDir;      // logs --output: the reports written there, byte for byte
        QString toVersion;      // plan and apply --to
        QString batch;          // apply --batch
        QStringList addTags;    // tag --add
        QStringList removeTags; // tag --remove
        // retention --keep-finished and --keep-days (empty: not given)
        QString keepFinished;
        QString keepDays;
    };

    RunCommand(const Options &options, QTextStream &out, QTextStream &err)
        : m_options(options)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments); // arguments after "run"

    static QString catalogFile(const QString &given);

private:
    int list(const QStringList &args);
    int show(const QStringList &args);
    int params(const QStringList &args);
    int logs(const QStringList &args);
    int abort(const QStringList &args);
    int terminate(const QStringList &args);
    int tag(const QStringList &args);
    int resume(const QStringList &args);
    int scale(const QStringList &args);
    int plan(const QStringList &args);
    int apply(const QStringList &args);
    int health(const QStringList &args);
    int retention(const QStringList &args);
    // The update plan of a run, from the catalog; on failure, the exit code in *exitCode.
    Result<UpdatePlan> updatePlan(const QString &run, int *exitCode);
    int usage(const QString &message);
    int failure(const QString &message);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

// The instance parameters of a run as kept in its database, "node.i:param" -> value, sorted.
// Passwords (PersistedPlan::isSecret) are masked.
QList<std::pair<QString, QString>> runParameters(const QString &databaseFile, const RunRecord &run);

// Text that a node wrote (values, ss-display, abort reasons, script output, reports), safe to
// print on a terminal: control characters, C1 controls and the bidi overrides are shown as
// escapes (\n, \e, \x9b, \u202e), so that a node cannot move the cursor, recolour the screen,
// set the window title or forge a line. Tabs are kept, and line breaks (\n, \r\n) with multiLine.
QString terminalText(QStringView text, bool multiLine = false);

// Turns the slipway.* info logs off unless QT_LOGGING_RULES says otherwise.
void quietInfoLogs();

// The exit code for a run's final or settled state.
int exitCodeForState(const QString &state);

} // namespace Slipway::Cli
