// The OpenStack connector and the run engine against a real OpenStack 2025.1 (Debian's
// Keystone, Glance, Placement, Nova, Neutron; tests/peers/openstack), started once for the
// peers group by its CTest fixture: authentication with a password and with an application
// credential made here, the catalog's regions and interfaces, images by name, flavours, key
// pairs, security groups, networks by name, floating IPs, the cloud's own errors (quota, no
// valid host), deletion, orphan clean-up, token renewal, servers that boot once with their
// bootstrap, and runs that settle at once when aborted or terminated before any node started.
//
// Where the peer stops: its compute driver is Nova's fake one, which stores the user-data but
// runs nothing, shows a canned console log, keeps snapshots `queued` and passes no traffic.
// What the servers do with their user-data (cloud-init running the bootstrap, the exit status
// on the console) is proven against the fixture server, whose servers are Podman containers
// running Debian's cloud-init on the user-data (tst_openstackconnector:
// bootstrapRebuildsWithCloudInit, provisionCarriesTheBootstrapAndBootstrapFollowsIt), and in
// the EC2 deployment tests; here the tests check what Nova stored and that no status is
// invented. A snapshot's way to `active` is proven against the fixture server too
// (imageBuildSnapshotsTheBuildServer); here the test asserts the `queued` that Glance shows.

#include "connectors/openstack/openstackbootstrap.h"
#include "connectors/openstack/openstackclient.h"
#include "connectors/openstack/openstackconnector.h"
#include "connectors/openstack/openstackresources.h"
#include "core/connector/cloudinit.h"
#include "core/run/instancestate.h"
#include "core/run/runhost.h"
#include "core/secrets/secretstore.h"
#include "tests/support/keyringsession.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/runtestbed.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

constexpr int kWaitMs = 180000; // an operation of the peer, on a busy machine

bool waitFor(ConnectorOperation *op, int ms = kWaitMs)
{
    if (op->isFinished())
        return true;
    QSignalSpy finished(op, &ConnectorOperation::finished);
    return finished.wait(ms) || op->isFinished();
}

QString failure(const ConnectorOperation *op)
{
    return op->error() ? op->error()->toDisplayString() : QString();
}

QString randomTag()
{
    return QString::number(QRandomGenerator::global()->generate() % 0xffffff, 16);
}

QByteArray compute(const char *version)
{
    return QByteArray("compute ") + version;
}

} // namespace

class TestOpenStackPeer : public QObject
{
    Q_OBJECT

private:
    KeyringSession m_keyring;
    QHash<QString, QString> m_peer; // the fixture's settings (openstack.env)
    std::unique_ptr<OpenStackConnector> m_admin;
    // Authenticated when the test starts; its token's renewal is the last test.
    std::unique_ptr<OpenStackConnector> m_early;
    QDateTime m_earlyAt;
    QString m_tag = randomTag();

    QString peer(const char *key) const { return m_peer.value(QString::fromLatin1(key)); }

    CloudConfig demoCloud(const QString &name = u"peer-demo"_s, const QVariantMap &extra = {})
    {
        QVariantMap settings{
            {u"auth_url"_s, peer("OPENSTACK_AUTH_URL")},
            {u"username"_s, peer("OPENSTACK_DEMO_USER")},
            {u"project_name"_s, u"demo"_s},
            {u"region"_s, peer("OPENSTACK_REGION")},
            {u"flavor"_s, u"m1.tiny"_s},
            {u"network"_s, peer("OPENSTACK_NETWORK")},
            {u"poll_interval_ms"_s, u"500"_s},
            {u"timeout_s"_s, u"150"_s},
        };
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            settings.insert(it.key(), it.value());
        return CloudConfig{name, u"openstack"_s, settings};
    }

