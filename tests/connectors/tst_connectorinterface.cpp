// The connector interface's values: instance names, build-step cache keys, package install
// scripts per platform, and the registry of connector kinds.

#include "connectors/builtinconnectors.h"
#include "connectors/local/localconnector.h"
#include "core/connector/buildstep.h"
#include "core/connector/imagebuildsteps.h"
#include "core/connector/instancename.h"
#include "core/connector/packageinstallscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

class TestConnectorInterface : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instanceNames_data();
    void instanceNames();
    void invalidInstanceNames_data();
    void invalidInstanceNames();
    void containerNamesAreValidDnsLabels();
    void cacheKeysChainParents();
    void executeChangeKeepsEveryStep();
    void recipeChangeKeepsEarlierSteps();
    void packageScripts_data();
    void packageScripts();
    void packageScriptRejectsBadInput();
    void registryMakesLocalConnector();
    void registryNamesUnknownKind();
    void brokerAddressPerRoute();
};

void TestConnectorInterface::instanceNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("label");
    QTest::newRow("master") << u"master.1"_s << u"master"_s << 1 << u"master-1"_s;
    QTest::newRow("worker 12") << u"worker.12"_s << u"worker"_s << 12 << u"worker-12"_s;
    QTest::newRow("underscore") << u"Torque_Master.2"_s << u"Torque_Master"_s << 2
                                << u"torque-master-2"_s;
    QTest::newRow("dotted node") << u"web.front.3"_s << u"web.front"_s << 3 << u"web-front-3"_s;
}

void TestConnectorInterface::instanceNames()
{
    QFETCH(QString, text);
    QFETCH(QString, node);
    QFETCH(int, index);
    QFETCH(QString, label);
    const std::optional<InstanceName> name = InstanceName::parse(text);
    QVERIFY(name);
    QCOMPARE(name->node, node);
    QCOMPARE(name->index, index);
    QCOMPARE(name->toString(), text);
    QCOMPARE(name->hostLabel(), label);
}

void TestConnectorInterface::invalidInstanceNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no index") << u"master"_s;
    QTest::newRow("zero") << u"master.0"_s;
    QTest::newRow("negative") << u"master.-1"_s;
    QTest::newRow("plus") << u"master.+1"_s;
    QTest::newRow("no node") << u".1"_s;
    QTest::newRow("text index") << u"master.one"_s;
}

void TestConnectorInterface::invalidInstanceNames()
{
    QFETCH(QString, text);
    QVERIFY(!InstanceName::parse(text));
}

void TestConnectorInterface::containerNamesAreValidDnsLabels()
{
    const InstanceName longName{QString(100, u'n'), 7};
    QVERIFY(longName.hostLabel().size() <= 63);
    QVERIFY(longName.hostLabel().endsWith(u"-7"_s));
    QCOMPARE(toHostLabel(u"--É!!"_s), u"x"_s); // nothing usable left
    QCOMPARE(LocalConnector::containerName(u"Run_42"_s, InstanceName{u"worker"_s, 2}),
             u"slipway-run-42-worker-2"_s);
    QCOMPARE(LocalConnector::networkName(u"Run_42"_s), u"slipway-run-42"_s);
}

void TestConnectorInterface::cacheKeysChainParents()
{
    const BuildStep step{u"recipe"_s, BuildStep::Kind::Script, u"echo hi\n"_s};
    const QString base = BuildStep::baseKey(u"sha256:aaaa"_s);
    QCOMPARE(base.size(), 64);
    QCOMPARE(step.cacheKey(base), step.cacheKey(base)); // stable
    QVERIFY(step.cacheKey(base) != step.cacheKey(BuildStep::baseKey(u"sha256:bbbb"_s)));
    BuildStep packages = step;
    packages.kind = BuildStep::Kind::Packages;
    QVERIFY(step.cacheKey(base) != packages.cacheKey(base));
    BuildStep changed = step;
    changed.script += u' ';
    QVERIFY(step.cacheKey(base) != changed.cacheKey(base));
    // The name is for messages only: the same work under another name is the same image.
    BuildStep renamed = step;
    renamed.name = u"pre-install"_s;
    QCOMPARE(renamed.cacheKey(base), step.cacheKey(base));
}

