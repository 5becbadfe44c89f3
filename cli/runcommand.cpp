#include "runcommand.h"

#include "cli/commandline.h"
#include "connectors/builtinconnectors.h"
#include "core/broker/runtimeparameterreader.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/paths.h"
#include "core/run/persistedplan.h"
#include "core/run/runretention.h"
#include "core/settings.h"

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
#include <QStringDecoder>
#include <QTimeZone>

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
                  {u"catalog"_s, r.catalog},
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

QList<std::pair<QString, QString>> runParameters(const QString &databaseFile, const RunRecord &run)
{
    QList<std::pair<QString, QString>> values = RuntimeParameterReader(databaseFile).values(run.id);
    const PersistedPlan plan = PersistedPlan::fromJson(run.plan);
    for (auto &[key, value] : values)
        if (!value.isEmpty() && plan.isSecret(key))
            value = kMaskedValue.toString();
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

QString terminalText(QStringView text, bool multiLine)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        const bool lineEnd = u == u'\n'
                             || (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n');
        if ((u >= 0x20 && u < 0x7f) || (u > 0x9f && !bidi) || u == u'\t' || (multiLine && lineEnd)) {
            out += c;
        } else if (u == u'\n') {
            out += u"\\n"_s;
        } else if (u == u'\r') {
            out += u"\\r"_s;
        } else if (u == 0x1b) {
            out += u"\\e"_s;
        } else if (u <= 0xff) {
            out += u"\\x%1"_s.arg(int(u), 2, 16, QLatin1Char('0'));
        } else {
            out += u"\\u%1"_s.arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
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
    m_err << '[' << timeOfDay() << "] " << m_run << ' ' << terminalText(text) << Qt::endl;
}

int RunProgress::finish(const QString &run, bool json, bool timedOut)
{
    // The nodes hear of the state the run settled in before this process (and its broker)
    // goes.
    m_host.deliverReplies(std::chrono::seconds(10));
    const std::optional<RunRecord> record = m_host.engine().run(run);
    if (!record) {
        m_err << "slipway-cli: the run " << run << " has no record\n";
        return ExitFailure;
    }
    // Every instance's parameters but the barrier's and abort's bookkeeping.
    const QList<std::pair<QString, QString>> values = runParameters(m_host.store().databaseFile(),
                                                                    *record);
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
                m_out << key << " = " << terminalText(value) << '\n';
        }
    }
    m_out.flush();
    if (!record->abortReason.isEmpty())
        m_err << "slipway-cli: run " << run
              << " aborted: " << terminalText(record->abortReason, true) << '\n';
    if (timedOut)
        return ExitTimedOut;
    return exitCodeForState(record->state);
}

// --- RunCommand

