// A whole deployment through the EC2 connector, end to end: the connector talks SigV4-signed
// EC2 Query API calls to an HTTPS server that behaves as EC2 does, except that its
// "instances" are local Podman containers that boot from their user-data with Debian's
// cloud-init (a NoCloud seed), whose output is the console. The nodes reach
// the broker ONLY through a real slipway-relay process: the broker listens on 127.0.0.1,
// which the containers cannot reach. Master and worker exchange a parameter, the run reaches
// Ready, then Done with its instances terminated. The secret access key must appear in no
// log line, no user-data, no request and not in the catalog database.

#include "connectors/ec2/ec2connector.h"
#include "connectors/local/localconnector.h"
#include "core/broker/brokercertificates.h"
#include "core/catalog/catalog.h"
#include "core/connector/cloudinit.h"
#include "core/relay/relaylink.h"
#include "core/run/runhost.h"
#include "core/secrets/secretstore.h"
#include "tests/support/cloudfixtureserver.h"
#include "tests/support/cloudinitcontainer.h"
#include "tests/support/ec2apimodel.h"
#include "tests/support/keyringsession.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/testpaths.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;
using Slipway::Testing::CloudFixtureServer;

namespace {

const QByteArray kSecret = "e2eSECRETwJalrXUtnFEMI/K7MDENG+bPxRfiCYqq";
constexpr auto kCloud = "aws-e2e";
constexpr auto kAmi = "ami-0e2e0000000000001";

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

// EC2 as far as the connector uses it, with containers for instances.
class Ec2Emulator : public QObject
{
public:
    struct Instance
    {
        QString id;
        QString container;
        QString state = u"pending"_s;
        QString ip;
        QString type;
        QByteArray console;
        QByteArray userData;
        QList<std::pair<QString, QString>> tags;
    };

    Ec2Emulator(CloudFixtureServer *server, QString network, QString label, QString dir)
        : m_server(server)
        , m_network(std::move(network))
        , m_label(std::move(label))
        , m_dir(std::move(dir))
    {
        route(u"DescribeImages"_s, [](const CloudFixtureServer::Request &r) {
            QByteArray xml = CloudFixtureServer::fixture(u"ec2/describe_images_available.xml"_s);
            return xml.replace("ami-bff32ccc", r.parameter(u"ImageId.1"_s).toUtf8());
        });
        route(u"RunInstances"_s, [this](const CloudFixtureServer::Request &r) { return run(r); });
        route(u"DescribeInstances"_s,
              [this](const CloudFixtureServer::Request &r) { return describe(r); });
        // The console is what the instance's first process (cloud-init here) printed.
        m_server->route({"POST", "/", u"GetConsoleOutput"_s, {}},
                        [this](const CloudFixtureServer::Request &r,
                               CloudFixtureServer::Reply reply) {
                            const QString id = r.parameter(u"InstanceId"_s);
                            podman({u"logs"_s, m_instances.value(id).container},
                                   {},
                                   [this, id, reply](QProcess *p) {
                                       m_instances[id].console = p->readAll();
                                       QByteArray xml = CloudFixtureServer::fixture(
                                           u"ec2/get_console_output.xml"_s);
                                       xml.replace("@OUTPUT@",
                                                   m_instances.value(id).console.toBase64());
                                       xml.replace("i-1234567890abcdef0", id.toUtf8());
                                       reply({200, "text/xml;charset=UTF-8", xml, {}});
                                   });
                        });
        route(u"TerminateInstances"_s,
              [this](const CloudFixtureServer::Request &r) { return terminate(r); });
    }

    QHash<QString, Instance> instances() const { return m_instances; }

private:
    void route(const QString &action,
               std::function<QByteArray(const CloudFixtureServer::Request &)> answer)
    {
        m_server->route({"POST", "/", action, {}},
                        [answer](const CloudFixtureServer::Request &r,
                                 CloudFixtureServer::Reply reply) {
                            reply({200, "text/xml;charset=UTF-8", answer(r), {}});
                        });
    }

