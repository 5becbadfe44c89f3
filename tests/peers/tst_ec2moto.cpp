// The EC2 connector against moto (Debian's python3-moto), an EC2 that Slipway did not write,
// started by the peers group's fixture (tests/peers/moto-up.sh) on loopback: https with a test
// CA given as ca-file, and every signature checked (moto's IAM mode), so a request signed wrong
// is refused as AWS refuses it. moto has no machines: its console output is canned text. So
// that a launch can go on to its bootstrap, the connector reaches moto through a front on
// loopback that passes every request on unchanged (signature and Host header included) except
// GetConsoleOutput, which it answers from a Podman container booted from the user-data moto
// stored, with Debian's cloud-init (tests/support/cloudinitcontainer.h), as an instance would.
// Every request moto received is checked against botocore's EC2 API model at the end of the
// group (peers_moto_requests) and at the end of this test.

#include "connectors/ec2/ec2client.h"
#include "connectors/ec2/ec2connector.h"
#include "connectors/ec2/ec2imagebuild.h"
#include "core/catalog/catalog.h"
#include "core/connector/cloudinit.h"
#include "core/run/instancestate.h"
#include "core/run/runhost.h"
#include "core/secrets/secretstore.h"
#include "tests/support/cloudfixtureserver.h"
#include "tests/support/cloudinitcontainer.h"
#include "tests/support/ec2apimodel.h"
#include "tests/support/keyringsession.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/peerservers.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

constexpr auto kCloud = "moto";
constexpr auto kFrontCloud = "moto-front";
constexpr auto kWrongCloud = "moto-wrong-secret";
constexpr auto kRegion = "eu-west-1";
const QByteArray kToken = "node-token-peers-0123456789abcdef0123456789";

Ec2Client::Options clientOptions(const MotoServer &moto)
{
    Ec2Client::Options o;
    o.endpoint = moto.endpoint;
    o.region = QString::fromLatin1(kRegion);
    o.accessKeyId = moto.accessKeyId;
    o.secretAccessKey = moto.secretAccessKey;
    o.tls.addCaCertificates(QSslCertificate::fromPath(moto.caFile));
    o.baseDelay = std::chrono::milliseconds(50);
    return o;
}

// One call, waited for (bounded by the client's own time limits).
std::optional<XmlElement> callNow(Ec2Client &client,
                                  const QString &action,
                                  const Ec2Client::Params &params,
                                  QString *error)
{
    std::optional<XmlElement> result;
    bool done = false;
    QObject context;
    client.call(action, params, &context, [&](const XmlElement *r, const Ec2Error *e) {
        if (r)
            result = *r;
        else
            *error = e->toDisplayString();
        done = true;
    });
    (void) QTest::qWaitFor([&] { return done; }, 120000);
    if (!done)
        *error = action + u": no answer"_s;
    return result;
}

// moto, except that the console of an instance is that of a container which booted from the
// instance's user-data with cloud-init, and that a terminated instance's container goes.
class ConsoleFront : public QObject
{
public:
    ConsoleFront(const MotoServer &moto, Ec2Client *direct, QString label, QString dir)
        : m_moto(moto)
        , m_direct(direct)
        , m_label(std::move(label))
        , m_dir(std::move(dir))
    {
        m_tls.addCaCertificates(QSslCertificate::fromPath(moto.caFile));
        m_nam.setAutoDeleteReplies(true);
        m_server.route({"POST", "/", {}, {}},
                       [this](const CloudFixtureServer::Request &r,
                              CloudFixtureServer::Reply reply) { forward(r, std::move(reply)); });
        m_server.route({"POST", "/", u"GetConsoleOutput"_s, {}},
                       [this](const CloudFixtureServer::Request &r,
                              CloudFixtureServer::Reply reply) { console(r, std::move(reply)); });
        m_server.route({"POST", "/", u"TerminateInstances"_s, {}},
                       [this](const CloudFixtureServer::Request &r,
                              CloudFixtureServer::Reply reply) {
                           for (int n = 1; !r.parameter(u"InstanceId.%1"_s.arg(n)).isEmpty(); ++n)
                               removeContainer(r.parameter(u"InstanceId.%1"_s.arg(n)));
                           forward(r, std::move(reply));
                       });
    }

    bool start(QString *error) { return m_server.start(error); }
    QString url() const { return m_server.url().toString(); }
    QString caFile() const { return m_server.caFile(); }
    QString container(const QString &instanceId) const { return m_label + u'-' + instanceId; }
    QHash<QString, QByteArray> consoles() const { return m_consoles; }

private:
    // As it came, signature and Host header included: moto checks the signature.
    void forward(const CloudFixtureServer::Request &r, CloudFixtureServer::Reply reply)
    {
        QNetworkRequest request(m_moto.endpoint);
        request.setSslConfiguration(m_tls);
        request.setTransferTimeout(60000);
        for (const auto &[name, value] : r.headers) {
            if (name == "content-length" || name == "connection")
                continue;
            request.setRawHeader(name, value);
        }
        QNetworkReply *answer = m_nam.post(request, r.body);
        connect(answer, &QNetworkReply::finished, this, [answer, reply] {
            CloudFixtureServer::Response response;
            response.status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (response.status == 0) {
                response.status = 502;
                response.contentType = "text/plain";
                response.body = answer->errorString().toUtf8();
            } else {
                response.contentType = answer->rawHeader("content-type");
                response.body = answer->readAll();
            }
            reply(response);
        });
    }