static QStringList chainedKeys(const QList<BuildStep> &steps)
{
    QStringList keys{BuildStep::baseKey(u"sha256:base"_s)};
    for (const BuildStep &step : steps)
        keys << step.cacheKey(keys.constLast());
    return keys.mid(1);
}

static ImageSpec sampleImage()
{
    ImageSpec image;
    image.platform = u"debian"_s;
    image.packages = {Package{u"munge"_s, {}, {}}, Package{u"tree"_s, {}, {}}};
    image.recipes.preInstall = u"echo pre\n"_s;
    image.recipes.recipe = u"echo recipe\n"_s;
    image.recipes.execute = u"echo execute\n"_s;
    image.recipes.report = u"echo report\n"_s;
    return image;
}

void TestConnectorInterface::executeChangeKeepsEveryStep()
{
    ImageSpec image = sampleImage();
    const QList<BuildStep> before = imageBuildSteps(image);
    QCOMPARE(before.size(), 3);
    image.recipes.execute = u"echo something else\n"_s;
    image.recipes.report = u"echo other report\n"_s;
    image.recipes.onVmAdd = u"echo added\n"_s;
    QCOMPARE(chainedKeys(imageBuildSteps(image)), chainedKeys(before));
}

void TestConnectorInterface::recipeChangeKeepsEarlierSteps()
{
    ImageSpec image = sampleImage();
    const QStringList before = chainedKeys(imageBuildSteps(image));
    image.recipes.recipe = u"echo recipe v2\n"_s;
    const QStringList after = chainedKeys(imageBuildSteps(image));
    QCOMPARE(after.mid(0, 2), before.mid(0, 2));
    QVERIFY(after.at(2) != before.at(2));
    // An empty pre-install is no step at all.
    image.recipes.preInstall.clear();
    const QList<BuildStep> steps = imageBuildSteps(image);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.constFirst().name, u"packages"_s);
}

void TestConnectorInterface::packageScripts_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QList<Package>>("packages");
    QTest::addColumn<QString>("expected");

    const QList<Package> plain{Package{u"munge"_s, {}, {}}, Package{u"r-base"_s, {}, {}}};
    QTest::newRow("debian") << u"debian"_s << plain
                            << u"set -e\nexport DEBIAN_FRONTEND=noninteractive\n"
                               u"apt-get update -q\napt-get install -y -q 'munge' 'r-base'\n"_s;
    QTest::newRow("ubuntu, upper case") << u"Ubuntu"_s << plain
                                        << u"set -e\nexport DEBIAN_FRONTEND=noninteractive\n"
                                           u"apt-get update -q\n"
                                           u"apt-get install -y -q 'munge' 'r-base'\n"_s;
    QTest::newRow("apt repository and key")
        << u"debian"_s
        << QList<Package>{Package{u"pkg"_s,
                                  u"https://repo.example/debian stable main"_s,
                                  u"https://repo.example/key.asc"_s}}
        << u"set -e\nexport DEBIAN_FRONTEND=noninteractive\n"
           u"mkdir -p /etc/apt/keyrings\n"
           u"{ curl -fsSL 'https://repo.example/key.asc' 2>/dev/null || "
           u"wget -qO- 'https://repo.example/key.asc'; } > /etc/apt/keyrings/slipway-1.asc\n"
           u"printf '%s\\n' 'deb [signed-by=/etc/apt/keyrings/slipway-1.asc] "
           u"https://repo.example/debian stable main' > /etc/apt/sources.list.d/slipway-1.list\n"
           u"apt-get update -q\napt-get install -y -q 'pkg'\n"_s;
    QTest::newRow("fedora") << u"fedora"_s << plain
                            << u"set -e\ndnf install -y 'munge' 'r-base'\n"_s;
    QTest::newRow("centos with repository and key")
        << u"centos"_s
        << QList<Package>{Package{u"torque-server"_s, u"epel"_s, u"https://k.example/RPM-KEY"_s},
                          Package{u"torque-mom"_s, u"epel"_s, {}}}
        << u"set -e\nrpm --import 'https://k.example/RPM-KEY'\n"
           u"dnf install -y --enablerepo='epel' 'torque-server' 'torque-mom'\n"_s;
    QTest::newRow("alpine") << u"alpine"_s << plain
                            << u"set -e\napk add --no-cache 'munge' 'r-base'\n"_s;
    QTest::newRow("alpine with repository")
        << u"alpine"_s
        << QList<Package>{Package{u"pkg"_s,
                                  u"https://dl.example/edge/testing"_s,
                                  u"https://dl.example/keys/dev.rsa.pub"_s}}
        << u"set -e\nwget -q -P /etc/apk/keys 'https://dl.example/keys/dev.rsa.pub'\n"
           u"apk add --no-cache --repository 'https://dl.example/edge/testing' 'pkg'\n"_s;
}

