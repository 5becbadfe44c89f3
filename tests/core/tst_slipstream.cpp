// SlipStream module XML import: the real exports under shared/samples/slipstream map onto the
// model field by field, and malformed or unexpected XML is an error with file, line and column.

#include "core/bundle/slipstreamreader.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

namespace {

QStringList sampleFiles(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        const QDir dir(slipstreamSamplesDir() + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

} // namespace

class TestSlipStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEverySample()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const QStringList files = sampleFiles(
            {u"examples"_s, u"Torque"_s, u"RStudio"_s, u"WordPress"_s});
        QCOMPARE(files.size(), 12);
        const BundleReadResult read = SlipStreamReader::readFiles(files);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        QStringList paths;
        for (const BundleEntry &entry : read.bundle.entries)
            paths.append(entry.path());
        paths.sort();
        QCOMPARE(paths,
                 QStringList({u"RStudio"_s.prepend(u"apps/"_s),
                              u"apps/RStudio/rstudio"_s,
                              u"apps/Torque"_s,
                              u"apps/Torque/torque-deployment"_s,
                              u"apps/Torque/torque-master"_s,
                              u"apps/Torque/torque-worker"_s,
                              u"apps/WordPress"_s,
                              u"apps/WordPress/wordpress"_s,
                              u"examples"_s,
                              u"examples/images"_s,
                              u"examples/images/ubuntu-12.04"_s,
                              u"examples/images/ubuntu-14.04"_s}));
    }

