// The OpenStack connector against an HTTPS fixture server answering with bodies shaped as in
// the OpenStack API reference (tests/data/openstack): the exact requests it sends (method,
// path, X-Auth-Token, JSON bodies), the states it derives from the answers, the cloud's own
// error messages, pagination, re-authentication, and that the password stays out of logs.
// A server that boots with user-data is a Podman container running Debian's cloud-init on it
// (NoCloud seed); its output is the console log the connector reads.

#include "connectors/openstack/openstackbootstrap.h"
#include "connectors/openstack/openstackclient.h"
#include "connectors/openstack/openstackconnector.h"
#include "connectors/openstack/openstackimagebuild.h"
#include "connectors/openstack/openstackprovision.h"
#include "connectors/openstack/openstackterminate.h"
#include "core/connector/cloudinit.h"
#include "core/secrets/secretstore.h"
#include "tests/support/cloudfixtureserver.h"
#include "tests/support/cloudinitcontainer.h"
#include "tests/support/keyringsession.h"
#include "tests/support/podmantesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Slipway;
using Slipway::Testing::CloudFixtureServer;

namespace {

const QByteArray kPassword = "s3cr3t-Pa55word!x";
const QByteArray kAppSecret = "app-cred-secret-7Hq2";
const QByteArray kToken = "gAAAAABfixturetoken0001";
const QByteArray kToken2 = "gAAAAABfixturetoken0002";
const QString kServerId = u"f5dc173b-6804-445a-a6d8-c705dad5b5eb"_s;
const QString kImage = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;

QMutex logMutex;
QByteArray logText;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logText += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8()
                   + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// Waits for an operation's end; generous, as the machine may be busy.
bool waitFor(ConnectorOperation *op, int ms = 60000)
{
    if (op->isFinished())
        return true;
    QSignalSpy finished(op, &ConnectorOperation::finished);
    return finished.wait(ms) || op->isFinished();
}

// A server's first boot with cloud-init in a container, on a busy machine.
constexpr int kBootMs = 240000;

} // namespace

class TestOpenStackConnector : public QObject
{
    Q_OBJECT

private:
    Testing::KeyringSession m_keyring;
    std::unique_ptr<CloudFixtureServer> m_server;

    CloudFixtureServer::Response fixture(const QString &name,
                                         int status = 200,
                                         const QByteArray &replace = {},
                                         const QByteArray &with = {})
    {
        QByteArray body = CloudFixtureServer::fixture(u"openstack/"_s + name);
        body.replace("https://openstack.example.com", m_server->url().toString().toUtf8());
        if (!replace.isEmpty())
            body.replace(replace, with);
        return {status, "application/json", body, {}};
    }

    void routeJson(const QByteArray &method,
                   const QByteArray &path,
                   const QList<CloudFixtureServer::Response> &responses,
                   const QList<std::pair<QString, QString>> &query = {})
    {
        m_server->route({method, path, {}, query}, responses);
    }

    void routeKeystone(const QList<QByteArray> &tokens = {kToken})
    {
        QList<CloudFixtureServer::Response> answers;
        for (const QByteArray &t : tokens) {
            CloudFixtureServer::Response r = fixture(u"keystone_token.json"_s, 201);
            r.headers = {{"x-subject-token", t}};
            answers << r;
        }
        routeJson("POST", "/identity/v3/auth/tokens", answers);
    }

    CloudConfig cloud(const QString &name = u"os-test"_s, QVariantMap extra = {})
    {
        QVariantMap settings{
            {u"auth_url"_s, QString(m_server->url().toString() + u"/identity/v3/"_s)},
            {u"username"_s, u"demo"_s},
            {u"project_name"_s, u"demo"_s},
            {u"region"_s, u"RegionOne"_s},
            {u"ca_file"_s, m_server->caFile()},
            {u"flavor"_s, u"c2.large"_s},
            {u"network"_s, u"private"_s},
            {u"key_name"_s, u"mykey"_s},
            {u"security_groups"_s, u"default, web"_s},
            {u"poll_interval_ms"_s, u"10"_s},
        };
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            settings.insert(it.key(), it.value());
        return CloudConfig{name, u"openstack"_s, settings};
    }

    QList<CloudFixtureServer::Request> requests(const QByteArray &method, const QByteArray &path)
    {
        QList<CloudFixtureServer::Request> found;
        for (const CloudFixtureServer::Request &r : m_server->requests()) {
            if (r.method == method && r.path == path)
                found << r;
        }
        return found;
    }

    // The routes of a server that comes up: flavours (two pages), network, create, BUILD
    // then ACTIVE.
    void routeServerStart()
    {
        routeJson("GET", "/compute/v2.1/flavors/detail", {fixture(u"flavors_detail_page1.json"_s)});
        routeJson("GET",
                  "/compute/v2.1/flavors/detail",
                  {fixture(u"flavors_detail_page2.json"_s)},
                  {{u"marker"_s, u"2"_s}});
        routeJson("GET", "/network/v2.0/networks", {fixture(u"networks_private.json"_s)});
        routeJson("POST", "/compute/v2.1/servers", {fixture(u"server_create.json"_s, 202)});
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_build.json"_s), fixture(u"server_active.json"_s)});
    }

    // The server as it boots: the user-data of a create or a rebuild boots a Podman container
    // with Debian's cloud-init (a NoCloud seed, tests/support/cloudinitcontainer.h), as on a
    // Debian cloud image, and the console log is what that container printed.
    void routeConsole()
    {
        m_server->route({"POST", "/compute/v2.1/servers/" + kServerId.toLatin1() + "/action", {}, {}},
                        [this](const CloudFixtureServer::Request &request,
                               CloudFixtureServer::Reply reply) {
                            const QJsonObject body = json(request.body);
                            if (body.contains(u"os-getConsoleOutput"_s)) {
                                readConsole();
                                reply({200,
                                       "application/json",
                                       QJsonDocument(
                                           QJsonObject{{u"output"_s, QString::fromUtf8(m_console)}})
                                           .toJson(),
                                       {}});
                                return;
                            }
                            if (body.contains(u"rebuild"_s))
                                boot(QByteArray::fromBase64(body.value(u"rebuild"_s)
                                                                .toObject()
                                                                .value(u"user_data"_s)
                                                                .toString()
                                                                .toLatin1()));
                            reply({202, "application/json", {}, {}});
                        });
    }

    // A boot of the server (a rebuild replaces the one before), started now; its console
    // stays empty until the container is up.
    void boot(const QByteArray &userData)
    {
        removeInstances();
        m_container = m_label + u"-"_s + QString::number(m_seedCount++);
        ++m_boots;
        QString error;
        const QStringList args = Testing::cloudInitRunArguments(m_seeds.filePath(m_container),
                                                                kServerId,
                                                                userData,
                                                                &error);
        if (args.isEmpty()) {
            qWarning() << "no NoCloud seed:" << error;
            return;
        }
        auto *run = new QProcess(this);
        run->setProcessChannelMode(QProcess::MergedChannels);
        connect(run, &QProcess::finished, this, [run] {
            if (run->exitCode() != 0)
                qWarning() << "podman run failed:" << run->readAll();
            run->deleteLater();
        });
        run->start(u"podman"_s,
                   QStringList{u"run"_s,
                               u"-d"_s,
                               u"--name"_s,
                               m_container,
                               u"--hostname"_s,
                               u"web-1"_s,
                               u"--network"_s,
                               u"none"_s,
                               u"--label"_s,
                               u"slipway.test="_s + m_label}
                       + args);
    }