    void podman(const QStringList &args,
                const QByteArray &input,
                std::function<void(QProcess *)> done)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        connect(p, &QProcess::finished, this, [p, done] {
            done(p);
            p->deleteLater();
        });
        p->start(u"podman"_s, args);
        if (!input.isNull()) {
            p->write(input);
            p->closeWriteChannel();
        }
    }

    QByteArray run(const CloudFixtureServer::Request &r)
    {
        Instance i;
        i.id = u"i-0e2e%1"_s.arg(++m_count, 13, 16, QLatin1Char('0'));
        i.type = r.parameter(u"InstanceType"_s);
        for (int n = 1; !r.parameter(u"TagSpecification.1.Tag.%1.Key"_s.arg(n)).isEmpty(); ++n)
            i.tags.append({r.parameter(u"TagSpecification.1.Tag.%1.Key"_s.arg(n)),
                           r.parameter(u"TagSpecification.1.Tag.%1.Value"_s.arg(n))});
        i.container = m_label + u'-' + i.id;
        m_instances.insert(i.id, i);
        const QString id = i.id;
        const QByteArray userData = QByteArray::fromBase64(r.parameter(u"UserData"_s).toLatin1());
        if (userData.startsWith("\x1f\x8b")) {
            auto *gunzip = new QProcess(this);
            connect(gunzip, &QProcess::finished, this, [this, gunzip, id] {
                gunzip->deleteLater();
                boot(id, gunzip->readAllStandardOutput());
            });
            gunzip->start(u"gzip"_s, {u"-dc"_s});
            gunzip->write(userData);
            gunzip->closeWriteChannel();
        } else {
            boot(id, userData);
        }
        QByteArray xml = CloudFixtureServer::fixture(u"ec2/run_instances.xml"_s);
        xml.replace("i-1234567890abcdef0", id.toUtf8());
        xml.replace("<instanceType>t2.micro", QByteArray("<instanceType>" + i.type.toUtf8()));
        return xml;
    }

    // What the cloud does at first boot: Debian's cloud-init in the container reads the
    // user-data from its NoCloud seed and runs it; its output is the console. The instance then
    // stays up.
    void boot(const QString &id, const QByteArray &userData)
    {
        m_instances[id].userData = userData;
        QString error;
        const QStringList boot = cloudInitRunArguments(m_dir + u"/seed-"_s + id,
                                                       id,
                                                       userData,
                                                       &error);
        if (boot.isEmpty()) {
            qWarning() << "no NoCloud seed:" << error;
            m_instances[id].state = u"terminated"_s;
            return;
        }
        const Instance i = m_instances.value(id);
        const QStringList args = QStringList{u"run"_s,
                                             u"-d"_s,
                                             u"--name"_s,
                                             i.container,
                                             u"--hostname"_s,
                                             i.id,
                                             u"--network"_s,
                                             m_network,
                                             u"--label"_s,
                                             u"slipway.test="_s + m_label}
                                 + boot;
        podman(args, {}, [this, id](QProcess *p) {
            if (p->exitCode() != 0) {
                qWarning() << "podman run failed:" << p->readAll();
                m_instances[id].state = u"terminated"_s;
                return;
            }
            podman({u"inspect"_s,
                    u"-f"_s,
                    u"{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}"_s,
                    m_instances.value(id).container},
                   {},
                   [this, id](QProcess *inspect) {
                       m_instances[id].ip = QString::fromUtf8(inspect->readAll()).trimmed();
                       m_instances[id].state = u"running"_s;
                   });
        });
    }

