// Updating a running deployment in place, through slipway-cli on Podman: a LAMP-shaped stack
// (a load balancer that lists the web instances through on-vm-add / on-vm-remove, two web
// nodes that read the database's generated password through a mapping, a database holding
// rows on its disk). A new web recipe replaces exactly the web instances, one at a time, and
// leaves the database and its data alone; an execute-only change runs execute again on the
// same containers; a recipe that fails rolls back to Ready at the old version with nothing
// left over, and so does an execute that fails (the old execute runs again); a SIGKILL of the
// process applying an update, then `run resume`, finishes it.
// Then, hosted in the test's process, a check recipe added by an update: a web service the
// test stops is restarted (execute again), then replaced, by the nodes' health policy.
// A node removed by an update that then fails comes back with the inputs mapped into it, and
// a mapping change that comes with a new recipe replaces the instances, the new ones reading
// the new source.

#include "connectors/builtinconnectors.h"
#include "core/catalog/catalog.h"
#include "core/run/datafolderrunhost.h"
#include "core/run/persistedplan.h"
#include "core/run/runhost.h"
#include "core/run/updateplan.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/testprocess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString all() const { return out + u"\n--- stderr:\n"_s + err; }
};

constexpr auto kDbExecute = uR"SH(#!/bin/sh -e
mkdir -p /srv/db
[ -f /srv/db/rows ] || echo "created on $(hostname)" >/srv/db/rows
ss-set db_password "pw$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
)SH";

// The web node's recipe marks the image version; execute serves it and says it is ready.
QString webRecipe(const QString &version)
{
    return u"#!/bin/sh -e\nmkdir -p /srv/www\necho %1 >/srv/www/version\n"_s.arg(version);
}

// A web service on port 8080, as the health checks see it.
constexpr auto kServe = u"setsid nohup python3 -m http.server 8080 -d /srv/www "
                        ">/dev/null 2>&1 </dev/null &\n";
constexpr auto kCheck = u"#!/bin/sh\ncurl -fsS -o /dev/null http://127.0.0.1:8080/version\n";

QString webExecute(const QString &stamp)
{
    return uR"SH(#!/bin/sh -e
ss-get --timeout 300 db_password >/srv/www/db
ss-set version "$(cat /srv/www/version)"
ss-set stamp %1
ss-set ready true
)SH"_s.arg(stamp);
}

constexpr auto kLbExecute = uR"SH(#!/bin/sh -e
for i in $(ss-get web:ids | tr ',' ' '); do
  ss-get --timeout 300 web.$i:ready >/dev/null
done
ss-set backends "$(ss-get web:ids)"
)SH";

constexpr auto kLbHook = uR"SH(#!/bin/sh -e
ss-set backends "$(ss-get web:ids)"
echo "$SLIPSTREAM_SCALING_ACTION $SLIPSTREAM_SCALING_VMS" >>/srv/lb-events
)SH";

} // namespace

class TestUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;
    QString m_catalogFile;
    std::unique_ptr<Catalog> m_catalog;
    QString m_run;

    QProcessEnvironment environment() const
    {
        return environmentWithDataDir(m_dir.filePath(u"data"_s));
    }

    Outcome cli(const QStringList &args, int timeoutMs = 600000)
    {
        const ProcessResult r
            = runProcess(m_program,
                         QStringList{u"--catalog"_s, m_catalogFile} + args,
                         ProcessOptions().withEnvironment(environment()).withTimeout(timeoutMs));
        return Outcome{r.exitCode, r.outText(), r.errText()};
    }

    void saveWeb(const QString &recipe, const QString &execute)
    {
        Module web = m_catalog->latest(u"u/web"_s)->module;
        web.image.recipes.recipe = recipe;
        web.image.recipes.execute = execute;
        QVERIFY(m_catalog->save(web, u"test"_s, {}));
    }

    QJsonObject show() { return cli({u"run"_s, u"show"_s, m_run, u"--json"_s}).json(); }

    // instance name -> state, image version, for the instances not terminated.
    QMap<QString, QString> liveInstances()
    {
        QMap<QString, QString> live;
        for (const QJsonValue &v : show().value(u"instances"_s).toArray()) {
            const QJsonObject i = v.toObject();
            if (i.value(u"state"_s).toString() != u"terminated"_s)
                live.insert(i.value(u"name"_s).toString(),
                            u"%1 v%2"_s.arg(i.value(u"state"_s).toString())
                                .arg(i.value(u"imageVersion"_s).toInt()));
        }
        return live;
    }

    QJsonObject params() { return cli({u"run"_s, u"params"_s, m_run, u"--json"_s}).json(); }

    QString param(const QString &key) { return params().value(key).toString(); }

    QString containerOf(const QString &hostLabel)
    {
        for (const QString &c : containersOfRun(m_run))
            if (c.endsWith(u'-' + hostLabel))
                return c;
        return {};
    }

    QString inContainer(const QString &container, const QString &command)
    {
        const ProcessResult r = runProcess(u"podman"_s,
                                           {u"exec"_s, container, u"sh"_s, u"-c"_s, command});
        return r.outText().trimmed();
    }

    QMap<QString, QString> planActions(const QStringList &extra = {})
    {
        const Outcome planned = cli(QStringList{u"run"_s, u"plan"_s, m_run, u"--json"_s} + extra);
        QMap<QString, QString> actions;
        for (const QJsonValue &v : planned.json().value(u"nodes"_s).toArray())
            actions.insert(v.toObject().value(u"node"_s).toString(),
                           v.toObject().value(u"action"_s).toString());
        if (actions.isEmpty())
            qWarning("%s", qPrintable(planned.all()));
        return actions;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_dir.isValid());
        m_program = cliProgram();
        QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
        m_catalogFile = m_dir.filePath(u"catalog.sqlite"_s);
        m_catalog = std::make_unique<Catalog>(m_catalogFile);
        QVERIFY(m_catalog->open());

        const auto save = [&](const Module &m) {
            return bool(m_catalog->save(m, u"test"_s, {}));
        };
        QVERIFY(save(image(u"u/debian"_s, {}, {})));
        QVERIFY(
            save(image(u"u/db"_s, u"u/debian"_s, QString(kDbExecute), {output(u"db_password"_s)})));
        Module web = image(u"u/web"_s,
                           u"u/debian"_s,
                           webExecute(u"exec-v1"_s),
                           {input(u"db_host"_s),
                            input(u"db_password"_s),
                            output(u"version"_s),
                            output(u"stamp"_s),
                            output(u"ready"_s)});
        web.image.recipes.recipe = webRecipe(u"recipe-v1"_s);
        QVERIFY(save(web));
        Module lb = image(u"u/lb"_s, u"u/debian"_s, QString(kLbExecute), {output(u"backends"_s)});
        lb.image.recipes.onVmAdd = QString(kLbHook);
        lb.image.recipes.onVmRemove = QString(kLbHook);
        QVERIFY(save(lb));
        QVERIFY(
            save(deployment(u"u/stack"_s,
                            {node(u"lb"_s, u"u/lb"_s),
                             node(u"web"_s,
                                  u"u/web"_s,
                                  2,
                                  {ParameterMapping{u"db_host"_s, u"db:hostname"_s, false},
                                   ParameterMapping{u"db_password"_s, u"db:db_password"_s, false}}),
                             node(u"db"_s, u"u/db"_s)})));

        const Outcome deployed = cli({u"deploy"_s, u"u/stack"_s, u"--json"_s});
        static const QRegularExpression launched(u"run ([0-9a-f]{12}) launched"_s);
        m_run = launched.match(deployed.err).captured(1);
        QVERIFY2(deployed.exitCode == 0 && !m_run.isEmpty(), qPrintable(deployed.all()));
        QCOMPARE(deployed.json().value(u"state"_s).toString(), u"Ready"_s);
        QCOMPARE(param(u"lb.1:backends"_s), u"1,2"_s);
        QCOMPARE(param(u"web.2:version"_s), u"recipe-v1"_s);
    }

    void cleanupTestCase()
    {
        if (!m_run.isEmpty()) {
            (void) cli({u"run"_s, u"terminate"_s, m_run});
            removeRun(m_run);
        }
    }

    void recipeChangeReplacesTheWebNodesOnly()
    {
        const QString db = containerOf(u"db-1"_s);
        QVERIFY2(!db.isEmpty(), qPrintable(containersOfRun(m_run).join(u' ')));
        // A row written since the launch: the update must not lose it.
        inContainer(db, u"echo 'a visit' >>/srv/db/rows"_s);
        const QString password = param(u"db.1:db_password"_s);

        saveWeb(webRecipe(u"recipe-v2"_s), webExecute(u"exec-v1"_s));
        const QMap<QString, QString> actions = planActions();
        QCOMPARE(actions.value(u"web"_s), u"replace"_s);
        QCOMPARE(actions.value(u"db"_s), u"unchanged"_s);
        QCOMPARE(actions.value(u"lb"_s), u"unchanged"_s);
        const Outcome text = cli({u"run"_s, u"plan"_s, m_run});
        QVERIFY2(text.out.contains(u"recipe changed in u/web"_s), qPrintable(text.all()));
        QVERIFY2(text.out.contains(u"output web:ready"_s), qPrintable(text.all()));

        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
        // One at a time: web.3 joined before web.1 went, web.4 before web.2.
        const qsizetype add3 = applied.err.indexOf(u"web.3 provisioning"_s);
        const qsizetype gone1 = applied.err.indexOf(u"web.1 terminated"_s);
        const qsizetype add4 = applied.err.indexOf(u"web.4 provisioning"_s);
        QVERIFY2(add3 >= 0 && add3 < gone1 && gone1 < add4, qPrintable(applied.err));

        QCOMPARE(liveInstances(),
                 (QMap<QString, QString>{{u"lb.1"_s, u"ready v1"_s},
                                         {u"db.1"_s, u"ready v1"_s},
                                         {u"web.3"_s, u"ready v2"_s},
                                         {u"web.4"_s, u"ready v2"_s}}));
        QCOMPARE(param(u"web.3:version"_s), u"recipe-v2"_s);
        QCOMPARE(param(u"web.4:version"_s), u"recipe-v2"_s);
        QCOMPARE(param(u"web.4:db_password"_s), password);
        QCOMPARE(param(u"lb.1:backends"_s), u"3,4"_s);
        QCOMPARE(containersOfRun(m_run).size(), 4);
        // The database is the same container, with its data.
        QCOMPARE(containerOf(u"db-1"_s), db);
        QCOMPARE(inContainer(db, u"tail -n 1 /srv/db/rows"_s), u"a visit"_s);
        QCOMPARE(param(u"db.1:db_password"_s), password);
        QCOMPARE(show().value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY(!show().value(u"lastUpdateFailed"_s).toBool());
        // Nothing left to do.
        QCOMPARE(planActions().value(u"web"_s), u"unchanged"_s);
    }

    void executeOnlyChangeRunsExecuteAgain()
    {
        const QStringList before = containersOfRun(m_run);
        saveWeb(webRecipe(u"recipe-v2"_s), webExecute(u"exec-v3"_s));
        QCOMPARE(planActions().value(u"web"_s), u"rerun-execute"_s);
        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run, u"--batch"_s, u"2"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
        QCOMPARE(param(u"web.3:stamp"_s), u"exec-v3"_s);
        QCOMPARE(param(u"web.4:stamp"_s), u"exec-v3"_s);
        // The same containers: nothing was replaced, and the build steps did not run again.
        QCOMPARE(containersOfRun(m_run), before);
        QCOMPARE(param(u"web.3:version"_s), u"recipe-v2"_s);
        QCOMPARE(liveInstances().value(u"web.3"_s), u"ready v3"_s);
        QCOMPARE(liveInstances().size(), 4);
    }

    void failingRecipeRollsBack()
    {
        const QStringList before = containersOfRun(m_run);
        saveWeb(u"#!/bin/sh\necho 'broken on purpose' >&2\nexit 3\n"_s, webExecute(u"exec-v3"_s));
        QCOMPARE(planActions().value(u"web"_s), u"replace"_s);
        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 6, qPrintable(applied.all()));
        QVERIFY2(applied.err.contains(u"Rolled back"_s), qPrintable(applied.err));

        const QJsonObject shown = show();
        QCOMPARE(shown.value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY(shown.value(u"lastUpdateFailed"_s).toBool());
        QVERIFY2(shown.value(u"lastUpdate"_s).toString().contains(u"exit status 3"_s),
                 qPrintable(shown.value(u"lastUpdate"_s).toString()));
        QCOMPARE(liveInstances(),
                 (QMap<QString, QString>{{u"lb.1"_s, u"ready v1"_s},
                                         {u"db.1"_s, u"ready v1"_s},
                                         {u"web.3"_s, u"ready v3"_s},
                                         {u"web.4"_s, u"ready v3"_s}}));
        // Nothing left over: the failed instance's container is gone, the abort taken back.
        QCOMPARE(containersOfRun(m_run), before);
        QCOMPARE(param(u"ss:abort"_s), QString());
        QCOMPARE(param(u"lb.1:backends"_s), u"3,4"_s);
        QCOMPARE(param(u"web:multiplicity"_s), u"2"_s);
        // Still at the old version: the plan is the same again.
        QCOMPARE(planActions().value(u"web"_s), u"replace"_s);
    }

    void failingExecuteRerunRollsBack()
    {
        // The run's web image is v3 (v4 never got in): the same recipe with an execute that
        // fails runs on web.3 first, then web.3 runs v3's execute again.
        const QStringList before = containersOfRun(m_run);
        saveWeb(webRecipe(u"recipe-v2"_s), webExecute(u"exec-v5"_s) + u"exit 4\n"_s);
        QCOMPARE(planActions().value(u"web"_s), u"rerun-execute"_s);
        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 6, qPrintable(applied.all()));
        QVERIFY2(applied.err.contains(u"Roll back step 1 of 1: run execute again on web.3"_s),
                 qPrintable(applied.err));
        QCOMPARE(show().value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY(show().value(u"lastUpdateFailed"_s).toBool());
        QCOMPARE(param(u"web.3:stamp"_s), u"exec-v3"_s);
        QCOMPARE(param(u"web.4:stamp"_s), u"exec-v3"_s);
        QCOMPARE(containersOfRun(m_run), before);
        QCOMPARE(liveInstances().value(u"web.3"_s), u"ready v3"_s);
        QCOMPARE(param(u"ss:abort"_s), QString());
    }

    void killedDuringUpdateThenResumed()
    {
        // A good recipe again, and an execute slow enough to be caught in the middle.
        saveWeb(webRecipe(u"recipe-v5"_s), u"#!/bin/sh -e\nsleep 4\n"_s + webExecute(u"exec-v5"_s));
        QProcess apply;
        apply.setProcessEnvironment(environment());
        apply.start(m_program, {u"--catalog"_s, m_catalogFile, u"run"_s, u"apply"_s, m_run});
        QVERIFY(apply.waitForStarted());
        QString err;
        QDeadlineTimer deadline(300000);
        static const QRegularExpression executing(u"web\\.[5-9] executing"_s);
        while (!executing.match(err).hasMatch() && !deadline.hasExpired()
               && apply.state() == QProcess::Running) {
            apply.waitForReadyRead(1000);
            err += QString::fromUtf8(apply.readAllStandardError());
        }
        QVERIFY2(executing.match(err).hasMatch(), qPrintable(err));
        apply.kill(); // SIGKILL
        QVERIFY(apply.waitForFinished(30000));
        QCOMPARE(show().value(u"state"_s).toString(), u"Updating"_s);

        const Outcome resumed = cli({u"run"_s, u"resume"_s, m_run, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all()));
        QCOMPARE(resumed.json().value(u"state"_s).toString(), u"Ready"_s);
        const QJsonObject shown = show();
        QVERIFY2(!shown.value(u"lastUpdateFailed"_s).toBool(), qPrintable(resumed.all()));
        const QMap<QString, QString> live = liveInstances();
        QCOMPARE(live.size(), 4);
        int webs = 0;
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            if (!it.key().startsWith(u"web."_s))
                continue;
            ++webs;
            QCOMPARE(it.value(), u"ready v%1"_s.arg(m_catalog->latest(u"u/web"_s)->version));
            QCOMPARE(param(it.key() + u":stamp"_s), u"exec-v5"_s);
        }
        QCOMPARE(webs, 2);
        QCOMPARE(containersOfRun(m_run).size(), 4);
    }

    void healthChecksRestartThenReplace()
    {
        DataFolderRunHost folder(builtinConnectors(), m_dir.filePath(u"data"_s));
        QVERIFY2(folder.start(m_catalogFile), "the run host did not start");
        RunEngine &engine = folder.host()->engine();
        QVERIFY(engine.isActive(m_run));
        const auto record = [&] {
            return *engine.run(m_run);
        };
        const auto health = [&] {
            return PersistedPlan::fromJson(record().plan).health;
        };
        const auto events = [&] {
            QStringList lines;
            for (const RunEvent &e : engine.events(m_run))
                lines << (e.instance.isEmpty() ? u"run"_s : e.instance) + u": "_s + e.message;
            return lines.join(u'\n');
        };

        // A check recipe and a service to check: an update that runs execute again.
        Module web = m_catalog->latest(u"u/web"_s)->module;
        web.image.recipes.execute = webExecute(u"exec-v6"_s) + QString(kServe);
        web.image.recipes.check = QString(kCheck);
        QVERIFY(m_catalog->save(web, u"test"_s, {}));
        const Result<UpdatePlan> plan = planUpdate(*m_catalog, record(), engine.instances(m_run));
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->node(u"web"_s)->action, UpdateAction::RerunExecute);
        QVERIFY(plan->node(u"web"_s)->reasons.contains(u"check changed in u/web"_s));
        QVERIFY(engine.update(m_run, *plan, 2));
        QTRY_VERIFY_WITH_TIMEOUT(record().state != RunState::Updating, 300000);
        QVERIFY2(record().state == RunState::Ready, qPrintable(events()));

        QVERIFY(engine.setHealthChecks(m_run, u"web"_s, {2, 2, HealthPolicy::Restart}));
        QVERIFY(!engine.setHealthChecks(m_run, u"db"_s, {2, 2, HealthPolicy::Restart}));
        QStringList webs;
        for (const InstanceRecord &i : engine.instances(m_run))
            if (i.node == u"web" && i.state == InstanceState::Ready)
                webs << i.name;
        QCOMPARE(webs.size(), 2);
        const QString first = webs.constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(health().value(first) == u"healthy"_s
                                     && health().value(webs.constLast()) == u"healthy"_s,
                                 30000);

        // The service stops: two failed checks, then execute runs again and serves it.
        const QString container = containerOf(u"web-"_s + first.section(u'.', 1));
        QVERIFY(!container.isEmpty());
        inContainer(container, u"pkill -f http.server"_s);
        QTRY_VERIFY_WITH_TIMEOUT(events().contains(first + u": Restarting"_s), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(events().contains(first + u": Healthy again"_s), 120000);
        QCOMPARE(record().state, u"Ready"_s);
        QCOMPARE(containerOf(u"web-"_s + first.section(u'.', 1)), container);
        QVERIFY(events().contains(first + u": Unhealthy"_s));

        // Replace: a new instance takes the place of the one that stopped serving.
        QVERIFY(engine.setHealthChecks(m_run, u"web"_s, {2, 2, HealthPolicy::Replace}));
        inContainer(container, u"pkill -f http.server"_s);
        QTRY_VERIFY_WITH_TIMEOUT(events().contains(first + u": Replacing"_s), 60000);
        const auto firstGone = [&] {
            const QList<InstanceRecord> instances = engine.instances(m_run);
            return std::any_of(instances.cbegin(), instances.cend(), [&](const InstanceRecord &i) {
                return i.name == first && i.state == InstanceState::Terminated;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(record().state == RunState::Ready && firstGone(), 300000);
        QStringList now;
        for (const InstanceRecord &i : engine.instances(m_run))
            if (i.node == u"web" && i.state == InstanceState::Ready)
                now << i.name;
        QCOMPARE(now.size(), 2);
        QVERIFY(!now.contains(first));
        for (const QString &name : std::as_const(now))
            QTRY_VERIFY2_WITH_TIMEOUT(health().value(name) == u"healthy"_s,
                                      qPrintable(events()),
                                      30000);
        QCOMPARE(containersOfRun(m_run).size(), 4);
        QVERIFY2(events().contains(u"Scaling web by +1"_s), qPrintable(events()));
        // The tests after this one change the web instances on purpose: from now on the checks
        // only report (and seldom), so that no restart or replacement runs beside them.
        QVERIFY(engine.setHealthChecks(m_run, u"web"_s, {3600, 3, HealthPolicy::Report}));
    }

    void mappingChangeRunsExecuteAgain()
    {
        // The web node's db_password now reads the database's hostname instead of its
        // password: the web instances run execute again, in their containers, and read the
        // new source.
        const QStringList before = containersOfRun(m_run);
        const QMap<QString, QString> live = liveInstances();
        Module stack = m_catalog->latest(u"u/stack"_s)->module;
        for (Node &n : stack.deployment.nodes)
            if (n.name == u"web")
                for (ParameterMapping &m : n.mappings)
                    if (m.input == u"db_password")
                        m.value = u"db:hostname"_s;
        QVERIFY(m_catalog->save(stack, u"test"_s, {}));
        const Outcome planned = cli({u"run"_s, u"plan"_s, m_run, u"--json"_s});
        QCOMPARE(planned.json().value(u"blockers"_s).toArray().size(), 0);
        const QMap<QString, QString> actions = planActions();
        QCOMPARE(actions.value(u"web"_s), u"rerun-execute"_s);
        QCOMPARE(actions.value(u"db"_s), u"unchanged"_s);
        QCOMPARE(actions.value(u"lb"_s), u"unchanged"_s);

        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run, u"--batch"_s, u"2"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
        QCOMPARE(show().value(u"state"_s).toString(), u"Ready"_s);
        QCOMPARE(show().value(u"moduleVersion"_s).toInt(), m_catalog->latest(u"u/stack"_s)->version);
        QCOMPARE(containersOfRun(m_run), before);
        QCOMPARE(liveInstances(), live);
        const QString hostname = param(u"db.1:hostname"_s);
        QVERIFY(!hostname.isEmpty());
        int webs = 0;
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            if (!it.key().startsWith(u"web."_s))
                continue;
            ++webs;
            QCOMPARE(param(it.key() + u":db_password"_s), hostname);
            // What execute read, in the container.
            QCOMPARE(inContainer(containerOf(u"web-"_s + it.key().section(u'.', 1)),
                                 u"cat /srv/www/db"_s),
                     hostname);
        }
        QCOMPARE(webs, 2);
        QCOMPARE(planActions().value(u"web"_s), u"unchanged"_s);
    }

    void nodeAddedAndNodeRemovedRollBack()
    {
        // A version that adds a probe node (reading the database's password through a
        // mapping) and drops the load balancer, whose removal the probe's on-vm-remove fails:
        // the roll back takes the probe away and brings the load balancer back at the run's
        // version, so the run has what it had before.
        const int runVersion = show().value(u"moduleVersion"_s).toInt();
        const QMap<QString, QString> before = liveInstances();
        QVERIFY(before.contains(u"lb.1"_s));
        const QString lbContainer = containerOf(u"lb-1"_s);
        QVERIFY(!lbContainer.isEmpty());
        Module probe = image(u"u/probe"_s,
                             u"u/debian"_s,
                             uR"SH(#!/bin/sh -e
ss-set seen "$(ss-get --timeout 300 db_password | wc -c)"
)SH"_s,
                             {input(u"db_password"_s), output(u"seen"_s)});
        probe.image.recipes.onVmRemove = uR"SH(#!/bin/sh
echo "refusing to let $SLIPSTREAM_SCALING_VMS go" >&2
exit 5
)SH"_s;
        QVERIFY(m_catalog->save(probe, u"test"_s, {}));
        const Module kept = m_catalog->latest(u"u/stack"_s)->module;
        Module stack = kept;
        stack.deployment.nodes.removeIf([](const Node &n) { return n.name == u"lb"; });
        stack.deployment.nodes << node(u"probe"_s,
                                       u"u/probe"_s,
                                       1,
                                       {ParameterMapping{u"db_password"_s,
                                                         u"db:db_password"_s,
                                                         false}});
        QVERIFY(m_catalog->save(stack, u"test"_s, {}));
        const QMap<QString, QString> actions = planActions();
        QCOMPARE(actions.value(u"probe"_s), u"add-node"_s);
        QCOMPARE(actions.value(u"lb"_s), u"remove-node"_s);

        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 6, qPrintable(applied.all()));
        // The probe came up and read the password before the removal of lb failed.
        QVERIFY2(applied.err.contains(u"probe.1 ready"_s), qPrintable(applied.err));
        QVERIFY2(applied.err.contains(u"Rolled back"_s), qPrintable(applied.err));
        const QJsonObject shown = show();
        QCOMPARE(shown.value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY(shown.value(u"lastUpdateFailed"_s).toBool());
        QVERIFY2(shown.value(u"lastUpdate"_s).toString().contains(u"on-vm-remove"_s),
                 qPrintable(shown.value(u"lastUpdate"_s).toString()));
        QCOMPARE(shown.value(u"moduleVersion"_s).toInt(), runVersion);
        // The same instances, each at the version it had; the load balancer again at its
        // version (in a container of its own: the one removed is gone), the probe gone.
        QCOMPARE(liveInstances(), before);
        QStringList probes;
        for (const QJsonValue &v : shown.value(u"instances"_s).toArray())
            if (v.toObject().value(u"name"_s).toString().startsWith(u"probe."_s))
                probes << v.toObject().value(u"name"_s).toString() + u' '
                              + v.toObject().value(u"state"_s).toString();
        QCOMPARE(probes, QStringList{u"probe.1 terminated"_s});
        const QStringList containers = containersOfRun(m_run);
        QCOMPARE(containers.size(), before.size());
        QVERIFY2(!containerOf(u"lb-1"_s).isEmpty(), qPrintable(containers.join(u' ')));
        QVERIFY2(containerOf(u"probe-1"_s).isEmpty(), qPrintable(containers.join(u' ')));
        QCOMPARE(param(u"lb:multiplicity"_s), u"1"_s);
        QCOMPARE(param(u"probe:multiplicity"_s), u"0"_s);
        QCOMPARE(param(u"ss:abort"_s), QString());
        // The load balancer that came back ran its execute and lists the web instances.
        QCOMPARE(param(u"lb.1:backends"_s), param(u"web:ids"_s));
        // Still at the old version: the same plan again.
        QCOMPARE(planActions().value(u"probe"_s), u"add-node"_s);
        // The deployment as the run has it, for what follows.
        QVERIFY(m_catalog->save(kept, u"test"_s, {}));
    }

    void removedNodeComesBackWithItsMappedInputs()
    {
        // A version that adds the probe (whose on-vm-remove fails) and drops the web node,
        // whose db_password is mapped from the database's hostname: the removal of the first
        // web instance fails on the probe, and the roll back adds it again with that mapping,
        // so the restored instance reads the database's hostname as before.
        const int runVersion = show().value(u"moduleVersion"_s).toInt();
        const QMap<QString, QString> before = liveInstances();
        const QStringList containersBefore = containersOfRun(m_run);
        const QString hostname = param(u"db.1:hostname"_s);
        QVERIFY(!hostname.isEmpty());
        QCOMPARE(param(u"web:multiplicity"_s), u"2"_s);
        const Module kept = m_catalog->latest(u"u/stack"_s)->module;
        // The deployment as the run has it, for what follows, even when this test fails.
        const auto restore = qScopeGuard([&] { (void) m_catalog->save(kept, u"test"_s, {}); });
        Module stack = kept;
        stack.deployment.nodes.removeIf([](const Node &n) { return n.name == u"web"; });
        stack.deployment.nodes << node(u"probe"_s,
                                       u"u/probe"_s,
                                       1,
                                       {ParameterMapping{u"db_password"_s,
                                                         u"db:db_password"_s,
                                                         false}});
        QVERIFY(m_catalog->save(stack, u"test"_s, {}));
        const QMap<QString, QString> actions = planActions();
        QCOMPARE(actions.value(u"probe"_s), u"add-node"_s);
        QCOMPARE(actions.value(u"web"_s), u"remove-node"_s);

        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 6, qPrintable(applied.all()));
        QVERIFY2(applied.err.contains(u"probe.1 ready"_s)
                     || applied.err.contains(u"probe.2 ready"_s),
                 qPrintable(applied.err));
        QVERIFY2(applied.err.contains(u"Rolled back"_s), qPrintable(applied.err));
        const QJsonObject shown = show();
        QCOMPARE(shown.value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY(shown.value(u"lastUpdateFailed"_s).toBool());
        QVERIFY2(shown.value(u"lastUpdate"_s).toString().contains(u"on-vm-remove"_s),
                 qPrintable(shown.value(u"lastUpdate"_s).toString()));
        QCOMPARE(shown.value(u"moduleVersion"_s).toInt(), runVersion);
        QCOMPARE(param(u"web:multiplicity"_s), u"2"_s);
        QCOMPARE(param(u"probe:multiplicity"_s), u"0"_s);
        QCOMPARE(param(u"ss:abort"_s), QString());

        // Two web instances again, each reading the database's hostname through the mapping
        // the run had: in the store and in what execute wrote in its container. At least one
        // of them is a container the roll back made anew.
        const QMap<QString, QString> live = liveInstances();
        QCOMPARE(live.size(), before.size());
        int webs = 0;
        int restored = 0;
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            if (!it.key().startsWith(u"web."_s))
                continue;
            ++webs;
            QVERIFY2(it.value().startsWith(u"ready "_s), qPrintable(it.key() + u' ' + it.value()));
            QCOMPARE(param(it.key() + u":db_password"_s), hostname);
            const QString container = containerOf(u"web-"_s + it.key().section(u'.', 1));
            QVERIFY2(!container.isEmpty(), qPrintable(it.key()));
            QVERIFY2(inContainer(container, u"cat /srv/www/db"_s) == hostname,
                     qPrintable(it.key() + u' ' + container + u'\n' + applied.err
                                + inContainer(container, u"ls -la /srv/www; cat /srv/www/db"_s)));
            if (!containersBefore.contains(container))
                ++restored;
        }
        QCOMPARE(webs, 2);
        QVERIFY2(restored >= 1, qPrintable(containersOfRun(m_run).join(u' ')));
        QCOMPARE(containersOfRun(m_run).size(), containersBefore.size());
        QCOMPARE(param(u"lb.1:backends"_s), param(u"web:ids"_s));
        // Still at the old version: the same plan again.
        QCOMPARE(planActions().value(u"web"_s), u"remove-node"_s);
    }

    void nodeAddedAndNodeRemoved()
    {
        // A new version of the deployment: a cache node that reads the database's password
        // through a mapping, and no load balancer any more.
        const QString password = param(u"db.1:db_password"_s);
        const QString lb = containerOf(u"lb-1"_s);
        QVERIFY(!lb.isEmpty());
        Module cache = image(u"u/cache"_s,
                             u"u/debian"_s,
                             uR"SH(#!/bin/sh -e
ss-get --timeout 300 db_password >/srv-cache-password
ss-set seen "$(wc -c </srv-cache-password) bytes"
)SH"_s,
                             {input(u"db_password"_s), output(u"seen"_s)});
        cache.image.recipes.onVmRemove = uR"SH(#!/bin/sh -e