    // One request, waited for.
    static OpenStackReply call(OpenStackClient *client, const OpenStackRequest &request)
    {
        std::optional<OpenStackReply> reply;
        QObject context;
        client->send(request, &context, [&reply](const OpenStackReply &r) { reply = r; });
        if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 60000))
            qWarning() << "no answer to" << request.method << request.path;
        return reply.value_or(OpenStackReply{});
    }
    OpenStackReply admin(const QByteArray &method,
                         const QString &service,
                         const QString &path,
                         const QJsonObject &body = {},
                         const QMap<QByteArray, QByteArray> &headers = {})
    {
        return call(m_admin->client(), {service, method, path, body, false, headers});
    }

    // The servers (admin's view, every project) whose name starts with prefix.
    QJsonArray servers(const QString &prefix)
    {
        const OpenStackReply r = admin("GET",
                                       u"compute"_s,
                                       u"/servers/detail?all_tenants=1&name="_s
                                           + QString::fromLatin1(
                                               QUrl::toPercentEncoding(u'^' + prefix)));
        return r.json.value(u"servers"_s).toArray();
    }
    QStringList actions(const QString &serverId)
    {
        QStringList names;
        const OpenStackReply r = admin("GET",
                                       u"compute"_s,
                                       u"/servers/"_s + serverId + u"/os-instance-actions"_s);
        for (const QJsonValue &a : r.json.value(u"instanceActions"_s).toArray())
            names << a.toObject().value(u"action"_s).toString();
        std::sort(names.begin(), names.end());
        return names;
    }
    // The user-data Nova keeps for the server (admins read it from microversion 2.3 on).
    QByteArray storedUserData(const QString &serverId)
    {
        const OpenStackReply r = admin("GET",
                                       u"compute"_s,
                                       u"/servers/"_s + serverId,
                                       {},
                                       {{"OpenStack-API-Version", compute("2.3")},
                                        {"X-OpenStack-Nova-API-Version", "2.3"}});
        return QByteArray::fromBase64(r.json.value(u"server"_s)
                                          .toObject()
                                          .value(u"OS-EXT-SRV-ATTR:user_data"_s)
                                          .toString()
                                          .toLatin1());
    }
    bool setInstanceQuota(int instances)
    {
        const OpenStackReply r = admin("PUT",
                                       u"compute"_s,
                                       u"/os-quota-sets/"_s + peer("OPENSTACK_DEMO_PROJECT_ID"),
                                       QJsonObject{{u"quota_set"_s,
                                                    QJsonObject{{u"instances"_s, instances}}}});
        if (!r.ok())
            qWarning() << "quota" << r.status << r.errorMessage;
        return r.ok();
    }

    static InstanceRequest instance(const QString &node,
                                    int index,
                                    const QString &image,
                                    const InstanceResources &resources = {})
    {
        InstanceRequest i;
        i.name = InstanceName{node, index};
        i.imageId = image;
        i.resources = resources;
        return i;
    }

    // Provisions and waits; the operation stays with the connector.
    ProvisionOperation *provision(OpenStackConnector &connector, const ProvisionRequest &request)
    {
        ProvisionOperation *op = connector.provision(request);
        if (!waitFor(op))
            qWarning() << "provision did not end";
        return op;
    }
    static bool authenticate(OpenStackConnector &connector)
    {
        std::optional<OpenStackReply> auth;
        QObject context;
        connector.client()->authenticate(&context, [&auth](const OpenStackReply &r) { auth = r; });
        if (!QTest::qWaitFor([&auth] { return auth.has_value(); }, 60000) || !auth->ok()) {
            qWarning() << "authentication failed:" << (auth ? auth->errorMessage : QString());
            return false;
        }
        return true;
    }

    // The progress messages of an operation, as they come (kept by the operation).
    static const QStringList *progressOf(ConnectorOperation *op)
    {
        auto *messages = new QStringList;
        connect(op, &ConnectorOperation::progress, op, [messages](const ConnectorProgress &p) {
            *messages << p.message;
        });
        connect(op, &QObject::destroyed, [messages] { delete messages; });
        return messages;
    }
    bool terminateRun(OpenStackConnector &connector, const QString &run)
    {
        TerminateOperation *op = connector.terminate({run, {}});
        return waitFor(op) && op->succeeded();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_ROOT();
        SLIPWAY_REQUIRE_KEYRING();
        QFile env(qEnvironmentVariable("SLIPWAY_PEERS_DIR") + u"/openstack/openstack.env"_s);
        if (!env.open(QIODevice::ReadOnly))
            SLIPWAY_SKIP_OR_FAIL("the OpenStack peer (CTest fixture openstack: "
                                 "tests/peers/openstack/openstack-peer.sh)");
        for (const QByteArray &line : env.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_peer.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        QVERIFY2(!peer("OPENSTACK_AUTH_URL").isEmpty(), "the peer's settings are incomplete");
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        for (const char *cloud : {"peer-demo", "peer-region-two", "peer-internal", "peer-admin-if"})
            QVERIFY(writeSecretNow(QString::fromLatin1(cloud),
                                   u"password"_s,
                                   peer("OPENSTACK_DEMO_PASSWORD").toUtf8()));
        QVERIFY(writeSecretNow(u"peer-admin"_s,
                               u"password"_s,
                               peer("OPENSTACK_ADMIN_PASSWORD").toUtf8()));
        QVERIFY(writeSecretNow(u"peer-wrong"_s, u"password"_s, "not-the-password"));
        m_early = std::make_unique<OpenStackConnector>(demoCloud());
        m_earlyAt = QDateTime::currentDateTimeUtc();
        QVERIFY(authenticate(*m_early));
        m_admin = std::make_unique<OpenStackConnector>(
            demoCloud(u"peer-admin"_s,
                      {{u"username"_s, peer("OPENSTACK_ADMIN_USER")},
                       {u"project_name"_s, u"admin"_s}}));
    }

    void cleanupTestCase()
    {
        if (m_admin)
            (void) setInstanceQuota(10);
    }

    // Password authentication, the catalog's endpoint for the region and interface asked
    // for, and Keystone's own words for a wrong password.
    void checkFindsTheCatalogsEndpoints()
    {
        OpenStackConnector demo(demoCloud());
        CheckOperation *ok = demo.check();
        QVERIFY(waitFor(ok));
        QVERIFY2(ok->succeeded(), qPrintable(failure(ok)));
        QVERIFY2(ok->details().contains(u"compute at http://127.0.0.2:8774/v2.1"_s),
                 qPrintable(ok->details()));
        QCOMPARE(demo.client()->projectId(), peer("OPENSTACK_DEMO_PROJECT_ID"));

        // No region: the catalog's first; the internal interface has its own endpoints.
        for (const auto &[name, extra] :
             {std::pair{u"peer-demo"_s, QVariantMap{{u"region"_s, QString()}}},
              std::pair{u"peer-internal"_s, QVariantMap{{u"interface"_s, u"internal"_s}}}}) {
            OpenStackConnector other(demoCloud(name, extra));
            CheckOperation *op = other.check();
            QVERIFY(waitFor(op));
            QVERIFY2(op->succeeded(), qPrintable(name + u": "_s + failure(op)));
        }
        // RegionTwo has Keystone only; the admin interface has no endpoints at all.
        for (const auto &[name, extra, expected] :
             {std::tuple{u"peer-region-two"_s,
                         QVariantMap{{u"region"_s, u"RegionTwo"_s}},
                         u"has no compute endpoint (interface public, region RegionTwo)"_s},
              std::tuple{u"peer-admin-if"_s,
                         QVariantMap{{u"interface"_s, u"admin"_s}},
                         u"has no compute endpoint (interface admin, region RegionOne)"_s}}) {
            OpenStackConnector other(demoCloud(name, extra));
            CheckOperation *op = other.check();
            QVERIFY(waitFor(op));
            QVERIFY(!op->succeeded());
            QVERIFY2(failure(op).contains(expected), qPrintable(failure(op)));
        }

        OpenStackConnector wrong(demoCloud(u"peer-wrong"_s));
        CheckOperation *refused = wrong.check();
        QVERIFY(waitFor(refused));
        QVERIFY(!refused->succeeded());
        // Keystone's message, as it words it.
        QVERIFY2(failure(refused).contains(u"Keystone refused the credentials of cloud peer-wrong: "
                                           "The request you have made requires authentication."_s),
                 qPrintable(failure(refused)));
    }

    // An application credential the demo user makes for itself, then authenticates with.
    void applicationCredential()
    {
        OpenStackConnector demo(demoCloud());
        const OpenStackReply me = call(demo.client(),
                                       {u"compute"_s, "GET", u"/flavors"_s, {}, false, {}});
        QVERIFY2(me.ok(), qPrintable(me.errorMessage));
        const OpenStackReply token = call(demo.client(),
                                          {u"identity"_s,
                                           "GET",
                                           u"/auth/tokens"_s,
                                           {},
                                           false,
                                           {{"X-Subject-Token",
                                             demo.client()->token().toLatin1()}}});
        QVERIFY2(token.ok(), qPrintable(token.errorMessage));
        const QString userId = token.json.value(u"token"_s)
                                   .toObject()
                                   .value(u"user"_s)
                                   .toObject()
                                   .value(u"id"_s)
                                   .toString();
        QVERIFY(!userId.isEmpty());
        const OpenStackReply made
            = call(demo.client(),
                   {u"identity"_s,
                    "POST",
                    u"/users/"_s + userId + u"/application_credentials"_s,
                    QJsonObject{{u"application_credential"_s,
                                 QJsonObject{{u"name"_s, QString(u"slipway-peer-"_s + m_tag)}}}},
                    true,
                    {}});
        QVERIFY2(made.status == 201, qPrintable(made.errorMessage));
        const QJsonObject credential = made.json.value(u"application_credential"_s).toObject();
        const QString id = credential.value(u"id"_s).toString();
        QVERIFY(writeSecretNow(u"peer-app"_s,
                               u"application_credential_secret"_s,
                               credential.value(u"secret"_s).toString().toUtf8()));

        OpenStackConnector app(CloudConfig{u"peer-app"_s,
                                           u"openstack"_s,
                                           {{u"auth_url"_s, peer("OPENSTACK_AUTH_URL")},
                                            {u"auth_type"_s, u"application_credential"_s},
                                            {u"application_credential_id"_s, id},
                                            {u"region"_s, peer("OPENSTACK_REGION")}}});
        CheckOperation *check = app.check();
        QVERIFY(waitFor(check));
        QVERIFY2(check->succeeded(), qPrintable(failure(check)));
        // The credential carries its project: the demo project.
        QCOMPARE(app.client()->projectId(), peer("OPENSTACK_DEMO_PROJECT_ID"));

        const OpenStackReply removed = call(demo.client(),
                                            {u"identity"_s,
                                             "DELETE",
                                             u"/users/"_s + userId + u"/application_credentials/"_s
                                                 + id,
                                             {},
                                             false,
                                             {}});
        QCOMPARE(removed.status, 204);
        OpenStackConnector gone(app.cloud());
        CheckOperation *refused = gone.check();
        QVERIFY(waitFor(refused));
        QVERIFY2(!refused->succeeded(), "a deleted application credential still authenticates");
    }

    // Servers by names (image in Glance, flavour, network, key pair, security groups), a
    // floating IP from peers-public, each server created once with its bootstrap, and a
    // terminate that deletes the servers and releases their floating IPs.
    void provisionBootsOnceWithEverythingByName()
    {
        OpenStackConnector demo(demoCloud());
        const QString key = u"peer-key-"_s + m_tag;
        const OpenStackReply keypair = call(demo.client(),
                                            {u"compute"_s,
                                             "POST",
                                             u"/os-keypairs"_s,
                                             QJsonObject{
                                                 {u"keypair"_s, QJsonObject{{u"name"_s, key}}}},
                                             true,
                                             {}});
        QVERIFY2(keypair.ok(), qPrintable(keypair.errorMessage));
        const QString group = u"peer-web-"_s + m_tag;
        const OpenStackReply sg = call(demo.client(),
                                       {u"network"_s,
                                        "POST",
                                        u"/v2.0/security-groups"_s,
                                        QJsonObject{
                                            {u"security_group"_s, QJsonObject{{u"name"_s, group}}}},
                                        true,
                                        {}});
        QVERIFY2(sg.ok(), qPrintable(sg.errorMessage));
        const QString groupId
            = sg.json.value(u"security_group"_s).toObject().value(u"id"_s).toString();

        OpenStackConnector connector(
            demoCloud(u"peer-demo"_s,
                      {{u"key_name"_s, key},
                       {u"security_groups"_s, QString(u"default, "_s + group)}}));
        CheckOperation *check = connector.check();
        QVERIFY(waitFor(check));
        QVERIFY2(check->succeeded(), qPrintable(failure(check)));

        const QString run = u"boot"_s + m_tag;
        const QString image = peer("OPENSTACK_IMAGE"); // by name: Glance gives the id
        ProvisionRequest
            request{run,
                    u"peer-owner-"_s + m_tag,
                    {instance(u"web"_s, 1, image, {u"m1.small"_s, {}, {}, {}, u"public"_s, {}}),
                     instance(u"db"_s, 1, image, {{}, u"1"_s, u"1024"_s, {}, {}, {}}),
                     instance(u"db"_s, 2, image)}};
        QHash<QString, QString> labels;
        for (InstanceRequest &i : request.instances) {
            i.bootstrapScript = "#!/bin/sh\necho bootstrapped " + i.name.toString().toUtf8() + "\n";
            i.bootstrapEnvironment = {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.invalid:8443"_s},
                                      {u"SLIPWAY_RUN"_s, run},
                                      {u"SLIPWAY_INSTANCE"_s, i.name.toString()},
                                      {u"SLIPWAY_TOKEN"_s,
                                       QString(u"token-"_s + i.name.toString())}};
            labels.insert(i.name.toString(),
                          OpenStackBootstrap::launchLabel(i.name, i.bootstrapEnvironment));
        }
        ProvisionOperation *op = provision(connector, request);
        QVERIFY2(op->succeeded(), qPrintable(failure(op)));
        QCOMPARE(op->instances().size(), 3);

        // Exactly one server per instance, each created once: no rebuild in Nova's actions.
        const QJsonArray made = servers(OpenStackConnector::serverPrefix(run));
        QCOMPARE(made.size(), 3);
        for (const Instance &started : op->instances()) {
            const QString name = started.name.toString();
            QCOMPARE(actions(started.instanceId), QStringList{u"create"_s});
            QCOMPARE(started.imageId, peer("OPENSTACK_IMAGE_ID"));
            const OpenStackReply shown = admin("GET",
                                               u"compute"_s,
                                               u"/servers/"_s + started.instanceId);
            const QJsonObject server = shown.json.value(u"server"_s).toObject();
            QCOMPARE(server.value(u"status"_s).toString(), u"ACTIVE"_s);
            QCOMPARE(server.value(u"image"_s).toObject().value(u"id"_s).toString(),
                     peer("OPENSTACK_IMAGE_ID"));
            QCOMPARE(server.value(u"key_name"_s).toString(), key);
            QStringList groups;
            for (const QJsonValue &g : server.value(u"security_groups"_s).toArray())
                groups << g.toObject().value(u"name"_s).toString();
            groups.sort();
            QCOMPARE(groups, (QStringList{u"default"_s, group}));
            QVERIFY2(server.value(u"addresses"_s).toObject().contains(peer("OPENSTACK_NETWORK")),
                     QJsonDocument(server.value(u"addresses"_s).toObject()).toJson().constData());
            const QString flavor = server.value(u"flavor"_s).toObject().value(u"id"_s).toString();
            QCOMPARE(flavor,
                     name == u"db.2"_s ? peer("OPENSTACK_FLAVOR_TINY")
                                       : peer("OPENSTACK_FLAVOR_SMALL"));
            QCOMPARE(server.value(u"metadata"_s).toObject().value(u"slipway_instance"_s).toString(),
                     name);

            // Nova stored the bootstrap as user-data; the fake driver runs none of it.
            const Result<CloudInitConfig> config = CloudInit::parseUserData(
                storedUserData(started.instanceId));
            QVERIFY2(config, qPrintable(config.errorMessage()));
            QByteArray everything;
            for (const CloudInitFile &f : config->files)
                everything += f.content;
            for (const QStringList &c : config->commands)
                everything += c.join(u' ').toUtf8();
            QVERIFY2(everything.contains(labels.value(name).toUtf8()), qPrintable(name));
            QCOMPARE(config->file(QString(CloudInit::kScriptFile))->content,
                     "#!/bin/sh\necho bootstrapped " + name.toUtf8() + "\n");

            if (name == u"web.1"_s) {
                QVERIFY2(started.hostname.startsWith(u"172.24.4."_s), qPrintable(started.hostname));
                QCOMPARE(started.sshUrl, u"ssh://"_s + started.hostname);
            } else {
                QVERIFY2(started.hostname.startsWith(u"10.20.0."_s), qPrintable(started.hostname));
            }
        }

        // bootstrap() of a server started with its bootstrap follows it: no rebuild. The fake
        // driver's console is canned, so no exit status shows (none is made up).
        const Instance web = op->instances().value(0).name.toString() == u"web.1"_s
                                 ? op->instances().value(0)
                                 : *std::find_if(op->instances().cbegin(),
                                                 op->instances().cend(),
                                                 [](const Instance &i) {
                                                     return i.name.toString() == u"web.1"_s;
                                                 });
        BootstrapRequest followRequest{run,
                                       web,
                                       request.instances.value(0).bootstrapScript,
                                       request.instances.value(0).bootstrapEnvironment,
                                       true};
        auto *follow = static_cast<OpenStackBootstrap *>(connector.bootstrap(followRequest));
        QCOMPARE(follow->label(), labels.value(u"web.1"_s));
        const QStringList *followed = progressOf(follow);
        QTRY_VERIFY_WITH_TIMEOUT(followed->contains(u"Waiting for the bootstrap of web.1"_s), 60000);
        QVERIFY2(!followed->contains(u"Bootstrapping web.1 through cloud-init"_s),
                 qPrintable(followed->join(u'\n')));
        QTest::qWait(1500); // a few console polls
        const OpenStackReply console = call(connector.client(),
                                            {u"compute"_s,
                                             "POST",
                                             u"/servers/"_s + web.instanceId + u"/action"_s,
                                             QJsonObject{{u"os-getConsoleOutput"_s,
                                                          QJsonObject{{u"length"_s, 50}}}},
                                             true,
                                             {}});
        QVERIFY2(console.ok(), qPrintable(console.errorMessage));
        QVERIFY(!console.json.value(u"output"_s).toString().isEmpty());
        QVERIFY(
            !console.json.value(u"output"_s).toString().contains(QString(CloudInit::kStatusPrefix)));
        QVERIFY(!follow->isFinished());
        follow->cancel();
        QVERIFY(waitFor(follow));
        QCOMPARE(actions(web.instanceId), QStringList{u"create"_s});

        // A server whose bootstrap changed (its token renewed after a restart) is rebuilt with
        // the new user-data: the real Nova takes the rebuild at microversion 2.57.
        const Instance db2 = *std::find_if(op->instances().cbegin(),
                                           op->instances().cend(),
                                           [](const Instance &i) {
                                               return i.name.toString() == u"db.2"_s;
                                           });
        BootstrapRequest renewed{run,
                                 db2,
                                 "#!/bin/sh\necho renewed\n",
                                 {{u"SLIPWAY_BROKER_URL"_s, u"https://relay.invalid:8443"_s},
                                  {u"SLIPWAY_TOKEN"_s, u"renewed-token"_s}},
                                 false};
        auto *rebuild = static_cast<OpenStackBootstrap *>(connector.bootstrap(renewed));
        const QStringList *rebuilding = progressOf(rebuild);
        QTRY_VERIFY_WITH_TIMEOUT(rebuilding->contains(u"Waiting for the bootstrap of db.2"_s),
                                 120000);
        rebuild->cancel();
        QVERIFY(waitFor(rebuild));
        QCOMPARE(actions(db2.instanceId), (QStringList{u"create"_s, u"rebuild"_s}));
        const Result<CloudInitConfig> renewedConfig = CloudInit::parseUserData(
            storedUserData(db2.instanceId));
        QVERIFY2(renewedConfig, qPrintable(renewedConfig.errorMessage()));
        QCOMPARE(renewedConfig->file(QString(CloudInit::kScriptFile))->content, renewed.script);

        // Terminate: every server of the run goes, and the floating IP with it.
        const OpenStackReply ipsBefore = admin("GET",
                                               u"network"_s,
                                               u"/v2.0/floatingips?floating_ip_address="_s
                                                   + web.hostname);
        QCOMPARE(ipsBefore.json.value(u"floatingips"_s).toArray().size(), 1);
        QVERIFY(terminateRun(connector, run));
        // Nova shows a deleted server as DELETED for a moment before it leaves its lists.
        QTRY_COMPARE_WITH_TIMEOUT(servers(OpenStackConnector::serverPrefix(run)).size(), 0, 60000);
        const OpenStackReply ipsAfter = admin("GET",
                                              u"network"_s,
                                              u"/v2.0/floatingips?floating_ip_address="_s
                                                  + web.hostname);
        QCOMPARE(ipsAfter.json.value(u"floatingips"_s).toArray().size(), 0);

        QCOMPARE(call(demo.client(),
                      {u"compute"_s, "DELETE", u"/os-keypairs/"_s + key, {}, false, {}})
                     .status,
                 202);
        QCOMPARE(call(demo.client(),
                      {u"network"_s, "DELETE", u"/v2.0/security-groups/"_s + groupId, {}, false, {}})
                     .status,
                 204);
    }

    // What the cloud refuses, in its own words.
    void errorsInTheCloudsWords()
    {
        OpenStackConnector demo(demoCloud(u"peer-demo"_s, {{u"security_groups"_s, u"default"_s}}));
        const QString run = u"err"_s + m_tag;
        const QString image = peer("OPENSTACK_IMAGE");

        // Quota: the demo project may start no server.
        QVERIFY(setInstanceQuota(0));
        ProvisionOperation *quota = provision(demo, {run, u"peer"_s, {instance(u"q"_s, 1, image)}});
        QVERIFY(setInstanceQuota(10));
        QVERIFY(!quota->succeeded());
        QVERIFY2(failure(quota).contains(u"Quota exceeded for instances"_s),
                 qPrintable(failure(quota)));

        // A security group the project does not have.
        OpenStackConnector noGroup(
            demoCloud(u"peer-demo"_s, {{u"security_groups"_s, u"peer-none"_s}}));
        ProvisionOperation *group = provision(noGroup,
                                              {run, u"peer"_s, {instance(u"g"_s, 1, image)}});
        QVERIFY(!group->succeeded());
        QVERIFY2(failure(group).contains(u"peer-none"_s), qPrintable(failure(group)));

        // Images and networks by a name the cloud does not know.
        ProvisionOperation *noImage
            = provision(demo, {run, u"peer"_s, {instance(u"i"_s, 1, u"peer-no-such-image"_s)}});
        QVERIFY(!noImage->succeeded());
        QVERIFY2(failure(noImage).contains(u"There is no active image named peer-no-such-image"_s),
                 qPrintable(failure(noImage)));
        OpenStackConnector noNet(demoCloud(u"peer-demo"_s, {{u"network"_s, u"peer-no-net"_s}}));
        ProvisionOperation *net = provision(noNet, {run, u"peer"_s, {instance(u"n"_s, 1, image)}});
        QVERIFY(!net->succeeded());
        QVERIFY2(failure(net).contains(u"There is no network peer-no-net"_s),
                 qPrintable(failure(net)));

        // No host can take the flavour: ERROR, with Nova's fault; the server is removed.
        ProvisionOperation *huge
            = provision(demo,
                        {run,
                         u"peer"_s,
                         {instance(u"h"_s, 1, image, {u"peers-huge"_s, {}, {}, {}, {}, {}})}});
        QVERIFY(!huge->succeeded());
        QVERIFY2(failure(huge).contains(u"The server went into ERROR: No valid host was found"_s),
                 qPrintable(failure(huge)));
        QTRY_COMPARE_WITH_TIMEOUT(servers(OpenStackConnector::serverPrefix(run)).size(), 0, 60000);
        // The cloud's words, in the test's log.
        for (const ProvisionOperation *op : {quota, group, huge})
            qInfo().noquote() << "the cloud said:" << failure(op);
    }

    // Orphan clean-up removes the owner's servers of runs no longer active, nothing else.
    void orphanCleanUp()
    {
        OpenStackConnector demo(demoCloud());
        const QString owner = u"peer-owner-"_s + m_tag;
        const QString image = peer("OPENSTACK_IMAGE_ID");
        const QString gone = u"orphan"_s + m_tag;
        const QString kept = u"active"_s + m_tag;
        const QString other = u"other"_s + m_tag;
        ProvisionOperation *a = demo.provision({gone, owner, {instance(u"n"_s, 1, image)}});
        ProvisionOperation *b = demo.provision({kept, owner, {instance(u"n"_s, 1, image)}});
        ProvisionOperation *c = demo.provision(
            {other, u"someone-else"_s, {instance(u"n"_s, 1, image)}});
        for (ProvisionOperation *op : {a, b, c}) {
            QVERIFY(waitFor(op));
            QVERIFY2(op->succeeded(), qPrintable(failure(op)));
        }
        TerminateOperation *cleanUp = demo.cleanUpOrphans({owner, {kept}});
        QVERIFY(waitFor(cleanUp));
        QVERIFY2(cleanUp->succeeded(), qPrintable(failure(cleanUp)));
        QCOMPARE(cleanUp->removedRuns(), QStringList{gone});
        QTRY_COMPARE_WITH_TIMEOUT(servers(OpenStackConnector::serverPrefix(gone)).size(), 0, 60000);
        QCOMPARE(servers(OpenStackConnector::serverPrefix(kept)).size(), 1);
        QCOMPARE(servers(OpenStackConnector::serverPrefix(other)).size(), 1);
        QVERIFY(terminateRun(demo, kept));
        QVERIFY(terminateRun(demo, other));
        QTRY_COMPARE_WITH_TIMEOUT(servers(OpenStackConnector::serverPrefix(kept)).size(), 0, 60000);
    }

    // An image build's snapshot, step by step as OpenStackImageBuild takes it (stop the server,
    // createImage at microversion 2.45 with the cache key, wait for Glance), against the real
    // Nova and Glance. The fake driver uploads no data for a snapshot, so Glance keeps the image
    // `queued` for ever: the test asserts exactly that, and that the connector's wait ends at
    // the cloud's timeout_s naming the image, rather than taking it for a made image. The wait
    // through `queued` to `active` is proven against the fixture server
    // (tst_openstackconnector: imageBuildSnapshotsTheBuildServer). The whole build cannot run
    // here: it learns that its steps ended from the console, which the fake driver cans.
    void snapshotStaysQueuedWithTheFakeDriver()
    {
        OpenStackConnector demo(demoCloud());
        const QString run = u"snap"_s + m_tag;
        ProvisionOperation *op = provision(demo,
                                           {run,
                                            u"peer"_s,
                                            {instance(u"build"_s, 1, peer("OPENSTACK_IMAGE_ID"))}});
        QVERIFY2(op->succeeded(), qPrintable(failure(op)));
        const QString serverId = op->instances().value(0).instanceId;

        OpenStackResources resources(&demo, nullptr);
        const OpenStackReply stop = call(demo.client(),
                                         {u"compute"_s,
                                          "POST",
                                          u"/servers/"_s + serverId + u"/action"_s,
                                          QJsonObject{{u"os-stop"_s, QJsonValue::Null}},
                                          true,
                                          {}});
        QCOMPARE(stop.status, 202);
        std::optional<QString> stopped;
        resources.waitForServer(
            serverId,
            [&stopped](const QJsonObject &, const QString &error) { stopped = error; },
            u"SHUTOFF"_s);
        QVERIFY(QTest::qWaitFor([&stopped] { return stopped.has_value(); }, kWaitMs));
        QVERIFY2(stopped->isEmpty(), qPrintable(*stopped));

        const OpenStackReply made = call(
            demo.client(),
            {u"compute"_s,
             "POST",
             u"/servers/"_s + serverId + u"/action"_s,
             QJsonObject{
                 {u"createImage"_s,
                  QJsonObject{{u"name"_s, QString(u"slipway-peer-snap-"_s + m_tag)},
                              {u"metadata"_s,
                               QJsonObject{{QString(OpenStackConnector::kCacheKey), u"peer-key"_s},
                                           {QString(OpenStackConnector::kRunKey), run}}}}}},
             true,
             {{"OpenStack-API-Version", compute("2.45")},
              {"X-OpenStack-Nova-API-Version", "2.45"}}});
        QCOMPARE(made.status, 202);
        // Nova 2.45 and later name the image in the body.
        const QString imageId = made.json.value(u"image_id"_s).toString();
        QVERIFY2(!imageId.isEmpty(), QJsonDocument(made.json).toJson().constData());

        // The connector's wait, with a cloud that waits 20 s for anything.
        OpenStackConnector impatient(demoCloud(u"peer-demo"_s, {{u"timeout_s"_s, u"20"_s}}));
        OpenStackResources snapshotWait(&impatient, nullptr);
        std::optional<QString> waited;
        snapshotWait.waitForImage(imageId, [&waited](const QString &error) { waited = error; });
        QVERIFY(QTest::qWaitFor([&waited] { return waited.has_value(); }, kWaitMs));
        QVERIFY2(waited->contains(u"The snapshot %1 did not become active"_s.arg(imageId)),
                 qPrintable(*waited));
        // What Glance says of it: queued, with the metadata the build gave it.
        const OpenStackReply image
            = call(demo.client(), {u"image"_s, "GET", u"/v2/images/"_s + imageId, {}, false, {}});
        QVERIFY2(image.ok(), qPrintable(image.errorMessage));
        QCOMPARE(image.json.value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(image.json.value(QString(OpenStackConnector::kCacheKey)).toString(), u"peer-key"_s);
        qInfo().noquote() << "Glance keeps the fake driver's snapshot" << imageId << "queued";

        QCOMPARE(call(demo.client(),
                      {u"image"_s, "DELETE", u"/v2/images/"_s + imageId, {}, false, {}})
                     .status,
                 204);
        QVERIFY(terminateRun(demo, run));
        QTRY_COMPARE_WITH_TIMEOUT(servers(OpenStackConnector::serverPrefix(run)).size(), 0, 60000);
    }

    // A token revoked before Nova ever saw it: Nova answers 401, the client authenticates
    // again and the request goes through.
    void revokedTokenIsRenewed()
    {
        OpenStackConnector demo(demoCloud());
        QVERIFY(authenticate(demo));
        const QString first = demo.client()->token();
        const OpenStackReply revoked = admin("DELETE",
                                             u"identity"_s,
                                             u"/auth/tokens"_s,
                                             {},
                                             {{"X-Subject-Token", first.toLatin1()}});
        QCOMPARE(revoked.status, 204);
        const OpenStackReply after = call(demo.client(),
                                          {u"compute"_s, "GET", u"/flavors"_s, {}, false, {}});
        QVERIFY2(after.ok(), qPrintable(after.errorMessage));
        QVERIFY(!demo.client()->token().isEmpty());
        QVERIFY(demo.client()->token() != first);
    }

    // A deployment through the run engine: each instance's server is created once, with its
    // bootstrap; aborted while the bootstraps are under way (no node agent has started: the
    // fake driver runs no user-data), the run settles at once instead of waiting out the report
    // grace period, and says what it waits for; a terminated one too.
    void runBootsOnceAndSettlesAtOnce()
    {
        RunTestBed bed;
        QVERIFY(bed.open());
        const QString cloudName = u"peer-demo"_s;
        QVERIFY(bed.save(onClouds(image(u"p/debian"_s, {}, {}),
                                  {CloudImageId{cloudName, peer("OPENSTACK_IMAGE"), {}}})));
        QVERIFY(bed.save(image(u"p/web"_s, u"p/debian"_s, u"#!/bin/sh\ntrue\n"_s)));
        QVERIFY(bed.save(deployment(u"p/pair"_s, {node(u"web"_s, u"p/web"_s, 2)})));
        RunTestBed::HostOptions options;
        options.reportGraceMs = 30 * 60 * 1000; // what an abort must not wait out
        const CloudConfig cloud = demoCloud();
        options.clouds = [cloud](const QString &name) -> std::optional<CloudConfig> {
            if (name == cloud.name)
                return cloud;
            return std::nullopt;
        };
        // The nodes would reach the broker through a relay; the fake driver starts none.
        options.adjust = [](RunHost::Options &host) {
            host.relayUrl = u"https://relay.invalid:8443"_s;
        };
        QVERIFY(bed.startHost(options));

        LaunchOptions launch;
        launch.defaultCloud = cloudName;
        launch.keepRunning = KeepRunning::OnSuccess;
        launch.timeoutSeconds = 600;
        for (const bool abort : {true, false}) {
            const QString run = bed.launch(u"p/pair"_s, launch);
            QVERIFY(!run.isEmpty());
            // Both servers are up and their bootstraps wait for a console that never tells.
            QVERIFY2(bed.waitFor(
                         run,
                         [&bed, run](const RunRecord &) {
                             const QString booting = instanceStateName(InstanceState::Booting);
                             return bed.instanceState(run, u"web.1"_s) == booting
                                    && bed.instanceState(run, u"web.2"_s) == booting;
                         },
                         kWaitMs),
                     qPrintable(bed.events(run)));
            const QJsonArray made = servers(OpenStackConnector::serverPrefix(run));
            QCOMPARE(made.size(), 2);
            for (const QJsonValue &s : made) {
                const QString id = s.toObject().value(u"id"_s).toString();
                QCOMPARE(actions(id), QStringList{u"create"_s});
                QVERIFY(storedUserData(id).startsWith("#cloud-config"));
            }

            if (abort)
                QVERIFY(bed.engine().abort(run, u"stopped by the test"_s));
            else
                QVERIFY(bed.engine().terminate(run));
            // Far less than the grace period: the run settles once its servers are deleted.
            QVERIFY2(bed.waitInactive(run, kWaitMs), qPrintable(bed.events(run)));
            const QString events = bed.events(run);
            QCOMPARE(bed.state(run), abort ? u"Aborted"_s : u"Cancelled"_s);
            if (abort)
                QVERIFY2(events.contains(u"No node had started: there are no reports to wait for"_s),
                         qPrintable(events));
            QVERIFY2(!events.contains(u"grace period is over"_s), qPrintable(events));
            QVERIFY2(events.contains(
                         u"Removing what the run has on cloud peer-demo (web.1, web.2)"_s),
                     qPrintable(events));
            QVERIFY2(events.contains(u"; waiting until Nova no longer has it"_s),
                     qPrintable(events));
            QVERIFY2(events.contains(u"Deleted slipway-"_s), qPrintable(events));
            QVERIFY2(events.contains(u"Instances removed"_s), qPrintable(events));
            QTRY_COMPARE_WITH_TIMEOUT(servers(OpenStackConnector::serverPrefix(run)).size(),
                                      0,
                                      60000);
        }
    }

    // Keystone's tokens last TOKEN_SECONDS (3 minutes) here: the token taken when the test
    // started is not used within its last minute; a new one is asked for.
    void tokenIsRenewedBeforeItExpires()
    {
        const QString first = m_early->client()->token();
        const QDateTime expiry = m_early->client()->tokenExpiry();
        QVERIFY(!first.isEmpty());
        QVERIFY2(m_earlyAt.secsTo(expiry) <= peer("OPENSTACK_TOKEN_SECONDS").toInt(),
                 qPrintable(expiry.toString(Qt::ISODate)));
        // Until a minute before the end, the token is used as it is.
        if (QDateTime::currentDateTimeUtc().addSecs(70) < expiry) {
            const OpenStackReply early = call(m_early->client(),
                                              {u"compute"_s, "GET", u"/flavors"_s, {}, false, {}});
            QVERIFY2(early.ok(), qPrintable(early.errorMessage));
            QCOMPARE(m_early->client()->token(), first);
        }
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc().addSecs(60) > expiry, 200000);
        const OpenStackReply later = call(m_early->client(),
                                          {u"compute"_s, "GET", u"/flavors"_s, {}, false, {}});
        QVERIFY2(later.ok(), qPrintable(later.errorMessage));
        QVERIFY(m_early->client()->token() != first);
        QVERIFY(m_early->client()->tokenExpiry() > expiry);
    }
};

QTEST_MAIN(TestOpenStackPeer)
#include "tst_openstackpeer.moc"
