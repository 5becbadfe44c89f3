#include "runtestbed.h"

#include "connectors/builtinconnectors.h"
#include "core/broker/parameterkey.h"
#include "core/run/instancestate.h"
#include "tests/support/podmantesting.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

RunTestBed::RunTestBed() = default;
RunTestBed::~RunTestBed() = default;

bool RunTestBed::open()
{
    if (!m_dir.isValid()) {
        qWarning("no temporary folder: %s", qPrintable(m_dir.errorString()));
        return false;
    }
    m_catalog = std::make_unique<Catalog>(databaseFile());
    if (!m_catalog->open()) {
        qWarning("the catalog %s did not open", qPrintable(databaseFile()));
        return false;
    }
    return true;
}

QString RunTestBed::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString RunTestBed::databaseFile() const
{
    return m_dir.filePath(u"catalog.sqlite"_s);
}

bool RunTestBed::save(const Module &module)
{
    if (m_catalog->save(module, u"test"_s, u"fixture"_s))
        return true;
    qWarning("could not save %s", qPrintable(module.path));
    return false;
}

bool RunTestBed::startHost(const HostOptions &options)
{
    m_host.reset();
    RunEngine::CloudResolver clouds = options.clouds;
    if (!clouds) {
        clouds = [](const QString &name) -> std::optional<CloudConfig> {
            if (name == u"local")
                return CloudConfig::local();
            return std::nullopt;
        };
    }
    m_host = std::make_unique<RunHost>(builtinConnectors(), clouds);
    if (options.reportGraceMs >= 0)
        m_host->engine().setReportGraceMs(options.reportGraceMs);
    RunHost::Options hostOptions;
    hostOptions.databaseFile = databaseFile();
    hostOptions.certificateDir = m_dir.filePath(u"tls"_s);
    // The nodes' context files hold the broker's URL: a restarted host keeps its port.
    if (options.keepPort)
        hostOptions.portFile = m_dir.filePath(u"broker-port"_s);
    if (options.adjust)
        options.adjust(hostOptions);
    const Result<void> started = m_host->start(hostOptions);
    if (!started) {
        qWarning("the run host did not start: %s", qPrintable(started.errorMessage()));
        return false;
    }
    return true;
}

QString RunTestBed::launch(const QString &path, const LaunchOptions &options)
{
    return launchOn(host(), path, options);
}

QString RunTestBed::launchOn(RunHost &host, const QString &path, const LaunchOptions &options)
{
    const Result<RunPlan> plan = planRun(*m_catalog, path, options);
    if (!plan) {
        qWarning("%s", qPrintable(plan.errorMessage()));
        return {};
    }
    const Result<QString> run = host.engine().launch(*plan);
    if (!run) {
        qWarning("%s", qPrintable(run.errorMessage()));
        return {};
    }
    track(*run);
    return *run;
}

void RunTestBed::track(const QString &run)
{
    if (!run.isEmpty() && !m_runs.contains(run))
        m_runs << run;
}

QString RunTestBed::value(const QString &run, const QString &key)
{
    const auto parsed = ParameterKey::parse(key, {}, 0);
    return host().store().get(run, parsed.key, true).value;
}

QString RunTestBed::events(const QString &run)
{
    QStringList lines;
    for (const RunEvent &e : engine().events(run))
        lines << e.instance + u": "_s + e.message;
    return lines.join(u'\n');
}

QString RunTestBed::state(const QString &run)
{
    const std::optional<RunRecord> record = engine().run(run);
    return record ? record->state : QString();
}

QString RunTestBed::instanceState(const QString &run, const QString &instance)
{
    for (const InstanceRecord &i : engine().instances(run))
        if (i.name == instance)
            return instanceStateName(i.state);
    return {};
}

bool RunTestBed::waitInactive(const QString &run, int timeoutMs)
{
    return QTest::qWaitFor([&] { return !engine().isActive(run); }, timeoutMs);
}

bool RunTestBed::waitFor(const QString &run,
                         const std::function<bool(const RunRecord &)> &check,
                         int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            const std::optional<RunRecord> record = engine().run(run);
            return record && check(*record);
        },
        timeoutMs);
}

void RunTestBed::removeRuns()
{
    for (const QString &run : std::as_const(m_runs))
        removeRun(run);
}

} // namespace Slipway::Testing
