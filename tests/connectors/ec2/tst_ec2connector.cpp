// The EC2 connector against an HTTPS fixture server answering with AWS's documented
// responses (tests/data/ec2), in the manner of Apache Libcloud: every request is checked
// (method, path, the SigV4 signature re-derived as AWS does, X-Amz-Date, the form body) and
// so are the states the connector derives from the answers. The secret access key comes from
// a private keychain and must appear in no request, no user-data and no log line.

#include "connectors/ec2/ec2connector.h"
#include "connectors/ec2/ec2imagebuild.h"
#include "core/connector/cloudinit.h"
#include "core/secrets/secretstore.h"
#include "tests/support/cloudfixtureserver.h"
#include "tests/support/ec2apimodel.h"
#include "tests/support/keyringsession.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using Slipway::Testing::CloudFixtureServer;

namespace {

constexpr auto kCloud = "aws-test";
const QByteArray kSecret = "ec2SECRETwJalrXUtnFEMI/K7MDENG+bPxRfiCYzz";
const QByteArray kToken = "node-token-4f3c2a1b0e9d8c7b6a5f4e3d2c1b0a99";

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    if (g_previous)
        g_previous(type, context, message);
}

QByteArray consoleAnswer(const QByteArray &console)
{
    QByteArray xml = CloudFixtureServer::fixture(u"ec2/get_console_output.xml"_s);
    return xml.replace("@OUTPUT@", console.toBase64());
}

CloudFixtureServer::Response xml(const QString &fixture, int status = 200)
{
    return CloudFixtureServer::fixtureResponse(u"ec2/"_s + fixture, status);
}

QList<std::pair<QString, QString>> formItems(const CloudFixtureServer::Request &r)
{
    QList<std::pair<QString, QString>> items;
    for (const auto &[k, v] : r.form().queryItems(QUrl::FullyDecoded))
        items.append({k, v});
    return items;
}

} // namespace

class TestEc2Connector : public QObject
{
    Q_OBJECT

    Testing::KeyringSession m_keyring;
    CloudFixtureServer m_server;
    QList<CloudFixtureServer::Request> m_allRequests;

    CloudConfig cloud(const QString &name = QString::fromLatin1(kCloud)) const
    {
        CloudConfig c;
        c.name = name;
        c.kind = u"ec2"_s;
        c.settings = {
            {u"region"_s, u"eu-west-1"_s},
            {u"endpoint"_s, m_server.url().toString()},
            {u"access-key-id"_s, u"AKIDEXAMPLE"_s},
            {u"ca-file"_s, m_server.caFile()},
            {u"key-name"_s, u"my-key-pair"_s},
            {u"security-groups"_s, u"sg-e4076980"_s},
            {u"subnet-id"_s, u"subnet-56f5f633"_s},
            {u"poll-interval-ms"_s, u"20"_s},
            {u"retry-delay-ms"_s, u"10"_s},
        };
        return c;
    }

    template<typename Op>
    bool waitFor(Op *op)
    {
        // Bounded: every operation here ends after a few polls of 20 ms.
        return QTest::qWaitFor([op] { return op->isFinished(); }, 30000);
    }

