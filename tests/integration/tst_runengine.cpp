// The run engine end to end on real containers: a catalog, the broker over TLS, the local
// Podman connector, the bootstrap and slipway-node, the ss-* tools, the state barriers.

#include "core/bundle/importfiles.h"
#include "core/bundle/importplan.h"
#include "core/bundle/slipstreamreader.h"
#include "core/catalog/catalog.h"
#include "core/connector/connector.h"
#include "core/run/runhost.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/testpaths.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

Parameter passwordInput(const QString &name, const QString &defaultValue)
{
    Parameter p = input(name, defaultValue);
    p.type = ParameterType::Password;
    return p;
}

} // namespace

class TestRunEngine : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;

    // Whether the spy saw `run` settle (an earlier test's run may settle meanwhile).
    static bool settledRun(const QSignalSpy &settled, const QString &run)
    {
        for (const QList<QVariant> &args : settled) {
            if (args.value(0).toString() == run)
                return true;
        }
        return false;
    }

    // The token a node was given, from the context file in its container.
    static QByteArray nodeToken(const QString &handle)
    {
        QProcess p;
        p.start(u"podman"_s,
                {u"exec"_s, handle, u"sed"_s, u"-n"_s, u"s/^token=//p"_s, u"/etc/slipway/context"_s});
        if (!p.waitForFinished(30000))
            return {};
        return p.readAllStandardOutput().trimmed();
    }

    QString handleOf(const QString &run, const QString &instance)
    {
        for (const InstanceRecord &i : m_bed.engine().instances(run)) {
            if (i.name == instance)
                return i.handle;
        }
        return {};
    }

    // The broker's HTTP status for a node's read with that token, over HTTPS with the
    // broker's CA, as a node's curl calls it (the token in curl's config on stdin).
    int brokerStatus(const QString &run, const QString &instance, const QByteArray &token)
    {
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"-s"_s,
                    u"-o"_s,
                    u"/dev/null"_s,
                    u"-w"_s,
                    u"%{http_code}"_s,
                    u"-K"_s,
                    u"-"_s,
                    u"--cacert"_s,
                    m_bed.host().broker().caFile(),
                    m_bed.host().broker().url().toString() + u"/api/v1/runs/"_s + run
                        + u"/params/ss:state?ignore-abort=1"_s});
        curl.write("header = \"Authorization: Bearer " + token
                   + "\"\nheader = \"X-Slipway-Instance: " + instance.toUtf8() + "\"\n");
        curl.closeWriteChannel();
        // The broker answers from this thread: wait with the event loop running.
        QSignalSpy done(&curl, &QProcess::finished);
        if (curl.state() != QProcess::NotRunning && !done.wait(30000))
            return -1;
        return curl.readAllStandardOutput().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());

        // The seed's Torque-style exchange: the master publishes a munge key in base64 and
        // collects every worker's hostname using the workers' multiplicity.
        const QString master = uR"SH(#!/bin/sh -e
key=$(head -c 32 /dev/urandom | base64 -w 0)
ss-set munge_key64 "$key"
ss-display 'Adding workers'
n=$(ss-get worker.1:multiplicity)
nodes=
i=1
while [ $i -le $n ]; do
  nodes="$nodes $(ss-get --timeout 480 worker.$i:hostname)"
  i=$((i + 1))
done
ss-set nodes "$(echo $nodes)"
ss-display 'Torque master ready'
)SH"_s;
        const QString worker = uR"SH(#!/bin/bash -xe