QString RunCommand::catalogFile(const QString &given)
{
    // Runs stay local: with a team catalog they are kept in the local catalog's file.
    if (given.isEmpty() || isTeamCatalogUrl(given) || Settings().hasTeamCatalog(given))
        return Paths::defaultCatalogFile();
    return given;
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
        return usage(u"run needs a command: ls, show, params, logs, abort, terminate, resume, "
                     "scale, plan, apply, health, tag or retention"_s);
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
        {u"plan"_s, &RunCommand::plan},
        {u"apply"_s, &RunCommand::apply},
        {u"health"_s, &RunCommand::health},
        {u"tag"_s, &RunCommand::tag},
        {u"retention"_s, &RunCommand::retention},
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
    QSet<QString> stored;
    const QString file = catalogFile(m_options.catalogFile);
    if (QFileInfo::exists(file)) {
        if (Result<void> opened = records.open(file); !opened)
            return failure(opened.errorMessage());
        runs = records.runs();
        stored = RuntimeParameterReader(file).storedRuns();
    }
    const Settings settings;
    const RunRetention rule = RunRetention::fromSettings(settings);
    const QList<RetainedRun> verdicts = applyRetention(runs, rule, QDateTime::currentDateTimeUtc());
    // What becomes of a run's parameters and reports.
    const auto kept = [&](qsizetype i) -> QString {
        const RetainedRun &v = verdicts.at(i);
        if (!stored.contains(v.run))
            return u"pruned"_s;
        if (!v.finished)
            return u"kept"_s;
        if (!v.keep)
            return u"pruning"_s; // when the runs are next hosted
        return u"kept"_s;
    };
    if (m_options.json) {
        QJsonArray array;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            QJsonObject o = runJson(runs.at(i));
            o.insert(u"parameters"_s, kept(i));
            if (verdicts.at(i).pruneAt.isValid() && kept(i) == u"kept")
                o.insert(u"parametersKeptUntil"_s,
                         verdicts.at(i).pruneAt.toString(Qt::ISODateWithMs));
            array.append(o);
        }
        printJson(m_out, array);
        return ExitOk;
    }
    bool anyFinished = false;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunRecord &r = runs.at(i);
        const RetainedRun &v = verdicts.at(i);
        m_out << r.id << "  " << when(r.createdAt) << "  " << r.state.leftJustified(14) << ' '
              << r.kind.leftJustified(10) << ' ' << r.modulePath << " v" << r.moduleVersion;
        if (!r.terminated && (r.state == RunState::Ready || r.state == RunState::Aborted))
            m_out << " (kept)";
        anyFinished = anyFinished || v.finished;
        const QString what = kept(i);
        if (what == u"pruned")
            m_out << "  [parameters and reports pruned]";
        else if (what == u"pruning")
            m_out << "  [parameters and reports pruned when the runs are next hosted]";
        else if (v.finished && v.pruneAt.isValid())
            m_out << "  [parameters and reports kept until " << when(v.pruneAt) << ']';
        else if (v.finished)
            m_out << "  [parameters and reports kept while among the newest " << rule.keepRuns
                  << ']';
        m_out << '\n';
    }
    if (anyFinished)
        m_out << "\nParameters and reports are kept for " << rule.describe()
              << " (runs/keepFinished and runs/keepDays in "
              << QDir::toNativeSeparators(settings.fileName()) << ").\n";
    return ExitOk;
}