    QByteArray describe(const CloudFixtureServer::Request &r)
    {
        QList<Instance> found;
        const QString one = r.parameter(u"InstanceId.1"_s);
        for (const Instance &i : std::as_const(m_instances)) {
            if (!one.isEmpty()) {
                if (i.id == one)
                    found << i;
                continue;
            }
            // Filter.1 is the tag filter, Filter.2 the states.
            const QString tag = r.parameter(u"Filter.1.Name"_s).mid(4);
            const QString value = r.parameter(u"Filter.1.Value.1"_s);
            bool tagged = false;
            for (const auto &[k, v] : i.tags)
                tagged = tagged || (k == tag && v == value);
            if (tagged && i.state != u"terminated")
                found << i;
        }
        QByteArray xml = "<DescribeInstancesResponse "
                         "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
                         "  <requestId>e2e00000-0000-4000-8000-000000000001</requestId>\n"
                         "  <reservationSet>\n";
        for (const Instance &i : std::as_const(found)) {
            xml += "    <item><reservationId>r-" + i.id.mid(2).toUtf8()
                   + "</reservationId><ownerId>123456789012</ownerId><instancesSet><item>"
                     "<instanceId>"
                   + i.id.toUtf8() + "</instanceId><imageId>" + kAmi
                   + "</imageId><instanceState><code>0</code><name>" + i.state.toUtf8()
                   + "</name></instanceState><instanceType>" + i.type.toUtf8()
                   + "</instanceType><privateIpAddress>" + i.ip.toUtf8()
                   + "</privateIpAddress><tagSet>";
            for (const auto &[k, v] : i.tags)
                xml += "<item><key>" + k.toUtf8() + "</key><value>" + v.toUtf8()
                       + "</value></item>";
            xml += "</tagSet></item></instancesSet></item>\n";
        }
        xml += "  </reservationSet>\n</DescribeInstancesResponse>\n";
        return xml;
    }

    QByteArray terminate(const CloudFixtureServer::Request &r)
    {
        QByteArray items;
        for (int n = 1; !r.parameter(u"InstanceId.%1"_s.arg(n)).isEmpty(); ++n) {
            const QString id = r.parameter(u"InstanceId.%1"_s.arg(n));
            if (!m_instances.contains(id))
                continue;
            m_instances[id].state = u"shutting-down"_s;
            podman({u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s, m_instances.value(id).container},
                   {},
                   [this, id](QProcess *) { m_instances[id].state = u"terminated"_s; });
            items += "<item><instanceId>" + id.toUtf8()
                     + "</instanceId><currentState><code>32</code><name>shutting-down</name>"
                       "</currentState><previousState><code>16</code><name>running</name>"
                       "</previousState></item>";
        }
        return "<TerminateInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
               "<requestId>e2e00000-0000-4000-8000-000000000002</requestId><instancesSet>"
               + items + "</instancesSet></TerminateInstancesResponse>";
    }

    CloudFixtureServer *m_server;
    QString m_network;
    QString m_label;
    QString m_dir; // where the user-data scripts are written
    QHash<QString, Instance> m_instances;
    int m_count = 0;
};

} // namespace

class TestEc2Deployment : public QObject
{
    Q_OBJECT

    RunTestBed m_bed; // the catalog, the run host and the emulator's files
    Testing::KeyringSession m_keyring;
    CloudFixtureServer m_server;
    std::unique_ptr<Ec2Emulator> m_ec2;
    std::unique_ptr<QProcess> m_relay;
    QByteArray m_relayErrors;
    QString m_label = u"slipway-ec2e2e-%1"_s.arg(QRandomGenerator::global()->generate() % 1000000);

    // What the instances printed and logged, for a failure's message.
    QString diagnostics()
    {
        QString text;
        for (const Ec2Emulator::Instance &i : m_ec2->instances()) {
            text += u"--- %1 (%2) console:\n"_s.arg(i.id, i.state) + QString::fromUtf8(i.console);
            for (const QString &name : {u"bootstrap.log"_s, u"node.log"_s}) {
                const QString log = m_bed.filePath(i.id + u'-' + name);
                QProcess::execute(u"podman"_s,
                                  {u"cp"_s, i.container + u":/var/log/slipway/"_s + name, log});
                QFile f(log);
                if (f.open(QIODevice::ReadOnly))
                    text += u"--- "_s + name + u":\n"_s
                            + QString::fromUtf8(f.readAll().right(3000));
            }
        }
        return text;
    }