    // What AWS does with a request: re-derive the signature from what arrived.
    void verifySigned(const CloudFixtureServer::Request &r)
    {
        QCOMPARE(r.method, "POST");
        QCOMPARE(r.path, "/");
        QCOMPARE(r.header("content-type"), "application/x-www-form-urlencoded; charset=utf-8");
        QCOMPARE(r.header("host"), "127.0.0.1:" + QByteArray::number(m_server.port()));
        const QByteArray date = r.header("x-amz-date");
        QVERIFY2(QRegularExpression(u"^\\d{8}T\\d{6}Z$"_s)
                     .match(QString::fromLatin1(date))
                     .hasMatch(),
                 date.constData());
        const QByteArray authorization = r.header("authorization");
        const QRegularExpression shape(
            u"^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/(\\d{8})/eu-west-1/ec2/aws4_request, "
            "SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$"_s);
        const QRegularExpressionMatch m = shape.match(QString::fromLatin1(authorization));
        QVERIFY2(m.hasMatch(), authorization.constData());
        QCOMPARE(m.captured(1).toLatin1(), date.left(8));

        SigV4Request signedPart;
        signedPart.method = r.method;
        signedPart.path = u"/"_s;
        signedPart.headers = {{"content-type", r.header("content-type")},
                              {"host", r.header("host")},
                              {"x-amz-date", date}};
        signedPart.body = r.body;
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(date),
                                                   u"yyyyMMdd'T'HHmmss'Z'"_s);
        const SigV4Signer aws(u"AKIDEXAMPLE"_s, kSecret, {u"eu-west-1"_s, u"ec2"_s});
        QCOMPARE(aws.authorization(signedPart, QDateTime(at.date(), at.time(), QTimeZone::UTC)),
                 authorization);
        QCOMPARE(r.parameter(u"Version"_s), u"2016-11-15"_s);
    }

    void verifyAllSigned()
    {
        for (const CloudFixtureServer::Request &r : m_server.requests()) {
            verifySigned(r);
            if (QTest::currentTestFailed())
                return;
        }
    }

    QStringList actions() const
    {
        QStringList a;
        for (const CloudFixtureServer::Request &r : m_server.requests())
            a << r.action();
        return a;
    }

    void routeLaunch(const QByteArray &console)
    {
        m_server.route({"POST", "/", u"DescribeImages"_s, {}},
                       QList{xml(u"describe_images_available.xml"_s)});
        m_server.route({"POST", "/", u"RunInstances"_s, {}}, QList{xml(u"run_instances.xml"_s)});
        m_server.route({"POST", "/", u"DescribeInstances"_s, {}},
                       QList{xml(u"describe_instances_pending.xml"_s),
                             xml(u"describe_instances_running.xml"_s)});
        m_server
            .route({"POST", "/", u"GetConsoleOutput"_s, {}},
                   QList<CloudFixtureServer::Response>{
                       {200, "application/xml", consoleAnswer("[  OK  ] Started cloud-init\n"), {}},
                       {200, "application/xml", consoleAnswer(console), {}}});
    }

    static QMap<QString, QString> bootstrapEnvironment()
    {
        return {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.example:8443"_s},
                {u"SLIPWAY_RUN"_s, u"run1"_s},
                {u"SLIPWAY_INSTANCE"_s, u"master.1"_s},
                {u"SLIPWAY_TOKEN"_s, QString::fromLatin1(kToken)}};
    }

    // Provisions master.1 with its bootstrap, as the run engine does for clouds that take it
    // at launch; nullptr when that fails (then *failed is the provision).
    ProvisionOperation *provisionMaster(Ec2Connector &connector, const InstanceResources &resources)
    {
        InstanceRequest master{InstanceName{u"master"_s, 1}, u"ami-bff32ccc"_s, resources};
        master.bootstrapScript = "#!/bin/sh\necho bootstrap of master\n";
        master.bootstrapEnvironment = bootstrapEnvironment();
        ProvisionOperation *provision = connector.provision({u"run1"_s, u"cat1"_s, {master}});
        waitFor(provision);
        return provision;
    }

    // Provisions master.1 with its bootstrap and follows the bootstrap; returns the
    // bootstrap, finished, or nullptr when the provision failed.
    BootstrapOperation *launchMaster(Ec2Connector &connector, const InstanceResources &resources)
    {
        ProvisionOperation *provision = provisionMaster(connector, resources);
        if (!provision->succeeded())
            return nullptr;
        const Instance started = provision->instances().value(0);
        if (started.handle != u"slipway-run1-master-1")
            return nullptr;
        BootstrapRequest b;
        b.runId = u"run1"_s;
        b.instance = started;
        b.script = "#!/bin/sh\necho bootstrap of master\n";
        b.environment = bootstrapEnvironment();
        b.launched = true;
        BootstrapOperation *op = connector.bootstrap(b);
        waitFor(op);
        return op;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        SLIPWAY_REQUIRE_KEYRING();
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const Result<void> stored = writeSecretNow(QString::fromLatin1(kCloud),
                                                   QString(Ec2Connector::kSecretName),
                                                   kSecret);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QLoggingCategory::setFilterRules(u"slipway.*=true"_s);
        g_previous = qInstallMessageHandler(captureLog);
    }

    void init() { m_server.clearRequests(); }
    void cleanup() { m_allRequests << m_server.requests(); }

    void launchesWithUserDataAndWaitsForTheBootstrap()
    {
        routeLaunch("cloud-init[812]: slipway-bootstrap: master.1 exit 0\r\n");
        Ec2Connector connector(cloud());
        QCOMPARE(connector.capabilities().brokerRoute, BrokerRoute::Relay);
        // The instance takes its bootstrap when it is launched: it boots once, with it.
        QVERIFY(connector.capabilities().bootstrapsAtLaunch);
        InstanceResources resources;
        resources.instanceType = u"t3.small"_s;
        resources.disk = u"20"_s;
        resources.network = u"public"_s;
        resources.securityGroups = {u"sg-0a1b2c3d"_s};
        ProvisionOperation *provision = provisionMaster(connector, resources);
        QVERIFY2(provision->succeeded(),
                 provision->error() ? qPrintable(provision->error()->toDisplayString()) : "");
        // Provisioned: launched with its user-data and running, its address known.
        QCOMPARE(provision->instances().size(), 1);
        const Instance started = provision->instances().value(0);
        QCOMPARE(started.handle, u"slipway-run1-master-1"_s);
        QCOMPARE(started.instanceId, u"i-1234567890abcdef0"_s);
        QCOMPARE(started.hostname, u"192.168.1.88"_s);
        QCOMPARE(started.imageId, u"ami-bff32ccc"_s);
        QCOMPARE(actions(),
                 (QStringList{u"DescribeImages"_s,
                              u"RunInstances"_s,
                              u"DescribeInstances"_s,
                              u"DescribeInstances"_s}));

        // bootstrap() follows it: the state, the console, until the status line shows.
        BootstrapRequest follow{u"run1"_s,
                                started,
                                "#!/bin/sh\necho bootstrap of master\n",
                                bootstrapEnvironment(),
                                true};
        BootstrapOperation *op = connector.bootstrap(follow);
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), op->error() ? qPrintable(op->error()->toDisplayString()) : "");
        QCOMPARE(op->exitCode(), 0);
        QVERIFY(op->outputTail(u"master.1"_s)
                    .contains(u"ec2: i-1234567890abcdef0 is running at 192.168.1.88"_s));
        QCOMPARE(actions(),
                 (QStringList{u"DescribeImages"_s,
                              u"RunInstances"_s,
                              u"DescribeInstances"_s,
                              u"DescribeInstances"_s,
                              u"DescribeInstances"_s,
                              u"GetConsoleOutput"_s,
                              u"DescribeInstances"_s,
                              u"GetConsoleOutput"_s}));
        QCOMPARE(m_server.requests(u"RunInstances"_s).size(), 1);
        verifyAllSigned();
        const QList<CloudFixtureServer::Request> requests = m_server.requests();
        QCOMPARE(formItems(requests.at(0)),
                 (QList<std::pair<QString, QString>>{{u"Action"_s, u"DescribeImages"_s},
                                                     {u"Version"_s, u"2016-11-15"_s},
                                                     {u"ImageId.1"_s, u"ami-bff32ccc"_s}}));

        QList<std::pair<QString, QString>> run = formItems(requests.at(1));
        const auto userData = std::find_if(run.begin(), run.end(), [](const auto &p) {
            return p.first == u"UserData";
        });
        QVERIFY(userData != run.end());
        const QByteArray decoded = QByteArray::fromBase64(userData->second.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        userData->second = u"(checked below)"_s;
        const QList<std::pair<QString, QString>> expected{
            {u"Action"_s, u"RunInstances"_s},
            {u"Version"_s, u"2016-11-15"_s},
            {u"ImageId"_s, u"ami-bff32ccc"_s},
            {u"InstanceType"_s, u"t3.small"_s},
            {u"MinCount"_s, u"1"_s},
            {u"MaxCount"_s, u"1"_s},
            {u"ClientToken"_s, u"run1-master-1"_s},
            {u"UserData"_s, u"(checked below)"_s},
            {u"MetadataOptions.HttpTokens"_s, u"required"_s},
            {u"KeyName"_s, u"my-key-pair"_s},
            {u"NetworkInterface.1.DeviceIndex"_s, u"0"_s},
            {u"NetworkInterface.1.SubnetId"_s, u"subnet-56f5f633"_s},
            {u"NetworkInterface.1.AssociatePublicIpAddress"_s, u"true"_s},
            {u"NetworkInterface.1.SecurityGroupId.1"_s, u"sg-0a1b2c3d"_s},
            {u"BlockDeviceMapping.1.DeviceName"_s, u"/dev/xvda"_s},
            {u"BlockDeviceMapping.1.Ebs.VolumeSize"_s, u"20"_s},
            {u"BlockDeviceMapping.1.Ebs.DeleteOnTermination"_s, u"true"_s},
            {u"TagSpecification.1.ResourceType"_s, u"instance"_s},
            {u"TagSpecification.1.Tag.1.Key"_s, u"Name"_s},
            {u"TagSpecification.1.Tag.1.Value"_s, u"slipway-run1-master-1"_s},
            {u"TagSpecification.1.Tag.2.Key"_s, u"slipway.run"_s},
            {u"TagSpecification.1.Tag.2.Value"_s, u"run1"_s},
            {u"TagSpecification.1.Tag.3.Key"_s, u"slipway.instance"_s},
            {u"TagSpecification.1.Tag.3.Value"_s, u"master.1"_s},
            {u"TagSpecification.1.Tag.4.Key"_s, u"slipway.owner"_s},
            {u"TagSpecification.1.Tag.4.Value"_s, u"cat1"_s},
        };
        QCOMPARE(run, expected);

        // The user-data is what cloud-init runs: the script, the token in its own file.
        QVERIFY(decoded.startsWith("#cloud-config"));
        const Result<CloudInitConfig> config = CloudInit::parseUserData(decoded);
        QVERIFY2(config, qPrintable(config.errorMessage()));
        QVERIFY(config->file(QString(CloudInit::kTokenFile)));
        QCOMPARE(config->file(QString(CloudInit::kTokenFile))->content.trimmed(), kToken);
        QCOMPARE(config->file(QString(CloudInit::kTokenFile))->permissions, u"0600"_s);
        QCOMPARE(config->file(QString(CloudInit::kScriptFile))->content,
                 "#!/bin/sh\necho bootstrap of master\n");
        QVERIFY(!decoded.contains(kSecret));

        QCOMPARE(formItems(requests.at(2)).value(2),
                 (std::pair{u"InstanceId.1"_s, u"i-1234567890abcdef0"_s}));
        QCOMPARE(formItems(requests.at(5)),
                 (QList<std::pair<QString, QString>>{{u"Action"_s, u"GetConsoleOutput"_s},
                                                     {u"Version"_s, u"2016-11-15"_s},
                                                     {u"InstanceId"_s, u"i-1234567890abcdef0"_s},
                                                     {u"Latest"_s, u"true"_s}}));
    }

    void defaultsFromTheCloudSettings()
    {
        routeLaunch("slipway-bootstrap: master.1 exit 0\n");
        Ec2Connector connector(cloud());
        BootstrapOperation *op = launchMaster(connector, {});
        QVERIFY(op && op->succeeded());
        const CloudFixtureServer::Request run = m_server.requests(u"RunInstances"_s).value(0);
        QCOMPARE(run.parameter(u"InstanceType"_s), u"t3.micro"_s);
        QCOMPARE(run.parameter(u"SubnetId"_s), u"subnet-56f5f633"_s);
        QCOMPARE(run.parameter(u"SecurityGroupId.1"_s), u"sg-e4076980"_s);
        QVERIFY(run.parameter(u"BlockDeviceMapping.1.DeviceName"_s).isEmpty());
        QVERIFY(run.parameter(u"NetworkInterface.1.DeviceIndex"_s).isEmpty());
    }

    void aFailedBootstrapCarriesItsExitStatus()
    {
        routeLaunch("slipway-bootstrap: master.1 exit 3\n");
        Ec2Connector connector(cloud());
        BootstrapOperation *op = launchMaster(connector, {});
        QVERIFY(op);
        QVERIFY(op->error());
        QCOMPARE(op->error()->code, ConnectorError::Code::ScriptFailed);
        QCOMPARE(op->error()->exitCode, 3);
        QCOMPARE(op->exitCode(), 3);
        QVERIFY(op->error()->message.contains(u"i-1234567890abcdef0"_s));
    }

    void anInstanceThatDiesShowsTheCloudsReason()
    {
        routeLaunch("");
        m_server.route({"POST", "/", u"DescribeInstances"_s, {}},
                       QList{xml(u"describe_instances_terminated.xml"_s)});
        m_server.route({"POST", "/", u"TerminateInstances"_s, {}},
                       QList{xml(u"terminate_instances.xml"_s)});
        Ec2Connector connector(cloud());
        ProvisionOperation *op = provisionMaster(connector, {});
        QVERIFY(op->isFinished() && op->error());
        QCOMPARE(op->error()->instance, u"master.1"_s);
        QVERIFY2(op->error()->message.contains(
                     u"is terminated: Server.InternalError: Internal error on launch"_s),
                 qPrintable(op->error()->message));
        QVERIFY(op->instances().isEmpty());
    }

    // EC2 runs user-data only at launch: a bootstrap for an instance that was not launched
    // with it (a new token after a restart) is refused with the reason, without a request.
    void aLaterBootstrapIsRefusedWithTheReason()
    {
        Ec2Connector connector(cloud());
        BootstrapRequest later{u"run1"_s,
                               Instance{InstanceName{u"master"_s, 1},
                                        u"i-1234567890abcdef0"_s,
                                        u"192.168.1.88"_s,
                                        u"slipway-run1-master-1"_s,
                                        {},
                                        {}},
                               "#!/bin/sh\n",
                               bootstrapEnvironment(),
                               false};
        BootstrapOperation *op = connector.bootstrap(later);
        QVERIFY(waitFor(op));
        QVERIFY(op->error());
        QCOMPARE(op->error()->code, ConnectorError::Code::Unsupported);
        QVERIFY2(op->error()->message.contains(u"only when it is launched"_s),
                 qPrintable(op->error()->message));
        QVERIFY(m_server.requests().isEmpty());
    }

    void theCloudsErrorIsShown()
    {
        m_server.route({"POST", "/", u"DescribeImages"_s, {}},
                       QList{xml(u"error_ami_not_found.xml"_s, 400)});
        Ec2Connector connector(cloud());
        ProvisionOperation *op = connector.provision(
            {u"run2"_s, u"cat1"_s, {{InstanceName{u"web"_s, 1}, u"ami-00000000"_s, {}}}});
        QVERIFY(waitFor(op));
        QVERIFY(op->error());
        QCOMPARE(op->failures().size(), 1);
        QCOMPARE(op->failures().first().instance, u"web.1"_s);
        QCOMPARE(op->error()->message,
                 u"web.1 cannot be started: DescribeImages: InvalidAMIID.NotFound: The image id "
                 "'[ami-00000000]' does not exist"_s);
        QVERIFY(op->instances().isEmpty());
        QCOMPARE(m_server.requests().size(), 1); // a client error is not retried
    }

    void throttledCallsAreRetried()
    {
        m_server.route({"POST", "/", u"DescribeImages"_s, {}},
                       QList{xml(u"error_request_limit_exceeded.xml"_s, 503),
                             xml(u"error_request_limit_exceeded.xml"_s, 503),
                             xml(u"describe_images_available.xml"_s)});
        m_server.route({"POST", "/", u"RunInstances"_s, {}}, QList{xml(u"run_instances.xml"_s)});
        m_server.route({"POST", "/", u"DescribeInstances"_s, {}},
                       QList{xml(u"describe_instances_running.xml"_s)});
        Ec2Connector connector(cloud());
        ProvisionOperation *op = connector.provision(
            {u"run3"_s, u"cat1"_s, {{InstanceName{u"web"_s, 1}, u"ami-bff32ccc"_s, {}}}});
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), op->error() ? qPrintable(op->error()->toDisplayString()) : "");
        QCOMPARE(actions(),
                 (QStringList{u"DescribeImages"_s,
                              u"DescribeImages"_s,
                              u"DescribeImages"_s,
                              u"RunInstances"_s,
                              u"DescribeInstances"_s}));
        // No bootstrap in the request: launched without user-data.
        QVERIFY(m_server.requests(u"RunInstances"_s).value(0).parameter(u"UserData"_s).isEmpty());
        verifyAllSigned();
    }

    void retriesEndWithTheLastError()
    {
        m_server.route({"POST", "/", u"DescribeAvailabilityZones"_s, {}},
                       QList{xml(u"error_internal.xml"_s, 500)});
        Ec2Connector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(op->error());
        QVERIFY2(op->error()->message.endsWith(u"DescribeAvailabilityZones: InternalError: An "
                                               "internal error has occurred (after 6 attempts)"_s),
                 qPrintable(op->error()->message));
        QCOMPARE(m_server.requests().size(), 6);
    }

    void retryDelaysGrowAndAreCapped()
    {
        Ec2Client::Options o;
        o.baseDelay = std::chrono::milliseconds(100);
        o.maxDelay = std::chrono::milliseconds(1000);
        for (int i = 0; i < 50; ++i) {
            const auto first = Ec2Client::retryDelay(o, 1).count();
            QVERIFY(first >= 50 && first <= 100);
            const auto third = Ec2Client::retryDelay(o, 3).count();
            QVERIFY(third >= 200 && third <= 400);
            const auto late = Ec2Client::retryDelay(o, 12).count();
            QVERIFY(late >= 500 && late <= 1000);
        }
    }

    void aRefusedKeyIsNotRetried()
    {
        m_server.route({"POST", "/", u"DescribeAvailabilityZones"_s, {}},
                       QList{xml(u"error_auth_failure.xml"_s, 401)});
        Ec2Connector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(op->error());
        QVERIFY(op->error()->message.contains(
            u"AuthFailure: AWS was not able to validate the provided access credentials"_s));
        // And what to do about it.
        QVERIFY2(op->error()->message.contains(
                     u"Check the cloud's access key id (setting access-key-id) and its secret "
                     "access key in the keychain"_s),
                 qPrintable(op->error()->message));
        QCOMPARE(m_server.requests().size(), 1);
    }

    // moto's shape of an error (an ErrorResponse root holding Errors, text in CDATA).
    void anErrorResponseRootIsReadToo()
    {
        m_server.route({"POST", "/", u"DescribeAvailabilityZones"_s, {}},
                       QList<CloudFixtureServer::Response>{
                           {401,
                            "text/html; charset=utf-8",
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n  <ErrorResponse>\n"
                            "    <Errors>\n      <Error>\n        <Code>AuthFailure</Code>\n"
                            "        <Message><![CDATA[AWS was not able to validate the provided "
                            "access credentials]]></Message>\n        \n      </Error>\n"
                            "    </Errors>\n  <RequestId>gxK0wsv8YOPRzF</RequestId>\n"
                            "</ErrorResponse>",
                            {}}});
        Ec2Connector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(op->error());
        QVERIFY2(op->error()->message.contains(
                     u"AuthFailure: AWS was not able to validate the provided access credentials"_s),
                 qPrintable(op->error()->message));
    }

    void checkNamesZonesAndKeyPair()
    {
        m_server.route({"POST", "/", u"DescribeAvailabilityZones"_s, {}},
                       QList{xml(u"describe_availability_zones.xml"_s)});
        m_server.route({"POST", "/", u"DescribeKeyPairs"_s, {}},
                       QList{xml(u"describe_key_pairs.xml"_s)});
        Ec2Connector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(op->succeeded());
        QCOMPARE(op->details(),
                 u"EC2 eu-west-1: 3 availability zones (eu-west-1a, eu-west-1b, eu-west-1c); key "
                 "pair my-key-pair (1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca:9f:f5:f1:6f)"_s);
        QCOMPARE(m_server.requests(u"DescribeKeyPairs"_s).value(0).parameter(u"KeyName.1"_s),
                 u"my-key-pair"_s);
        verifyAllSigned();
    }

    void terminatePagesThroughTheRun()
    {
        m_server.route({"POST", "/", u"DescribeInstances"_s, {}},
                       [](const CloudFixtureServer::Request &r, CloudFixtureServer::Reply reply) {
                           reply(xml(r.parameter(u"NextToken"_s).isEmpty()
                                         ? u"describe_instances_run_page1.xml"_s
                                         : u"describe_instances_run_page2.xml"_s));
                       });
        m_server.route({"POST", "/", u"TerminateInstances"_s, {}},
                       QList{xml(u"terminate_instances.xml"_s)});
        Ec2Connector connector(cloud());
        TerminateOperation *op = connector.terminate({u"run1"_s, {}});
        QVERIFY(waitFor(op));
        QVERIFY(op->succeeded());
        QCOMPARE(op->removedRuns(), QStringList{u"run1"_s});
        QCOMPARE(op->removedInstances(),
                 (QStringList{u"slipway-run1-master-1"_s,
                              u"slipway-run1-worker-1"_s,
                              u"slipway-run1-worker-2"_s}));
        const QList<CloudFixtureServer::Request> r = m_server.requests();
        QCOMPARE(actions(),
                 (QStringList{u"DescribeInstances"_s,
                              u"DescribeInstances"_s,
                              u"TerminateInstances"_s}));
        const QList<std::pair<QString, QString>> filters{
            {u"Action"_s, u"DescribeInstances"_s},
            {u"Version"_s, u"2016-11-15"_s},
            {u"Filter.1.Name"_s, u"tag:slipway.run"_s},
            {u"Filter.1.Value.1"_s, u"run1"_s},
            {u"Filter.2.Name"_s, u"instance-state-name"_s},
            {u"Filter.2.Value.1"_s, u"pending"_s},
            {u"Filter.2.Value.2"_s, u"running"_s},
            {u"Filter.2.Value.3"_s, u"stopping"_s},
            {u"Filter.2.Value.4"_s, u"stopped"_s},
        };
        QCOMPARE(formItems(r.at(0)), filters);
        QList<std::pair<QString, QString>> page2 = filters;
        page2.append({u"NextToken"_s, u"eyJ2IjoiMiIsImMiOiJwYWdlMiJ9"_s});
        QCOMPARE(formItems(r.at(1)), page2);
        QCOMPARE(formItems(r.at(2)),
                 (QList<std::pair<QString, QString>>{{u"Action"_s, u"TerminateInstances"_s},
                                                     {u"Version"_s, u"2016-11-15"_s},
                                                     {u"InstanceId.1"_s, u"i-0aaaaaaaaaaaaaaa1"_s},
                                                     {u"InstanceId.2"_s, u"i-0aaaaaaaaaaaaaaa2"_s},
                                                     {u"InstanceId.3"_s,
                                                      u"i-0aaaaaaaaaaaaaaa3"_s}}));
        verifyAllSigned();
    }

    void terminateOneInstance()
    {
        Ec2Connector connector(cloud());
        Instance worker;
        worker.name = InstanceName{u"worker"_s, 2};
        TerminateOperation *op = connector.terminate({u"run1"_s, {worker}});
        QVERIFY(waitFor(op));
        QVERIFY(op->succeeded());
        QCOMPARE(op->removedInstances(), QStringList{u"slipway-run1-worker-2"_s});
        QVERIFY(op->removedRuns().isEmpty());
        QCOMPARE(m_server.requests(u"TerminateInstances"_s).value(0).parameter(u"InstanceId.1"_s),
                 u"i-0aaaaaaaaaaaaaaa3"_s);
        QVERIFY(m_server.requests(u"TerminateInstances"_s)
                    .value(0)
                    .parameter(u"InstanceId.2"_s)
                    .isEmpty());
    }

    void orphansOfInactiveRunsGo()
    {
        m_server.route({"POST", "/", u"DescribeInstances"_s, {}},
                       QList{xml(u"describe_instances_owner.xml"_s)});
        Ec2Connector connector(cloud());
        TerminateOperation *op = connector.cleanUpOrphans({u"cat1"_s, {u"liverun"_s}});
        QVERIFY(waitFor(op));
        QVERIFY(op->succeeded());
        QCOMPARE(op->removedRuns(), QStringList{u"oldrun"_s});
        const CloudFixtureServer::Request d = m_server.requests(u"DescribeInstances"_s).value(0);
        QCOMPARE(d.parameter(u"Filter.1.Name"_s), u"tag:slipway.owner"_s);
        QCOMPARE(d.parameter(u"Filter.1.Value.1"_s), u"cat1"_s);
        const CloudFixtureServer::Request t = m_server.requests(u"TerminateInstances"_s).value(0);
        QCOMPARE(t.parameter(u"InstanceId.1"_s), u"i-0bbbbbbbbbbbbbbb1"_s);
        QCOMPARE(t.parameter(u"InstanceId.2"_s), u"i-0bbbbbbbbbbbbbbb3"_s);
        QVERIFY(t.parameter(u"InstanceId.3"_s).isEmpty());
    }

    void imageBuildMakesAnImageAndRemovesTheBuilder()
    {
        routeLaunch("slipway-bootstrap: build.1 exit 0\n");
        m_server.route({"POST", "/", u"CreateImage"_s, {}}, QList{xml(u"create_image.xml"_s)});
        // The base image is available; the new one is pending, then available.
        int polls = 0;
        m_server.route({"POST", "/", u"DescribeImages"_s, {}},
                       [&polls](const CloudFixtureServer::Request &r,
                                CloudFixtureServer::Reply reply) {
                           if (r.parameter(u"ImageId.1"_s) == u"ami-bff32ccc")
                               reply(xml(u"describe_images_available.xml"_s));
                           else
                               reply(xml(polls++ == 0 ? u"describe_images_built_pending.xml"_s
                                                      : u"describe_images_built_available.xml"_s));
                       });
        m_server.route({"POST", "/", u"TerminateInstances"_s, {}},
                       QList{xml(u"terminate_instances.xml"_s)});
        Ec2Connector connector(cloud());
        ImageBuildRequest request;
        request.runId = u"b1"_s;
        request.owner = u"cat1"_s;
        request.baseImageId = u"ami-bff32ccc"_s;
        request.tag = u"slipway/web:3"_s;
        request.steps = {{u"packages"_s, BuildStep::Kind::Packages, u"apt-get install -y nginx\n"_s},
                         {u"recipe"_s, BuildStep::Kind::Script, u"#!/bin/bash\necho built\n"_s}};
        ImageBuildOperation *op = connector.buildImage(request);
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), op->error() ? qPrintable(op->error()->toDisplayString()) : "");
        QCOMPARE(op->result().imageId, u"ami-4fa54026"_s);
        QCOMPARE(op->result().steps.size(), 2);
        const QString key = request.steps.at(1).cacheKey(
            request.steps.at(0).cacheKey(BuildStep::baseKey(request.baseImageId)));
        QCOMPARE(op->result().cacheKey, key);
        QCOMPARE(actions(),
                 (QStringList{u"DescribeImages"_s,
                              u"RunInstances"_s,
                              u"DescribeInstances"_s,
                              u"DescribeInstances"_s,
                              u"DescribeInstances"_s,
                              u"GetConsoleOutput"_s,
                              u"DescribeInstances"_s,
                              u"GetConsoleOutput"_s,
                              u"CreateImage"_s,
                              u"DescribeImages"_s,
                              u"DescribeImages"_s,
                              u"TerminateInstances"_s}));
        const CloudFixtureServer::Request create = m_server.requests(u"CreateImage"_s).value(0);
        QCOMPARE(create.parameter(u"InstanceId"_s), u"i-1234567890abcdef0"_s);
        QCOMPARE(create.parameter(u"Name"_s), u"slipway/web-3-b1"_s); // ':' is not allowed
        // Form encoding: a space is '+' (moto, like any server that re-encodes the parsed
        // form before checking the signature, refuses "%20").
        QVERIFY2(create.body.contains("&Description=Built+by+Slipway%2C+run+b1"),
                 create.body.constData());
        QCOMPARE(create.parameter(u"Description"_s), u"Built by Slipway, run b1"_s);
        const CloudFixtureServer::Request run = m_server.requests(u"RunInstances"_s).value(0);
        const Result<CloudInitConfig> config = CloudInit::parseUserData(
            QByteArray::fromBase64(run.parameter(u"UserData"_s).toLatin1()));
        QVERIFY(config);
        QCOMPARE(config->file(QString(CloudInit::kScriptFile))->content,
                 Ec2ImageBuild::buildScript(request.steps));
        QVERIFY(!config->file(QString(CloudInit::kTokenFile)));
        verifyAllSigned();
    }

    void buildScriptRunsEveryStepInOrder()
    {
        QTemporaryDir dir;
        const QList<BuildStep> steps{
            {u"one"_s, BuildStep::Kind::Script, u"echo one >> \"$OUT\"\n"_s},
            {u"two"_s, BuildStep::Kind::Script, u"#!/bin/sh\necho two >> \"$OUT\"\nexit 4\n"_s},
            {u"three"_s, BuildStep::Kind::Script, u"echo three >> \"$OUT\"\n"_s},
        };
        QFile script(dir.filePath(u"build.sh"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(Ec2ImageBuild::buildScript(steps).replace("/var/lib/slipway/build",
                                                               dir.filePath(u"d"_s).toUtf8()));
        script.close();
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OUT"_s, dir.filePath(u"out"_s));
        sh.setProcessEnvironment(env);
        sh.start(u"sh"_s, {script.fileName()});
        QVERIFY(sh.waitForFinished(20000));
        QCOMPARE(sh.exitCode(), 4); // the failing step stops the build
        QFile out(dir.filePath(u"out"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), "one\ntwo\n");
    }

    void noSecretNoCall()
    {
        Ec2Connector connector(cloud(u"aws-without-secret"_s));
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(op->error());
        QVERIFY2(op->error()->message.contains(u"aws-without-secret"_s),
                 qPrintable(op->error()->message));
        QVERIFY(m_server.requests().isEmpty());
    }

    void theSecretNeverLeaves()
    {
        QVERIFY(m_allRequests.size() > 30);
        for (const CloudFixtureServer::Request &r : std::as_const(m_allRequests)) {
            QVERIFY(!r.body.contains(kSecret));
            QVERIFY(
                !QByteArray::fromBase64(r.parameter(u"UserData"_s).toLatin1()).contains(kSecret));
            for (const auto &[name, value] : r.headers)
                QVERIFY(!value.contains(kSecret));
        }
        QVERIFY(g_log.size() > 10); // the connector did log: debug of slipway.* is on
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QString::fromLatin1(kSecret)), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(kToken)), qPrintable(line));
        }
    }

    // The check below can fail: a misspelled member, a wrong type, a value outside the
    // enumeration, a missing required member and an unknown action are each found.
    void theModelCheckFindsMisspelledParameters()
    {
        const Testing::Ec2ModelCheck check = Testing::checkEc2Requests(
            {"Action=RunInstances&Version=2016-11-15&ImageId=ami-1&MinCount=one&MaxCount=1"
             "&TagSpecifications.1.ResourceType=instance&MetadataOptions.HttpTokens=require",
             "Action=DescribeInstances&Version=2016-11-15&Filter.1.Name=tag:a&Filter.1.Values.1=b",
             "Action=TerminateInstance&Version=2016-11-15&InstanceId.1=i-1",
             "Action=CreateImage&Version=2016-11-15&Name=x"});
        if (!check.ran)
            SLIPWAY_SKIP_OR_FAIL("python3 with botocore's EC2 model (python3-botocore)");
        QVERIFY(!check.passed);
        QCOMPARE(check.requests, 4);
        for (const char *finding :
             {"request 1 RunInstances: MinCount = 'one': an integer expected",
              "request 1 RunInstances: TagSpecifications is no member of the request (the model "
              "spells it TagSpecification)",
              "request 1 RunInstances: MetadataOptions.HttpTokens = 'require': one of optional, "
              "required expected",
              "request 2 DescribeInstances: Filter.1.Values is no member of Filter.1 (the model "
              "spells it Value)",
              "request 3 TerminateInstance: no operation TerminateInstance in the EC2 model",
              "request 4 CreateImage: the required member InstanceId is missing"})
            QVERIFY2(check.output.contains(QString::fromLatin1(finding)), qPrintable(check.output));
    }

    // Every request sent above is one the EC2 API model (botocore's) accepts.
    void everyRequestMatchesTheEc2Model() { SLIPWAY_VERIFY_EC2_REQUESTS(); }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        (void) removeSecretNow(QString::fromLatin1(kCloud), QString(Ec2Connector::kSecretName));
    }
};

QTEST_GUILESS_MAIN(TestEc2Connector)
#include "tst_ec2connector.moc"