int RunCommand::retention(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(u"run retention takes no argument, only --keep-finished N and --keep-days D"_s);
    // A count or a number of days: 0 means no limit; anything else is refused before anything
    // is written.
    const auto number = [](const QString &text, int *value) {
        bool ok = false;
        *value = text.toInt(&ok);
        return ok && *value >= 0;
    };
    int keepFinished = 0;
    int keepDays = 0;
    if (!m_options.keepFinished.isEmpty() && !number(m_options.keepFinished, &keepFinished))
        return usage(u"--keep-finished needs a number of runs (0: no limit), not '%1'"_s.arg(
            m_options.keepFinished));
    if (!m_options.keepDays.isEmpty() && !number(m_options.keepDays, &keepDays))
        return usage(u"--keep-days needs a number of days (0: no limit), not '%1'"_s.arg(
            m_options.keepDays));
    Settings settings;
    if (!m_options.keepFinished.isEmpty())
        settings.setRunsKept(keepFinished);
    if (!m_options.keepDays.isEmpty())
        settings.setRunDaysKept(keepDays);
    settings.sync();
    const RunRetention rule = RunRetention::fromSettings(settings);
    if (m_options.json) {
        printJson(m_out,
                  QJsonObject{{u"keepFinished"_s, rule.keepRuns},
                              {u"keepDays"_s, rule.keepDays},
                              {u"rule"_s, rule.describe()}});
        return ExitOk;
    }
    // A process hosting runs now reads the rule when it next starts.
    m_out << "Parameters and reports of finished runs are kept for " << rule.describe() << " ("
          << QDir::toNativeSeparators(settings.fileName()) << ").\n";
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
    const PersistedPlan persisted = PersistedPlan::fromJson(r->plan);
    // The image version an instance runs, which an update changes node by node.
    const auto versionOf = [&](const InstanceRecord &instance) {
        const PersistedNode *node = persisted.node(instance.node);
        return persisted.instanceVersions.value(instance.name, node ? node->imageVersion : 0);
    };
    // When an instance's health was last checked, ISO 8601 in UTC; empty: never.
    const auto checkedAt = [&](const QString &instance) {
        const qint64 at = persisted.healthCheckedAt.value(instance);
        return at > 0 ? QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC).toString(Qt::ISODate)
                      : QString();
    };
    const auto imageOf = [&](const InstanceRecord &instance) {
        const PersistedNode *node = persisted.node(instance.node);
        return node ? node->imagePath : QString();
    };
    if (m_options.json) {
        QJsonObject o = runJson(*r);
        QJsonArray array;
        for (const InstanceRecord &i : instances)
            array.append(QJsonObject{{u"name"_s, i.name},
                                     {u"node"_s, i.node},
                                     {u"cloud"_s, i.cloud},
                                     {u"state"_s, instanceStateName(i.state)},
                                     {u"image"_s, imageOf(i)},
                                     {u"imageVersion"_s, versionOf(i)},
                                     {u"health"_s, persisted.health.value(i.name)},
                                     {u"healthCheckedAt"_s, checkedAt(i.name)},
                                     {u"instanceId"_s, i.instanceId},
                                     {u"hostname"_s, i.hostname}});
        o.insert(u"instances"_s, array);
        if (!persisted.lastUpdate.isEmpty()) {
            o.insert(u"lastUpdate"_s, persisted.lastUpdate);
            o.insert(u"lastUpdateFailed"_s, persisted.lastUpdateFailed);
        }
        if (persisted.update)
            o.insert(u"update"_s, persisted.update->toJson().value(u"steps"_s));
        printJson(m_out, o);
        return ExitOk;
    }
    m_out << "run           " << r->id << '\n'
          << "module        " << r->modulePath << " v" << r->moduleVersion << " (" << r->kind
          << ")\n"
          << "catalog       " << (r->catalog.isEmpty() ? u"local"_s : r->catalog) << '\n'
          << "state         " << r->state << (r->terminated ? " (instances removed)" : "") << '\n'
          << "keep-running  " << r->keepRunning << '\n'
          << "created       " << when(r->createdAt) << '\n'
          << "finished      " << when(r->finishedAt) << '\n';
    const QStringList tags = r->plan.value(u"tags"_s).toVariant().toStringList();
    if (!tags.isEmpty())
        m_out << "tags          " << tags.join(u", "_s) << '\n';
    if (!r->abortReason.isEmpty())
        m_out << "abort reason  " << terminalText(r->abortReason, true) << '\n';
    if (persisted.update)
        m_out << "update        " << (persisted.update->rollingBack ? "rolling back to v" : "to v")
              << (persisted.update->rollingBack ? persisted.update->fromVersion
                                                : persisted.update->toVersion)
              << ", step " << persisted.update->current + 1 << " of "
              << persisted.update->steps.size() << '\n';
    if (!persisted.lastUpdate.isEmpty())
        m_out << "last update   " << persisted.lastUpdate << '\n';
    m_out << "instances\n";
    for (const InstanceRecord &i : instances)
        m_out << "  " << i.name.leftJustified(14) << ' '
              << instanceStateName(i.state).leftJustified(12) << ' '
              << (versionOf(i) > 0 ? u"%1 v%2"_s.arg(imageOf(i)).arg(versionOf(i)) : u"-"_s) << ' '
              << i.cloud << ' ' << i.hostname << ' ' << i.instanceId.left(12)
              << (persisted.health.contains(i.name) ? u" "_s + persisted.health.value(i.name)
                                                    : QString())
              << (checkedAt(i.name).isEmpty() ? QString()
                                              : u" (checked %1)"_s.arg(checkedAt(i.name)))
              << '\n';
    return ExitOk;
}