    void console(const CloudFixtureServer::Request &r, CloudFixtureServer::Reply reply)
    {
        const QString id = r.parameter(u"InstanceId"_s);
        if (!m_booted.contains(id)) {
            m_booted.insert(id);
            boot(id);
        }
        QProcess logs;
        logs.setProcessChannelMode(QProcess::MergedChannels);
        logs.start(u"podman"_s, {u"logs"_s, container(id)});
        logs.waitForFinished(30000);
        if (logs.exitCode() == 0)
            m_consoles[id] = logs.readAll();
        const QByteArray xml = "<GetConsoleOutputResponse "
                               "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                               "<requestId>peers-front</requestId><instanceId>"
                               + id.toUtf8() + "</instanceId><timestamp>"
                               + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()
                               + "</timestamp><output>" + m_consoles.value(id).toBase64()
                               + "</output></GetConsoleOutputResponse>";
        reply({200, "text/xml;charset=UTF-8", xml, {}});
    }

    // The instance's first boot, from the user-data moto keeps for it.
    void boot(const QString &id)
    {
        QString error;
        const std::optional<XmlElement> attribute = callNow(*m_direct,
                                                            u"DescribeInstanceAttribute"_s,
                                                            {{u"InstanceId"_s, id},
                                                             {u"Attribute"_s, u"userData"_s}},
                                                            &error);
        const QByteArray userData = QByteArray::fromBase64(
            attribute ? attribute->value(u"userData/value").toLatin1() : QByteArray());
        const QStringList boot = cloudInitRunArguments(m_dir + u"/seed-"_s + id,
                                                       id,
                                                       userData,
                                                       &error);
        if (userData.isEmpty() || boot.isEmpty()) {
            qWarning() << "instance" << id << "cannot boot:" << error;
            return;
        }
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(u"podman"_s,
                  QStringList{u"run"_s,
                              u"-d"_s,
                              u"--name"_s,
                              container(id),
                              u"--hostname"_s,
                              id,
                              u"--network"_s,
                              u"none"_s,
                              u"--label"_s,
                              u"slipway.test="_s + m_label}
                      + boot);
        run.waitForFinished(120000);
        if (run.exitCode() != 0)
            qWarning() << "podman run failed:" << run.readAll();
    }

    void removeContainer(const QString &id)
    {
        if (m_booted.contains(id))
            QProcess::execute(u"podman"_s, {u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s, container(id)});
    }

    MotoServer m_moto;
    Ec2Client *m_direct;
    QString m_label;
    QString m_dir;
    CloudFixtureServer m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls = QSslConfiguration::defaultConfiguration();
    QSet<QString> m_booted;
    QHash<QString, QByteArray> m_consoles;
};

} // namespace

class TestEc2Moto : public QObject
{
    Q_OBJECT

    KeyringSession m_keyring;
    MotoServer m_moto;
    QTemporaryDir m_dir;
    std::unique_ptr<Ec2Client> m_aws; // the test's own calls: set-up and what it checks
    std::unique_ptr<ConsoleFront> m_front;
    QString m_tag = u"%1"_s.arg(QRandomGenerator::global()->bounded(10000000, 99999999));
    QString m_label = u"slipway-ec2moto-"_s + m_tag;
    QString m_owner = u"peers-"_s + m_tag;
    QString m_keyName = u"slipway-peers-"_s + m_tag;
    QString m_groupId;
    QString m_ami;

    CloudConfig cloud(const QString &name = QString::fromLatin1(kCloud)) const
    {
        const bool front = name == QString::fromLatin1(kFrontCloud);
        CloudConfig c;
        c.name = name;
        c.kind = u"ec2"_s;
        c.settings = {
            {u"region"_s, QString::fromLatin1(kRegion)},
            {u"endpoint"_s, front ? m_front->url() : m_moto.endpoint.toString()},
            {u"access-key-id"_s, m_moto.accessKeyId},
            {u"ca-file"_s, front ? m_front->caFile() : m_moto.caFile},
            {u"key-name"_s, m_keyName},
            {u"security-groups"_s, m_groupId},
            {u"poll-interval-ms"_s, u"300"_s},
            {u"retry-delay-ms"_s, u"50"_s},
        };
        return c;
    }

    template<typename Op>
    static bool waitFor(Op *op, int ms = 60000)
    {
        return QTest::qWaitFor([op] { return op->isFinished(); }, ms);
    }

    static QString failure(const ConnectorOperation *op)
    {
        return op->error() ? op->error()->toDisplayString() : QString();
    }

