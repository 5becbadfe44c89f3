#include "deploycommand.h"

#include "cli/commandline.h"
#include "cli/runcommand.h"
#include "core/bundle/examplecatalog.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/run/runplan.h"
#include "core/settings.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

namespace {

// SIGINT and SIGTERM reach the event loop through a socket pair (a signal handler may only
// write to a file descriptor).
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &c, 1);
}

class InterruptNotifier
{
public:
    InterruptNotifier()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalFds[1], QSocketNotifier::Read);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptNotifier()
    {
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(g_signalFds[0]);
        ::close(g_signalFds[1]);
        g_signalFds[0] = g_signalFds[1] = -1;
    }
    Q_DISABLE_COPY_MOVE(InterruptNotifier)

    template<typename F>
    void onInterrupt(QObject *context, F f)
    {
        if (!m_notifier)
            return;
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context, [f] {
            char c;
            [[maybe_unused]] const auto read = ::read(g_signalFds[1], &c, 1);
            f();
        });
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

// A "node:param" key as --param takes it.
bool isParameterKey(const QString &key)
{
    return key.contains(u':') && !key.startsWith(u':') && !key.endsWith(u':');
}

// One line of standard input, typed without echo at a terminal; nothing when standard input
// ended before it. Read byte by byte so that the next --param-stdin finds the next line.
std::optional<QString> readValueLine(QTextStream &err, const QString &key)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << "Value of " << key << ": " << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    char c = 0;
    bool ended = true;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        ended = false;
        if (c == '\n')
            break;
        line += c;
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n' << Qt::flush;
    }
    if (ended)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// "node:param=value" lines; blank lines and lines starting with '#' are skipped.
Result<QHash<QString, QString>> readParameterFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"%1: %2"_s.arg(fileName, file.errorString())};
    QHash<QString, QString> values;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString key = line.left(eq).trimmed();
        if (eq < 0 || !isParameterKey(key))
            return Error{u"%1:%2: expected node:param=value"_s.arg(fileName).arg(lineNumber)};
        values.insert(key, line.mid(eq + 1));
    }
    return values;
}

} // namespace

int DeployCommand::usage(const QString &message)
{
    m_err << "slipway-cli: " << message << " (see --help)\n";
    return ExitUsage;
}