int RunCommand::params(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run params takes one run id"_s);
    const QString file = catalogFile(m_options.catalogFile);
    if (!QFileInfo::exists(file))
        return failure(u"there is no run %1"_s.arg(args.constFirst()));
    std::optional<RunRecord> record;
    {
        RunRecords records;
        if (Result<void> opened = records.open(file); !opened)
            return failure(opened.errorMessage());
        record = records.run(args.constFirst());
        if (!record)
            return failure(u"there is no run %1"_s.arg(args.constFirst()));
    }
    const QList<std::pair<QString, QString>> values = runParameters(file, *record);
    if (m_options.json) {
        QJsonObject o;
        for (const auto &[key, value] : values)
            o.insert(key, value);
        printJson(m_out, o);
        return ExitOk;
    }
    for (const auto &[key, value] : values)
        m_out << key << " = " << terminalText(value) << '\n';
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
    // The list first; each report's bytes are read when it is written out, one at a time.
    const RuntimeParameterReader reader(file);
    QList<RuntimeParameterStore::Report> reports;
    for (const RuntimeParameterStore::Report &report : reader.reportList(id)) {
        if (instance.isEmpty() || report.instance == instance)
            reports.append(report);
    }
    const auto dataOf = [&](const RuntimeParameterStore::Report &report) {
        return reader.reportData(id, report.instance, report.name).value_or(QByteArray());
    };
    // Text shown as text; anything else (NUL, invalid UTF-8) is never altered by decoding.
    const auto isText = [](const QByteArray &data) {
        if (data.contains('\0'))
            return false;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void) QString(decoder(data));
        return !decoder.hasError();
    };

    if (!m_options.outputDir.isEmpty()) {
        const QDir dir(m_options.outputDir);
        for (const RuntimeParameterStore::Report &report : std::as_const(reports)) {
            // Names are checked by the broker (no '/', no leading '.'); so are instances.
            const QString folder = report.instance.isEmpty() ? u"run"_s : report.instance;
            if (folder.contains(u'/') || folder.startsWith(u'.') || report.name.contains(u'/')
                || report.name.startsWith(u'.'))
                return failure(
                    u"the report %1/%2 has a name that cannot be a file name"_s.arg(folder,
                                                                                    report.name));
            if (!dir.mkpath(folder))
                return failure(u"cannot make the folder %1"_s.arg(dir.filePath(folder)));
            const QString path = dir.filePath(folder + u'/' + report.name);
            QFile out(path);
            const QByteArray data = dataOf(report);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || out.write(data) != data.size() || !out.flush())
                return failure(u"cannot write %1: %2"_s.arg(path, out.errorString()));
            m_err << "wrote " << QDir::toNativeSeparators(path) << " (" << data.size()
                  << " bytes)\n";
        }
    }

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
        for (const RuntimeParameterStore::Report &report : std::as_const(reports)) {
            QJsonObject o{{u"instance"_s, report.instance},
                          {u"name"_s, report.name},
                          {u"size"_s, report.size}};
            const QByteArray data = dataOf(report);
            if (isText(data))
                o.insert(u"text"_s, QString::fromUtf8(data));
            else
                o.insert(u"base64"_s, QString::fromLatin1(data.toBase64()));
            reportArray.append(o);
        }
        printJson(m_out, QJsonObject{{u"events"_s, eventArray}, {u"reports"_s, reportArray}});
        return ExitOk;
    }
    for (const RunEvent &e : std::as_const(events)) {
        if (!instance.isEmpty() && e.instance != instance)
            continue;
        m_out << when(e.at) << "  " << (e.instance.isEmpty() ? u"run"_s : e.instance) << ": "
              << terminalText(e.message) << '\n';
    }
    if (!m_options.outputDir.isEmpty())
        return ExitOk; // the reports are in their files
    for (const RuntimeParameterStore::Report &report : std::as_const(reports)) {
        const QByteArray data = dataOf(report);
        m_out << "--- report " << report.instance << '/' << report.name << " (" << data.size()
              << " bytes)\n";
        if (!isText(data)) {
            m_out << "(binary: not shown; write it to a file with --output DIR)\n";
            continue;
        }
        m_out << terminalText(QString::fromUtf8(data), true);
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

int RunCommand::tag(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run tag takes one run id, with --add TAG and --remove TAG"_s);
    const QString id = args.constFirst();
    const QString file = catalogFile(m_options.catalogFile);
    if (!QFileInfo::exists(file))
        return failure(u"there is no run %1"_s.arg(id));
    // The process that hosts the runs writes their plans, tags included: a tag is changed
    // only when no other process hosts them. The runs are not resumed for it.
    DataFolderRunHost folder(builtinConnectors(), Paths::dataDir());
    std::optional<DataFolderRunHost::LockHolder> holder;
    if (Result<void> locked = folder.lock(&holder); !locked) {
        if (!holder)
            return failure(locked.errorMessage());
        m_err << "slipway-cli: another Slipway process (" << holder->application << ", pid "
              << holder->pid << ") hosts the runs of " << QDir::toNativeSeparators(folder.dataDir())
              << ": change the tags there\n";
        return ExitHostBusy;
    }
    RunRecords records;
    if (Result<void> opened = records.open(file); !opened)
        return failure(opened.errorMessage());
    const std::optional<RunRecord> record = records.run(id);
    if (!record)
        return failure(u"there is no run %1"_s.arg(id));
    QStringList tags;
    for (const QJsonValue &t : record->plan.value(u"tags"_s).toArray())
        tags << t.toString();
    Result<QStringList> removed = RunRecords::normalizedTags(m_options.removeTags);
    Result<QStringList> added = RunRecords::normalizedTags(m_options.addTags);
    if (!removed || !added)
        return failure(!removed ? removed.errorMessage() : added.errorMessage());
    for (const QString &t : *removed)
        tags.removeAll(t);
    tags += *added;
    Result<QStringList> normalized = RunRecords::normalizedTags(tags);
    if (!normalized)
        return failure(normalized.errorMessage());
    if (Result<void> set = records.setTags(id, *normalized); !set)
        return failure(set.errorMessage());
    if (m_options.json) {
        m_out << QJsonDocument(QJsonObject{{u"run"_s, id},
                                           {u"tags"_s, QJsonArray::fromStringList(*normalized)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << "run " << id << " tags: " << normalized->join(u", "_s) << '\n';
    }
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

Result<UpdatePlan> RunCommand::updatePlan(const QString &id, int *exitCode)
{
    *exitCode = ExitFailure;
    std::optional<int> to;
    if (!m_options.toVersion.isEmpty()) {
        bool ok = false;
        to = m_options.toVersion.toInt(&ok);
        if (!ok || *to < 1) {
            *exitCode = ExitUsage;
            return Error{u"--to takes a version number, not '%1'"_s.arg(m_options.toVersion)};
        }
    }
    const QString file = catalogFile(m_options.catalogFile);
    if (!QFileInfo::exists(file))
        return Error{u"there is no run %1"_s.arg(id)};
    RunRecords records;
    if (Result<void> opened = records.open(file); !opened)
        return opened.error();
    const std::optional<RunRecord> r = records.run(id);
    if (!r)
        return Error{u"there is no run %1"_s.arg(id)};
    // The plan compares against the catalog the run's module came from: the one it recorded
    // (its remembered connection, the password from the keychain), or --catalog when given,
    // which must be that catalog.
    const Settings settings;
    std::unique_ptr<Catalog> catalog;
    if (r->catalog.isEmpty() || m_options.catalogFile.isEmpty()) {
        Result<std::unique_ptr<Catalog>> opened = openCatalogOfRun(r->catalog, file, settings);
        if (!opened)
            return opened.error();
        catalog = std::move(*opened);
    } else {
        const auto source = catalogSource(m_options.catalogFile, settings);
        if (!source)
            return source.error();
        const RecordedCatalog recorded = recordedCatalog(r->catalog);
        if (!source->isTeam || source->backend->location() != recorded.url)
            return Error{
                u"run %1 came from the team catalog %2, not from %3: plan it against "
                "its own catalog (leave out --catalog, or give --catalog %4)"_s
                    .arg(id,
                         r->catalog,
                         source->isTeam ? source->backend->location() : m_options.catalogFile,
                         recorded.name.isEmpty() ? recorded.url : recorded.name)};
        catalog = std::make_unique<Catalog>(source->backend);
        catalog->setSourceLabel(r->catalog);
        if (Result<void> opened = catalog->open(); !opened)
            return opened.error();
    }
    Result<UpdatePlan> planned = planUpdate(*catalog, *r, records.instances(id), to);
    if (!planned)
        *exitCode = ExitCannotLaunch;
    return planned;
}

int RunCommand::plan(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run plan takes one run id (and --to VERSION)"_s);
    int code = ExitOk;
    const Result<UpdatePlan> planned = updatePlan(args.constFirst(), &code);
    if (!planned) {
        m_err << "slipway-cli: " << planned.errorMessage() << '\n';
        return code;
    }
    if (m_options.json)
        printJson(m_out, planned->toJson());
    else
        m_out << planned->toText();
    return ExitOk;
}

int RunCommand::apply(const QStringList &args)
{
    if (args.size() != 1)
        return usage(u"run apply takes one run id (and --to VERSION, --batch N)"_s);
    int batch = 1;
    if (!m_options.batch.isEmpty()) {
        bool ok = false;
        batch = m_options.batch.toInt(&ok);
        if (!ok || batch < 1)
            return usage(u"--batch takes a number of instances, at least 1"_s);
    }
    const QString id = args.constFirst();
    int code = ExitOk;
    ExclusiveRunHost host;
    // The host first: it holds the data folder, so the run cannot change under the plan.
    if (Result<void> started = host.start(catalogFile(m_options.catalogFile), &code); !started) {
        m_err << "slipway-cli: " << started.errorMessage() << '\n';
        return code;
    }
    const Result<UpdatePlan> planned = updatePlan(id, &code);
    if (!planned) {
        m_err << "slipway-cli: " << planned.errorMessage() << '\n';
        return code;
    }
    m_err << planned->toText();
    RunProgress progress(host.host(), m_out, m_err);
    progress.follow(id);
    RunEngine &engine = host.engine();
    QEventLoop loop;
    QObject::connect(&engine, &RunEngine::runSettled, &loop, [&](const QString &settled) {
        const std::optional<RunRecord> r = engine.run(id);
        if (settled == id && r && r->state != RunState::Updating)
            loop.quit();
    });
    if (Result<void> updated = engine.update(id, *planned, batch); !updated)
        return failure(updated.errorMessage());
    if (engine.isActive(id) && engine.run(id)->state == RunState::Updating)
        loop.exec();
    const std::optional<RunRecord> r = engine.run(id);
    const int finished = progress.finish(id, m_options.json, false);
    if (!r || r->state != RunState::Ready || PersistedPlan::fromJson(r->plan).lastUpdateFailed) {
        m_err << "slipway-cli: the update of run " << id << " failed; the run is " << r->state
              << " at version " << r->moduleVersion << " (see run show and run logs)\n";
        return ExitRunAborted;
    }
    return finished;
}

int RunCommand::health(const QStringList &args)
{
    static const QRegularExpression setting(
        u"^([^=]+)=([0-9]+),([0-9]+),(report|restart|replace)$"_s);
    const QRegularExpressionMatch m = args.size() == 2 ? setting.match(args.at(1))
                                                       : QRegularExpressionMatch();
    if (!m.hasMatch())
        return usage(u"run health takes a run id and NODE=INTERVAL,FAILURES,POLICY (policy: "
                     "report, restart or replace), e.g. web=30,3,restart"_s);
    HealthSettings settings;
    settings.intervalSeconds = m.captured(2).toInt();
    settings.failures = m.captured(3).toInt();
    settings.policy = *healthPolicyFromName(m.captured(4));
    const QString id = args.constFirst();
    if (!QFileInfo::exists(catalogFile(m_options.catalogFile)))
        return failure(u"there is no run %1"_s.arg(id));
    ExclusiveRunHost host;
    int code = ExitOk;
    if (Result<void> started = host.start(catalogFile(m_options.catalogFile), &code); !started) {
        m_err << "slipway-cli: " << started.errorMessage() << '\n';
        return code;
    }
    if (Result<void> set = host.engine().setHealthChecks(id, m.captured(1), settings); !set)
        return failure(set.errorMessage());
    m_out << "run " << id << ": " << m.captured(1) << " checked every " << settings.intervalSeconds
          << " s, unhealthy after " << settings.failures << " failure(s), then "
          << healthPolicyName(settings.policy) << '\n';
    return ExitOk;
}

} // namespace Slipway::Cli