echo "$SLIPSTREAM_SCALING_ACTION $SLIPSTREAM_SCALING_NODE $SLIPSTREAM_SCALING_VMS" >>/srv-cache-events
)SH"_s;
        QVERIFY(m_catalog->save(cache, u"test"_s, {}));
        Module stack = m_catalog->latest(u"u/stack"_s)->module;
        stack.deployment.nodes.removeIf([](const Node &n) { return n.name == u"lb"; });
        stack.deployment.nodes << node(u"cache"_s,
                                       u"u/cache"_s,
                                       1,
                                       {ParameterMapping{u"db_password"_s,
                                                         u"db:db_password"_s,
                                                         false}});
        QVERIFY(m_catalog->save(stack, u"test"_s, {}));

        const Outcome planned = cli({u"run"_s, u"plan"_s, m_run, u"--json"_s});
        QVERIFY2(planned.exitCode == 0, qPrintable(planned.all()));
        QCOMPARE(planned.json().value(u"blockers"_s).toArray().size(), 0);
        const QMap<QString, QString> actions = planActions();
        QCOMPARE(actions.value(u"cache"_s), u"add-node"_s);
        QCOMPARE(actions.value(u"lb"_s), u"remove-node"_s);
        QCOMPARE(actions.value(u"web"_s), u"unchanged"_s);
        QCOMPARE(actions.value(u"db"_s), u"unchanged"_s);

        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
        const QJsonObject shown = show();
        QCOMPARE(shown.value(u"state"_s).toString(), u"Ready"_s);
        QCOMPARE(shown.value(u"moduleVersion"_s).toInt(), m_catalog->latest(u"u/stack"_s)->version);
        const QMap<QString, QString> live = liveInstances();
        QVERIFY2(live.value(u"cache.1"_s) == u"ready v1"_s, qPrintable(applied.all()));
        QVERIFY(!live.contains(u"lb.1"_s));
        QCOMPARE(live.size(), 4); // db.1, two webs, cache.1
        // The new node joined the exchange: its mapped input holds the database's password.
        QCOMPARE(param(u"cache.1:db_password"_s), password);
        QCOMPARE(param(u"cache.1:seen"_s), u"%1 bytes"_s.arg(password.size() + 1));
        QCOMPARE(param(u"cache:multiplicity"_s), u"1"_s);
        QCOMPARE(param(u"lb:multiplicity"_s), u"0"_s);
        // The load balancer's container is gone, after on-vm-remove ran on the others.
        QVERIFY(!containersOfRun(m_run).contains(lb));
        QCOMPARE(containersOfRun(m_run).size(), 4);
        QCOMPARE(inContainer(containerOf(u"cache-1"_s), u"cat /srv-cache-events"_s),
                 u"vm_remove lb lb.1"_s);
        QCOMPARE(planActions().value(u"cache"_s), u"unchanged"_s);
    }
    void mappingChangeWithNewRecipeReplaces()
    {
        // The web node's db_password is read from the database's password again, and its
        // recipe changes too: the planner replaces the web instances, and the new ones read
        // the new source from the start.
        const QMap<QString, QString> before = liveInstances();
        const QStringList containersBefore = containersOfRun(m_run);
        const QString password = param(u"db.1:db_password"_s);
        QVERIFY(!password.isEmpty());
        Module web = m_catalog->latest(u"u/web"_s)->module;
        web.image.recipes.recipe = webRecipe(u"recipe-v7"_s);
        QVERIFY(m_catalog->save(web, u"test"_s, {}));
        Module stack = m_catalog->latest(u"u/stack"_s)->module;
        for (Node &n : stack.deployment.nodes)
            if (n.name == u"web")
                for (ParameterMapping &m : n.mappings)
                    if (m.input == u"db_password")
                        m.value = u"db:db_password"_s;
        QVERIFY(m_catalog->save(stack, u"test"_s, {}));
        const QMap<QString, QString> actions = planActions();
        QCOMPARE(actions.value(u"web"_s), u"replace"_s);
        QCOMPARE(actions.value(u"db"_s), u"unchanged"_s);

        const Outcome applied = cli({u"run"_s, u"apply"_s, m_run});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
        const QJsonObject shown = show();
        QCOMPARE(shown.value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY(!shown.value(u"lastUpdateFailed"_s).toBool());
        QCOMPARE(shown.value(u"moduleVersion"_s).toInt(), m_catalog->latest(u"u/stack"_s)->version);

        const QMap<QString, QString> live = liveInstances();
        QCOMPARE(live.size(), before.size());
        const QString webVersion = u"ready v%1"_s.arg(m_catalog->latest(u"u/web"_s)->version);
        int webs = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key().startsWith(u"web."_s))
                QVERIFY2(!live.contains(it.key()), qPrintable(it.key())); // the old ones went
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            if (!it.key().startsWith(u"web."_s))
                continue;
            ++webs;
            QCOMPARE(it.value(), webVersion);
            QCOMPARE(param(it.key() + u":version"_s), u"recipe-v7"_s);
            QCOMPARE(param(it.key() + u":db_password"_s), password);
            const QString container = containerOf(u"web-"_s + it.key().section(u'.', 1));
            QVERIFY2(!container.isEmpty(), qPrintable(it.key()));
            QVERIFY(!containersBefore.contains(container));
            QCOMPARE(inContainer(container, u"cat /srv/www/db"_s), password);
        }
        QCOMPARE(webs, 2);
        // The old web containers are gone; the others are the same.
        QCOMPARE(containersOfRun(m_run).size(), containersBefore.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key().startsWith(u"web."_s))
                QVERIFY(containerOf(u"web-"_s + it.key().section(u'.', 1)).isEmpty());
        QCOMPARE(planActions().value(u"web"_s), u"unchanged"_s);
    }
};

QTEST_GUILESS_MAIN(TestUpdate)
#include "tst_update.moc"
