// slipway-cli deploy, run, build and cloud on real Podman containers: the built binary driven
// with QProcess on a temporary catalog and data folder, killed with SIGKILL mid-run and
// resumed.

#include "core/catalog/catalog.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

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

Parameter password(const QString &name, ParameterCategory category, const QString &value)
{
    Parameter p = parameter(name, category, value);
    p.type = ParameterType::Password;
    return p;
}

} // namespace

class TestCliDeploy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;
    QString m_catalogFile;
    QString m_nonce = QUuid::createUuid().toString(QUuid::Id128);
    QStringList m_runs;
    QStringList m_images;

    QProcessEnvironment environment() const
    {
        return environmentWithDataDir(m_dir.filePath(u"data"_s));
    }

    // Starts a slipway-cli that the test watches and signals while it runs.
    void start(QProcess &process, const QStringList &args) const
    {
        process.setProcessEnvironment(environment());
        process.start(m_program, QStringList{u"--catalog"_s, m_catalogFile} + args);
    }

    Outcome cli(const QStringList &args, int timeoutMs = 300000)
    {
        const ProcessResult r
            = runProcess(m_program,
                         QStringList{u"--catalog"_s, m_catalogFile} + args,
                         ProcessOptions().withEnvironment(environment()).withTimeout(timeoutMs));
        const Outcome o{r.exitCode, r.outText(), r.errText()};
        remember(o.err);
        return o;
    }

    // Every run the CLI launched, for the clean-up.
    void remember(const QString &err)
    {
        static const QRegularExpression launched(u"run ([0-9a-f]{12}) launched"_s);
        for (auto it = launched.globalMatch(err); it.hasNext();) {
            const QString run = it.next().captured(1);
            if (!m_runs.contains(run))
                m_runs << run;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_dir.isValid());
        m_program = cliProgram();
        QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
        m_catalogFile = m_dir.filePath(u"catalog.sqlite"_s);
        Catalog catalog(m_catalogFile);
        QVERIFY(catalog.open());

        // The Torque-style exchange: the master's key reaches every worker through a mapping,
        // the master collects the workers' hostnames by their multiplicity.
        const QString master = uR"SH(#!/bin/sh -e
ss-set munge_key64 "$(head -c 32 /dev/urandom | base64 -w 0)"
n=$(ss-get worker.1:multiplicity)
nodes=
i=1
while [ $i -le $n ]; do
  nodes="$nodes $(ss-get --timeout 240 worker.$i:hostname)"
  i=$((i + 1))
done
ss-set nodes "$(echo $nodes)"
ss-display 'Torque master ready'
)SH"_s;
        const QString worker = uR"SH(#!/bin/sh -e
key=$(ss-get --timeout 240 master_key)
ss-set answer "$(ss-get greeting) $(echo "$key" | base64 -d | wc -c)"
ss-set password_sum "$(ss-get db_password | sha256sum | cut -c1-16)"
ss-set password_copy "$(ss-get db_password)"
ss-display "worker $SLIPSTREAM_NODE_INSTANCE ready"
printf 'status \033[31mred\033[0m\033]0;title\007\n'
)SH"_s;
        // The fault test's pair: one waits for a value the other sets a few seconds later.
        const QString waiter = uR"SH(#!/bin/sh -e
ss-set before "$(hostname)"
ss-set got "$(ss-get --timeout 120 sleeper:ready)"
)SH"_s;
        const QString sleeper = uR"SH(#!/bin/sh -e