    std::optional<XmlElement> aws(const QString &action, const Ec2Client::Params &params = {})
    {
        QString error;
        std::optional<XmlElement> r = callNow(*m_aws, action, params, &error);
        if (!r)
            qWarning().noquote() << error;
        return r;
    }

    // The instances moto has with this run's tag, in every state.
    QList<Ec2Instance> instancesOfRun(const QString &runId)
    {
        const std::optional<XmlElement> r
            = aws(u"DescribeInstances"_s, Ec2Connector::filter(1, u"tag:slipway.run"_s, {runId}));
        return r ? Ec2Instance::fromDescribe({*r}) : QList<Ec2Instance>{};
    }

    // The form bodies moto's recorder kept that start with `prefix`.
    QList<QByteArray> recordedBodies(const QByteArray &prefix) const
    {
        QList<QByteArray> bodies;
        QFile recording(m_moto.recording);
        if (!recording.open(QIODevice::ReadOnly))
            return bodies;
        for (const QByteArray &line : recording.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            QByteArray body = entry.value(u"body"_s).toString().toUtf8();
            if (entry.value(u"body_encoded"_s).toBool())
                body = QByteArray::fromBase64(body);
            if (body.startsWith(prefix))
                bodies << body;
        }
        return bodies;
    }

    bool allGone(const QString &runId)
    {
        const QList<Ec2Instance> instances = instancesOfRun(runId);
        for (const Ec2Instance &i : instances)
            if (i.state != u"terminated" && i.state != u"shutting-down")
                return false;
        return !instances.isEmpty();
    }

    BootstrapRequest bootstrapRequest(const QString &runId,
                                      const Instance &reserved,
                                      const QByteArray &script)
    {
        BootstrapRequest b;
        b.runId = runId;
        b.instance = reserved;
        b.script = script;
        b.environment = {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.invalid:8443"_s},
                         {u"SLIPWAY_RUN"_s, runId},
                         {u"SLIPWAY_INSTANCE"_s, reserved.name.toString()},
                         {u"SLIPWAY_TOKEN"_s, QString::fromLatin1(kToken)}};
        return b;
    }

    // Provisions `name` with its bootstrap (launched with it, as the run engine does for
    // clouds that take it at launch) and starts following the bootstrap; the bootstrap, once
    // the instance runs.
    BootstrapOperation *launch(Ec2Connector &connector,
                               const QString &runId,
                               const InstanceName &name,
                               const QByteArray &script,
                               Instance *launched = nullptr)
    {
        const BootstrapRequest wanted = bootstrapRequest(runId,
                                                         Instance{name, {}, {}, {}, {}, {}},
                                                         script);
        InstanceRequest request{name, m_ami, {}};
        request.bootstrapScript = wanted.script;
        request.bootstrapEnvironment = wanted.environment;
        ProvisionOperation *provision = connector.provision({runId, m_owner, {request}});
        if (!waitFor(provision) || !provision->succeeded()) {
            qWarning().noquote() << "provision:" << failure(provision);
            return nullptr;
        }
        const Instance running = provision->instances().value(0);
        if (running.instanceId.isEmpty() || running.hostname.isEmpty()) {
            qWarning() << "provision named no running instance";
            return nullptr;
        }
        BootstrapRequest follow = bootstrapRequest(runId, running, script);
        follow.launched = true;
        if (launched)
            *launched = running;
        return connector.bootstrap(follow);
    }

    // Runs inside the child process of orphansOfAKilledHostGo: a host in the middle of a run
    // that launched an instance and waits for its bootstrap, which moto's console never ends.
    friend int hostChild(const QString &tag);

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const std::optional<MotoServer> moto = motoServer(&error);
        if (!moto)
            SLIPWAY_SKIP_OR_FAIL("moto, started by the peers fixture (ctest -L peers)");
        m_moto = *moto;
        SLIPWAY_REQUIRE_KEYRING();
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        for (const char *name : {kCloud, kFrontCloud})
            QVERIFY(writeSecretNow(QString::fromLatin1(name),
                                   QString(Ec2Connector::kSecretName),
                                   m_moto.secretAccessKey));
        QByteArray wrong = m_moto.secretAccessKey;
        wrong[0] = wrong.at(0) == 'A' ? 'B' : 'A';
        QVERIFY(writeSecretNow(QString::fromLatin1(kWrongCloud),
                               QString(Ec2Connector::kSecretName),
                               wrong));
        m_aws = std::make_unique<Ec2Client>(clientOptions(m_moto));
        m_front = std::make_unique<ConsoleFront>(m_moto, m_aws.get(), m_label, m_dir.path());
        QVERIFY2(m_front->start(&error), qPrintable(error));

