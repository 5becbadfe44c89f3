// Every kind of user-data Slipway generates (core/connector/cloudinit.h: the bootstrap of an
// instance with its token, environment and CA; an image build's script, for EC2 and OpenStack)
// passes Debian's own `cloud-init schema`, the validation cloud-init applies at boot. And each,
// booted, is what the tests' containers run (tests/support/cloudinitcontainer.h).

#include "connectors/ec2/ec2imagebuild.h"
#include "connectors/openstack/openstackimagebuild.h"
#include "core/connector/cloudinit.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;

class TestCloudInitSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // cloud-init's verdict on one document: its output when it refuses it.
    ProcessResult schema(const QByteArray &userData)
    {
        const QString file = m_dir.filePath(u"user-data-%1"_s.arg(++m_files));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(userData) != userData.size())
            return {};
        f.close();
        return runProcess(u"cloud-init"_s, {u"schema"_s, u"--config-file"_s, file});
    }

    static QList<BuildStep> steps()
    {
        return {{u"pre-install"_s, BuildStep::Kind::Script, u"#!/bin/sh\necho pre\n"_s},
                {u"packages"_s, BuildStep::Kind::Packages, u"apt-get install -y nginx\n"_s},
                {u"recipe"_s, BuildStep::Kind::Script, u"#!/bin/bash\nset -e\necho 'it''s'\n"_s}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"cloud-init"_s).isEmpty())
            SLIPWAY_SKIP_OR_FAIL("needs cloud-init (Debian: cloud-init)");
        QVERIFY(m_dir.isValid());
    }

    void generatedUserDataIsValid_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QByteArray>("ca");
        const QByteArray ca = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0FfdGVzdA==\n"
                              "-----END CERTIFICATE-----\n";
        QTest::newRow("node bootstrap with token")
            << QByteArray("#!/bin/sh\necho hi\n") << u"master.1"_s << true << QByteArray();
        QTest::newRow("node bootstrap with CA")
            << QByteArray("echo no shebang\n") << u"worker.12"_s << true << ca;
        QTest::newRow("quotes and newlines") << QByteArray("#!/bin/sh\necho \"a'b\" 'c\"d'\n")
                                             << u"it's.1"_s << true << QByteArray();
        QTest::newRow("ec2 image build")
            << Ec2ImageBuild::buildScript(steps()) << u"build.1"_s << false << QByteArray();
        QTest::newRow("openstack image build")
            << OpenStackImageBuild::buildScript(steps()) << u"build.1"_s << false << QByteArray();
    }

    void generatedUserDataIsValid()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, label);
        QFETCH(bool, withToken);
        QFETCH(QByteArray, ca);
        QMap<QString, QString> environment{{u"SLIPWAY_BROKER_URL"_s, u"https://relay:8443"_s},
                                           {u"SLIPWAY_RUN"_s, u"r-1"_s},
                                           {u"SLIPWAY_NOTE"_s, u"it's \"quoted\"\nand two lines"_s}};
        if (withToken)
            environment.insert(u"SLIPWAY_TOKEN"_s, u"token-0123456789abcdef"_s);
        const Result<CloudInitConfig> config = CloudInit::bootstrapConfig(script,
                                                                          environment,
                                                                          label,
                                                                          ca);
        QVERIFY2(config, qPrintable(config.errorMessage()));
        const QByteArray userData = CloudInit::userData(*config);
        const ProcessResult r = schema(userData);
        QVERIFY2(r.succeeded(), r.transcript().constData());
        QVERIFY2(r.out.contains("Valid schema"), r.transcript().constData());
        QVERIFY2(!r.transcript().contains("eprecat"), r.transcript().constData());
    }

    // The check is cloud-init's: a document it would refuse is refused here.
    void aDocumentCloudInitRefusesFails()
    {
        const ProcessResult r = schema("#cloud-config\nwrite_files:\n  - path: 5\n    "
                                       "permissions: rw\nruncmd: not-a-list\n");
        QVERIFY2(r.finished && r.exitCode != 0, r.transcript().constData());
        QVERIFY2(r.transcript().contains("runcmd"), r.transcript().constData());
    }
};

QTEST_GUILESS_MAIN(TestCloudInitSchema)
#include "tst_cloudinitschema.moc"