    void removeContainers()
    {
        QProcess ps;
        ps.start(u"podman"_s,
                 {u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=slipway.test="_s + m_label});
        ps.waitForFinished(30000);
        const QStringList ids = QString::fromUtf8(ps.readAllStandardOutput())
                                    .split(u'\n', Qt::SkipEmptyParts);
        if (!ids.isEmpty())
            QProcess::execute(u"podman"_s, QStringList{u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s} + ids);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());
        QString error;
        SLIPWAY_REQUIRE_KEYRING();
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(writeSecretNow(QString::fromLatin1(kCloud),
                                QString(Ec2Connector::kSecretName),
                                kSecret),
                 "the secret could not be stored");
        QLoggingCategory::setFilterRules(u"slipway.*=true"_s);
        g_previous = qInstallMessageHandler(captureLog);

        // The containers' network: they reach this host (the relay) and nothing of the test.
        QCOMPARE(QProcess::execute(u"podman"_s, {u"network"_s, u"create"_s, m_label}), 0);

        // The relay presents a certificate of the broker's CA, which the nodes trust.
        const QString tls = m_bed.filePath(u"tls"_s);
        const BrokerCertificates certs
            = BrokerCertificates::ensure(tls, {QString(LocalConnector::kBrokerHost)});
        QVERIFY2(certs.ok(), qPrintable(certs.error));
        const QString secretFile = m_bed.filePath(u"relay-secret"_s);
        {
            QFile f(secretFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("relay-link-secret-0123456789abcdef\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        m_relay = std::make_unique<QProcess>();
        m_relay->start(Testing::relayProgram(),
                       {u"--listen"_s,
                        u"0.0.0.0:0"_s,
                        u"--link-listen"_s,
                        u"127.0.0.1:0"_s,
                        u"--cert"_s,
                        certs.certificateFile,
                        u"--key"_s,
                        certs.keyFile,
                        u"--secret-file"_s,
                        secretFile});
        const QRegularExpression ports(u"nodes on port (\\d+), application links on port (\\d+)"_s);
        QTRY_VERIFY_WITH_TIMEOUT((m_relayErrors += m_relay->readAllStandardError(),
                                  ports.match(QString::fromUtf8(m_relayErrors)).hasMatch()
                                      || m_relay->state() == QProcess::NotRunning),
                                 20000);
        const QRegularExpressionMatch m = ports.match(QString::fromUtf8(m_relayErrors));
        QVERIFY2(m.hasMatch(), m_relayErrors.constData());

        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ec2 = std::make_unique<Ec2Emulator>(&m_server, m_label, m_label, m_bed.path());

        for (const Module &mod : {
                 onClouds(image(u"e/debian"_s, {}, {}),
                          {CloudImageId{QString::fromLatin1(kCloud), QString::fromLatin1(kAmi), {}}}),
                 image(u"e/master"_s,
                       u"e/debian"_s,
                       u"#!/bin/sh -e\nss-set greeting \"hello from $(hostname)\"\n"_s,
                       {output(u"greeting"_s)}),
                 image(u"e/worker"_s,
                       u"e/debian"_s,
                       u"#!/bin/sh -e\nv=$(ss-get --timeout 300 master.1:greeting)\n"
                       "ss-set heard \"$v\"\nss-set statecustom \"worker heard the master\"\n"
                       "ss-set masterhost \"$(ss-get --timeout 300 master.1:hostname)\"\n"_s,
                       {output(u"heard"_s), output(u"masterhost"_s)}),
             }) {
            QVERIFY(m_bed.save(mod));
        }
        Module pair;
        pair.path = u"e/pair"_s;
        pair.kind = ModuleKind::Deployment;
        Node master;
        master.name = u"master"_s;
        master.image = u"e/master"_s;
        Node worker;
        worker.name = u"worker"_s;
        worker.image = u"e/worker"_s;
        pair.deployment.nodes = {master, worker};
        QVERIFY(m_bed.save(pair));

        CloudConfig cloud;
        cloud.name = QString::fromLatin1(kCloud);
        cloud.kind = u"ec2"_s;
        cloud.settings = {{u"region"_s, u"eu-west-1"_s},
                          {u"endpoint"_s, m_server.url().toString()},
                          {u"access-key-id"_s, u"AKIDEXAMPLE"_s},
                          {u"ca-file"_s, m_server.caFile()},
                          {u"instance-type"_s, u"t3.micro"_s},
                          {u"poll-interval-ms"_s, u"250"_s},
                          {u"retry-delay-ms"_s, u"50"_s}};
        RunTestBed::HostOptions options;
        options.reportGraceMs = 20000;
        options.clouds = [cloud](const QString &name) -> std::optional<CloudConfig> {
            if (name == cloud.name)
                return cloud;
            return std::nullopt;
        };
        const QString relayPorts[] = {m.captured(1), m.captured(2)};
        options.adjust = [&relayPorts](RunHost::Options &host) {
            host.address = QHostAddress::LocalHost; // out of the containers' reach
            host.relayUrl = u"https://%1:%2"_s.arg(QString(LocalConnector::kBrokerHost),
                                                   relayPorts[0]);
            host.relayLinkUrl = QUrl(u"wss://127.0.0.1:%1/slipway-relay/v1"_s.arg(relayPorts[1]));
            host.relaySecret = "relay-link-secret-0123456789abcdef";
        };
        QVERIFY(m_bed.startHost(options));
        QVERIFY(m_bed.host().relayLink());
        QTRY_COMPARE_WITH_TIMEOUT(m_bed.host().relayLink()->state(),
                                  RelayLink::State::Connected,
                                  20000);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        m_bed.stopHost();
        removeContainers();
        QProcess::execute(u"podman"_s, {u"network"_s, u"rm"_s, u"-f"_s, m_label});
        if (m_relay) {
            m_relay->kill();
            m_relay->waitForFinished(10000);
        }
        (void) removeSecretNow(QString::fromLatin1(kCloud), QString(Ec2Connector::kSecretName));
    }

    void deploymentThroughTheRelayReachesReady()
    {
        LaunchOptions options;
        options.defaultCloud = QString::fromLatin1(kCloud);
        options.keepRunning = KeepRunning::Never;
        options.timeoutSeconds = 300;
        const Result<RunPlan> plan = planRun(m_bed.catalog(), u"e/pair"_s, options);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QSignalSpy states(&m_bed.engine(), &RunEngine::runStateChanged);
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        // A failed run keeps its instances for the report grace: what they logged goes into
        // the failure's message.
        QString failure;
        connect(&m_bed.engine(),
                &RunEngine::runStateChanged,
                this,
                [&](const QString &, const QString &state) {
                    if (state == RunState::Aborted.toString() && failure.isEmpty())
                        failure = diagnostics();
                });
        const Result<QString> run = m_bed.engine().launch(*plan);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QVERIFY(m_bed.host().relayLink()->runs().contains(*run));

        const auto events = [&] {
            return m_bed.events(*run);
        };
        // Bounded by the run's own timeout (10 minutes), which aborts and settles it.
        (void) QTest::qWaitFor([&] { return !settled.isEmpty(); }, 700000);
        QVERIFY2(!settled.isEmpty(), qPrintable(events() + u'\n' + diagnostics()));
        QVERIFY2(m_bed.engine().run(*run)->state == RunState::Done,
                 qPrintable(events() + u'\n' + failure));
        QStringList seen;
        for (const QList<QVariant> &s : std::as_const(states))
            if (s.at(0).toString() == *run)
                seen << s.at(1).toString();
        QVERIFY2(seen.contains(RunState::Ready.toString()), qPrintable(seen.join(u", ")));

        // The worker read what the master published, through the relay.
        const auto value = [&](const QString &key) {
            return m_bed.value(*run, key);
        };
        const QString greeting = value(u"master.1:greeting"_s);
        QVERIFY2(greeting.startsWith(u"hello from i-0e2e"_s), qPrintable(greeting));
        QCOMPARE(value(u"worker.1:heard"_s), greeting);
        // EC2 instances are launched at provision with their bootstrap and count as provisioned
        // once they run: their address and id are published from then on.
        const QString masterIp = m_ec2->instances().value(value(u"master.1:instanceid"_s)).ip;
        QVERIFY2(!masterIp.isEmpty(), qPrintable(value(u"master.1:instanceid"_s)));
        QCOMPARE(value(u"master.1:hostname"_s), masterIp);
        QCOMPARE(value(u"worker.1:masterhost"_s), masterIp);
        QVERIFY(value(u"worker.1:instanceid"_s).startsWith(u"i-0e2e"_s));
        // How a user logs in (the AMI's user is not known: no user part) and the image run.
        for (const QString &i : {u"master.1"_s, u"worker.1"_s}) {
            const QString url = value(i + u":url.ssh"_s);
            QVERIFY2(url.startsWith(u"ssh://"_s) && url.size() > 6, qPrintable(url));
            QCOMPARE(value(i + u":image.id"_s), QString::fromLatin1(kAmi));
        }

        // Two instances were launched with user-data, once each, and are gone now; the run is
        // no longer announced on the relay.
        const QHash<QString, Ec2Emulator::Instance> instances = m_ec2->instances();
        QCOMPARE(instances.size(), 2);
        for (const Ec2Emulator::Instance &i : instances) {
            QVERIFY(i.console.contains("slipway-bootstrap: "));
            // Debian's cloud-init ran the user-data: its stages announce themselves.
            QVERIFY2(i.console.contains("Cloud-init v. ")
                         && i.console.contains("running 'modules:final'"),
                     i.console.constData());
            QVERIFY(!i.userData.isEmpty());
            // The files cloud-init writes (base64 in the user-data) name the run.
            const Result<CloudInitConfig> config = CloudInit::parseUserData(i.userData);
            QVERIFY2(config, qPrintable(config.errorMessage()));
            QByteArray written;
            for (const CloudInitFile &f : config->files)
                written += f.content;
            QVERIFY(written.contains(m_bed.engine().run(*run)->id.toUtf8()));
            QVERIFY(!i.userData.contains(kSecret));
            QVERIFY(!written.contains(kSecret));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Ec2Emulator::Instance &i : m_ec2->instances())
                    if (i.state != u"terminated")
                        return false;
                return true;
            }(),
            60000);
        QVERIFY(!m_bed.host().relayLink()->runs().contains(*run));
        QCOMPARE(m_server.requests(u"RunInstances"_s).size(), 2);
        QVERIFY(m_server.requests(u"TerminateInstances"_s).size() >= 1);
    }

    void theSecretAccessKeyStaysInTheKeychain()
    {
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromLatin1(kSecret)), qPrintable(line));
        for (const CloudFixtureServer::Request &r : m_server.requests()) {
            QVERIFY(!r.body.contains(kSecret));
            for (const auto &[name, value] : r.headers)
                QVERIFY(!value.contains(kSecret));
        }
        m_relayErrors += m_relay->readAllStandardError();
        QVERIFY(!m_relayErrors.contains(kSecret));
        // The catalog database and its journal.
        QDirIterator files(m_bed.path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            if (!f.fileName().contains(u"catalog.sqlite"_s))
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kSecret), qPrintable(f.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    // Every request sent above is one the EC2 API model (botocore's) accepts.
    void everyRequestMatchesTheEc2Model() { SLIPWAY_VERIFY_EC2_REQUESTS(); }
};

QTEST_GUILESS_MAIN(TestEc2Deployment)
#include "tst_ec2deployment.moc"
