#include "runcommand.h"

#include "cli/commandline.h"
#include "connectors/builtinconnectors.h"
#include "core/broker/runtimeparameterreader.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

namespace {

QString timeOfDay()
{
    return QDateTime::currentDateTimeUtc().toString(u"HH:mm:ss"_s);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

QJsonObject runJson(const RunRecord &r)
{
    QJsonObject o{{u"id"_s, r.id},
                  {u"kind"_s, r.kind},
                  {u"module"_s, r.modulePath},
                  {u"moduleVersion"_s, r.moduleVersion},
                  {u"state"_s, r.state},
                  {u"keepRunning"_s, r.keepRunning},
                  {u"createdAt"_s, r.createdAt.toString(Qt::ISODateWithMs)},
                  {u"terminated"_s, r.terminated}};
    if (r.finishedAt.isValid())
        o.insert(u"finishedAt"_s, r.finishedAt.toString(Qt::ISODateWithMs));
    if (!r.abortReason.isEmpty())
        o.insert(u"abortReason"_s, r.abortReason);
    if (r.plan.contains(u"tags"_s))
        o.insert(u"tags"_s, r.plan.value(u"tags"_s));
    return o;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

QList<std::pair<QString, QString>> runParameters(const QString &databaseFile, const QString &run)
{
    QList<std::pair<QString, QString>> values = RuntimeParameterReader(databaseFile).values(run);
    // "worker.10" after "worker.9": node, then instance number, then parameter.
    const auto order = [](const QString &key) {
        const QString instance = key.section(u':', 0, 0);
        return std::tuple(instance.section(u'.', 0, 0),
                          instance.section(u'.', 1).toInt(),
                          key.section(u':', 1));
    };
    std::sort(values.begin(), values.end(), [&](const auto &a, const auto &b) {
        return order(a.first) < order(b.first);
    });
    return values;
}

void quietInfoLogs()
{
    // The progress lines say what the info logs would; QT_LOGGING_RULES still turns them on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"slipway.*.info=false"_s);
}

int exitCodeForState(const QString &state)
{
    if (state == RunState::Ready || state == RunState::Done)
        return ExitOk;
    if (state == RunState::Aborted || state == RunState::Cancelled)
        return ExitRunAborted;
    return ExitFailure;
}

// --- ExclusiveRunHost

ExclusiveRunHost::ExclusiveRunHost()
    : m_runHost(builtinConnectors(), Paths::dataDir())
{}

Result<void> ExclusiveRunHost::start(const QString &catalogFile, int *exitCode)
{
    *exitCode = ExitFailure;
    std::optional<DataFolderRunHost::LockHolder> holder;
    if (Result<void> started = m_runHost.start(catalogFile, &holder); !started) {
        if (!holder)
            return started;
        *exitCode = ExitHostBusy;
        return Error{u"another Slipway process (%1, pid %2) hosts the runs of %3: use it, or "
                     "wait until it ends"_s.arg(holder->application)
                         .arg(holder->pid)
                         .arg(QDir::toNativeSeparators(m_runHost.dataDir()))};
    }
    *exitCode = ExitOk;
    return {};
}

// --- RunProgress

RunProgress::RunProgress(RunHost &host, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_out(out)
    , m_err(err)
{
    RunEngine &engine = host.engine();
    connect(&engine,
            &RunEngine::runStateChanged,
            this,
            [this](const QString &run, const QString &state) {
                if (run == m_run)
                    line(u"state %1"_s.arg(state));
            });
    connect(&engine, &RunEngine::instanceChanged, this, [this](const InstanceRecord &i) {
        if (i.run == m_run)
            line(u"%1 %2"_s.arg(i.name, instanceStateName(i.state)));
    });
    connect(&engine, &RunEngine::eventAdded, this, [this](const RunEvent &e) {
        // The run's own events beside its states (launch, abort reason, clean-up); the
        // instances' output lines stay in `run logs`.
        if (e.run == m_run && e.instance.isEmpty() && !e.message.startsWith(u"State: "_s))
            line(e.message);
    });
    connect(&host.store(),
            &RuntimeParameterStore::valueSet,
            this,
            [this](const QString &run, const QString &key, const QString &value) {
                if (run == m_run && key.endsWith(u":statecustom"_s) && !value.isEmpty())
                    line(u"%1: %2"_s.arg(key.section(u':', 0, 0), value));
            });
}

void RunProgress::line(const QString &text)
{
    m_err << '[' << timeOfDay() << "] " << m_run << ' ' << text << Qt::endl;
}

int RunProgress::finish(const QString &run, bool json, bool timedOut)
{
    m_host.store().flush();
    const std::optional<RunRecord> record = m_host.engine().run(run);
    if (!record) {
        m_err << "slipway-cli: the run " << run << " has no record\n";
        return ExitFailure;
    }
    // Every instance's parameters but the barrier's and abort's bookkeeping.
    const QList<std::pair<QString, QString>> values = runParameters(m_host.store().databaseFile(),
                                                                    run);
    // Instances' values ("node.i:param"), not the nodes' (multiplicity, ids) or the run's.
    static const QRegularExpression instanceKey(u"^[^:]+\\.[0-9]+:"_s);
    const auto shown = [](const QString &key) {
        const QString param = key.section(u':', 1);
        return instanceKey.match(key).hasMatch() && param != u"complete" && param != u"abort";
    };
    if (json) {
        QJsonObject o = runJson(*record);
        QJsonObject instances;
        for (const auto &[key, value] : values) {
            if (!shown(key))
                continue;
            const QString instance = key.section(u':', 0, 0);
            QJsonObject i = instances.value(instance).toObject();
            i.insert(key.section(u':', 1), value);
            instances.insert(instance, i);
        }
        o.insert(u"instances"_s, instances);
        if (timedOut)
            o.insert(u"timedOut"_s, true);
        printJson(m_out, o);
    } else {
        m_out << "run " << run << ' ' << record->state << '\n';
        for (const auto &[key, value] : values) {
            if (shown(key))
                m_out << key << " = " << value << '\n';
        }
    }
    m_out.flush();
    if (!record->abortReason.isEmpty())
        m_err << "slipway-cli: run " << run << " aborted: " << record->abortReason << '\n';
    if (timedOut)
        return ExitTimedOut;
    return exitCodeForState(record->state);
}

// --- RunCommand

QString RunCommand::catalogFile(const QString &given)
{
    return given.isEmpty() ? Paths::defaultCatalogFile() : given;
}

int RunCommand::usage(const QString &message)
{
    m_err << "slipway-cli: " << message << " (see --help)\n";
    return ExitUsage;
}

int RunCommand::failure(const QString &message)
{
    m_err << "slipway-cli: " << message << '\n';
    return ExitFailure;
}

int RunCommand::run(const QStringList &arguments)
{
    quietInfoLogs();
    if (arguments.isEmpty())
        return usage(u"run needs a command: ls, show, params, logs, abort, terminate, resume or "
                     "scale"_s);
    using Handler = int (RunCommand::*)(const QStringList &);
    static const QHash<QString, Handler> handlers = {
        {u"ls"_s, &RunCommand::list},
        {u"show"_s, &RunCommand::show},
        {u"params"_s, &RunCommand::params},
        {u"logs"_s, &RunCommand::logs},
        {u"abort"_s, &RunCommand::abort},
        {u"terminate"_s, &RunCommand::terminate},
        {u"resume"_s, &RunCommand::resume},
        {u"scale"_s, &RunCommand::scale},
    };
    const auto handler = handlers.value(arguments.constFirst());
    if (!handler)
        return usage(u"unknown run command '%1'"_s.arg(arguments.constFirst()));
    return (this->*handler)(arguments.mid(1));
}

int RunCommand::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(u"run ls takes no argument"_s);
    // A catalog not made yet has no runs; opening the records would make a database that
    // the catalog then refuses.
    QList<RunRecord> runs;
    RunRecords records;
    if (QFileInfo::exists(catalogFile(m_options.catalogFile))) {
        if (Result<void> opened = records.open(catalogFile(m_options.catalogFile)); !opened)
            return failure(opened.errorMessage());
        runs = records.runs();
    }
    if (m_options.json) {
        QJsonArray array;
        for (const RunRecord &r : runs)
            array.append(runJson(r));
        printJson(m_out, array);
        return ExitOk;
    }
    for (const RunRecord &r : runs) {
        m_out << r.id << "  " << when(r.createdAt) << "  " << r.state.leftJustified(14) << ' '
              << r.kind.leftJustified(10) << ' ' << r.modulePath << " v" << r.moduleVersion;
        if (!r.terminated && (r.state == RunState::Ready || r.state == RunState::Aborted))
            m_out << " (kept)";
        m_out << '\n';
    }
    return ExitOk;
}

int RunCommand::show(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run show takes one run id"_s);
    if (!QFileInfo::exists(catalogFile(m_options.catalogFile)))
        return failure(u"there is no run %1"_s.arg(args.constFirst()));
    RunRecords records;
    if (Result<void> opened = records.open(catalogFile(m_options.catalogFile)); !opened)
        return failure(opened.errorMessage());
    const std::optional<RunRecord> r = records.run(args.constFirst());
    if (!r)
        return failure(u"there is no run %1"_s.arg(args.constFirst()));
    const QList<InstanceRecord> instances = records.instances(r->id);
    if (m_options.json) {
        QJsonObject o = runJson(*r);
        QJsonArray array;
        for (const InstanceRecord &i : instances)
            array.append(QJsonObject{{u"name"_s, i.name},
                                     {u"node"_s, i.node},
                                     {u"cloud"_s, i.cloud},
                                     {u"state"_s, instanceStateName(i.state)},
                                     {u"instanceId"_s, i.instanceId},
                                     {u"hostname"_s, i.hostname}});
        o.insert(u"instances"_s, array);
        printJson(m_out, o);
        return ExitOk;
    }
    m_out << "run           " << r->id << '\n'
          << "module        " << r->modulePath << " v" << r->moduleVersion << " (" << r->kind
          << ")\n"
          << "state         " << r->state << (r->terminated ? " (instances removed)" : "") << '\n'
          << "keep-running  " << r->keepRunning << '\n'
          << "created       " << when(r->createdAt) << '\n'
          << "finished      " << when(r->finishedAt) << '\n';
    const QStringList tags = r->plan.value(u"tags"_s).toVariant().toStringList();
    if (!tags.isEmpty())
        m_out << "tags          " << tags.join(u", "_s) << '\n';
    if (!r->abortReason.isEmpty())
        m_out << "abort reason  " << r->abortReason << '\n';
    m_out << "instances\n";
    for (const InstanceRecord &i : instances)
        m_out << "  " << i.name.leftJustified(14) << ' '
              << instanceStateName(i.state).leftJustified(12) << ' ' << i.cloud << ' ' << i.hostname
              << ' ' << i.instanceId.left(12) << '\n';
    return ExitOk;
}

int RunCommand::params(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run params takes one run id"_s);
    const QString file = catalogFile(m_options.catalogFile);
    if (!QFileInfo::exists(file))
        return failure(u"there is no run %1"_s.arg(args.constFirst()));
    {
        RunRecords records;
        if (Result<void> opened = records.open(file); !opened)
            return failure(opened.errorMessage());
        if (!records.run(args.constFirst()))
            return failure(u"there is no run %1"_s.arg(args.constFirst()));
    }
    const QList<std::pair<QString, QString>> values = runParameters(file, args.constFirst());
    if (m_options.json) {
        QJsonObject o;
        for (const auto &[key, value] : values)
            o.insert(key, value);
        printJson(m_out, o);
        return ExitOk;
    }
    for (const auto &[key, value] : values)
        m_out << key << " = " << value << '\n';
    return ExitOk;
}

int RunCommand::logs(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run logs takes one run id"_s);
    const QString file = catalogFile(m_options.catalogFile);
    const QString id = args.constFirst();
    const QString instance = m_options.instance;
    if (!QFileInfo::exists(file))
        return failure(u"there is no run %1"_s.arg(id));
    QList<RunEvent> events;
    {
        RunRecords records;
        if (Result<void> opened = records.open(file); !opened)
            return failure(opened.errorMessage());
        if (!records.run(id))
            return failure(u"there is no run %1"_s.arg(id));
        events = records.events(id);
    }
    const QList<RuntimeParameterStore::Report> reports = RuntimeParameterReader(file).reports(id);
    if (m_options.json) {
        QJsonArray eventArray;
        for (const RunEvent &e : std::as_const(events)) {
            if (!instance.isEmpty() && e.instance != instance)
                continue;
            eventArray.append(QJsonObject{{u"at"_s, e.at.toString(Qt::ISODateWithMs)},
                                          {u"instance"_s, e.instance},
                                          {u"message"_s, e.message}});
        }
        QJsonArray reportArray;
        for (const RuntimeParameterStore::Report &report : reports) {
            if (!instance.isEmpty() && report.instance != instance)
                continue;
            reportArray.append(QJsonObject{{u"instance"_s, report.instance},
                                           {u"name"_s, report.name},
                                           {u"text"_s, QString::fromUtf8(report.data)}});
        }
        printJson(m_out, QJsonObject{{u"events"_s, eventArray}, {u"reports"_s, reportArray}});
        return ExitOk;
    }
    for (const RunEvent &e : std::as_const(events)) {
        if (!instance.isEmpty() && e.instance != instance)
            continue;
        m_out << when(e.at) << "  " << (e.instance.isEmpty() ? u"run"_s : e.instance) << ": "
              << e.message << '\n';
    }
    for (const RuntimeParameterStore::Report &report : reports) {
        if (!instance.isEmpty() && report.instance != instance)
            continue;
        const QByteArray &data = report.data;
        m_out << "--- report " << report.instance << '/' << report.name << " (" << data.size()
              << " bytes)\n"
              << QString::fromUtf8(data);
        if (!data.endsWith('\n'))
            m_out << '\n';
    }
    return ExitOk;
}

namespace {

// Waits until `run` settles on the engine, printing progress; false when it never will.
bool waitForSettled(RunEngine &engine, const QString &run)
{
    QEventLoop loop;
    bool settled = false;
    QObject::connect(&engine, &RunEngine::runSettled, &loop, [&](const QString &id) {
        if (id == run) {
            settled = true;
            loop.quit();
        }
    });
    if (!engine.isActive(run))
        return true;
    loop.exec();
    return settled;
}

} // namespace

int RunCommand::abort(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(u"run abort takes a run id and an optional reason"_s);
    if (!QFileInfo::exists(catalogFile(m_options.catalogFile)))
        return failure(u"there is no run %1"_s.arg(args.constFirst()));
    ExclusiveRunHost host;
    int code = ExitOk;
    if (Result<void> started = host.start(catalogFile(m_options.catalogFile), &code); !started) {
        m_err << "slipway-cli: " << started.errorMessage() << '\n';
        return code;
    }
    const QString id = args.constFirst();
    RunProgress progress(host.host(), m_out, m_err);
    progress.follow(id);
    const QString reason = args.value(1, u"aborted with slipway-cli run abort"_s);
    if (Result<void> aborted = host.engine().abort(id, reason); !aborted)
        return failure(aborted.errorMessage());
    waitForSettled(host.engine(), id);
    const std::optional<RunRecord> r = host.engine().run(id);
    m_out << "run " << id << ' ' << (r ? r->state : QString()) << '\n';
    return r && (r->state == RunState::Aborted || r->state == RunState::Cancelled) ? ExitOk
                                                                                   : ExitFailure;
}

int RunCommand::terminate(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run terminate takes one run id"_s);
    if (!QFileInfo::exists(catalogFile(m_options.catalogFile)))
        return failure(u"there is no run %1"_s.arg(args.constFirst()));
    ExclusiveRunHost host;
    int code = ExitOk;
    if (Result<void> started = host.start(catalogFile(m_options.catalogFile), &code); !started) {
        m_err << "slipway-cli: " << started.errorMessage() << '\n';
        return code;
    }
    const QString id = args.constFirst();
    RunProgress progress(host.host(), m_out, m_err);
    progress.follow(id);
    if (Result<void> ended = host.engine().terminate(id); !ended)
        return failure(ended.errorMessage());
    waitForSettled(host.engine(), id);
    const std::optional<RunRecord> r = host.engine().run(id);
    if (!r || !r->terminated)
        return failure(u"the instances of run %1 were not all removed (see run logs)"_s.arg(id));
    m_out << "run " << id << ' ' << r->state << " (instances removed)\n";
    return ExitOk;
}

int RunCommand::resume(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run resume takes one run id"_s);
    const QString id = args.constFirst();
    ExclusiveRunHost host;
    int code = ExitOk;
    // The engine resumes every run left going while it starts: follow this one from there.
    RunProgress *progress = nullptr;
    if (Result<void> started = host.start(catalogFile(m_options.catalogFile), &code); !started) {
        m_err << "slipway-cli: " << started.errorMessage() << '\n';
        return code;
    }
    RunProgress following(host.host(), m_out, m_err);
    progress = &following;
    progress->follow(id);
    const std::optional<RunRecord> r = host.engine().run(id);
    if (!r)
        return failure(u"there is no run %1"_s.arg(id));
    if (host.engine().isActive(id) && r->state != RunState::Ready && !RunState::isFinal(r->state)) {
        m_err << "slipway-cli: resumed run " << id << " in state " << r->state << '\n';
        waitForSettled(host.engine(), id);
    }
    return progress->finish(id, m_options.json, false);
}

int RunCommand::scale(const QStringList &args)
{
    static const QRegularExpression change(u"^([^=]+)=([+-])([0-9]+)$"_s);
    const QRegularExpressionMatch m = args.size() == 2 ? change.match(args.at(1))
                                                       : QRegularExpressionMatch();
    if (!m.hasMatch())
        return usage(u"run scale takes a run id and NODE=+N or NODE=-N"_s);
    const QString id = args.constFirst();
    const QString node = m.captured(1);
    bool ok = false;
    const int count = m.captured(3).toInt(&ok);
    if (!ok || count <= 0)
        return usage(u"run scale takes NODE=+N or NODE=-N with N at least 1"_s);
    const int delta = m.captured(2) == u"-" ? -count : count;
    if (!QFileInfo::exists(catalogFile(m_options.catalogFile)))
        return failure(u"there is no run %1"_s.arg(id));
    ExclusiveRunHost host;
    int code = ExitOk;
    if (Result<void> started = host.start(catalogFile(m_options.catalogFile), &code); !started) {
        m_err << "slipway-cli: " << started.errorMessage() << '\n';
        return code;
    }
    RunProgress progress(host.host(), m_out, m_err);
    progress.follow(id);
    RunEngine &engine = host.engine();
    QEventLoop loop;
    QObject::connect(&engine, &RunEngine::runSettled, &loop, [&](const QString &settled) {
        const std::optional<RunRecord> r = engine.run(id);
        if (settled == id && r && r->state != RunState::Scaling)
            loop.quit();
    });
    if (Result<void> scaled = engine.scale(id, node, delta); !scaled)
        return failure(scaled.errorMessage());
    if (engine.isActive(id) && engine.run(id)->state == RunState::Scaling)
        loop.exec();
    return progress.finish(id, m_options.json, false);
}

} // namespace Slipway::Cli