int DeployCommand::run(const QStringList &arguments)
{
    quietInfoLogs();
    if (arguments.size() != 1)
        return usage(u"deploy takes one module path"_s);
    const QString modulePath = arguments.constFirst();

    LaunchOptions launch;
    if (!m_options.cloud.isEmpty())
        launch.defaultCloud = m_options.cloud;
    QStringList onCommandLine; // keys whose value is in argv, where every user can read it
    for (const QString &p : m_options.parameters) {
        const qsizetype eq = p.indexOf(u'=');
        const QString key = p.left(eq);
        if (eq < 0 || !isParameterKey(key))
            return usage(u"--param takes node:param=value, not '%1'"_s.arg(p));
        launch.parameters.insert(key, p.mid(eq + 1));
        onCommandLine << key;
    }
    for (const QString &fileName : m_options.parameterFiles) {
        const Result<QHash<QString, QString>> values = readParameterFile(fileName);
        if (!values)
            return usage(u"--param-file %1"_s.arg(values.errorMessage()));
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            launch.parameters.insert(it.key(), it.value());
    }
    for (const QString &key : m_options.stdinParameters) {
        if (!isParameterKey(key))
            return usage(u"--param-stdin takes node:param, not '%1'"_s.arg(key));
        const std::optional<QString> value = readValueLine(m_err, key);
        if (!value)
            return usage(u"--param-stdin %1: standard input ended before its value"_s.arg(key));
        launch.parameters.insert(key, *value);
    }
    for (const QString &m : m_options.multiplicities) {
        const qsizetype eq = m.indexOf(u'=');
        bool ok = false;
        const int n = m.mid(eq + 1).toInt(&ok);
        if (eq <= 0 || !ok)
            return usage(u"--multiplicity takes node=N, not '%1'"_s.arg(m));
        launch.multiplicities.insert(m.left(eq), n);
    }
    if (!m_options.keepRunning.isEmpty()) {
        const auto policy = keepRunningFromName(m_options.keepRunning);
        if (!policy)
            return usage(u"--keep-running takes never, always, on-success or on-error"_s);
        launch.keepRunning = *policy;
    }
    launch.tags = m_options.tags;
    int timeoutSeconds = 0;
    if (!m_options.timeout.isEmpty()) {
        bool ok = false;
        timeoutSeconds = m_options.timeout.toInt(&ok);
        if (!ok || timeoutSeconds <= 0)
            return usage(u"--timeout takes a number of seconds"_s);
        // The engine's own time-out is the backstop; this command aborts first, saying so.
        launch.timeoutSeconds = timeoutSeconds + 60;
    }

    // The runs are kept in the local file; the module may come from a team catalog.
    const QString catalogFile = RunCommand::catalogFile(m_options.catalogFile);
    Settings settings;
    const auto source = catalogSource(m_options.catalogFile, settings);
    if (!source) {
        m_err << "slipway-cli: " << source.errorMessage() << '\n';
        return ExitFailure;
    }
    // Like the catalog commands: a local catalog made here gets the examples.
    const bool isNew = !source->isTeam && !QFileInfo::exists(catalogFile);
    Catalog catalog(source->backend);
    if (source->isTeam)
        catalog.setSourceLabel(source->label);
    if (Result<void> opened = catalog.open(); !opened) {
        m_err << "slipway-cli: " << opened.errorMessage() << '\n';
        return ExitFailure;
    }
    if (isNew)
        (void) ExampleCatalog::installIfEmpty(catalog);
    if (!catalog.contains(modulePath)) {
        m_err << "slipway-cli: there is no module " << modulePath << '\n';
        return ExitFailure;
    }
    {
        CloudList clouds;
        if (Result<void> loaded = clouds.load(); !loaded) {
            m_err << "slipway-cli: " << loaded.errorMessage() << '\n';
            return ExitFailure;
        }
        if (!clouds.find(launch.defaultCloud)) {
            m_err << "slipway-cli: there is no cloud named " << launch.defaultCloud
                  << ": add it with slipway-cli cloud add\n";
            return ExitCannotLaunch;
        }
    }
    const Result<RunPlan> plan = planRun(catalog, modulePath, launch);
    if (!plan) {
        m_err << "slipway-cli: " << plan.errorMessage() << '\n';
        return ExitCannotLaunch;
    }
    // A password on the command line is in the process list and the shell's history.
    for (const QString &key : std::as_const(onCommandLine)) {
        const PlannedNode *node = plan->node(key.section(u':', 0, 0));
        const auto parameter = node ? node->image.parameter(key.section(u':', 1)) : std::nullopt;
        if (parameter && parameter->type == ParameterType::Password)
            return usage(u"--param %1: %2 is a password, which a command line shows to every "
                         "user of this machine: give it with --param-stdin %1 or in a "
                         "--param-file"_s.arg(key, parameter->name));
    }
    for (const Problem &w : plan->warnings)
        m_err << "slipway-cli: warning: " << w.modulePath << ": " << w.field << ": " << w.message
              << '\n';

    ExclusiveRunHost host;
    int code = ExitOk;
    if (Result<void> started = host.start(catalogFile, &code); !started) {
        m_err << "slipway-cli: " << started.errorMessage() << '\n';
        return code;
    }
    RunProgress progress(host.host(), m_out, m_err);
    InterruptNotifier interrupts;
    QEventLoop loop;
    QString run;
    bool settled = false;
    bool timedOut = false;
    bool interrupted = false;

    QObject::connect(&host.engine(), &RunEngine::runSettled, &loop, [&](const QString &id) {
        if (id != run)
            return;
        const std::optional<RunRecord> r = host.engine().run(id);
        // --wait keeps hosting a Ready run until it is interrupted.
        if (m_options.wait && !interrupted && r && r->state == RunState::Ready && !r->terminated) {
            m_err << "slipway-cli: run " << id
                  << " is Ready; hosting it until interrupted (Ctrl-C terminates it)\n";
            m_err.flush();
            return;
        }
        settled = true;
        loop.quit();
    });
    interrupts.onInterrupt(&loop, [&] {
        if (run.isEmpty() || interrupted)
            return;
        interrupted = true;
        const std::optional<RunRecord> r = host.engine().run(run);
        if (r && r->state == RunState::Ready) {
            m_err << "slipway-cli: interrupted: terminating run " << run << '\n';
            (void) host.engine().terminate(run);
        } else {
            m_err << "slipway-cli: interrupted: aborting run " << run << '\n';
            (void) host.engine().abort(run, u"interrupted (slipway-cli deploy)"_s);
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        const std::optional<RunRecord> r = host.engine().run(run);
        if (!r || r->state == RunState::Ready || RunState::isFinal(r->state))
            return;
        timedOut = true;
        (void) host.engine().abort(run,
                                   u"the run did not reach Ready within --timeout %1 s"_s.arg(
                                       timeoutSeconds));
    });

    const Result<QString> launched = host.engine().launch(*plan);
    if (!launched) {
        m_err << "slipway-cli: " << launched.errorMessage() << '\n';
        return ExitCannotLaunch;
    }
    run = *launched;
    progress.follow(run);
    m_err << "slipway-cli: run " << run << " launched: " << modulePath << " v"
          << plan->moduleVersion << '\n';
    m_err.flush();
    if (timeoutSeconds > 0)
        deadline.start(std::chrono::seconds(timeoutSeconds));
    if (host.engine().isActive(run))
        loop.exec();
    Q_UNUSED(settled);
    return progress.finish(run, m_options.json, timedOut);
}

} // namespace Slipway::Cli
