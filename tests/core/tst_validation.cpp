#include "core/model/validation.h"
#include "tests/support/modelfixtures.h"

#include <QTest>

using namespace Slipway;
using namespace Slipway::Fixtures;
using namespace Qt::StringLiterals;

namespace {

// What a row expects: "field severity", one per problem, in any order.
QStringList summary(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(p.field + u' ' + severityName(p.severity));
    out.sort();
    return out;
}

Module withModule(QList<Module> &catalog, const QString &path)
{
    for (const Module &m : catalog)
        if (m.path == path)
            return m;
    return {};
}

void replace(QList<Module> &catalog, const Module &module)
{
    for (Module &m : catalog)
        if (m.path == module.path)
            m = module;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("segment");
        QTest::addColumn<bool>("path");
        QTest::addColumn<bool>("node");
        QTest::addColumn<bool>("parameter");
        QTest::newRow("plain") << u"web"_s << true << true << true << true;
        QTest::newRow("dashes and digits") << u"debian-13"_s << true << true << true << true;
        QTest::newRow("dots") << u"ubuntu-14.04"_s << true << true << false << true;
        QTest::newRow("nested") << u"examples/images/debian-13"_s << false << true << false
                                << false;
        QTest::newRow("empty") << QString() << false << false << false << false;
        QTest::newRow("space") << u"my image"_s << false << false << false << false;
        QTest::newRow("dot") << u"."_s << false << false << false << false;
        QTest::newRow("dot dot in path") << u"a/../b"_s << false << false << false << false;
        QTest::newRow("trailing slash") << u"a/"_s << false << false << false << false;
        QTest::newRow("double slash") << u"a//b"_s << false << false << false << false;
        QTest::newRow("colon") << u"db:host"_s << false << false << false << false;
        QTest::newRow("leading digit") << u"1st"_s << true << true << false << false;
        QTest::newRow("underscore first") << u"_x"_s << true << true << false << true;
        QTest::newRow("non-ascii") << u"café"_s << false << false << false << false;
        QTest::newRow("too long") << QString(101, u'a') << false << false << false << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, segment);
        QFETCH(bool, path);
        QFETCH(bool, node);
        QFETCH(bool, parameter);
        QCOMPARE(isValidPathSegment(name), segment);
        QCOMPARE(isValidModulePath(name), path);
        QCOMPARE(isValidNodeName(name), node);
        QCOMPARE(isValidParameterName(name), parameter);
    }

    void rules_data()
    {
        QTest::addColumn<QList<Module>>("catalog");
        QTest::addColumn<QString>("validated");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QStringList>("expected");

        const QList<Module> lamp = lampCatalog();
        const QString lampPath = u"examples/lamp/lamp"_s;
        const QString webPath = u"examples/lamp/web"_s;
        const auto variant = [&](const std::function<void(QList<Module> &)> &change) {
            QList<Module> c = lamp;
            change(c);
            return c;
        };
        const auto deploymentVariant = [&](const std::function<void(Module &)> &change) {
            return variant([&](QList<Module> &c) {
                Module d = withModule(c, lampPath);
                change(d);
                replace(c, d);
            });
        };
        const auto webNode = [](Module &d) -> Node & {
            return d.deployment.nodes[0];
        };

        QTest::newRow("valid deployment") << lamp << lampPath << u"local"_s << QStringList();
        QTest::newRow("valid deployment, no cloud")
            << lamp << lampPath << QString() << QStringList();
        QTest::newRow("valid image") << lamp << webPath << u"local"_s << QStringList();
        QTest::newRow("valid native image")
            << lamp << u"examples/images/debian-13"_s << u"local"_s << QStringList();
        QTest::newRow("valid project") << lamp << u"examples"_s << QString() << QStringList();

        QTest::newRow("invalid path")
            << variant([](QList<Module> &c) { c.append(project(u"my things/x"_s)); })
            << u"my things/x"_s << QString() << QStringList{u"path error"_s};

        QTest::newRow("dangling parent") << variant([&](QList<Module> &c) {
            Module w = withModule(c, webPath);
            w.image.parent = u"examples/images/gone"_s;
            replace(c, w);
        }) << webPath << QString() << QStringList{u"image.parent error"_s};

        QTest::newRow("parent cycle") << variant([&](QList<Module> &c) {
            c.append(derivedImage(u"x/a"_s, u"x/b"_s));
            c.append(derivedImage(u"x/b"_s, u"x/a"_s));
        }) << u"x/a"_s << QString() << QStringList{u"image.parent error"_s};

        QTest::newRow("derived image without parent")
            << variant([&](QList<Module> &c) { c.append(derivedImage(u"x/a"_s, {})); }) << u"x/a"_s
            << QString() << QStringList{u"image.parent error"_s};

        QTest::newRow("native image with a parent") << variant([&](QList<Module> &c) {
            Module n = nativeImage(u"x/n"_s);
            n.image.parent = u"examples/images/debian-13"_s;
            c.append(n);
        }) << u"x/n"_s << QString() << QStringList{u"image.parent warning"_s};

        QTest::newRow("parameter defined twice, hostname as input, bad name")
            << variant([&](QList<Module> &c) {
                   Module w = withModule(c, webPath);
                   w.image.parameters.append(input(u"db_host"_s));
                   w.image.parameters.append(input(u"hostname"_s));
                   w.image.parameters.append(input(u"bad name"_s));
                   replace(c, w);
               })
            << webPath << QString()
            << QStringList{u"image.parameters[bad name] error"_s,
                           u"image.parameters[db_host] error"_s,
                           u"image.parameters[hostname] error"_s};

        QTest::newRow("enum default not a value") << variant([&](QList<Module> &c) {
            Module w = withModule(c, webPath);
            w.image.parameters[2].type = ParameterType::Enum;
            w.image.parameters[2].enumValues = {u"light"_s};
            replace(c, w);
        }) << webPath << QString() << QStringList{u"image.parameters[theme] error"_s};

        QTest::newRow("native image without id for the cloud")
            << lamp << u"examples/images/debian-13"_s << u"ec2"_s
            << QStringList{u"image.imageIds error"_s};

        QTest::newRow("derived image not built for the cloud") << variant([&](QList<Module> &c) {
            Module n = withModule(c, u"examples/images/debian-13"_s);
            n.image.imageIds.append({u"ec2"_s, u"ami-1"_s, {}});
            replace(c, n);
        }) << webPath << u"ec2"_s << QStringList{u"image.imageIds warning"_s};

        QTest::newRow("derived image that cannot be built for the cloud")
            << lamp << webPath << u"ec2"_s << QStringList{u"image.imageIds error"_s};

        QTest::newRow("deployment on a cloud without images")
            << lamp << lampPath << u"ec2"_s
            << QStringList{u"deployment.nodes[db].image error"_s,
                           u"deployment.nodes[web].image error"_s};

        QTest::newRow("node cloud overrides the chosen cloud")
            << deploymentVariant([&](Module &d) { webNode(d).cloud = u"ec2"_s; }) << lampPath
            << u"local"_s << QStringList{u"deployment.nodes[web].image error"_s};

        QTest::newRow("node uses a native image without id") << deploymentVariant([&](Module &d) {
            d.deployment.nodes.append(node(u"plain"_s, u"examples/images/debian-13"_s));
            d.deployment.nodes.last().cloud = u"openstack"_s;
        }) << lampPath << QString() << QStringList{u"deployment.nodes[plain].image error"_s};

        QTest::newRow("dangling node image")
            << deploymentVariant([&](Module &d) { webNode(d).image = u"examples/lamp/gone"_s; })
            << lampPath << QString() << QStringList{u"deployment.nodes[web].image error"_s};

        QTest::newRow("node image is a project")
            << deploymentVariant([&](Module &d) { webNode(d).image = u"examples"_s; }) << lampPath
            << QString() << QStringList{u"deployment.nodes[web].image error"_s};

        QTest::newRow("node without image")
            << deploymentVariant([&](Module &d) { webNode(d).image.clear(); }) << lampPath
            << QString() << QStringList{u"deployment.nodes[web].image error"_s};

        QTest::newRow("node image with a broken parent chain") << variant([&](QList<Module> &c) {
            Module w = withModule(c, webPath);
            w.image.parent = u"examples/lamp/web"_s;
            replace(c, w);
        }) << lampPath << QString() << QStringList{u"deployment.nodes[web].image error"_s};

        QTest::newRow("unmapped mandatory input")
            << deploymentVariant([&](Module &d) { webNode(d).mappings.removeFirst(); }) << lampPath
            << QString() << QStringList{u"deployment.nodes[web].mappings[db_host] error"_s};

        QTest::newRow("mapping to a missing node")
            << deploymentVariant(
                   [&](Module &d) { webNode(d).mappings[0].value = u"database:hostname"_s; })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].mappings[db_host] error"_s};

        QTest::newRow("mapping to a missing output")
            << deploymentVariant([&](Module &d) { webNode(d).mappings[1].value = u"db:secret"_s; })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].mappings[db_password] error"_s};

        QTest::newRow("mapping to an input of the other node")
            << deploymentVariant([&](Module &d) {
                   d.deployment.nodes.append(
                       node(u"web2"_s, webPath, 1, {{u"db_host"_s, u"web:db_host"_s, false}}));
               })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web2].mappings[db_host] error"_s};

        QTest::newRow("inherited and implicit outputs are outputs")
            << deploymentVariant([&](Module &d) {
                   webNode(d).mappings[0].value = u"db.1:instanceid"_s;
                   d.deployment.nodes.append(
                       node(u"probe"_s, webPath, 1, {{u"db_host"_s, u"web:url"_s, false}}));
               })
            << lampPath << QString() << QStringList();

        QTest::newRow("mapping of an input the image does not have")
            << deploymentVariant(
                   [&](Module &d) { webNode(d).mappings.append({u"colour"_s, u"blue"_s, true}); })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].mappings[colour] error"_s};

        QTest::newRow("mapping of an output") << deploymentVariant([&](Module &d) {
            webNode(d).mappings.append({u"url"_s, u"x"_s, true});
        }) << lampPath << QString() << QStringList{u"deployment.nodes[web].mappings[url] error"_s};

        QTest::newRow("malformed reference")
            << deploymentVariant([&](Module &d) { webNode(d).mappings[0].value = u"db"_s; })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].mappings[db_host] error"_s};

        QTest::newRow("literal values are not references") << deploymentVariant([&](Module &d) {
            webNode(d).mappings[0] = {u"db_host"_s, u"db.example.org"_s, true};
        }) << lampPath << QString() << QStringList();

        QTest::newRow("mapping to own output")
            << deploymentVariant([&](Module &d) { webNode(d).mappings[0].value = u"web:url"_s; })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].mappings[db_host] error"_s};

        QTest::newRow("input mapped twice")
            << deploymentVariant([&](Module &d) {
                   webNode(d).mappings.append({u"db_host"_s, u"db:hostname"_s, false});
               })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].mappings[db_host] error"_s};

        QTest::newRow("multiplicity zero")
            << deploymentVariant([&](Module &d) { webNode(d).multiplicity = 0; }) << lampPath
            << QString() << QStringList{u"deployment.nodes[web].multiplicity error"_s};

        QTest::newRow("negative failures allowed")
            << deploymentVariant([&](Module &d) { webNode(d).maxProvisioningFailures = -1; })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].maxProvisioningFailures error"_s};

        QTest::newRow("duplicate node names")
            << deploymentVariant([&](Module &d) { d.deployment.nodes[1].name = u"web"_s; })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[web].name error"_s,
                           u"deployment.nodes[web].mappings[db_host] error"_s,
                           u"deployment.nodes[web].mappings[db_password] error"_s};

        QTest::newRow("invalid node name")
            << deploymentVariant([&](Module &d) {
                   d.deployment.nodes[1].name = u"db.1"_s;
                   webNode(d).mappings[0].value = u"db.1:hostname"_s;
                   webNode(d).mappings[1] = {u"db_password"_s, u"x"_s, true};
               })
            << lampPath << QString()
            << QStringList{u"deployment.nodes[db.1].name error"_s,
                           u"deployment.nodes[web].mappings[db_host] error"_s};

        QTest::newRow("empty deployment")
            << deploymentVariant([&](Module &d) { d.deployment.nodes.clear(); }) << lampPath
            << QString() << QStringList{u"deployment.nodes warning"_s};
    }
    void rules()
    {
        QFETCH(QList<Module>, catalog);
        QFETCH(QString, validated);
        QFETCH(QString, cloud);
        QFETCH(QStringList, expected);
        Module module = withModule(catalog, validated);
        QCOMPARE(module.path, validated);
        const QList<Problem> problems = validate(module,
                                                 lookupIn(catalog),
                                                 ValidationOptions{cloud});
        expected.sort();
        QCOMPARE(summary(problems), expected);
        for (const Problem &p : problems) {
            QCOMPARE(p.modulePath, validated);
            QVERIFY2(p.message.size() > 10, qPrintable(p.message));
        }
    }

    void messagesSayWhatToDo()
    {
        QList<Module> c = lampCatalog();
        Module d = lampDeployment();
        d.deployment.nodes[0].mappings[1].value = u"db:secret"_s;
        const QList<Problem> problems = validate(d, lookupIn(c));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 u"db_password is mapped to db:secret, but the image of db has no output "
                 "secret"_s);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
