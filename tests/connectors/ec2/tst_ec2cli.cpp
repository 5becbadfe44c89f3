// `slipway-cli cloud add` and `cloud test` for an EC2 cloud: the secret access key goes from
// standard input into the keychain (a private GNOME Keyring) and nowhere else, and `cloud
// test` signs its calls with it against the HTTPS fixture server.

#include "connectors/ec2/sigv4signer.h"
#include "core/secrets/secretstore.h"
#include "tests/support/cloudfixtureserver.h"
#include "tests/support/ec2apimodel.h"
#include "tests/support/keyringsession.h"
#include "tests/support/secretleaks.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;
using Slipway::Testing::CloudFixtureServer;

namespace {

const QByteArray kSecretKey = "cliSECRETwJalrXUtnFEMI/K7MDENG+bPxRfiCYk1";

} // namespace

class TestEc2Cli : public QObject
{
    Q_OBJECT

    Testing::KeyringSession m_keyring;
    CloudFixtureServer m_server;
    QString m_program;

    // The fixture server answers from this process's event loop: keep it going.
    ProcessResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runProcess(m_program,
                          arguments,
                          ProcessOptions().withInput(input).withTimeout(60000).withEventLoop());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        SLIPWAY_REQUIRE_KEYRING();
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_program = cliProgram();
        QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
        m_server.route({"POST", "/", u"DescribeAvailabilityZones"_s, {}},
                       QList{CloudFixtureServer::fixtureResponse(
                           u"ec2/describe_availability_zones.xml"_s)});
    }

    void addStoresTheSecretKeyInTheKeychainOnly()
    {
        const ProcessResult add = cli({u"cloud"_s,
                                       u"add"_s,
                                       u"aws"_s,
                                       u"--kind"_s,
                                       u"ec2"_s,
                                       u"--set"_s,
                                       u"region=eu-west-1"_s,
                                       u"--set"_s,
                                       u"access-key-id=AKIDEXAMPLE"_s,
                                       u"--set"_s,
                                       u"endpoint="_s + m_server.url().toString(),
                                       u"--set"_s,
                                       u"ca-file="_s + m_server.caFile()},
                                      kSecretKey + '\n');
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY2(add.out.contains("secret-access-key of cloud aws is stored in the keychain"),
                 add.out.constData());
        QVERIFY(findSecret(add.out, kSecretKey).isEmpty());
        QVERIFY(findSecret(add.err, kSecretKey).isEmpty());
        const Result<QByteArray> stored = readSecretNow(u"aws"_s, u"secret-access-key"_s);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(*stored, kSecretKey);
    }

    void aSecretKeyIsNoSetting()
    {
        const ProcessResult add = cli({u"cloud"_s,
                                       u"add"_s,
                                       u"aws2"_s,
                                       u"--kind"_s,
                                       u"ec2"_s,
                                       u"--set"_s,
                                       u"secret-access-key=x"_s});
        QVERIFY(add.exitCode != 0);
        QVERIFY2(add.err.contains("has no setting 'secret-access-key'"), add.err.constData());
    }

    void testSignsWithTheStoredKey()
    {
        m_server.clearRequests();
        const ProcessResult test = cli({u"cloud"_s, u"test"_s, u"aws"_s});
        QVERIFY2(test.exitCode == 0, test.err.constData());
        QVERIFY2(test.out.contains("works: EC2 eu-west-1: 3 availability zones"),
                 test.out.constData());
        const QList<CloudFixtureServer::Request> requests = m_server.requests();
        QCOMPARE(requests.size(), 1);
        const CloudFixtureServer::Request &r = requests.first();
        QCOMPARE(r.body, "Action=DescribeAvailabilityZones&Version=2016-11-15");
        // The signature is the one AWS would compute with the stored secret.
        const QByteArray date = r.header("x-amz-date");
        SigV4Request signedPart;
        signedPart.method = "POST";
        signedPart.headers = {{"content-type", r.header("content-type")},
                              {"host", r.header("host")},
                              {"x-amz-date", date}};
        signedPart.body = r.body;
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(date),
                                                   u"yyyyMMdd'T'HHmmss'Z'"_s);
        const SigV4Signer aws(u"AKIDEXAMPLE"_s, kSecretKey, {u"eu-west-1"_s, u"ec2"_s});
        QCOMPARE(r.header("authorization"),
                 aws.authorization(signedPart, QDateTime(at.date(), at.time(), QTimeZone::UTC)));
        QVERIFY(findSecret(test.out, kSecretKey).isEmpty());
        QVERIFY(findSecret(test.err, kSecretKey).isEmpty());
        // The key signs; it is never sent, in any form.
        for (const CloudFixtureServer::Request &request : requests) {
            const QString leak = findSecretInRequest(request, kSecretKey);
            QVERIFY2(leak.isEmpty(), qPrintable(leak));
        }
    }

    void secretKeyIsInNoFileOfTheInstallation()
    {
        // Everything under the test's home and the data folder, but the keyring's own store.
        QStringList folders{QDir::homePath(),
                            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
        if (qEnvironmentVariableIsSet("SLIPWAY_DATA_DIR"))
            folders << qEnvironmentVariable("SLIPWAY_DATA_DIR");
        const LeakScan scan = scanForSecret(folders, kSecretKey, {u"/keyrings/"_s});
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(u'\n')));
        QVERIFY2(scan.files > 0, "no file was scanned: the check proves nothing");
    }

    // Every request sent above is one the EC2 API model (botocore's) accepts.
    void everyRequestMatchesTheEc2Model() { SLIPWAY_VERIFY_EC2_REQUESTS(); }
};

QTEST_GUILESS_MAIN(TestEc2Cli)
#include "tst_ec2cli.moc"