    void readConsole()
    {
        if (m_container.isEmpty())
            return;
        QProcess logs;
        logs.setProcessChannelMode(QProcess::MergedChannels);
        logs.start(u"podman"_s, {u"logs"_s, m_container});
        if (logs.waitForFinished(120000) && logs.exitCode() == 0)
            m_console = logs.readAll();
    }

    // A file on the booted server.
    QByteArray fileOnServer(const QString &path)
    {
        QString error;
        const QByteArray content = Testing::fileInContainer(m_container, path, &error);
        if (content.isEmpty())
            qWarning().noquote() << error;
        return content;
    }

    void removeInstances()
    {
        QProcess ps;
        ps.start(u"podman"_s,
                 {u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=slipway.test="_s + m_label});
        ps.waitForFinished(30000);
        const QStringList ids = QString::fromUtf8(ps.readAllStandardOutput())
                                    .split(u'\n', Qt::SkipEmptyParts);
        if (ids.isEmpty())
            return;
        QProcess rm;
        rm.start(u"podman"_s, QStringList{u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s} + ids);
        rm.waitForFinished(60000);
    }

    QTemporaryDir m_seeds;
    QString m_label = u"slipway-osfixture-%1"_s.arg(QRandomGenerator::global()->generate()
                                                    % 1000000);
    QString m_container;
    int m_boots = 0;     // in this test function
    int m_seedCount = 0; // in the whole test: each boot has a seed folder of its own
    QByteArray m_console;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        SLIPWAY_REQUIRE_KEYRING();
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(writeSecretNow(u"os-test"_s, u"password"_s, kPassword),
                 "the password could not be stored");
        QVERIFY(writeSecretNow(u"os-app"_s, u"application_credential_secret"_s, kAppSecret));
        QLoggingCategory::setFilterRules(u"slipway.*=true"_s);
        previousHandler = qInstallMessageHandler(captureLog);
    }

    void init()
    {
        m_server = std::make_unique<CloudFixtureServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_console.clear();
        m_container.clear();
        m_boots = 0;
    }

    void cleanup()
    {
        m_server.reset();
        if (!m_container.isEmpty())
            removeInstances();
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        // Whatever ran above, with every slipway category at debug: never the secrets.
        QVERIFY(!logText.isEmpty());
        QVERIFY2(!logText.contains(kPassword), "the password is in the log");
        QVERIFY2(!logText.contains(kAppSecret), "the application credential is in the log");
        QVERIFY2(!logText.contains(kToken), "the Keystone token is in the log");
    }

    void provisionWithPasswordAuth()
    {
        routeKeystone();
        routeServerStart();
        OpenStackConnector connector(cloud());
        QCOMPARE(connector.capabilities().brokerRoute, BrokerRoute::Relay);

        InstanceRequest web;
        web.name = InstanceName{u"web"_s, 1};
        web.imageId = kImage;
        ProvisionOperation *op = connector.provision({u"run1"_s, u"catalog-1"_s, {web}});
        QSignalSpy provisioned(op, &ProvisionOperation::instanceProvisioned);
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QCOMPARE(provisioned.size(), 1);
        const Instance instance = op->instances().value(0);
        QCOMPARE(instance.instanceId, kServerId);
        QCOMPARE(instance.hostname, u"10.0.0.12"_s); // the IPv4 fixed address
        QCOMPARE(instance.handle, u"slipway-run1-web-1"_s);
        // How a user logs in (the image's user is not known) and the image it runs.
        QCOMPARE(instance.sshUrl, u"ssh://10.0.0.12"_s);
        QCOMPARE(instance.imageId, QString(kImage));

        // Keystone: exactly one password authentication, scoped to the project.
        const auto auth = requests("POST", "/identity/v3/auth/tokens");
        QCOMPARE(auth.size(), 1);
        QCOMPARE(auth[0].header("content-type"), "application/json");
        const QJsonObject identity
            = json(auth[0].body).value(u"auth"_s).toObject().value(u"identity"_s).toObject();
        QCOMPARE(identity.value(u"methods"_s).toArray(), QJsonArray{u"password"_s});
        const QJsonObject user = identity.value(u"password"_s).toObject().value(u"user"_s).toObject();
        QCOMPARE(user.value(u"name"_s).toString(), u"demo"_s);
        QCOMPARE(user.value(u"password"_s).toString().toUtf8(), kPassword);
        QCOMPARE(user.value(u"domain"_s).toObject().value(u"name"_s).toString(), u"Default"_s);
        QCOMPARE(json(auth[0].body)
                     .value(u"auth"_s)
                     .toObject()
                     .value(u"scope"_s)
                     .toObject()
                     .value(u"project"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"demo"_s);

        // Every other request carries the token, and only Keystone's sees the password.
        for (const CloudFixtureServer::Request &r : m_server->requests()) {
            if (r.path == "/identity/v3/auth/tokens")
                continue;
            QCOMPARE(r.header("x-auth-token"), kToken);
            QVERIFY(!r.body.contains(kPassword));
        }

        // Flavours: both pages, the second by the marker of the first's next link, on the
        // catalog's endpoint (RegionOne, public).
        const auto flavors = requests("GET", "/compute/v2.1/flavors/detail");
        QCOMPARE(flavors.size(), 2);
        QCOMPARE(flavors[0].rawQuery, "");
        QCOMPARE(flavors[1].query.queryItemValue(u"marker"_s), u"2"_s);
        QCOMPARE(requests("GET", "/network/v2.0/networks")[0].query.queryItemValue(u"name"_s),
                 u"private"_s);

        const auto create = requests("POST", "/compute/v2.1/servers");
        QCOMPARE(create.size(), 1);
        const QJsonObject expected{
            {u"server"_s,
             QJsonObject{
                 {u"name"_s, u"slipway-run1-web-1"_s},
                 {u"flavorRef"_s, u"7a6b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"_s},
                 {u"imageRef"_s, kImage},
                 {u"networks"_s,
                  QJsonArray{QJsonObject{{u"uuid"_s, u"396f12f8-521e-4b91-8e21-2e003500433a"_s}}}},
                 {u"security_groups"_s,
                  QJsonArray{QJsonObject{{u"name"_s, u"default"_s}},
                             QJsonObject{{u"name"_s, u"web"_s}}}},
                 {u"key_name"_s, u"mykey"_s},
                 {u"metadata"_s,
                  QJsonObject{{u"slipway_run"_s, u"run1"_s},
                              {u"slipway_owner"_s, u"catalog-1"_s},
                              {u"slipway_instance"_s, u"web.1"_s},
                              {u"slipway_image"_s, kImage}}},
             }},
        };
        QCOMPARE(json(create[0].body), expected);
        // BUILD, then ACTIVE: two polls.
        QCOMPARE(requests("GET", "/compute/v2.1/servers/" + kServerId.toLatin1()).size(), 2);
    }

    void provisionPublicWithDiskAndResources()
    {
        routeKeystone();
        routeServerStart();
        routeJson("GET",
                  "/network/v2.0/networks",
                  {fixture(u"networks_external.json"_s)},
                  {{u"router:external"_s, u"true"_s}});
        routeJson("GET", "/network/v2.0/ports", {fixture(u"ports.json"_s)});
        routeJson("POST", "/network/v2.0/floatingips", {fixture(u"floatingip_create.json"_s, 201)});
        OpenStackConnector connector(cloud());

        InstanceRequest web;
        web.name = InstanceName{u"web"_s, 1};
        web.imageId = kImage;
        web.resources.instanceType = u"m1.small"_s;
        web.resources.disk = u"20"_s;
        web.resources.network = u"public"_s;
        web.resources.securityGroups = {u"ssh"_s};
        ProvisionOperation *op = connector.provision({u"run1"_s, u"catalog-1"_s, {web}});
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QCOMPARE(op->instances().value(0).hostname, u"172.24.4.228"_s);

        const QJsonObject server
            = json(requests("POST", "/compute/v2.1/servers")[0].body).value(u"server"_s).toObject();
        QCOMPARE(server.value(u"flavorRef"_s).toString(), u"2"_s);
        QCOMPARE(server.value(u"imageRef"_s).toString(), QString());
        const QJsonArray ssh{QJsonObject{{u"name"_s, u"ssh"_s}}};
        QCOMPARE(server.value(u"security_groups"_s).toArray(), ssh);
        const QJsonObject bdm = server.value(u"block_device_mapping_v2"_s).toArray()[0].toObject();
        QCOMPARE(bdm.value(u"uuid"_s).toString(), kImage);
        QCOMPARE(bdm.value(u"volume_size"_s).toInt(), 20);
        QCOMPARE(bdm.value(u"source_type"_s).toString(), u"image"_s);
        QCOMPARE(bdm.value(u"destination_type"_s).toString(), u"volume"_s);
        QCOMPARE(bdm.value(u"delete_on_termination"_s).toBool(), true);

        const auto ports = requests("GET", "/network/v2.0/ports");
        QCOMPARE(ports.size(), 1);
        QCOMPARE(ports[0].query.queryItemValue(u"device_id"_s), kServerId);
        const auto fip = requests("POST", "/network/v2.0/floatingips");
        QCOMPARE(fip.size(), 1);
        const QJsonObject fipBody = json(fip[0].body).value(u"floatingip"_s).toObject();
        QCOMPARE(fipBody.value(u"floating_network_id"_s).toString(),
                 u"0a1d0a27-cffa-4de3-92c5-9d3fd3f2e74d"_s);
        QCOMPARE(fipBody.value(u"port_id"_s).toString(), u"ce531f90-199f-48c0-816c-13e38010b442"_s);
    }

    void provisionErrorsShowTheCloudsMessage_data()
    {
        QTest::addColumn<QString>("createFixture");
        QTest::addColumn<int>("createStatus");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("deletes");
        QTest::newRow("quota") << u"quota_exceeded.json"_s << 403
                               << u"Quota exceeded for instances: Requested 1, but already used 10 "
                                  "of 10 instances"_s
                               << false;
        QTest::newRow("over limit")
            << u"over_limit.json"_s << 413 << u"Maximum number of ports exceeded"_s << false;
        // Nova 2025.1's words (tests/peers/openstack).
        QTest::newRow("fault") << u"server_create.json"_s << 202
                               << u"The server went into ERROR: No valid host was found. "_s
                               << true;
    }
    void provisionErrorsShowTheCloudsMessage()
    {
        QFETCH(QString, createFixture);
        QFETCH(int, createStatus);
        QFETCH(QString, message);
        QFETCH(bool, deletes);
        routeKeystone();
        routeServerStart();
        routeJson("POST", "/compute/v2.1/servers", {fixture(createFixture, createStatus)});
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_build.json"_s), fixture(u"server_error.json"_s)});
        routeJson("DELETE", "/compute/v2.1/servers/" + kServerId.toLatin1(), {{204, {}, {}, {}}});
        OpenStackConnector connector(cloud());

        InstanceRequest web;
        web.name = InstanceName{u"web"_s, 1};
        web.imageId = kImage;
        ProvisionOperation *op = connector.provision({u"run1"_s, u"catalog-1"_s, {web}});
        QSignalSpy failed(op, &ProvisionOperation::instanceFailed);
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(op->error()->instance, u"web.1"_s);
        QVERIFY2(op->error()->message.contains(message), qPrintable(op->error()->message));
        QVERIFY(op->instances().isEmpty());
        if (deletes)
            QTRY_COMPARE_WITH_TIMEOUT(requests("DELETE",
                                               "/compute/v2.1/servers/" + kServerId.toLatin1())
                                          .size(),
                                      1,
                                      30000);
        else
            QCOMPARE(requests("DELETE", "/compute/v2.1/servers/" + kServerId.toLatin1()).size(), 0);
    }

    void imageByNameIsLookedUpInGlance_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("found");
        QTest::newRow("found") << u"slipway/web:3"_s << true;
        QTest::newRow("missing") << u"debian-14"_s << false;
    }
    void imageByNameIsLookedUpInGlance()
    {
        QFETCH(QString, name);
        QFETCH(bool, found);
        routeKeystone();
        routeServerStart();
        routeJson("GET",
                  "/image/v2/images",
                  {fixture(found ? u"images_cached.json"_s : u"images_empty.json"_s)});
        OpenStackConnector connector(cloud());
        InstanceRequest web{InstanceName{u"web"_s, 1}, name, {}};
        ProvisionOperation *op = connector.provision({u"run1"_s, u"catalog-1"_s, {web}});
        QVERIFY(waitFor(op));
        const auto lookups = requests("GET", "/image/v2/images");
        QCOMPARE(lookups.size(), 1);
        QCOMPARE(lookups[0].query.queryItemValue(u"name"_s, QUrl::FullyDecoded), name);
        QCOMPARE(lookups[0].query.queryItemValue(u"status"_s), u"active"_s);
        if (!found) {
            QVERIFY(!op->succeeded());
            QVERIFY2(op->error()->message.contains(u"There is no active image named debian-14"_s),
                     qPrintable(op->error()->message));
            QVERIFY(requests("POST", "/compute/v2.1/servers").isEmpty());
            return;
        }
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        const QJsonObject server
            = json(requests("POST", "/compute/v2.1/servers")[0].body).value(u"server"_s).toObject();
        QCOMPARE(server.value(u"imageRef"_s).toString(), u"e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b"_s);
    }

    void unknownFlavorFailsBeforeAnyServer()
    {
        routeKeystone();
        routeServerStart();
        OpenStackConnector connector(cloud(u"os-test"_s, {{u"flavor"_s, u"x9.huge"_s}}));
        InstanceRequest web{InstanceName{u"web"_s, 1}, kImage, {}};
        ProvisionOperation *op = connector.provision({u"run1"_s, u"catalog-1"_s, {web}});
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QVERIFY2(op->error()->message.contains(u"There is no flavour x9.huge"_s),
                 qPrintable(op->error()->message));
        QVERIFY(requests("POST", "/compute/v2.1/servers").isEmpty());
        QCOMPARE(requests("GET", "/compute/v2.1/flavors/detail").size(), 2); // both pages looked at
    }

    void flavorChoice_data()
    {
        QTest::addColumn<QString>("instanceType");
        QTest::addColumn<QString>("cpu");
        QTest::addColumn<QString>("ram");
        QTest::addColumn<QString>("expected"); // an id, or "!" and part of the error
        QTest::newRow("by name") << u"m1.medium"_s << u""_s << u""_s << u"3"_s;
        QTest::newRow("by id") << u"2"_s << u"8"_s << u""_s << u"2"_s; // the type wins
        QTest::newRow("default") << u""_s << u""_s << u""_s
                                 << u"7a6b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"_s;
        QTest::newRow("smallest for 1 cpu") << u""_s << u"1"_s << u""_s << u"1"_s;
        QTest::newRow("ram in MiB") << u""_s << u""_s << u"1024"_s << u"2"_s;
        QTest::newRow("ram in GiB") << u""_s << u"2"_s << u"4g"_s << u"3"_s;
        QTest::newRow("too big") << u""_s << u"16"_s << u""_s << u"!No flavour has at least 16"_s;
        QTest::newRow("not a number") << u""_s << u"many"_s << u""_s << u"!not numbers"_s;
        QTest::newRow("unknown") << u"x1"_s << u""_s << u""_s << u"!There is no flavour x1"_s;
    }
    void flavorChoice()
    {
        QFETCH(QString, instanceType);
        QFETCH(QString, cpu);
        QFETCH(QString, ram);
        QFETCH(QString, expected);
        QJsonArray flavors;
        for (const QString &page :
             {u"flavors_detail_page1.json"_s, u"flavors_detail_page2.json"_s}) {
            for (const QJsonValue &v : json(CloudFixtureServer::fixture(u"openstack/"_s + page))
                                           .value(u"flavors"_s)
                                           .toArray())
                flavors.append(v);
        }
        InstanceResources resources;
        resources.instanceType = instanceType;
        resources.cpu = cpu;
        resources.ram = ram;
        // c2.large (2 vCPUs, 4096 MiB) is the default; m1.medium has the same size but
        // comes first, so the smallest-fit picks by vcpus then ram, first on a tie.
        const Result<QString> id = OpenStackProvision::chooseFlavor(flavors,
                                                                    resources,
                                                                    u"c2.large"_s);
        if (expected.startsWith(u'!')) {
            QVERIFY(!id);
            QVERIFY2(id.errorMessage().contains(expected.mid(1)), qPrintable(id.errorMessage()));
        } else {
            QVERIFY2(id, qPrintable(id.errorMessage()));
            QCOMPARE(*id, expected);
        }
    }

    void applicationCredentialAndRegion()
    {
        routeKeystone();
        routeJson("GET", "/compute-two/v2.1/limits", {fixture(u"limits.json"_s)});
        routeJson("GET", "/compute-two/v2.1/os-keypairs/mykey", {fixture(u"keypair.json"_s)});
        OpenStackConnector connector(
            cloud(u"os-app"_s,
                  {{u"auth_type"_s, u"application_credential"_s},
                   {u"application_credential_id"_s, u"423f19a4ac1e4f48bbb4180756e6eb6c"_s},
                   {u"region"_s, u"RegionTwo"_s},
                   {u"security_groups"_s, u""_s}}));
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QVERIFY2(op->details().contains(u"2 of 10 instances"_s), qPrintable(op->details()));
        QVERIFY(op->details().contains(m_server->url().toString() + u"/compute-two/v2.1"_s));

        const auto auth = requests("POST", "/identity/v3/auth/tokens");
        QCOMPARE(auth.size(), 1);
        const QJsonObject body = json(auth[0].body);
        const QJsonObject expected{
            {u"auth"_s,
             QJsonObject{
                 {u"identity"_s,
                  QJsonObject{{u"methods"_s, QJsonArray{u"application_credential"_s}},
                              {u"application_credential"_s,
                               QJsonObject{{u"id"_s, u"423f19a4ac1e4f48bbb4180756e6eb6c"_s},
                                           {u"secret"_s, QString::fromLatin1(kAppSecret)}}}}}}}};
        QCOMPARE(body, expected);
        QCOMPARE(requests("GET", "/compute-two/v2.1/limits")[0].header("x-auth-token"), kToken);
    }

    void missingEndpointIsNamed()
    {
        routeKeystone();
        OpenStackConnector connector(cloud(u"os-test"_s, {{u"region"_s, u"RegionNine"_s}}));
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QVERIFY2(op->error()->message.contains(u"no compute endpoint"_s)
                     && op->error()->message.contains(u"RegionNine"_s),
                 qPrintable(op->error()->message));
    }

    void refusedCredentials()
    {
        routeJson("POST",
                  "/identity/v3/auth/tokens",
                  {fixture(u"keystone_unauthorized.json"_s, 401)});
        OpenStackConnector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QVERIFY2(op->error()->message.contains(
                     u"The request you have made requires authentication."_s),
                 qPrintable(op->error()->message));
        QVERIFY(!op->error()->message.contains(QString::fromLatin1(kPassword)));
    }

    void missingSecretIsAnError()
    {
        routeKeystone();
        OpenStackConnector connector(cloud(u"os-nosecret"_s));
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QVERIFY2(op->error()->message.contains(u"keychain"_s), qPrintable(op->error()->message));
        QVERIFY(m_server->requests().isEmpty()); // nothing sent without a credential
    }

    void reauthenticatesOn401AndExpiry()
    {
        // A token revoked early: the service answers 401 once, the client authenticates
        // again and repeats the request with the new token.
        routeKeystone({kToken, kToken2});
        routeJson("GET",
                  "/compute/v2.1/limits",
                  {fixture(u"item_not_found.json"_s, 401), fixture(u"limits.json"_s)});
        routeJson("GET", "/compute/v2.1/os-keypairs/mykey", {fixture(u"keypair.json"_s)});
        routeJson("GET", "/network/v2.0/security-groups", {fixture(u"security_groups.json"_s)});
        OpenStackConnector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QCOMPARE(requests("POST", "/identity/v3/auth/tokens").size(), 2);
        const auto limits = requests("GET", "/compute/v2.1/limits");
        QCOMPARE(limits.size(), 2);
        QCOMPARE(limits[0].header("x-auth-token"), kToken);
        QCOMPARE(limits[1].header("x-auth-token"), kToken2);
    }

    void expiredTokenIsRenewedBeforeUse()
    {
        // Keystone's token expires within the renewal margin: each use asks for a new one.
        CloudFixtureServer::Response soon = fixture(u"keystone_token.json"_s,
                                                    201,
                                                    "2099-01-01T00:00:00.000000Z",
                                                    QDateTime::currentDateTimeUtc()
                                                        .addSecs(30)
                                                        .toString(Qt::ISODateWithMs)
                                                        .toLatin1());
        soon.headers = {{"x-subject-token", kToken}};
        CloudFixtureServer::Response later = fixture(u"keystone_token.json"_s, 201);
        later.headers = {{"x-subject-token", kToken2}};
        routeJson("POST", "/identity/v3/auth/tokens", {soon, later});
        routeJson("GET", "/compute/v2.1/limits", {fixture(u"limits.json"_s)});
        OpenStackConnector connector(cloud());
        OpenStackReply first;
        connector.client()->authenticate(&connector,
                                         [&first](const OpenStackReply &r) { first = r; });
        QTRY_VERIFY_WITH_TIMEOUT(first.status != 0, 30000);
        QCOMPARE(connector.client()->token().toLatin1(), kToken);
        OpenStackReply second;
        connector.client()->send({u"compute"_s, "GET", u"/limits"_s, {}, false, {}},
                                 &connector,
                                 [&second](const OpenStackReply &r) { second = r; });
        QTRY_VERIFY_WITH_TIMEOUT(second.status != 0, 30000);
        QVERIFY(second.ok());
        QCOMPARE(requests("POST", "/identity/v3/auth/tokens").size(), 2);
        QCOMPARE(requests("GET", "/compute/v2.1/limits")[0].header("x-auth-token"), kToken2);
    }

    void bootstrapRebuildsWithCloudInit_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << 0;
        QTest::newRow("fails") << 5;
    }
    void bootstrapRebuildsWithCloudInit()
    {
        QFETCH(int, status);
        SLIPWAY_REQUIRE_PODMAN();
        routeKeystone();
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_active.json"_s),
                   fixture(u"server_rebuild.json"_s),
                   fixture(u"server_active.json"_s)});
        routeConsole();
        OpenStackConnector connector(cloud());

        BootstrapRequest request;
        request.runId = u"run1"_s;
        request.instance = Instance{InstanceName{u"web"_s, 1},
                                    kServerId,
                                    u"10.0.0.12"_s,
                                    u"slipway-run1-web-1"_s,
                                    {},
                                    {}};
        request.script = "#!/bin/sh\necho bootstrapping\nenv > \"$TEST_SEEN\"\n"
                         "exit \"$TEST_STATUS\"\n";
        request.environment = {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.example:443/b/run1"_s},
                               {u"SLIPWAY_RUN"_s, u"run1"_s},
                               {u"SLIPWAY_INSTANCE"_s, u"web.1"_s},
                               {u"SLIPWAY_TOKEN"_s, u"broker-token-abc"_s},
                               {u"TEST_SEEN"_s, u"/root/seen-env"_s},
                               {u"TEST_STATUS"_s, QString::number(status)}};
        BootstrapOperation *op = connector.bootstrap(request);
        QVERIFY(waitFor(op, kBootMs));
        QCOMPARE(op->exitCode().value_or(-1), status);
        if (status == 0) {
            QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        } else {
            QCOMPARE(op->error()->code, ConnectorError::Code::ScriptFailed);
            QCOMPARE(op->error()->exitCode, status);
            QVERIFY(op->error()->message.contains(u"exit status 5"_s));
        }

        QList<CloudFixtureServer::Request> rebuilds;
        for (const auto &r :
             requests("POST", "/compute/v2.1/servers/" + kServerId.toLatin1() + "/action"))
            if (json(r.body).contains(u"rebuild"_s))
                rebuilds << r;
        QCOMPARE(rebuilds.size(), 1);
        QCOMPARE(rebuilds[0].header("openstack-api-version"), "compute 2.57");
        const QJsonObject rebuild = json(rebuilds[0].body).value(u"rebuild"_s).toObject();
        QCOMPARE(rebuild.value(u"imageRef"_s).toString(), kImage);
        const Result<CloudInitConfig> config = CloudInit::parseUserData(
            QByteArray::fromBase64(rebuild.value(u"user_data"_s).toString().toLatin1()));
        QVERIFY2(config, qPrintable(config.errorMessage()));
        QCOMPARE(config->file(QString(CloudInit::kTokenFile))->content, "broker-token-abc");
        QCOMPARE(config->file(QString(CloudInit::kTokenFile))->permissions, u"0600"_s);
        QVERIFY(config->file(QString(CloudInit::kEnvironmentFile))
                    ->content.contains("SLIPWAY_BROKER_URL='https://relay.example:443/b/run1'"));
        QCOMPARE(config->file(QString(CloudInit::kScriptFile))->content, request.script);

        // Debian's cloud-init ran the script with the token, and the console got the status
        // line, whose exit status the connector read; the script's own output stayed off it.
        const QByteArray vars = fileOnServer(u"/root/seen-env"_s);
        QVERIFY2(vars.contains("SLIPWAY_TOKEN=broker-token-abc\n"), m_console.constData());
        QVERIFY(vars.contains("SLIPWAY_BROKER_URL=https://relay.example:443/b/run1\n"));
        QVERIFY2(m_console.contains("Cloud-init v. "), m_console.constData());
        static const QRegularExpression line(
            u"slipway-bootstrap: web\\.1#[0-9a-f]{8} exit (\\d+)"_s);
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(m_console));
        QVERIFY2(m.hasMatch(), m_console.constData());
        QCOMPARE(m.captured(1).toInt(), status);
        QVERIFY(!m_console.contains("bootstrapping") && !m_console.contains("broker-token-abc"));
    }

    // Clouds that take user-data get the bootstrap at provision: the server is created with
    // it and boots once; bootstrap() then only reads its exit status from the console.
    void provisionCarriesTheBootstrapAndBootstrapFollowsIt()
    {
        SLIPWAY_REQUIRE_PODMAN();
        routeKeystone();
        routeJson("GET", "/compute/v2.1/flavors/detail", {fixture(u"flavors_detail_page1.json"_s)});
        routeJson("GET",
                  "/compute/v2.1/flavors/detail",
                  {fixture(u"flavors_detail_page2.json"_s)},
                  {{u"marker"_s, u"2"_s}});
        routeJson("GET", "/network/v2.0/networks", {fixture(u"networks_private.json"_s)});
        m_server->route({"POST", "/compute/v2.1/servers", {}, {}},
                        [this](const CloudFixtureServer::Request &request,
                               CloudFixtureServer::Reply reply) {
                            // The server's first boot runs its user-data.
                            boot(QByteArray::fromBase64(json(request.body)
                                                            .value(u"server"_s)
                                                            .toObject()
                                                            .value(u"user_data"_s)
                                                            .toString()
                                                            .toLatin1()));
                            reply(fixture(u"server_create.json"_s, 202));
                        });
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_build.json"_s), fixture(u"server_active.json"_s)});
        routeConsole();
        OpenStackConnector connector(cloud());
        QVERIFY(connector.capabilities().bootstrapsAtLaunch);

        InstanceRequest web{InstanceName{u"web"_s, 1}, kImage, {}};
        web.bootstrapScript = "#!/bin/sh\necho bootstrapping\nexit 0\n";
        web.bootstrapEnvironment = {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.example:443/b/run1"_s},
                                    {u"SLIPWAY_RUN"_s, u"run1"_s},
                                    {u"SLIPWAY_INSTANCE"_s, u"web.1"_s},
                                    {u"SLIPWAY_TOKEN"_s, u"broker-token-abc"_s}};
        ProvisionOperation *op = connector.provision({u"run1"_s, u"catalog-1"_s, {web}});
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        const auto create = requests("POST", "/compute/v2.1/servers");
        QCOMPARE(create.size(), 1);
        const Result<CloudInitConfig> config = CloudInit::parseUserData(
            QByteArray::fromBase64(json(create[0].body)
                                       .value(u"server"_s)
                                       .toObject()
                                       .value(u"user_data"_s)
                                       .toString()
                                       .toLatin1()));
        QVERIFY2(config, qPrintable(config.errorMessage()));
        QCOMPARE(config->file(QString(CloudInit::kTokenFile))->content, "broker-token-abc");
        QCOMPARE(config->file(QString(CloudInit::kScriptFile))->content, web.bootstrapScript);

        BootstrapRequest request{u"run1"_s,
                                 op->instances().value(0),
                                 web.bootstrapScript,
                                 web.bootstrapEnvironment,
                                 true};
        BootstrapOperation *follow = connector.bootstrap(request);
        QVERIFY(waitFor(follow, kBootMs));
        QVERIFY2(follow->succeeded(),
                 qPrintable((follow->error() ? follow->error()->message : QString()) + u'\n'
                            + QString::fromUtf8(m_console)));
        QCOMPARE(follow->exitCode().value_or(-1), 0);
        // The status line of the first boot, under the label provision() gave it, printed by
        // the bootstrap that Debian's cloud-init ran.
        const QByteArray statusLine
            = "slipway-bootstrap: "
              + OpenStackBootstrap::launchLabel(web.name, web.bootstrapEnvironment).toUtf8()
              + " exit 0";
        QVERIFY2(m_console.contains(statusLine), m_console.constData());
        QVERIFY(m_console.contains("Cloud-init v. "));
        QCOMPARE(m_boots, 1);
        for (const auto &r :
             requests("POST", "/compute/v2.1/servers/" + kServerId.toLatin1() + "/action"))
            QVERIFY2(!json(r.body).contains(u"rebuild"_s), "the server was rebuilt");
        QCOMPARE(requests("POST", "/compute/v2.1/servers").size(), 1);
    }

    void serverStuckInBuildTimesOut()
    {
        routeKeystone();
        routeServerStart();
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_build.json"_s)});
        routeJson("DELETE", "/compute/v2.1/servers/" + kServerId.toLatin1(), {{204, {}, {}, {}}});
        OpenStackConnector connector(cloud(u"os-test"_s, {{u"timeout_s"_s, u"1"_s}}));
        InstanceRequest web{InstanceName{u"web"_s, 1}, kImage, {}};
        ProvisionOperation *op = connector.provision({u"run1"_s, u"catalog-1"_s, {web}});
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QVERIFY2(op->error()->message.contains(u"stayed BUILD instead of ACTIVE"_s)
                     && op->error()->message.contains(u"1 s"_s),
                 qPrintable(op->error()->message));
        QVERIFY(requests("GET", "/compute/v2.1/servers/" + kServerId.toLatin1()).size() >= 2);
    }

    void bootstrapWithoutConsoleLog()
    {
        routeKeystone();
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_active.json"_s)});
        m_server->route({"POST", "/compute/v2.1/servers/" + kServerId.toLatin1() + "/action", {}, {}},
                        [](const CloudFixtureServer::Request &request,
                           CloudFixtureServer::Reply reply) {
                            if (json(request.body).contains(u"os-getConsoleOutput"_s))
                                reply({501,
                                       "application/json",
                                       R"({"notImplemented": {"code": 501, "message": )"
                                       R"("Guest does not have a console available."}})",
                                       {}});
                            else
                                reply({202, "application/json", {}, {}});
                        });
        OpenStackConnector connector(cloud());
        BootstrapRequest request;
        request.runId = u"run1"_s;
        request.instance = Instance{InstanceName{u"web"_s, 1}, kServerId, {}, {}, {}, {}};
        request.script = "echo hi\n";
        request.environment = {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.example/b/run1"_s}};
        BootstrapOperation *op = connector.bootstrap(request);
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QVERIFY(op->outputTail(u"web.1"_s).join(u'\n').contains(u"no console log"_s));
    }

    void bootstrapNeedsTheRelay()
    {
        routeKeystone();
        OpenStackConnector connector(cloud());
        BootstrapRequest request;
        request.runId = u"run1"_s;
        request.instance = Instance{InstanceName{u"web"_s, 1}, kServerId, {}, {}, {}, {}};
        request.script = "echo hi\n";
        request.environment = {{u"SLIPWAY_BROKER_URL"_s, QString()}, {u"SLIPWAY_TOKEN"_s, u"t"_s}};
        BootstrapOperation *op = connector.bootstrap(request);
        QVERIFY(waitFor(op));
        QCOMPARE(op->error()->code, ConnectorError::Code::InvalidRequest);
        QVERIFY2(op->error()->message.contains(u"slipway-relay"_s),
                 qPrintable(op->error()->message));
        QVERIFY(m_server->requests().isEmpty());
    }

    void terminateRunDeletesItsServersAndFloatingIps()
    {
        routeKeystone();
        routeJson("GET", "/compute/v2.1/servers/detail", {fixture(u"servers_detail_page1.json"_s)});
        routeJson("GET",
                  "/compute/v2.1/servers/detail",
                  {fixture(u"servers_detail_page2.json"_s)},
                  {{u"marker"_s, u"9168b536-cd40-4630-b43f-b259807c6e87"_s}});
        routeJson("GET", "/network/v2.0/ports", {fixture(u"ports_empty.json"_s)});
        routeJson("GET",
                  "/network/v2.0/ports",
                  {fixture(u"ports.json"_s)},
                  {{u"device_id"_s, kServerId}});
        routeJson("GET", "/network/v2.0/floatingips", {fixture(u"floatingips.json"_s)});
        routeJson("DELETE",
                  "/network/v2.0/floatingips/2f245a7b-796b-4f26-9cf9-9e82d248fda7",
                  {{204, {}, {}, {}}});
        for (const QByteArray &id : {QByteArray("f5dc173b-6804-445a-a6d8-c705dad5b5eb"),
                                     QByteArray("2e5c3a3b-1c4d-4b5e-9f6a-7b8c9d0e1f2a")}) {
            routeJson("DELETE", "/compute/v2.1/servers/" + id, {{204, {}, {}, {}}});
            routeJson("GET",
                      "/compute/v2.1/servers/" + id,
                      {fixture(u"server_active.json"_s), fixture(u"item_not_found.json"_s, 404)});
        }
        OpenStackConnector connector(cloud());
        TerminateOperation *op = connector.terminate({u"run1"_s, {}});
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QStringList removed = op->removedInstances();
        removed.sort();
        QCOMPARE(removed, QStringList({u"slipway-run1-web-1"_s, u"slipway-run1-web-2"_s}));
        QCOMPARE(op->removedRuns(), QStringList{u"run1"_s});

        const auto list = requests("GET", "/compute/v2.1/servers/detail");
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].query.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"^slipway-run1-"_s);
        // The floating IP went before its server; servers of other runs were left alone.
        QCOMPARE(requests("DELETE", "/network/v2.0/floatingips/2f245a7b-796b-4f26-9cf9-9e82d248fda7")
                     .size(),
                 1);
        QCOMPARE(requests("DELETE", "/compute/v2.1/servers/9168b536-cd40-4630-b43f-b259807c6e87")
                     .size(),
                 0);
        QCOMPARE(requests("DELETE", "/compute/v2.1/servers/4a7b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
                     .size(),
                 0);
        qsizetype fipAt = -1, serverAt = -1;
        const auto all = m_server->requests();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].method == "DELETE" && all[i].path.startsWith("/network/v2.0/floatingips/"))
                fipAt = i;
            if (all[i].method == "DELETE"
                && all[i].path == "/compute/v2.1/servers/" + kServerId.toLatin1())
                serverAt = i;
        }
        QVERIFY(fipAt >= 0 && serverAt > fipAt);
    }

    void orphansAreOnlyThoseOfTheOwnerOutsideActiveRuns()
    {
        QJsonArray servers
            = json(fixture(u"servers_detail_page1.json"_s).body).value(u"servers"_s).toArray();
        for (const QJsonValue &v :
             json(fixture(u"servers_detail_page2.json"_s).body).value(u"servers"_s).toArray())
            servers.append(v);
        const QJsonArray orphans = OpenStackOrphanCleanUp::orphans(servers,
                                                                   u"catalog-1"_s,
                                                                   {u"run1"_s});
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans[0].toObject().value(u"name"_s).toString(), u"slipway-run0-db-1"_s);
        QCOMPARE(OpenStackOrphanCleanUp::orphans(servers, u"catalog-1"_s, {}).size(), 3);
        QCOMPARE(OpenStackOrphanCleanUp::orphans(servers, u"catalog-3"_s, {}).size(), 0);
    }

    void imageBuildSnapshotsTheBuildServer()
    {
        routeKeystone();
        routeServerStart();
        const QList<BuildStep> steps{
            {u"pre-install"_s, BuildStep::Kind::Script, u"echo pre\n"_s},
            {u"recipe"_s, BuildStep::Kind::Script, u"#!/bin/sh\necho recipe\n"_s},
        };
        const QString key = steps[1].cacheKey(steps[0].cacheKey(BuildStep::baseKey(kImage)));
        routeJson("GET",
                  "/image/v2/images",
                  {fixture(u"images_empty.json"_s, 200, "@KEY@", key.toLatin1())});
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_build.json"_s),
                   fixture(u"server_active.json"_s),
                   fixture(u"server_active.json"_s),
                   fixture(u"server_shutoff.json"_s),
                   fixture(u"item_not_found.json"_s, 404)});
        m_server
            ->route({"POST", "/compute/v2.1/servers/" + kServerId.toLatin1() + "/action", {}, {}},
                    [this, key](const CloudFixtureServer::Request &request,
                                CloudFixtureServer::Reply reply) {
                        const QJsonObject body = json(request.body);
                        if (body.contains(u"createImage"_s)) {
                            reply(fixture(u"create_image.json"_s, 202));
                            return;
                        }
                        if (body.contains(u"os-stop"_s)) {
                            reply({202, "application/json", {}, {}});
                            return;
                        }
                        // The console: the build's label is in the create request.
                        QString label;
                        for (const auto &r : requests("POST", "/compute/v2.1/servers")) {
                            const auto config = CloudInit::parseUserData(
                                QByteArray::fromBase64(json(r.body)
                                                           .value(u"server"_s)
                                                           .toObject()
                                                           .value(u"user_data"_s)
                                                           .toString()
                                                           .toLatin1()));
                            label = QRegularExpression(u"label='([^']*)'"_s)
                                        .match(QString::fromUtf8(
                                            config->file(QString(CloudInit::kRunnerFile))->content))
                                        .captured(1);
                        }
                        reply(fixture(u"console_output.json"_s,
                                      200,
                                      "@LINE@",
                                      "slipway-bootstrap: " + label.toUtf8() + " exit 0"));
                    });
        routeJson("GET",
                  "/image/v2/images/e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b",
                  {fixture(u"item_not_found.json"_s, 404),
                   fixture(u"image_queued.json"_s, 200, "@KEY@", key.toLatin1()),
                   fixture(u"image_saving.json"_s, 200, "@KEY@", key.toLatin1()),
                   fixture(u"image_active.json"_s, 200, "@KEY@", key.toLatin1())});
        routeJson("GET", "/network/v2.0/ports", {fixture(u"ports_empty.json"_s)});
        routeJson("DELETE", "/compute/v2.1/servers/" + kServerId.toLatin1(), {{204, {}, {}, {}}});

        OpenStackConnector connector(cloud());
        ImageBuildRequest request{u"run7"_s, u"catalog-1"_s, kImage, steps, u"slipway/web:3"_s};
        ImageBuildOperation *op = connector.buildImage(request);
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QCOMPARE(op->result().imageId, u"e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b"_s);
        QCOMPARE(op->result().cacheKey, key);
        QCOMPARE(op->result().stepsRun(), 2);

        QCOMPARE(requests("GET", "/image/v2/images")[0].query.queryItemValue(u"slipway_cache_key"_s),
                 key);
        const QJsonObject server
            = json(requests("POST", "/compute/v2.1/servers")[0].body).value(u"server"_s).toObject();
        QCOMPARE(server.value(u"imageRef"_s).toString(), kImage);
        QCOMPARE(server.value(u"name"_s).toString(), u"slipway-run7-build"_s);
        const auto config = CloudInit::parseUserData(
            QByteArray::fromBase64(server.value(u"user_data"_s).toString().toLatin1()));
        QVERIFY(config);
        QCOMPARE(config->file(QString(CloudInit::kScriptFile))->content,
                 OpenStackImageBuild::buildScript(steps));

        QJsonObject createImage;
        QStringList actions;
        for (const auto &r :
             requests("POST", "/compute/v2.1/servers/" + kServerId.toLatin1() + "/action")) {
            const QJsonObject body = json(r.body);
            actions << body.keys().value(0);
            if (body.contains(u"createImage"_s)) {
                createImage = body.value(u"createImage"_s).toObject();
                QCOMPARE(r.header("openstack-api-version"), "compute 2.45");
            }
        }
        QCOMPARE(actions.last(), u"createImage"_s);
        QVERIFY(actions.indexOf(u"os-stop"_s) < actions.indexOf(u"createImage"_s));
        QCOMPARE(createImage.value(u"name"_s).toString(), u"slipway/web:3"_s);
        QCOMPARE(createImage.value(u"metadata"_s).toObject().value(u"slipway_cache_key"_s).toString(),
                 key);
        QTRY_COMPARE_WITH_TIMEOUT(requests("DELETE", "/compute/v2.1/servers/" + kServerId.toLatin1())
                                      .size(),
                                  1,
                                  30000);
    }

    void imageBuildReusesACachedSnapshot()
    {
        routeKeystone();
        const QList<BuildStep> steps{{u"recipe"_s, BuildStep::Kind::Script, u"echo r\n"_s}};
        const QString key = steps[0].cacheKey(BuildStep::baseKey(kImage));
        routeJson("GET",
                  "/image/v2/images",
                  {fixture(u"images_cached.json"_s, 200, "@KEY@", key.toLatin1())});
        OpenStackConnector connector(cloud());
        ImageBuildOperation *op = connector.buildImage(
            {u"run8"_s, u"catalog-1"_s, kImage, steps, {}});
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QCOMPARE(op->result().imageId, u"e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b"_s);
        QCOMPARE(op->result().stepsRun(), 0);
        QVERIFY(requests("POST", "/compute/v2.1/servers").isEmpty());
    }

    void checkNamesAMissingKeyPair()
    {
        routeKeystone();
        routeJson("GET", "/compute/v2.1/limits", {fixture(u"limits.json"_s)});
        routeJson("GET",
                  "/compute/v2.1/os-keypairs/mykey",
                  {fixture(u"keypair_not_found.json"_s, 404)});
        OpenStackConnector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QCOMPARE(op->error()->message,
                 u"Key pair mykey: Keypair mykey not found for user "
                 "ee4dfb6e5540447cb3741905149d9b6e"_s);
    }

    void checkNamesAMissingSecurityGroup()
    {
        routeKeystone();
        routeJson("GET", "/compute/v2.1/limits", {fixture(u"limits.json"_s)});
        routeJson("GET", "/compute/v2.1/os-keypairs/mykey", {fixture(u"keypair.json"_s)});
        routeJson("GET",
                  "/network/v2.0/security-groups",
                  {fixture(u"security_groups.json"_s)},
                  {{u"name"_s, u"default"_s}});
        routeJson("GET",
                  "/network/v2.0/security-groups",
                  {fixture(u"security_groups_empty.json"_s)},
                  {{u"name"_s, u"web"_s}});
        OpenStackConnector connector(cloud());
        CheckOperation *op = connector.check();
        QVERIFY(waitFor(op));
        QVERIFY(!op->succeeded());
        QCOMPARE(op->error()->message, u"There is no security group web."_s);
        QCOMPARE(requests("GET", "/network/v2.0/security-groups").size(), 2);
    }

    void orphanCleanUpDeletesOnlyOrphans()
    {
        routeKeystone();
        routeJson("GET", "/compute/v2.1/servers/detail", {fixture(u"servers_detail_page1.json"_s)});
        routeJson("GET",
                  "/compute/v2.1/servers/detail",
                  {fixture(u"servers_detail_page2.json"_s)},
                  {{u"marker"_s, u"9168b536-cd40-4630-b43f-b259807c6e87"_s}});
        routeJson("GET", "/network/v2.0/ports", {fixture(u"ports_empty.json"_s)});
        const QByteArray orphan = "/compute/v2.1/servers/9168b536-cd40-4630-b43f-b259807c6e87";
        routeJson("DELETE", orphan, {{204, {}, {}, {}}});
        routeJson("GET", orphan, {fixture(u"item_not_found.json"_s, 404)});
        OpenStackConnector connector(cloud());
        TerminateOperation *op = connector.cleanUpOrphans({u"catalog-1"_s, {u"run1"_s}});
        QVERIFY(waitFor(op));
        QVERIFY2(op->succeeded(), qPrintable(op->error() ? op->error()->message : QString()));
        QCOMPARE(op->removedInstances(), QStringList{u"slipway-run0-db-1"_s});
        QCOMPARE(op->removedRuns(), QStringList{u"run0"_s});
        QCOMPARE(requests("GET", "/compute/v2.1/servers/detail")[0]
                     .query.queryItemValue(u"name"_s, QUrl::FullyDecoded),
                 u"^slipway-"_s);
        int deletes = 0;
        for (const auto &r : m_server->requests())
            deletes += r.method == "DELETE";
        QCOMPARE(deletes, 1);
    }

    void bigBootstrapIsGzippedOrRefused_data()
    {
        QTest::addColumn<bool>("compressible");
        QTest::newRow("compressible") << true;
        QTest::newRow("too large") << false;
    }
    void bigBootstrapIsGzippedOrRefused()
    {
        QFETCH(bool, compressible);
        if (compressible)
            SLIPWAY_REQUIRE_PODMAN();
        routeKeystone();
        routeJson("GET",
                  "/compute/v2.1/servers/" + kServerId.toLatin1(),
                  {fixture(u"server_active.json"_s)});
        routeConsole();
        OpenStackConnector connector(cloud());
        BootstrapRequest request;
        request.runId = u"run1"_s;
        request.instance = Instance{InstanceName{u"web"_s, 1}, kServerId, {}, {}, {}, {}};
        QByteArray script = "#!/bin/sh\n";
        if (compressible) {
            while (script.size() < 80000)
                script += "echo this line repeats and compresses well\n";
            script += "echo whole > /root/big-done\n";
        } else {
            // Random bytes in base64 hardly compress: 120 KB stay above Nova's limit.
            QByteArray noise;
            for (int i = 0; i < 90000; ++i)
                noise += char(QRandomGenerator::global()->generate() & 0xff);
            script += "# " + noise.toBase64() + "\n";
        }
        request.script = script;
        request.environment = {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.example/b/run1"_s}};
        BootstrapOperation *op = connector.bootstrap(request);
        QVERIFY(waitFor(op, kBootMs));
        QList<QByteArray> userData;
        for (const auto &r :
             requests("POST", "/compute/v2.1/servers/" + kServerId.toLatin1() + "/action")) {
            const QString ud
                = json(r.body).value(u"rebuild"_s).toObject().value(u"user_data"_s).toString();
            if (!ud.isEmpty())
                userData << QByteArray::fromBase64(ud.toLatin1());
        }
        if (!compressible) {
            QVERIFY(!op->succeeded());
            QCOMPARE(op->error()->code, ConnectorError::Code::InvalidRequest);
            QVERIFY2(op->error()->message.contains(u"too large"_s),
                     qPrintable(op->error()->message));
            QVERIFY(userData.isEmpty());
            return;
        }
        QCOMPARE(userData.size(), 1);
        QVERIFY(userData[0].startsWith("\x1f\x8b")); // gzip, which cloud-init unpacks
        QVERIFY(userData[0].toBase64().size() <= 65535);
        // Debian's cloud-init unpacked it and the bootstrap ran to its end.
        QVERIFY2(op->succeeded(),
                 qPrintable((op->error() ? op->error()->message : QString()) + u'\n'
                            + QString::fromUtf8(m_console)));
        QCOMPARE(fileOnServer(u"/root/big-done"_s), "whole\n");
    }

    void errorMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("nova") << u"item_not_found.json"_s
                              << u"Instance f5dc173b-6804-445a-a6d8-c705dad5b5eb could not be "
                                 "found."_s;
        QTest::newRow("keystone") << u"keystone_unauthorized.json"_s
                                  << u"The request you have made requires authentication."_s;
        QTest::newRow("neutron") << u"neutron_quota.json"_s
                                 << u"Quota exceeded for resources: ['floatingip']."_s;
    }
    void errorMessages()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QCOMPARE(OpenStackClient::errorMessage(400,
                                               CloudFixtureServer::fixture(u"openstack/"_s + file),
                                               u"Bad Request"_s),
                 message);
        QCOMPARE(OpenStackClient::errorMessage(
                     404,
                     "<html><body><h1>404 Not Found</h1>\nThe resource could not be found."
                     "</body></html>",
                     u"Not Found"_s),
                 u"404 Not Found The resource could not be found."_s);
        QCOMPARE(OpenStackClient::errorMessage(502, {}, u"Bad Gateway"_s), u"Bad Gateway"_s);
    }
};

QTEST_GUILESS_MAIN(TestOpenStackConnector)
#include "tst_openstackconnector.moc"