    void nativeImage()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const BundleReadResult read = SlipStreamReader::readFiles(
            {slipstreamSamplesDir() + u"/examples/examples_images_ubuntu-14.04.xml"_s});
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        const ModuleVersion &v = read.bundle.entries.constFirst().latest();
        QCOMPARE(v.module.path, u"examples/images/ubuntu-14.04"_s);
        QCOMPARE(v.module.kind, ModuleKind::Image);
        QVERIFY(v.module.image.native);
        QVERIFY(v.module.image.parent.isEmpty());
        QCOMPARE(v.module.image.loginUser, u"root"_s);
        QCOMPARE(v.module.image.platform, u"ubuntu"_s);
        // hostname and instanceid are implicit; network and extra disk have no Slipway field.
        QVERIFY(v.module.image.parameters.isEmpty());
        QCOMPARE(v.author, u"sixsq"_s);
        QCOMPARE(v.comment, u"Initial version of this module"_s);
        QCOMPARE(v.savedAt, QDateTime(QDate(2015, 7, 2), QTime(15, 52, 8, 586), QTimeZone::UTC));
        QCOMPARE(v.module.authz.owner, u"sixsq"_s);
        QCOMPARE(v.module.authz.ownerRights, Rights(0x1f));
        QCOMPARE(v.module.authz.groupRights, Right::Get | Right::Edit | Right::Run);
        QCOMPARE(v.module.authz.publicRights, Right::Get | Right::Run);
        QVERIFY(v.module.authz.isPublic);
        QCOMPARE(v.module.logoUrl, u"https://nuv.la/images/modules-logos/ubuntu.svg"_s);
    }

    void derivedImage()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const BundleReadResult read = SlipStreamReader::readFiles(
            {slipstreamSamplesDir() + u"/Torque/torque-worker.xml"_s});
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        const BundleEntry &entry = read.bundle.entries.constFirst();
        const Module &m = entry.latest().module;
        QCOMPARE(m.path, u"apps/Torque/torque-worker"_s);
        QVERIFY(!m.image.native);
        QCOMPARE(m.image.parent, u"examples/images/ubuntu-14.04"_s);
        QCOMPARE(entry.references.size(), 1);
        QCOMPARE(entry.references.constFirst().path, u"examples/images/ubuntu-14.04"_s);
        QCOMPARE(entry.references.constFirst().location.line, 1);
        QCOMPARE(m.image.packages.size(), 2);
        QCOMPARE(m.image.packages.at(1).name, u"torque-mom"_s);
        QVERIFY(m.image.recipes.recipe.startsWith(u"#!/bin/bash -x\n"_s));
        QVERIFY(m.image.recipes.recipe.contains(u"# Clean & update"_s)); // entity decoded
        QVERIFY(m.image.recipes.execute.contains(
            u"export MUNGE_KEY_B64=$(ss-get --timeout 600 master_munge_key_b64)"_s));
        QVERIFY(m.image.recipes.execute.contains(u"base64 -d > /etc/munge/munge.key"_s));
        QVERIFY(m.image.recipes.report.isEmpty());
        QVERIFY(m.image.recipes.preInstall.isEmpty());

        QStringList inputs;
        QStringList outputs;
        for (const Parameter &p : m.image.parameters)
            (p.category == ParameterCategory::Input ? inputs : outputs).append(p.name);
        inputs.sort();
        QCOMPARE(inputs,
                 QStringList({u"master_hostname"_s,
                              u"master_ip"_s,
                              u"master_munge_key_b64"_s,
                              u"master_ssh_key_rsa_b64"_s}));
        QVERIFY(outputs.isEmpty());
    }

    // The deployment export embeds a fuller copy of each image, with the per-cloud parameters
    // that the image's own export lacks: made into a module document of its own, it shows how
    // cloud categories become resources.
    void cloudParametersBecomeResources()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        QFile file(slipstreamSamplesDir() + u"/Torque/torque-deployment.xml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray deployment = file.readAll();
        const qsizetype start = deployment.indexOf("<image ");
        const qsizetype end = deployment.indexOf("</image>", start);
        QVERIFY(start > 0 && end > start);
        QByteArray image = deployment.mid(start, end - start) + "</imageModule>";
        image.replace(0, 6, "<imageModule");
        const BundleReadResult read = SlipStreamReader::read(image, u"worker-variant.xml"_s);
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        const Module &m = read.bundle.entries.constFirst().latest().module;
        QCOMPARE(m.path, u"apps/Torque/torque-worker"_s);
        const auto ec2 = std::find_if(m.image.resources.cbegin(),
                                      m.image.resources.cend(),
                                      [](const CloudResources &r) {
                                          return r.cloud == u"ec2-eu-central-1"_s;
                                      });
        QVERIFY(ec2 != m.image.resources.cend());
        QCOMPARE(ec2->instanceType, u"t2.micro"_s);
        QCOMPARE(ec2->securityGroups, QStringList({u"slipstream_managed"_s}));
        QCOMPARE(ec2->network, u"public"_s); // the Cloud category's network, for every cloud
        const auto ultimum = std::find_if(m.image.resources.cbegin(),
                                          m.image.resources.cend(),
                                          [](const CloudResources &r) {
                                              return r.cloud == u"ultimum-cz1"_s;
                                          });
        QVERIFY(ultimum != m.image.resources.cend());
        QCOMPARE(ultimum->instanceType, u"Basic"_s);
        // Parameters with no field (nuvlabox-*.is.firewall, …) are named in a warning.
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY2(read.warnings.constFirst().message.contains(u"is.firewall"_s),
                 qPrintable(read.warnings.constFirst().toString()));
        QVERIFY(read.warnings.constFirst().location.line > 1);
        // The implicit outputs are left out, the node's own inputs and outputs kept.
        for (const Parameter &p : m.image.parameters)
            QVERIFY(p.name != u"hostname"_s && p.name != u"instanceid"_s);
    }

    void enumParameterAndOutputs()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const BundleReadResult read = SlipStreamReader::readFiles(
            {slipstreamSamplesDir() + u"/WordPress/wordpress.xml"_s});
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        const Module &m = read.bundle.entries.constFirst().latest().module;
        const auto title = std::find_if(m.image.parameters.cbegin(),
                                        m.image.parameters.cend(),
                                        [](const Parameter &p) {
                                            return p.name == u"wordpress_title"_s;
                                        });
        QVERIFY(title != m.image.parameters.cend());
        QCOMPARE(title->defaultValue, u"Change Me Please"_s);
        QCOMPARE(title->category, ParameterCategory::Input);
        QCOMPARE(title->description, u"Title (name) to give to the WordPress instance"_s);
        int outputs = 0;
        for (const Parameter &p : m.image.parameters)
            outputs += p.category == ParameterCategory::Output ? 1 : 0;
        QCOMPARE(outputs, 2); // mysql_password, admin_password
        QCOMPARE(m.image.packages.size(), 8);
    }

    void deployment()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const BundleReadResult read = SlipStreamReader::readFiles(
            {slipstreamSamplesDir() + u"/Torque/torque-deployment.xml"_s});
        QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
        const BundleEntry &entry = read.bundle.entries.constFirst();
        const Module &m = entry.latest().module;
        QCOMPARE(m.kind, ModuleKind::Deployment);
        QCOMPARE(m.deployment.nodes.size(), 2);
        const Node &worker = m.deployment.nodes.at(0);
        const Node &master = m.deployment.nodes.at(1);
        QCOMPARE(worker.name, u"worker"_s);
        QCOMPARE(worker.image, u"apps/Torque/torque-worker"_s);
        QCOMPARE(worker.multiplicity, 2);
        QVERIFY(worker.cloud.isEmpty());
        QCOMPARE(worker.mappings.size(), 4);
        QCOMPARE(worker.mappings.at(0),
                 (ParameterMapping{u"master_munge_key_b64"_s, u"master:munge_key_b64"_s, false}));
        QCOMPARE(worker.mappings.at(3),
                 (ParameterMapping{u"master_ip"_s, u"master:hostname"_s, false}));
        QCOMPARE(master.multiplicity, 1);
        QCOMPARE(master.mappings,
                 QList<ParameterMapping>(
                     {{u"torque-worker_nodename"_s, u"worker"_s, true}})); // quotes stripped
        QVERIFY(worker.position != master.position);
        QCOMPARE(entry.references.size(), 2);
        QCOMPARE(entry.references.at(1).location.line, 844);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed") << QByteArray("<imageModule shortName=\"a\">\n  <targets>\n"
                                                "</imageModule>\n")
                                  << 3 << 14 << u"malformed XML"_s;
        QTest::newRow("bad attribute")
            << QByteArray("<projectModule\n shortName=a/>") << 2 << 12 << u"malformed XML"_s;
        QTest::newRow("empty") << QByteArray("  ") << 1 << 2 << u"malformed XML"_s;
        QTest::newRow("two roots")
            << QByteArray("<projectModule shortName=\"a\"/>\n<projectModule/>") << 2 << 16
            << u"malformed XML"_s;
        QTest::newRow("not a module")
            << QByteArray("<html>\n<body/></html>") << 1 << 1 << u"found <html>"_s;
        QTest::newRow("no short name")
            << QByteArray("\n\n  <projectModule parentUri=\"module/x\"/>") << 3 << 3
            << u"no shortName"_s;
        QTest::newRow("bad multiplicity") << QByteArray(
            "<deploymentModule shortName=\"d\" parentUri=\"module/x\">\n<nodes>"
            "<entry><node name=\"n\" imageUri=\"module/x/i\"\n multiplicity=\"many\"/>"
            "</entry></nodes></deploymentModule>")
                                          << 2 << 15 << u"multiplicity"_s;
        QTest::newRow("bad mapping")
            << QByteArray("<deploymentModule shortName=\"d\"><nodes><entry><node name=\"n\" "
                          "imageUri=\"module/x/i\"><parameterMappings><entry>\n<parameter "
                          "name=\"a\" isMappedValue=\"true\"><value>nocolon</value></parameter>"
                          "</entry></parameterMappings></node></entry></nodes></deploymentModule>")
            << 2 << 1 << u"node:parameter"_s;
        QTest::newRow("not UTF-8") << QByteArray("<projectModule\n  description=\"caf\xe9\"/>") << 2
                                   << 19 << u"not UTF-8"_s;
        QByteArray deep;
        for (int i = 0; i < 200; ++i)
            deep += "<a>";
        QTest::newRow("too deep") << QByteArray("<projectModule shortName=\"p\">" + deep) << 1
                                  << 29 + 64 * 3 + 1 << u"nested more than 64 deep"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const BundleReadResult read = SlipStreamReader::read(xml, u"bad.xml"_s);
        QVERIFY(!read.ok());
        QVERIFY(read.bundle.entries.isEmpty());
        const SourceError &error = read.errors.constFirst();
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.location.file, u"bad.xml"_s);
        QCOMPARE(error.location.line, line);
        QCOMPARE(error.location.column, column);
    }

    void samePathTwice()
    {
        SLIPWAY_REQUIRE_SAMPLES();
        const QString file = slipstreamSamplesDir() + u"/RStudio/rstudio.xml"_s;
        const BundleReadResult read = SlipStreamReader::readFiles({file, file});
        QVERIFY(!read.ok());
        QVERIFY2(read.errors.constFirst().message.contains(u"also defined at"_s),
                 qPrintable(read.errors.constFirst().toString()));
    }

    void tellsXmlFromYaml()
    {
        QVERIFY(SlipStreamReader::looksLikeSlipStream("<?xml version=\"1.0\"?><imageModule/>"));
        QVERIFY(SlipStreamReader::looksLikeSlipStream("\n  <deploymentModule/>"));
        QVERIFY(!SlipStreamReader::looksLikeSlipStream("slipway-bundle: 1\n"));
    }
};

QTEST_GUILESS_MAIN(TestSlipStream)
#include "tst_slipstream.moc"