export munge_key64=`ss-get --timeout 480 master.1:munge_key64`
echo $munge_key64 | base64 -d > /tmp/munge.key
ss-set key_length "$(wc -c < /tmp/munge.key)"
ss-set statecustom "Worker $SLIPSTREAM_NODE_INSTANCE ready"
)SH"_s;
        for (const Module &m : {
                 image(u"t/debian"_s, {}, {}),
                 image(u"t/master"_s,
                       u"t/debian"_s,
                       master,
                       {output(u"munge_key64"_s), output(u"nodes"_s)}),
                 image(u"t/worker"_s,
                       u"t/debian"_s,
                       worker,
                       {input(u"master_key"_s), output(u"key_length"_s)}),
                 image(u"t/envcheck"_s,
                       u"t/debian"_s,
                       uR"SH(#!/bin/sh -e
# A service the recipe starts, as a daemon would be.
sleep 300 </dev/null >/dev/null 2>&1 &
service=$!
token=$(sed -n 's/^token=//p' /etc/slipway/context)
ss-set in_env "$(env | grep -c '^SLIPWAY_TOKEN=' || true)"
ss-set in_service "$(tr '\0' '\n' < /proc/$service/environ | grep -c '^SLIPWAY_TOKEN=' || true)"
found=0
for e in /proc/[0-9]*/environ; do
  if tr '\0' '\n' < "$e" 2>/dev/null | grep -qF "$token"; then found=$((found + 1)); fi
done
ss-set in_processes "$found"
ss-set context_mode "$(stat -c %a /etc/slipway/context)"
kill $service
)SH"_s,
                       {output(u"in_env"_s),
                        output(u"in_service"_s),
                        output(u"in_processes"_s),
                        output(u"context_mode"_s)}),
                 image(u"t/leaky"_s,
                       u"t/debian"_s,
                       u"echo \"connecting with $(ss-get db_password)\"\n"
                       "echo \"login failed for $(ss-get db_password)\" >&2\nexit 4\n"_s,
                       {passwordInput(u"db_password"_s, u"Hunter2-pw-8d"_s)}),
                 image(u"t/failing"_s,
                       u"t/debian"_s,
                       u"echo preparing\necho 'disk full' >&2\nexit 3\n"_s),
             }) {
            QVERIFY2(m_bed.save(m), qPrintable(m.path));
        }
        Module cluster;
        cluster.path = u"t/cluster"_s;
        cluster.kind = ModuleKind::Deployment;
        Node masterNode;
        masterNode.name = u"master"_s;
        masterNode.image = u"t/master"_s;
        Node workerNode;
        workerNode.name = u"worker"_s;
        workerNode.image = u"t/worker"_s;
        workerNode.multiplicity = 2;
        workerNode.mappings = {ParameterMapping{u"master_key"_s, u"master:munge_key64"_s, false}};
        cluster.deployment.nodes = {masterNode, workerNode};
        QVERIFY(m_bed.save(cluster));

        QVERIFY(m_bed.startHost(RunTestBed::HostOptions().withReportGraceMs(20000)));
    }

    void cleanupTestCase()
    {
        // Whatever a failed test left behind goes.
        m_bed.removeRuns();
    }

    void deploymentExchangesParametersAndReachesReady()
    {
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = m_bed.launch(u"t/cluster"_s);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 240000);
        QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));

        // Every worker got the master's key through the parameters, and the master listed
        // the two workers' addresses.
        QCOMPARE(m_bed.value(run, u"worker.1:key_length"_s), u"32"_s);
        QCOMPARE(m_bed.value(run, u"worker.2:key_length"_s), u"32"_s);
        QCOMPARE(m_bed.value(run, u"worker.2:master_key"_s),
                 m_bed.value(run, u"master.1:munge_key64"_s));
        const QStringList nodes = m_bed.value(run, u"master.1:nodes"_s).split(u' ');
        QCOMPARE(nodes,
                 (QStringList{m_bed.value(run, u"worker.1:hostname"_s),
                              m_bed.value(run, u"worker.2:hostname"_s)}));
        QCOMPARE(m_bed.value(run, u"worker.2:statecustom"_s), u"Worker worker.2 ready"_s);

        // The reports hold each instance's logs.
        QSet<QString> reported;
        for (const auto &report : m_bed.host().store().reports(run))
            reported.insert(report.instance + u'/' + report.name);
        QVERIFY2(reported.contains(u"master.1/execute.log"_s),
                 qPrintable(reported.values().join(u' ')));
        QVERIFY(reported.contains(u"worker.2/node.log"_s));

        const auto instances = m_bed.engine().instances(run);
        QCOMPARE(instances.size(), 3);
        for (const InstanceRecord &i : instances)
            QCOMPARE(instanceStateName(i.state), u"ready"_s);
        QCOMPARE(containersOfRun(run).size(), 3);
        // A kept Ready run still serves its nodes.
        const QByteArray token = nodeToken(handleOf(run, u"worker.2"_s));
        QVERIFY(!token.isEmpty());
        QCOMPARE(brokerStatus(run, u"worker.2"_s, token), 200);

        // Terminating a Ready run ends it Done, with its containers gone.
        settled.clear();
        QVERIFY(m_bed.engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 120000);
        QCOMPARE(m_bed.engine().run(run)->state, u"Done"_s);
        QVERIFY(m_bed.engine().run(run)->terminated);
        QVERIFY(containersOfRun(run).isEmpty());
        // Its nodes' tokens are revoked.
        QCOMPARE(brokerStatus(run, u"worker.2"_s, token), 401);
    }

    // The token is in the 0600 context file only: neither a recipe's environment nor a
    // service it starts nor any process of the node has it.
    void recipesDoNotInheritTheToken()
    {
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = m_bed.launch(u"t/envcheck"_s);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(settledRun(settled, run), 240000);
        QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));
        QCOMPARE(m_bed.value(run, u"machine.1:context_mode"_s), u"600"_s);
        QCOMPARE(m_bed.value(run, u"machine.1:in_env"_s), u"0"_s);
        QCOMPARE(m_bed.value(run, u"machine.1:in_service"_s), u"0"_s);
        QCOMPARE(m_bed.value(run, u"machine.1:in_processes"_s), u"0"_s);
        settled.clear();
        QVERIFY(m_bed.engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(settledRun(settled, run), 120000);
    }

    // A script that prints a password: the abort reason (its log's tail) and the events show
    // it masked.
    void passwordsPrintedByAScriptAreMasked()
    {
        // Every line Slipway logs while the run goes, debug ones too.
        static QStringList logged;
        static QtMessageHandler previous = nullptr;
        logged.clear();
        QLoggingCategory::setFilterRules(u"slipway.*=true"_s);
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                logged.append(message);
                if (previous && type != QtDebugMsg)
                    previous(type, context, message);
            });
        const auto restore = qScopeGuard([] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        LaunchOptions options;
        options.keepRunning = KeepRunning::Never;
        const QString run = m_bed.launch(u"t/leaky"_s, options);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(settledRun(settled, run), 240000);
        const RunRecord record = *m_bed.engine().run(run);
        QCOMPARE(record.state, u"Aborted"_s);
        QVERIFY2(record.abortReason.contains(u"login failed for ********"_s),
                 qPrintable(record.abortReason));
        QVERIFY2(!record.abortReason.contains(u"Hunter2-pw-8d"_s), qPrintable(record.abortReason));
        const QString events = m_bed.events(run);
        QVERIFY2(events.contains(u"********"_s), qPrintable(events));
        QVERIFY2(!events.contains(u"Hunter2-pw-8d"_s), qPrintable(events));
        // The node's abort reason (its log's tail) is stored masked: ss:abort, which run
        // params, the run view and the other nodes' logs show, never holds the password.
        const QString stored = m_bed.value(run, u"ss:abort"_s);
        QVERIFY2(stored.contains(u"login failed for ********"_s), qPrintable(stored));
        QVERIFY2(!stored.contains(u"Hunter2-pw-8d"_s), qPrintable(stored));
        // The script's log is its own and kept byte for byte, password included; the lines
        // slipway-node writes there and in node.log never hold it.
        bool scriptLogKept = false;
        for (const auto &report : m_bed.host().store().reports(run)) {
            scriptLogKept |= report.name == u"execute.log"
                             && report.data.contains("login failed for Hunter2-pw-8d");
            for (const QByteArray &line : report.data.split('\n')) {
                if (line.contains("slipway-node:"))
                    QVERIFY2(!line.contains("Hunter2-pw-8d"), line.constData());
            }
        }
        QVERIFY(scriptLogKept);
        QVERIFY(!logged.isEmpty());
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(u"Hunter2-pw-8d"_s), qPrintable(line));
    }

    void failingScriptAbortsWithItsReason()
    {
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        LaunchOptions options;
        options.keepRunning = KeepRunning::OnSuccess;
        const QString run = m_bed.launch(u"t/failing"_s, options);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 240000);
        const RunRecord record = *m_bed.engine().run(run);
        QCOMPARE(record.state, u"Aborted"_s);
        QVERIFY2(record.abortReason.contains(u"machine.1"_s), qPrintable(record.abortReason));
        QVERIFY2(record.abortReason.contains(u"exit status 3"_s), qPrintable(record.abortReason));
        QVERIFY2(record.abortReason.contains(u"disk full"_s), qPrintable(record.abortReason));
        // Its log was still collected, and on-success removes the containers of a failed run.
        bool logged = false;
        for (const auto &report : m_bed.host().store().reports(run))
            logged |= report.name == u"execute.log" && report.data.contains("disk full");
        QVERIFY(logged);
        QVERIFY(record.terminated);
        QVERIFY(containersOfRun(run).isEmpty());
    }

    // SlipStream's own RStudio appliance, imported from its module XML, runs its execute
    // script unchanged: a random password and the service URL published with ss-set.
    void slipstreamRStudioRunsUnchanged()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const QString samples = slipstreamSamplesDir();
        const BundleReadResult read = SlipStreamReader::readFiles(
            {samples + u"/examples/examples.xml"_s,
             samples + u"/examples/examples_images.xml"_s,
             samples + u"/examples/examples_images_ubuntu-12.04.xml"_s,
             samples + u"/RStudio/RStudio.xml"_s,
             samples + u"/RStudio/rstudio.xml"_s});
        QVERIFY(read.ok());
        ImportOptions importOptions;
        importOptions.onConflict = ConflictChoice::Skip;
        const ImportPlan plan = ImportPlan::make(read.bundle, m_bed.catalog(), importOptions);
        QVERIFY2(plan.apply(m_bed.catalog()), qPrintable(plan.previewText()));

        // The native Ubuntu 12.04 of 2013 is the Debian 13 base image here. The appliance's
        // image recipe downloads RStudio from the internet, which this machine cannot reach:
        // the image is recorded as built from the base image, so that what runs is SlipStream's
        // execute script, as it is in the XML.
        const QString native = u"examples/images/ubuntu-12.04"_s;
        Module ubuntu = m_bed.catalog().latest(native)->module;
        ubuntu.image.imageIds << CloudImageId{u"local"_s, kBaseImage, {}};
        QVERIFY(m_bed.catalog().save(ubuntu, u"test"_s, u"local id"_s));
        const QString rstudio = u"apps/RStudio/rstudio"_s;
        const ModuleVersion appliance = *m_bed.catalog().latest(rstudio);
        QVERIFY(appliance.module.image.recipes.execute.contains(u"ss-set rstudio_pswd"_s));
        QVERIFY(
            m_bed.catalog().recordBuiltImage(rstudio, appliance.version, u"local"_s, kBaseImage));

        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = m_bed.launch(rstudio);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 240000);
        QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));
        QCOMPARE(m_bed.value(run, u"machine.1:rstudio_user"_s), u"ruser"_s);
        QCOMPARE(m_bed.value(run, u"machine.1:rstudio_pswd"_s).size(), 12); // openssl rand -base64 8
        const QString url = u"http://"_s + m_bed.value(run, u"machine.1:hostname"_s);
        QCOMPARE(m_bed.value(run, u"machine.1:url.service"_s), url);
        QCOMPARE(m_bed.value(run, u"ss:url.service"_s), url);
        QCOMPARE(m_bed.value(run, u"machine.1:statecustom"_s), u"RStudio Ready!"_s);
        QVERIFY(m_bed.engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.engine().run(run)->terminated, 120000);
    }

    // A deployment written in SlipStream module XML (tests/data/slipstream/webpair), imported
    // and deployed with its scripts unchanged: the image recipes install nginx and curl from
    // Debian on the nodes (the images are not built), the execute scripts coordinate through
    // a mapped output, and the report recipe leaves a file in SLIPSTREAM_REPORT_DIR.
    void slipstreamDeploymentInstallsPackagesAndRuns()
    {
        const QString dir = testData(u"slipstream/webpair/"_s);
        const BundleReadResult read = readImportFiles({dir + u"debian-13.xml"_s,
                                                       dir + u"web.xml"_s,
                                                       dir + u"client.xml"_s,
                                                       dir + u"webpair.xml"_s});
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        const ImportPlan plan = ImportPlan::make(read.bundle, m_bed.catalog());
        QVERIFY2(plan.apply(m_bed.catalog()), qPrintable(plan.previewText()));

        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = m_bed.launch(u"webpair/webpair"_s);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 600000);
        QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));
        QCOMPARE(m_bed.value(run, u"client.1:page"_s), u"hello from pre-install and nginx"_s);
        QCOMPARE(m_bed.value(run, u"client.1:web_url"_s),
                 u"http://"_s + m_bed.value(run, u"web.1:hostname"_s) + u"/hello.txt"_s);
        QSet<QString> reported;
        for (const auto &report : m_bed.host().store().reports(run))
            reported.insert(report.instance + u'/' + report.name);
        QVERIFY2(reported.contains(u"web.1/packages.log"_s),
                 qPrintable(reported.values().join(u' ')));
        QVERIFY(reported.contains(u"web.1/report-nginx-site.conf"_s));
        QVERIFY(m_bed.engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.engine().run(run)->terminated, 120000);
        QVERIFY(containersOfRun(run).isEmpty());
    }

    void launchRefusesWhatCannotRun()
    {
        LaunchOptions options;
        options.parameters.insert(u"master:no_such_input"_s, u"x"_s);
        const Result<RunPlan> plan = planRun(m_bed.catalog(), u"t/cluster"_s, options);
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(u"no_such_input"_s), qPrintable(plan.errorMessage()));

        LaunchOptions elsewhere;
        elsewhere.defaultCloud = u"openstack-lab"_s;
        const Result<RunPlan> other = planRun(m_bed.catalog(), u"t/cluster"_s, elsewhere);
        QVERIFY(!other);
        QVERIFY2(other.errorMessage().contains(u"openstack-lab"_s),
                 qPrintable(other.errorMessage()));
    }

    // SlipStream recipe idioms that used to stop on Slipway's tools: probing an
    // optional input with --noblock under set -e, ss-random --size, url.ssh and image.id,
    // ss-get-all --value, ss-cancel-abort and SLIPSTREAM_NODE_INSTANCE_NAME.
    void slipstreamIdiomsReachReady()
    {
        const QString master = uR"SH(#!/bin/sh
set -e
optional=$(ss-get --noblock optional_setting)
[ -z "$optional" ] || exit 11
password=$(ss-random --size 8 db_password)
[ ${#password} -eq 8 ] || exit 12
ss-set login "$(ss-get url.ssh) $(ss-get image.id)"
ss-set me "$SLIPSTREAM_NODE_INSTANCE_NAME"
ss-get-all --timeout 300 --value ready worker ready
ss-cancel-abort
ss-display 'compat master ready'
)SH"_s;
        const QString worker = uR"SH(#!/bin/sh
set -e
ss-set me "$SLIPSTREAM_NODE_INSTANCE_NAME"
ss-set ready ready
)SH"_s;
        for (const Module &m : {image(u"t/idioms-master"_s,
                                      u"t/debian"_s,
                                      master,
                                      {input(u"optional_setting"_s),
                                       output(u"db_password"_s),
                                       output(u"login"_s),
                                       output(u"me"_s)}),
                                image(u"t/idioms-worker"_s,
                                      u"t/debian"_s,
                                      worker,
                                      {output(u"ready"_s), output(u"me"_s)})}) {
            QVERIFY2(m_bed.save(m), qPrintable(m.path));
        }
        Module deployment;
        deployment.path = u"t/idioms"_s;
        deployment.kind = ModuleKind::Deployment;
        Node masterNode;
        masterNode.name = u"master"_s;
        masterNode.image = u"t/idioms-master"_s;
        Node workerNode;
        workerNode.name = u"worker"_s;
        workerNode.image = u"t/idioms-worker"_s;
        workerNode.multiplicity = 2;
        deployment.deployment.nodes = {masterNode, workerNode};
        QVERIFY(m_bed.save(deployment));

        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = m_bed.launch(u"t/idioms"_s);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(settledRun(settled, run), 240000);
        QVERIFY2(m_bed.engine().run(run)->state == RunState::Ready, qPrintable(m_bed.events(run)));
        QCOMPARE(m_bed.value(run, u"master.1:db_password"_s).size(), 8);
        QCOMPARE(m_bed.value(run, u"master.1:me"_s), u"master.1"_s);
        QCOMPARE(m_bed.value(run, u"worker.2:me"_s), u"worker.2"_s);
        // Every instance has its login URL and its image from the connector.
        for (const QString &instance : {u"master.1"_s, u"worker.1"_s, u"worker.2"_s}) {
            QVERIFY2(m_bed.value(run, instance + u":url.ssh"_s).contains(u"://"_s),
                     qPrintable(instance));
            QCOMPARE(m_bed.value(run, instance + u":image.id"_s), kBaseImage);
        }
        QCOMPARE(m_bed.value(run, u"master.1:login"_s),
                 m_bed.value(run, u"master.1:url.ssh"_s) + u' ' + kBaseImage);
        QCOMPARE(m_bed.value(run, u"master.1:statecustom"_s), u"compat master ready"_s);
        QVERIFY(m_bed.engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.engine().run(run)->terminated, 120000);
    }

    // An abort raised by one node while another node's script sleeps for 10 minutes: the
    // sleeping script is stopped at once (its whole process group), its node says so in the
    // phase's log and uploads its reports, and the run ends Aborted with the first reason.
    void abortStopsRunningScripts()
    {
        for (const Module &m :
             {image(u"t/sleeper"_s,
                    u"t/debian"_s,
                    u"#!/bin/sh\necho sleeping\n(sleep 600; echo child woke) &\nsleep 600\necho woke\n"_s),
              image(
                  u"t/aborter"_s,
                  u"t/debian"_s,
                  u"#!/bin/sh\nsleep 8\nss-abort 'stopped by the aborter'\nss-abort second || true\n"_s)}) {
            QVERIFY2(m_bed.save(m), qPrintable(m.path));
        }
        Module deployment;
        deployment.path = u"t/abortpair"_s;
        deployment.kind = ModuleKind::Deployment;
        Node sleeper;
        sleeper.name = u"sleeper"_s;
        sleeper.image = u"t/sleeper"_s;
        Node aborter;
        aborter.name = u"aborter"_s;
        aborter.image = u"t/aborter"_s;
        deployment.deployment.nodes = {sleeper, aborter};
        QVERIFY(m_bed.save(deployment));

        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        LaunchOptions options;
        options.keepRunning = KeepRunning::Always; // the machines stay: the scripts must still stop
        const QString run = m_bed.launch(u"t/abortpair"_s, options);
        QVERIFY(!run.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.engine().run(run)->state == RunState::Aborted, 240000);
        QElapsedTimer sinceAbort;
        sinceAbort.start();
        QTRY_VERIFY_WITH_TIMEOUT(settledRun(settled, run), 120000);
        qInfo("the run settled %lld ms after its abort", sinceAbort.elapsed());
        const RunRecord record = *m_bed.engine().run(run);
        QCOMPARE(record.state, u"Aborted"_s);
        QCOMPARE(record.abortReason, u"stopped by the aborter"_s);
        // The sleeper's node stopped its script (not the report grace period of the engine:
        // its own reports say so), well before the 20 s grace.
        QVERIFY2(sinceAbort.elapsed() < 20000, qPrintable(m_bed.events(run)));
        QByteArray executeLog, nodeLog;
        for (const auto &report : m_bed.host().store().reports(run)) {
            if (report.instance == u"sleeper.1" && report.name == u"execute.log")
                executeLog = report.data;
            if (report.instance == u"sleeper.1" && report.name == u"node.log")
                nodeLog = report.data;
        }
        QVERIFY2(executeLog.contains("stopping this phase"), executeLog.constData());
        QVERIFY2(executeLog.contains("sleeping") && !executeLog.contains("woke"),
                 executeLog.constData());
        QVERIFY2(nodeLog.contains("was stopped by the abort of the run"), nodeLog.constData());
        // Nothing of the phase is left running on the machine, which keep-running kept.
        const QStringList containers = containersOfRun(run);
        QCOMPARE(containers.size(), 2);
        QString handle;
        for (const InstanceRecord &i : m_bed.engine().instances(run)) {
            if (i.name == u"sleeper.1")
                handle = i.handle;
        }
        QProcess ps;
        ps.start(u"podman"_s,
                 {u"exec"_s,
                  handle,
                  u"sh"_s,
                  u"-c"_s,
                  u"for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' <$f; echo; done"_s});
        QVERIFY(ps.waitForFinished(30000));
        QVERIFY2(ps.exitCode() == 0, ps.readAllStandardError().constData());
        const QByteArray processes = ps.readAllStandardOutput();
        QVERIFY2(!processes.contains("sleep 600"), processes.constData());
        // The run is over: on the machine that keep-running kept, the node's own tools are
        // refused by the broker (its token was revoked), as is its token from outside.
        QProcess tool;
        tool.start(u"podman"_s, {u"exec"_s, handle, u"ss-get"_s, u"--noblock"_s, u"ss:state"_s});
        QSignalSpy toolDone(&tool, &QProcess::finished);
        QVERIFY(toolDone.wait(60000));
        QCOMPARE(tool.exitCode(), 7);
        QVERIFY2(tool.readAllStandardError().contains("refused"), "ss-get was not refused");
        QCOMPARE(brokerStatus(run, u"sleeper.1"_s, nodeToken(handle)), 401);
        QVERIFY(m_bed.engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.engine().run(run)->terminated, 120000);
    }

    // A run terminated while its script runs ends Cancelled, and its node's token with it.
    void cancelledRunRevokesItsTokens()
    {
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const QString run = m_bed.launch(u"t/sleeper"_s); // saved by abortStopsRunningScripts
        QVERIFY(!run.isEmpty());
        QVERIFY2(m_bed.waitFor(
                     run, [](const RunRecord &r) { return r.state == RunState::Executing; }, 240000),
                 qPrintable(m_bed.events(run)));
        const QByteArray token = nodeToken(handleOf(run, u"machine.1"_s));
        QVERIFY(!token.isEmpty());
        QCOMPARE(brokerStatus(run, u"machine.1"_s, token), 200);
        QVERIFY(m_bed.engine().terminate(run));
        QTRY_VERIFY_WITH_TIMEOUT(settledRun(settled, run), 120000);
        QCOMPARE(m_bed.engine().run(run)->state, u"Cancelled"_s);
        QCOMPARE(brokerStatus(run, u"machine.1"_s, token), 401);
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