        // What an account has before Slipway comes: a key pair, a security group, an image.
        QVERIFY(aws(u"CreateKeyPair"_s, {{u"KeyName"_s, m_keyName}}));
        const std::optional<XmlElement> group = aws(u"CreateSecurityGroup"_s,
                                                    {{u"GroupName"_s, u"slipway-peers-"_s + m_tag},
                                                     {u"GroupDescription"_s,
                                                      u"Slipway peers test"_s}});
        QVERIFY(group);
        m_groupId = group->value(u"groupId");
        QVERIFY(m_groupId.startsWith(u"sg-"_s));
        const std::optional<XmlElement> images = aws(u"DescribeImages"_s,
                                                     {{u"Owner.1"_s, u"amazon"_s}});
        QVERIFY(images);
        m_ami = images->value(u"imagesSet/item/imageId");
        QVERIFY2(m_ami.startsWith(u"ami-"_s), "moto lists no image of amazon");
    }

    void cloudTestNamesZonesAndKeyPair()
    {
        Ec2Connector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(failure(op)));
        QVERIFY2(op->details().startsWith(u"EC2 eu-west-1: "_s), qPrintable(op->details()));
        QVERIFY2(op->details().contains(u"eu-west-1a"_s), qPrintable(op->details()));
        QVERIFY2(op->details().contains(u"key pair "_s + m_keyName + u" ("_s),
                 qPrintable(op->details()));
    }

    void aWrongSecretIsAuthFailureInWordsToActOn()
    {
        Ec2Connector connector(cloud(QString::fromLatin1(kWrongCloud)));
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(op->error());
        const QString message = op->error()->message;
        // moto's own code and words, and what to do about them.
        QVERIFY2(message.contains(u"AuthFailure"_s), qPrintable(message));
        QVERIFY2(message.contains(u"access key id"_s) && message.contains(u"secret access key"_s)
                     && message.contains(u"keychain"_s),
                 qPrintable(message));
        // Refused at once: a credential error is not retried.
        QVERIFY2(!message.contains(u"attempts"_s), qPrintable(message));
    }

    void aLaunchCarriesUserDataTagsKeyGroupAndImdsV2()
    {
        Ec2Connector connector(cloud(QString::fromLatin1(kFrontCloud)));
        const QString run = u"run-ud-"_s + m_tag;
        Instance launched;
        const QByteArray script
            = "#!/bin/sh\necho \"user-data ran on $(hostname)\" > /root/peers\n";
        BootstrapOperation *op = launch(connector, run, {u"master"_s, 1}, script, &launched);
        QVERIFY(op);
        QVERIFY(launched.instanceId.startsWith(u"i-"_s));
        QVERIFY(!launched.hostname.isEmpty());

        // What moto keeps of the launch.
        const std::optional<XmlElement> described = aws(u"DescribeInstances"_s,
                                                        {{u"InstanceId.1"_s, launched.instanceId}});
        QVERIFY(described);
        const XmlElement &item = described->at(u"reservationSet/item/instancesSet/item");
        QCOMPARE(item.value(u"imageId"), m_ami);
        QCOMPARE(item.value(u"keyName"), m_keyName);
        QCOMPARE(item.value(u"instanceType"), u"t3.micro"_s);
        QStringList groups;
        for (const XmlElement *g : item.child(u"groupSet").all(u"item"))
            groups << g->value(u"groupId");
        QCOMPARE(groups, QStringList{m_groupId});
        const Ec2Instance instance = Ec2Instance::fromItem(item);
        QCOMPARE(instance.tags.value(u"Name"_s), u"slipway-"_s + run + u"-master-1"_s);
        QCOMPARE(instance.tags.value(u"slipway.run"_s), run);
        QCOMPARE(instance.tags.value(u"slipway.instance"_s), u"master.1"_s);
        QCOMPARE(instance.tags.value(u"slipway.owner"_s), m_owner);

        // The user-data moto stored is the cloud-config the connector made.
        const std::optional<XmlElement> attribute = aws(u"DescribeInstanceAttribute"_s,
                                                        {{u"InstanceId"_s, launched.instanceId},
                                                         {u"Attribute"_s, u"userData"_s}});
        QVERIFY(attribute);
        const QByteArray userData = QByteArray::fromBase64(
            attribute->value(u"userData/value").toLatin1());
        const Result<CloudInitConfig> expected = CloudInit::bootstrapConfig(
            bootstrapRequest(run, launched, script));
        QVERIFY(expected);
        QCOMPARE(userData, CloudInit::userData(*expected));

        // IMDSv2 only: moto does not keep metadata options, so what it received says it.
        const QList<QByteArray> launches = recordedBodies("Action=RunInstances&");
        const auto ours = std::find_if(launches.begin(), launches.end(), [&](const QByteArray &b) {
            return b.contains(QByteArray("&ClientToken=" + run.toUtf8() + "-master-1&"));
        });
        QVERIFY(ours != launches.end());
        QVERIFY2(ours->contains("&MetadataOptions.HttpTokens=required&"), ours->constData());

        // Booted by cloud-init from that user-data: the bootstrap ran and its status line
        // reached the console, so the bootstrap ends.
        QVERIFY(waitFor(op, 240000));
        const QByteArray console = m_front->consoles().value(launched.instanceId);
        QVERIFY2(op->succeeded(), qPrintable(failure(op) + u'\n' + QString::fromUtf8(console)));
        QVERIFY2(console.contains("slipway-bootstrap: master.1 exit 0"), console.constData());
        QVERIFY2(console.contains("Cloud-init v. "), console.constData());
        QString error;
        const QByteArray ran = fileInContainer(m_front->container(launched.instanceId),
                                               u"/root/peers"_s,
                                               &error);
        QVERIFY2(!ran.isEmpty(), qPrintable(error));
        QCOMPARE(ran, "user-data ran on " + launched.instanceId.toUtf8() + '\n');

        TerminateOperation *end = connector.terminate({run, {}});
        QVERIFY(waitFor(end));
        QVERIFY2(end->succeeded(), qPrintable(failure(end)));
        QCOMPARE(end->removedInstances(), QStringList{u"slipway-"_s + run + u"-master-1"_s});
        QVERIFY(allGone(run));
    }

    // User-data over EC2's 16 KiB goes gzip-compressed (Slipway's own gzip writer): Debian's
    // cloud-init reads it as an instance would, and the bootstrap runs whole.
    void largeUserDataGoesGzippedAndCloudInitReadsIt()
    {
        QByteArray script = "#!/bin/sh\n";
        for (int i = 1; i <= 600; ++i)
            script += "echo \"line " + QByteArray::number(i)
                      + " of a long bootstrap\" >> /root/big\n";
        QVERIFY(script.size() > 16 * 1024);
        Ec2Connector connector(cloud(QString::fromLatin1(kFrontCloud)));
        const QString run = u"run-gz-"_s + m_tag;
        Instance launched;
        BootstrapOperation *op = launch(connector, run, {u"master"_s, 1}, script, &launched);
        QVERIFY(op);
        const std::optional<XmlElement> attribute = aws(u"DescribeInstanceAttribute"_s,
                                                        {{u"InstanceId"_s, launched.instanceId},
                                                         {u"Attribute"_s, u"userData"_s}});
        QVERIFY(attribute);
        const QByteArray userData = QByteArray::fromBase64(
            attribute->value(u"userData/value").toLatin1());
        QVERIFY(userData.startsWith("\x1f\x8b"));
        QVERIFY(userData.size() <= 16 * 1024);

        QVERIFY(waitFor(op, 240000));
        const QByteArray console = m_front->consoles().value(launched.instanceId);
        QVERIFY2(op->succeeded(), qPrintable(failure(op) + u'\n' + QString::fromUtf8(console)));
        QString error;
        const QByteArray big = fileInContainer(m_front->container(launched.instanceId),
                                               u"/root/big"_s,
                                               &error);
        QVERIFY2(!big.isEmpty(), qPrintable(error));
        QCOMPARE(big.count('\n'), 600);
        QVERIFY(big.endsWith("line 600 of a long bootstrap\n"));
        TerminateOperation *end = connector.terminate({run, {}});
        QVERIFY(waitFor(end));
        QVERIFY(allGone(run));
    }

    void anAbortTerminatesEverythingOfTheRun()
    {
        Ec2Connector connector(cloud());
        const QString run = u"run-abort-"_s + m_tag;
        // moto's console never shows the bootstrap's end: both wait, as on a slow boot.
        BootstrapOperation *master = launch(connector, run, {u"master"_s, 1}, "#!/bin/sh\n");
        BootstrapOperation *worker = launch(connector, run, {u"worker"_s, 1}, "#!/bin/sh\n");
        QVERIFY(master && worker);
        QCOMPARE(instancesOfRun(run).size(), 2);
        // The run engine's abort: the operations stop, then the run's instances go.
        master->cancel();
        worker->cancel();
        QVERIFY(waitFor(master) && waitFor(worker));
        TerminateOperation *end = connector.terminate({run, {}});
        QVERIFY(waitFor(end));
        QVERIFY2(end->succeeded(), qPrintable(failure(end)));
        QCOMPARE(end->removedRuns(), QStringList{run});
        QVERIFY(allGone(run));
    }

    void terminateOneInstanceThenTheRun()
    {
        Ec2Connector connector(cloud());
        const QString run = u"run-term-"_s + m_tag;
        Instance worker1;
        Instance worker2;
        BootstrapOperation *a = launch(connector, run, {u"worker"_s, 1}, "#!/bin/sh\n", &worker1);
        BootstrapOperation *b = launch(connector, run, {u"worker"_s, 2}, "#!/bin/sh\n", &worker2);
        QVERIFY(a && b);
        a->cancel();
        b->cancel();
        Instance one;
        one.name = InstanceName{u"worker"_s, 2};
        TerminateOperation *end = connector.terminate({run, {one}});
        QVERIFY(waitFor(end));
        QVERIFY2(end->succeeded(), qPrintable(failure(end)));
        QCOMPARE(end->removedInstances(), QStringList{u"slipway-"_s + run + u"-worker-2"_s});
        for (const Ec2Instance &i : instancesOfRun(run)) {
            const bool gone = i.state == u"shutting-down" || i.state == u"terminated";
            QCOMPARE(gone, i.id == worker2.instanceId);
        }
        TerminateOperation *rest = connector.terminate({run, {}});
        QVERIFY(waitFor(rest));
        QVERIFY2(rest->succeeded(), qPrintable(failure(rest)));
        QVERIFY(allGone(run));
    }

    void orphansOfAKilledHostGo()
    {
        // A process hosting a run is killed (SIGKILL: nothing of it runs after) while its
        // instance boots; a later clean-up of the same owner removes what it left behind and
        // nothing of a run that is still going.
        const QString live = u"run-live-"_s + m_tag;
        Ec2Connector connector(cloud());
        BootstrapOperation *keep = launch(connector, live, {u"master"_s, 1}, "#!/bin/sh\n");
        QVERIFY(keep);
        keep->cancel();

        QProcess host;
        host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        host.start(QCoreApplication::applicationFilePath(), {u"--host-child"_s, m_tag});
        QVERIFY(host.waitForStarted(10000));
        QByteArray said;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         said += host.readAllStandardOutput();
                         return said.contains("launched i-")
                                || host.state() == QProcess::NotRunning;
                     },
                     120000),
                 said.constData());
        QVERIFY2(said.contains("launched i-"), said.constData());
        host.kill(); // SIGKILL
        QVERIFY(host.waitForFinished(10000));
        QCOMPARE(host.exitStatus(), QProcess::CrashExit);
        const QString killedRun = u"run-killed-"_s + m_tag;
        QCOMPARE(instancesOfRun(killedRun).size(), 1);
        QVERIFY(!allGone(killedRun));

        TerminateOperation *clean = connector.cleanUpOrphans({m_owner, {live}});
        QVERIFY(waitFor(clean));
        QVERIFY2(clean->succeeded(), qPrintable(failure(clean)));
        QVERIFY2(clean->removedRuns().contains(killedRun),
                 qPrintable(clean->removedRuns().join(u' ')));
        QVERIFY(!clean->removedRuns().contains(live));
        QVERIFY(allGone(killedRun));
        QVERIFY(!allGone(live));

        TerminateOperation *end = connector.terminate({live, {}});
        QVERIFY(waitFor(end));
        QVERIFY(allGone(live));
    }

    // The same through the product: `slipway-cli deploy` hosts a run on moto and is killed
    // (SIGKILL) while its instance boots; `slipway-cli run abort` hosts the run again and
    // terminates every instance of it that moto has.
    void aKilledDeploysRunIsEndedByTheNextHost()
    {
        const QString catalogFile = m_dir.filePath(u"catalog.sqlite"_s);
        {
            Catalog catalog(catalogFile);
            QVERIFY(catalog.open());
            QVERIFY(catalog.save(onClouds(image(u"peers/debian"_s, {}, u"echo hi\n"_s),
                                          {CloudImageId{u"moto-cli"_s, m_ami, {}}}),
                                 u"test"_s,
                                 u"peers"_s));
        }
        const QProcessEnvironment environment = environmentWithDataDir(m_dir.filePath(u"data"_s));
        const auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
            return runProcess(cliProgram(),
                              QStringList{u"--catalog"_s, catalogFile} + args,
                              ProcessOptions()
                                  .withEnvironment(environment)
                                  .withInput(input)
                                  .withTimeout(300000));
        };
        QStringList add{u"cloud"_s, u"add"_s, u"moto-cli"_s, u"--kind"_s, u"ec2"_s};
        const QVariantMap settings = cloud().settings;
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            add << u"--set"_s << it.key() + u'=' + it.value().toString();
        const ProcessResult added = cli(add, m_moto.secretAccessKey + '\n');
        QVERIFY2(added.succeeded(), added.transcript().constData());

        QProcess deploy;
        deploy.setProcessEnvironment(environment);
        deploy.start(cliProgram(),
                     {u"--catalog"_s,
                      catalogFile,
                      u"deploy"_s,
                      u"peers/debian"_s,
                      u"--cloud"_s,
                      u"moto-cli"_s});
        QVERIFY(deploy.waitForStarted(10000));
        static const QRegularExpression launched(u"run ([0-9a-f]{12}) launched"_s);
        QString err;
        QString run;
        QList<Ec2Instance> instances;
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired() && deploy.state() == QProcess::Running) {
            deploy.waitForReadyRead(500);
            err += QString::fromUtf8(deploy.readAllStandardError());
            run = launched.match(err).captured(1);
            if (!run.isEmpty() && !(instances = instancesOfRun(run)).isEmpty())
                break;
        }
        QVERIFY2(!instances.isEmpty(), qPrintable(err));
        deploy.kill(); // SIGKILL: the host ends mid-run, its instance up
        QVERIFY(deploy.waitForFinished(10000));
        QCOMPARE(instances.constFirst().tags.value(u"slipway.instance"_s), u"machine.1"_s);
        QVERIFY(!allGone(run));

        QElapsedTimer abortTime;
        abortTime.start();
        const ProcessResult aborted = cli({u"run"_s, u"abort"_s, run, u"host was killed"_s});
        QVERIFY2(aborted.finished, aborted.transcript().constData());
        qInfo() << "run abort after the SIGKILL took" << abortTime.elapsed() / 1000.0 << "s";
        QVERIFY2(allGone(run), aborted.transcript().constData());
        const ProcessResult shown = cli({u"run"_s, u"show"_s, run, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"state"_s).toString(),
                 u"Aborted"_s);
    }

    void anImageBuildMakesAnImageAndWaitsForIt()
    {
        Ec2Connector connector(cloud(QString::fromLatin1(kFrontCloud)));
        ImageBuildRequest request;
        request.runId = u"build-"_s + m_tag;
        request.owner = m_owner;
        request.baseImageId = m_ami;
        request.tag = u"peers/web:1"_s;
        request.steps
            = {{u"pre-install"_s, BuildStep::Kind::Script, u"#!/bin/sh\necho one > /run/steps\n"_s},
               {u"recipe"_s, BuildStep::Kind::Script, u"#!/bin/sh\necho two >> /run/steps\n"_s}};
        ImageBuildOperation *op = connector.buildImage(request);
        QVERIFY(waitFor(op, 300000));
        QVERIFY2(op->succeeded(), qPrintable(failure(op)));
        const QString imageId = op->result().imageId;
        QVERIFY2(imageId.startsWith(u"ami-"_s), qPrintable(imageId));

        // moto made the image of the builder, which is gone; the steps ran there in order.
        const std::optional<XmlElement> images = aws(u"DescribeImages"_s,
                                                     {{u"ImageId.1"_s, imageId}});
        QVERIFY(images);
        QCOMPARE(images->value(u"imagesSet/item/name"), Ec2ImageBuild::imageName(request));
        QCOMPARE(images->value(u"imagesSet/item/imageState"), u"available"_s);
        QVERIFY(allGone(request.runId));
        const QList<Ec2Instance> builder = instancesOfRun(request.runId);
        QCOMPARE(builder.size(), 1);
        QVERIFY(m_front->consoles()
                    .value(builder.constFirst().id)
                    .contains("slipway-bootstrap: build.1 exit 0"));
        QVERIFY(aws(u"DeregisterImage"_s, {{u"ImageId"_s, imageId}}));
    }

    // A deployment through the run engine on moto: each instance is launched once, with its
    // bootstrap in its user-data (the engine hands it over at provision), and runs before its
    // bootstrap is followed. moto's console never shows the bootstrap's end, so no node agent
    // ever starts: aborted then, the run settles as soon as its instances are terminated
    // instead of waiting out the report grace period (30 minutes here), and the events say what
    // it removes and what the connector does; a terminated run the same.
    void aRunLaunchesOnceAndSettlesAtOnce()
    {
        RunTestBed bed;
        QVERIFY(bed.open());
        const CloudConfig moto = cloud();
        QVERIFY(
            bed.save(onClouds(image(u"p/debian"_s, {}, {}), {CloudImageId{moto.name, m_ami, {}}})));
        QVERIFY(bed.save(image(u"p/web"_s, u"p/debian"_s, u"#!/bin/sh\ntrue\n"_s)));
        QVERIFY(bed.save(deployment(u"p/pair"_s, {node(u"web"_s, u"p/web"_s, 2)})));
        RunTestBed::HostOptions options;
        options.reportGraceMs = 30 * 60 * 1000; // what an abort must not wait out
        options.clouds = [moto](const QString &name) -> std::optional<CloudConfig> {
            if (name == moto.name)
                return moto;
            return std::nullopt;
        };
        // The nodes would reach the broker through a relay; moto starts none.
        options.adjust = [](RunHost::Options &host) {
            host.relayUrl = u"https://relay.invalid:8443"_s;
        };
        QVERIFY(bed.startHost(options));

        LaunchOptions launch;
        launch.defaultCloud = moto.name;
        launch.keepRunning = KeepRunning::OnSuccess;
        launch.timeoutSeconds = 600;
        for (const bool abort : {true, false}) {
            const QString run = bed.launch(u"p/pair"_s, launch);
            QVERIFY(!run.isEmpty());
            // Both instances run, with their hostname and id published, and their bootstraps
            // wait for a console that never tells.
            QVERIFY2(bed.waitFor(
                         run,
                         [&bed, run](const RunRecord &) {
                             const QString booting = instanceStateName(InstanceState::Booting);
                             return bed.instanceState(run, u"web.1"_s) == booting
                                    && bed.instanceState(run, u"web.2"_s) == booting
                                    && !bed.value(run, u"web.2:instanceid"_s).isEmpty();
                         },
                         120000),
                     qPrintable(bed.events(run)));
            const QList<Ec2Instance> made = instancesOfRun(run);
            QCOMPARE(made.size(), 2);
            for (const Ec2Instance &i : made) {
                const QString name = i.tags.value(u"slipway.instance"_s);
                QCOMPARE(bed.value(run, name + u":instanceid"_s), i.id);
                QCOMPARE(bed.value(run, name + u":hostname"_s), i.privateIp);
                // Launched once, with its bootstrap as user-data.
                const QByteArray token = "&ClientToken=" + run.toUtf8() + '-'
                                         + name.toUtf8().replace('.', '-') + '&';
                int launches = 0;
                for (const QByteArray &body : recordedBodies("Action=RunInstances&"))
                    launches += body.contains(token) ? 1 : 0;
                QCOMPARE(launches, 1);
                const std::optional<XmlElement> attribute = aws(u"DescribeInstanceAttribute"_s,
                                                                {{u"InstanceId"_s, i.id},
                                                                 {u"Attribute"_s, u"userData"_s}});
                QVERIFY(attribute);
                // The engine's bootstrap carries the node's tools: past 16 KiB, gzipped.
                const QByteArray userData = QByteArray::fromBase64(
                    attribute->value(u"userData/value").toLatin1());
                QVERIFY2(userData.startsWith("#cloud-config") || userData.startsWith("\x1f\x8b"),
                         userData.left(40).toHex().constData());
            }

            if (abort)
                QVERIFY(bed.engine().abort(run, u"stopped by the test"_s));
            else
                QVERIFY(bed.engine().terminate(run));
            // Bounded far below the grace period: the run settles once its instances are gone.
            QVERIFY2(bed.waitInactive(run, 120000), qPrintable(bed.events(run)));
            const QString events = bed.events(run);
            QCOMPARE(bed.state(run), abort ? u"Aborted"_s : u"Cancelled"_s);
            if (abort)
                QVERIFY2(events.contains(u"No node had started: there are no reports to wait for"_s),
                         qPrintable(events));
            QVERIFY2(!events.contains(u"grace period is over"_s), qPrintable(events));
            QVERIFY2(events.contains(u"Removing what the run has on cloud moto (web.1, web.2)"_s),
                     qPrintable(events));
            QVERIFY2(events.contains(u"Terminating 2 instance(s)"_s), qPrintable(events));
            QVERIFY2(events.contains(u"Instances removed"_s), qPrintable(events));
            QVERIFY(allGone(run));
        }
    }

    // Every request moto received so far (this test's and the group's) fits the EC2 API model.
    void everyRequestMatchesTheEc2Model()
    {
        const Ec2ModelCheck check = checkEc2RequestLogs({m_moto.recording});
        QVERIFY2(check.ran, qPrintable(check.output));
        qInfo().noquote() << check.output.trimmed();
        QVERIFY2(check.passed, qPrintable(check.output));
        QVERIFY(check.requests > 20);
    }

    void cleanupTestCase()
    {
        if (m_aws) {
            (void) aws(u"DeleteKeyPair"_s, {{u"KeyName"_s, m_keyName}});
            if (!m_groupId.isEmpty())
                (void) aws(u"DeleteSecurityGroup"_s, {{u"GroupId"_s, m_groupId}});
        }
        QProcess ps;
        ps.start(u"podman"_s,
                 {u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=slipway.test="_s + m_label});
        ps.waitForFinished(30000);
        const QStringList ids = QString::fromUtf8(ps.readAllStandardOutput())
                                    .split(u'\n', Qt::SkipEmptyParts);
        if (!ids.isEmpty())
            QProcess::execute(u"podman"_s, QStringList{u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s} + ids);
        for (const char *name : {kCloud, kFrontCloud, kWrongCloud})
            (void) removeSecretNow(QString::fromLatin1(name), QString(Ec2Connector::kSecretName));
    }
};

// The host that orphansOfAKilledHostGo kills: it launches master.1 of run-killed-TAG and waits
// for a bootstrap that never ends, saying "launched <id>" once the instance runs.
int hostChild(const QString &tag)
{
    QString error;
    const std::optional<MotoServer> moto = motoServer(&error);
    if (!moto) {
        std::cerr << qPrintable(error) << '\n';
        return 2;
    }
    TestEc2Moto t;
    t.m_moto = *moto;
    t.m_tag = tag;
    t.m_owner = u"peers-"_s + tag;
    t.m_keyName = u"slipway-peers-"_s + tag;
    t.m_aws = std::make_unique<Ec2Client>(clientOptions(*moto));
    const std::optional<XmlElement> groups = t.aws(u"DescribeSecurityGroups"_s,
                                                   {{u"GroupName.1"_s, u"slipway-peers-"_s + tag}});
    const std::optional<XmlElement> images = t.aws(u"DescribeImages"_s,
                                                   {{u"Owner.1"_s, u"amazon"_s}});
    if (!groups || !images)
        return 3;
    t.m_groupId = groups->value(u"securityGroupInfo/item/groupId");
    t.m_ami = images->value(u"imagesSet/item/imageId");
    Ec2Connector connector(t.cloud());
    Instance launched;
    if (!t.launch(connector, u"run-killed-"_s + tag, {u"master"_s, 1}, "#!/bin/sh\n", &launched))
        return 4;
    std::cout << "launched " << qPrintable(launched.instanceId) << std::endl;
    return QCoreApplication::exec();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == u"--host-child")
        return hostChild(app.arguments().value(2));
    TestEc2Moto test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ec2moto.moc"