sleep 20
ss-set ready "yes from $(hostname)"
)SH"_s;
        Module built = image(u"t/built"_s, u"t/debian"_s, u"cat /etc/slipway-built\n"_s);
        built.image.recipes.recipe = u"echo '"_s + m_nonce + u"' > /etc/slipway-built\n"_s;
        using C = ParameterCategory;
        const QList<Module> modules{
            image(u"t/debian"_s, {}, {}),
            image(u"t/master"_s,
                  u"t/debian"_s,
                  master,
                  {parameter(u"munge_key64"_s, C::Output), parameter(u"nodes"_s, C::Output)}),
            image(u"t/worker"_s,
                  u"t/debian"_s,
                  worker,
                  {parameter(u"master_key"_s, C::Input),
                   parameter(u"greeting"_s, C::Input, u"hi"_s),
                   password(u"db_password"_s, C::Input, u"default-pw-91f3"_s),
                   password(u"password_copy"_s, C::Output, {}),
                   parameter(u"password_sum"_s, C::Output),
                   parameter(u"answer"_s, C::Output)}),
            image(u"t/failing"_s,
                  u"t/debian"_s,
                  u"echo preparing\necho 'disk full' >&2\nexit 3\n"_s),
            image(u"t/waiter"_s,
                  u"t/debian"_s,
                  waiter,
                  {parameter(u"before"_s, C::Output), parameter(u"got"_s, C::Output)}),
            image(u"t/sleeper"_s, u"t/debian"_s, sleeper, {parameter(u"ready"_s, C::Output)}),
            built,
        };
        for (const Module &m : modules)
            QVERIFY2(catalog.save(m, u"test"_s, u"fixture"_s), qPrintable(m.path));

        Module cluster;
        cluster.path = u"t/cluster"_s;
        cluster.kind = ModuleKind::Deployment;
        Node workers = node(u"worker"_s, u"t/worker"_s, 1);
        workers.mappings = {ParameterMapping{u"master_key"_s, u"master:munge_key64"_s, false}};
        cluster.deployment.nodes = {node(u"master"_s, u"t/master"_s), workers};
        QVERIFY(catalog.save(cluster, u"test"_s, u"fixture"_s));

        Module slow;
        slow.path = u"t/slow"_s;
        slow.kind = ModuleKind::Deployment;
        slow.deployment.nodes = {node(u"waiter"_s, u"t/waiter"_s),
                                 node(u"sleeper"_s, u"t/sleeper"_s)};
        QVERIFY(catalog.save(slow, u"test"_s, u"fixture"_s));
    }

    void cleanupTestCase()
    {
        // Whatever a failed test left behind goes.
        for (const QString &run : std::as_const(m_runs))
            removeRun(run);
        for (const QString &id : std::as_const(m_images))
            QProcess::execute(u"podman"_s, {u"rmi"_s, u"-f"_s, id});
    }

    void commandLineErrors()
    {
        Outcome o = cli({u"deploy"_s, u"t/cluster"_s, u"--param"_s, u"nocolon=1"_s});
        QCOMPARE(o.exitCode, 2);
        o = cli({u"deploy"_s, u"t/cluster"_s, u"--param"_s, u"worker:nosuch=1"_s});
        QCOMPARE(o.exitCode, 5);
        QVERIFY2(o.err.contains(u"nosuch"_s), qPrintable(o.err));
        o = cli({u"deploy"_s, u"t/cluster"_s, u"--cloud"_s, u"nowhere"_s});
        QCOMPARE(o.exitCode, 5);
        o = cli({u"run"_s, u"show"_s, u"000000000000"_s});
        QCOMPARE(o.exitCode, 1);
        o = cli(
            {u"cloud"_s, u"add"_s, u"lab"_s, u"--kind"_s, u"local"_s, u"--set"_s, u"password=x"_s});
        QCOMPARE(o.exitCode, 2);
        o = cli({u"cloud"_s,
                 u"add"_s,
                 u"lab"_s,
                 u"--kind"_s,
                 u"local"_s,
                 u"--set"_s,
                 u"executable=podman"_s});
        QCOMPARE(o.exitCode, 0);
        o = cli({u"cloud"_s, u"ls"_s});
        QVERIFY2(o.out.startsWith(u"local "_s) && o.out.contains(u"lab "_s), qPrintable(o.out));
        o = cli({u"cloud"_s, u"test"_s, u"lab"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"podman"_s), qPrintable(o.out));
    }

    void deployExchangesAndReachesReady()
    {
        // Image ids are per cloud: the root image gets one for the cloud "lab" too.
        const Outcome id = cli({u"catalog"_s, u"image-id"_s, u"t/debian"_s, u"lab"_s, kBaseImage});
        QVERIFY2(id.exitCode == 0, qPrintable(id.all()));
        // A password is refused on the command line, where every user could read it...
        const Outcome refused = cli({u"deploy"_s,
                                     u"t/cluster"_s,
                                     u"--cloud"_s,
                                     u"lab"_s,
                                     u"--param"_s,
                                     u"worker:db_password=in-argv-0c1d"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--param-stdin worker:db_password"_s),
                 qPrintable(refused.all()));
        QVERIFY(m_runs.isEmpty());
        // ... and taken from standard input (the greeting from a file).
        const QString paramFile = m_dir.filePath(u"params"_s);
        {
            QFile f(paramFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# the workers' greeting\nworker:greeting=hello\n");
        }
        const QByteArray password = "stdin-pw \"7e2a\" $x";
        const ProcessResult r = runProcess(m_program,
                                           {u"--catalog"_s,
                                            m_catalogFile,
                                            u"deploy"_s,
                                            u"t/cluster"_s,
                                            u"--cloud"_s,
                                            u"lab"_s,
                                            u"--param-file"_s,
                                            paramFile,
                                            u"--param-stdin"_s,
                                            u"worker:db_password"_s,
                                            u"--multiplicity"_s,
                                            u"worker=3"_s,
                                            u"--tag"_s,
                                            u"ci"_s,
                                            u"--json"_s},
                                           ProcessOptions()
                                               .withEnvironment(environment())
                                               .withInput(password + "\n")
                                               .withTimeout(300000));
        const Outcome o{r.exitCode, r.outText(), r.errText()};
        remember(o.err);
        QVERIFY2(o.exitCode == 0, qPrintable(o.all()));
        // The node got it; deploy's output and run params show it masked.
        const QByteArray printed = password + '\n'; // as ss-get prints it
        const QByteArray sum
            = QCryptographicHash::hash(printed, QCryptographicHash::Sha256).toHex().left(16);
        for (const QString &text : {o.out, o.err})
            QVERIFY2(!text.contains(QString::fromUtf8(password)), qPrintable(o.all()));
        const QJsonObject result = o.json();
        const QString run = result.value(u"id"_s).toString();
        QCOMPARE(result.value(u"state"_s).toString(), u"Ready"_s);
        QVERIFY2(o.err.contains(u"state Executing"_s), qPrintable(o.err));
        QVERIFY2(o.err.contains(u"worker.3: worker worker.3 ready"_s), qPrintable(o.err));

        const QJsonObject instances = result.value(u"instances"_s).toObject();
        QCOMPARE(instances.size(), 4);
        QStringList hostnames;
        for (int i = 1; i <= 3; ++i) {
            const QJsonObject w = instances.value(u"worker.%1"_s.arg(i)).toObject();
            QCOMPARE(w.value(u"answer"_s).toString(), u"hello 32"_s);
            QCOMPARE(w.value(u"password_sum"_s).toString().toUtf8(), sum);
            QCOMPARE(w.value(u"db_password"_s).toString(), u"********"_s);
            QCOMPARE(w.value(u"password_copy"_s).toString(), u"********"_s);
            QVERIFY(!w.value(u"instanceid"_s).toString().isEmpty());
            hostnames << w.value(u"hostname"_s).toString();
        }
        QCOMPARE(instances.value(u"master.1"_s).toObject().value(u"nodes"_s).toString(),
                 hostnames.join(u' '));
        QCOMPARE(containersOfRun(run).size(), 4);
        // Every node heard that the run is Ready before deploy, and its broker, went: each
        // agent ends saying so, none is left asking a broker that is gone.
        for (const QString &container : containersOfRun(run)) {
            QString last;
            QDeadlineTimer heard(20000);
            while (true) {
                last = runProcess(u"podman"_s,
                                  {u"exec"_s,
                                   container,
                                   u"sh"_s,
                                   u"-c"_s,
                                   u"tail -n 1 /var/log/slipway/node.log; "
                                   "pgrep -f '[s]h /var/lib/slipway/slipway-node' || true"_s})
                           .outText()
                           .trimmed();
                if (last.endsWith(u"slipway-node: the run is Ready"_s) || heard.hasExpired())
                    break;
                QTest::qWait(200);
            }
            QVERIFY2(last.endsWith(u"slipway-node: the run is Ready"_s),
                     qPrintable(container + u": "_s + last));
        }

        // The records, read while nothing hosts the run.
        Outcome ls = cli({u"run"_s, u"ls"_s});
        QVERIFY2(ls.out.contains(run + u"  "_s) && ls.out.contains(u"(kept)"_s), qPrintable(ls.out));
        Outcome show = cli({u"run"_s, u"show"_s, run});
        QVERIFY2(show.out.contains(u"state         Ready"_s), qPrintable(show.out));
        QVERIFY2(show.out.contains(u"tags          ci"_s), qPrintable(show.out));
        Outcome params = cli({u"run"_s, u"params"_s, run});
        QVERIFY2(params.out.contains(u"worker.2:greeting = hello\n"_s), qPrintable(params.out));
        QVERIFY2(params.out.contains(u"worker.2:db_password = ********\n"_s),
                 qPrintable(params.out));
        QVERIFY2(!params.out.contains(QString::fromUtf8(password)), qPrintable(params.out));
        QVERIFY2(!params.out.contains(u"default-pw-91f3"_s), qPrintable(params.out));
        Outcome logs = cli({u"run"_s, u"logs"_s, run, u"--instance"_s, u"worker.2"_s});
        QVERIFY2(logs.out.contains(u"--- report worker.2/execute.log"_s), qPrintable(logs.out));
        QVERIFY2(!logs.out.contains(u"worker.1/"_s), qPrintable(logs.out));
        // The node's escape sequences reach the terminal escaped, not run.
        QVERIFY2(logs.out.contains(u"status \\e[31mred\\e[0m\\e]0;title\\x07"_s),
                 qPrintable(logs.out));
        QVERIFY(!logs.out.contains(QChar(0x1b)) && !logs.out.contains(QChar(0x07)));

        const Outcome ended = cli({u"run"_s, u"terminate"_s, run});
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.all()));
        QVERIFY2(ended.out.contains(u"Done"_s), qPrintable(ended.out));
        QVERIFY(containersOfRun(run).isEmpty());
    }

    void failingNodeAbortsTheRun()
    {
        const Outcome o = cli({u"deploy"_s, u"t/failing"_s, u"--keep-running"_s, u"on-success"_s});
        QVERIFY2(o.exitCode == 6, qPrintable(o.all()));
        QVERIFY2(o.err.contains(u"exit status 3"_s) && o.err.contains(u"disk full"_s),
                 qPrintable(o.err));
        QVERIFY2(o.out.startsWith(u"run "_s) && o.out.contains(u" Aborted\n"_s), qPrintable(o.out));
        const QString run = o.out.section(u' ', 1, 1);
        QVERIFY(containersOfRun(run).isEmpty());
        // Its log was collected all the same.
        const Outcome logs = cli({u"run"_s, u"logs"_s, run});
        QVERIFY2(logs.out.contains(u"machine.1/execute.log"_s) && logs.out.contains(u"disk full"_s),
                 qPrintable(logs.out));
    }

    void buildReusesUnchangedSteps()
    {
        Outcome first = cli({u"build"_s, u"t/built"_s, u"--json"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.all()));
        m_images << first.json().value(u"imageId"_s).toString();
        QCOMPARE(first.json().value(u"stepsRun"_s).toInt(), 1);
        QVERIFY2(first.err.contains(u"step recipe: run in"_s), qPrintable(first.err));

        Outcome again = cli({u"build"_s, u"t/built"_s, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        QCOMPARE(again.json().value(u"stepsRun"_s).toInt(), 0);
        QVERIFY2(again.err.contains(u"step recipe: reused"_s), qPrintable(again.err));
        QCOMPARE(again.json().value(u"imageId"_s), first.json().value(u"imageId"_s));

        // Only the execute script changes: a new version, nothing rebuilt, and recorded.
        {
            Catalog catalog(m_catalogFile);
            QVERIFY(catalog.open());
            Module changed = catalog.latest(u"t/built"_s)->module;
            changed.image.recipes.execute = u"echo changed; cat /etc/slipway-built\n"_s;
            QVERIFY(catalog.save(changed, u"test"_s, u"execute only"_s));
        }
        Outcome third = cli({u"build"_s, u"t/built"_s, u"--json"_s});
        QVERIFY2(third.exitCode == 0, qPrintable(third.all()));
        QCOMPARE(third.json().value(u"version"_s).toInt(), 2);
        QCOMPARE(third.json().value(u"stepsRun"_s).toInt(), 0);
        QCOMPARE(third.json().value(u"imageId"_s), first.json().value(u"imageId"_s));
        Catalog catalog(m_catalogFile);
        QVERIFY(catalog.open());
        const auto built = catalog.builtImages(u"t/built"_s, 2);
        QVERIFY(built && built->size() == 1);
        QCOMPARE(built->constFirst().imageId, first.json().value(u"imageId"_s).toString());
        QCOMPARE(cli({u"build"_s, u"t/debian"_s}).exitCode, 5);
    }

    // SIGTERM (or Ctrl-C) before Ready aborts the run; on-success then removes its containers.
    void interruptAbortsTheRun()
    {
        QProcess deploy;
        start(deploy, {u"deploy"_s, u"t/slow"_s});
        QVERIFY(deploy.waitForStarted());
        QString err;
        QDeadlineTimer deadline(240000);
        while (!err.contains(u"state Executing"_s) && !deadline.hasExpired()
               && deploy.state() == QProcess::Running) {
            deploy.waitForReadyRead(1000);
            err += QString::fromUtf8(deploy.readAllStandardError());
        }
        remember(err);
        QVERIFY2(err.contains(u"state Executing"_s), qPrintable(err));
        const QString run = m_runs.last();
        deploy.terminate(); // SIGTERM
        QVERIFY(deploy.waitForFinished(180000));
        err += QString::fromUtf8(deploy.readAllStandardError());
        QVERIFY2(deploy.exitStatus() == QProcess::NormalExit && deploy.exitCode() == 6,
                 qPrintable(err));
        QVERIFY2(err.contains(u"aborted: interrupted"_s), qPrintable(err));
        QVERIFY(containersOfRun(run).isEmpty());
    }

    // A crash of the run host: SIGKILL the process hosting the broker during Executing; the run,
    // resumed by another process, reaches Ready with every parameter right.
    void killDuringExecutingThenResume()
    {
        QProcess deploy;
        start(deploy, {u"deploy"_s, u"t/slow"_s});
        QVERIFY(deploy.waitForStarted());
        QString err;
        QDeadlineTimer deadline(240000);
        while (!err.contains(u"state Executing"_s) && !deadline.hasExpired()
               && deploy.state() == QProcess::Running) {
            deploy.waitForReadyRead(1000);
            err += QString::fromUtf8(deploy.readAllStandardError());
        }
        remember(err);
        QVERIFY2(err.contains(u"state Executing"_s), qPrintable(err));
        const QString run = m_runs.last();

        // While it hosts the run, no other process may.
        const Outcome busy = cli({u"run"_s, u"abort"_s, run});
        QVERIFY2(busy.exitCode == 8, qPrintable(busy.all()));

        // The containers and their ids, as Podman and the records know them before the kill.
        const auto podmanIds = [&run] {
            const ProcessResult ps = runProcess(u"podman"_s,
                                                {u"ps"_s,
                                                 u"-a"_s,
                                                 u"--no-trunc"_s,
                                                 u"--filter"_s,
                                                 u"label=slipway.run="_s + run,
                                                 u"--format"_s,
                                                 u"{{.Names}} {{.ID}}"_s});
            QStringList lines = ps.outText().split(u'\n', Qt::SkipEmptyParts);
            lines.sort();
            return lines;
        };
        const auto recordedIds = [this, &run] {
            QStringList ids;
            const Outcome show = cli({u"run"_s, u"show"_s, run, u"--json"_s});
            for (const QJsonValue &i : show.json().value(u"instances"_s).toArray())
                ids << i[u"name"_s].toString() + u' ' + i[u"instanceId"_s].toString();
            ids.sort();
            return ids;
        };
        const QStringList containersBefore = podmanIds();
        const QStringList idsBefore = recordedIds();
        QCOMPARE(containersBefore.size(), 2);
        QCOMPARE(idsBefore.size(), 2);
        for (const QString &id : idsBefore)
            QVERIFY2(!id.section(u' ', 1).isEmpty(), qPrintable(idsBefore.join(u", "_s)));

        deploy.kill(); // SIGKILL
        QVERIFY(deploy.waitForFinished(30000));
        QCOMPARE(deploy.exitStatus(), QProcess::CrashExit);
        const Outcome shown = cli({u"run"_s, u"show"_s, run, u"--json"_s});
        QCOMPARE(shown.json().value(u"state"_s).toString(), u"Executing"_s);
        // The kill landed before the exchange: the sleeper had not published, the waiter had
        // not read (both happen only once a process hosts the run again).
        const Outcome before = cli({u"run"_s, u"params"_s, run});
        QVERIFY2(before.exitCode == 0, qPrintable(before.all()));
        QVERIFY2(!before.out.contains(u"sleeper.1:ready = "_s), qPrintable(before.all()));
        QVERIFY2(!before.out.contains(u"waiter.1:got = "_s), qPrintable(before.all()));

        const Outcome resumed = cli({u"run"_s, u"resume"_s, run, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all()));
        const QJsonObject result = resumed.json();
        QCOMPARE(result.value(u"state"_s).toString(), u"Ready"_s);
        const QJsonObject instances = result.value(u"instances"_s).toObject();
        const QJsonObject waiter = instances.value(u"waiter.1"_s).toObject();
        const QJsonObject sleeper = instances.value(u"sleeper.1"_s).toObject();
        QVERIFY(!sleeper.value(u"hostname"_s).toString().isEmpty());
        QVERIFY2(sleeper.value(u"ready"_s).toString().startsWith(u"yes from "_s),
                 qPrintable(resumed.all()));
        QCOMPARE(waiter.value(u"got"_s), sleeper.value(u"ready"_s));
        QVERIFY(!waiter.value(u"before"_s).toString().isEmpty());
        QVERIFY(!waiter.value(u"instanceid"_s).toString().isEmpty());
        // The resumed run re-attached the same containers: same names, same Podman ids, same
        // recorded instance ids, no instance made again.
        QCOMPARE(podmanIds(), containersBefore);
        QCOMPARE(recordedIds(), idsBefore);
        for (const QString &line : idsBefore) {
            const QString instance = line.section(u' ', 0, 0);
            QCOMPARE(instances.value(instance).toObject().value(u"instanceid"_s).toString(),
                     line.section(u' ', 1));
        }

        const Outcome ended = cli({u"run"_s, u"terminate"_s, run});
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.all()));
        QVERIFY(containersOfRun(run).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDeploy)
#include "tst_clideploy.moc"