void TestConnectorInterface::packageScripts()
{
    QFETCH(QString, platform);
    QFETCH(QList<Package>, packages);
    QFETCH(QString, expected);
    ConnectorError error;
    QCOMPARE(PackageInstallScript::generate(platform, packages, &error), expected);
    QVERIFY(error.message.isEmpty());
}

void TestConnectorInterface::packageScriptRejectsBadInput()
{
    ConnectorError error;
    QVERIFY(PackageInstallScript::generate(u"plan9"_s, {Package{u"x"_s, {}, {}}}, &error).isEmpty());
    QCOMPARE(error.code, ConnectorError::Code::InvalidRequest);
    QVERIFY(error.message.contains(u"plan9"_s));

    error = {};
    QVERIFY(PackageInstallScript::generate(u"debian"_s, {Package{u"x; rm -rf /"_s, {}, {}}}, &error)
                .isEmpty());
    QVERIFY(error.message.contains(u"x; rm -rf /"_s));

    ImageSpec image = sampleImage();
    image.platform = u"plan9"_s;
    error = {};
    QVERIFY(imageBuildSteps(image, &error).isEmpty());
    QCOMPARE(error.code, ConnectorError::Code::InvalidRequest);
}

void TestConnectorInterface::registryMakesLocalConnector()
{
    const ConnectorRegistry registry = builtinConnectors();
    QVERIFY(registry.kinds().contains(u"local"_s));
    const ConnectorKind *kind = registry.find(u"local"_s);
    QVERIFY(kind);
    QVERIFY(kind->capabilities.buildsImages);
    QVERIFY(!kind->settings.isEmpty());

    CloudConfig cloud{u"docker-here"_s, u"local"_s, {{u"executable"_s, u"/usr/bin/docker"_s}}};
    QObject parent;
    ConnectorError error;
    Connector *connector = registry.create(cloud, &parent, &error);
    QVERIFY(connector);
    QCOMPARE(connector->parent(), &parent);
    QCOMPARE(connector->cloud().name, u"docker-here"_s);
    auto *local = qobject_cast<LocalConnector *>(connector);
    QVERIFY(local);
    QVERIFY(local->isDocker());
    QCOMPARE(local->executable(), u"/usr/bin/docker"_s);
    QVERIFY(
        !qobject_cast<LocalConnector *>(registry.create(CloudConfig::local(), &parent))->isDocker());
}

void TestConnectorInterface::registryNamesUnknownKind()
{
    const ConnectorRegistry registry = builtinConnectors();
    ConnectorError error;
    QObject parent;
    QVERIFY(!registry.create(CloudConfig{u"aws"_s, u"ec3"_s, {}}, &parent, &error));
    QCOMPARE(error.code, ConnectorError::Code::InvalidRequest);
    QVERIFY(error.message.contains(u"aws"_s));
    QVERIFY(error.message.contains(u"ec3"_s));
    QVERIFY(error.message.contains(u"local"_s));
}

void TestConnectorInterface::brokerAddressPerRoute()
{
    const LocalConnector local(CloudConfig::local());
    QCOMPARE(local.capabilities().brokerAddress(8443), u"host.containers.internal:8443"_s);
    ConnectorCapabilities relay;
    relay.brokerRoute = BrokerRoute::Relay;
    relay.brokerHost = u"ignored"_s;
    QVERIFY(relay.brokerAddress(8443).isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectorInterface)
#include "tst_connectorinterface.moc"
