// `slipway-cli cloud add` and `cloud test` for an OpenStack cloud: the password goes from
// standard input into the keychain (a private GNOME Keyring) and nowhere else, and `cloud
// test` authenticates with it against the HTTPS fixture server.

#include "core/secrets/secretstore.h"
#include "tests/support/cloudfixtureserver.h"
#include "tests/support/keyringsession.h"
#include "tests/support/secretleaks.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;
using namespace Slipway::Testing;
using Slipway::Testing::CloudFixtureServer;

namespace {

const QByteArray kPassword = "cli-Pa55-w0rd-91f3";

} // namespace

class TestOpenStackCli : public QObject
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

    QStringList settings() const
    {
        return {u"--set"_s,
                u"auth_url="_s + m_server.url().toString() + u"/identity"_s,
                u"--set"_s,
                u"username=demo"_s,
                u"--set"_s,
                u"project_name=demo"_s,
                u"--set"_s,
                u"ca_file="_s + m_server.caFile()};
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

        QByteArray token = CloudFixtureServer::fixture(u"openstack/keystone_token.json"_s);
        token.replace("https://openstack.example.com", m_server.url().toString().toUtf8());
        m_server.route({"POST", "/identity/v3/auth/tokens", {}, {}},
                       QList<CloudFixtureServer::Response>{
                           {201, "application/json", token, {{"x-subject-token", "tok-cli-1"}}}});
        m_server.route({"GET", "/compute/v2.1/limits", {}, {}},
                       QList<CloudFixtureServer::Response>{
                           CloudFixtureServer::fixtureResponse(u"openstack/limits.json"_s,
                                                               200,
                                                               "application/json")});
    }

    void addStoresThePasswordInTheKeychainOnly()
    {
        const ProcessResult add
            = cli(QStringList{u"cloud"_s, u"add"_s, u"myos"_s, u"--kind"_s, u"openstack"_s}
                      + settings(),
                  kPassword + '\n');
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY2(add.out.contains("password of cloud myos is stored in the keychain"),
                 add.out.constData());
        QVERIFY(!add.out.contains(kPassword) && !add.err.contains(kPassword));

        const Result<QByteArray> stored = readSecretNow(u"myos"_s, u"password"_s);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(*stored, kPassword);

        // The cloud's settings are saved, without the password.
        const ProcessResult ls = cli({u"--json"_s, u"cloud"_s, u"ls"_s});
        QCOMPARE(ls.exitCode, 0);
        QVERIFY(ls.out.contains("\"auth_url\""));
        QVERIFY(!ls.out.contains(kPassword));
    }

    void emptyInputKeepsTheStoredPassword()
    {
        const ProcessResult again
            = cli(QStringList{u"cloud"_s, u"add"_s, u"myos"_s, u"--kind"_s, u"openstack"_s}
                      + settings(),
                  {});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(readSecretNow(u"myos"_s, u"password"_s).value(), kPassword);
    }

    void testAuthenticatesWithTheStoredPassword()
    {
        m_server.clearRequests();
        const ProcessResult test = cli({u"cloud"_s, u"test"_s, u"myos"_s});
        QVERIFY2(test.exitCode == 0, test.err.constData());
        QVERIFY2(test.out.contains("works") && test.out.contains("2 of 10 instances"),
                 test.out.constData());
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].path, "/identity/v3/auth/tokens");
        QCOMPARE(QJsonDocument::fromJson(requests[0].body)
                     .object()
                     .value(u"auth"_s)
                     .toObject()
                     .value(u"identity"_s)
                     .toObject()
                     .value(u"password"_s)
                     .toObject()
                     .value(u"user"_s)
                     .toObject()
                     .value(u"password"_s)
                     .toString()
                     .toUtf8(),
                 kPassword);
        QCOMPARE(requests[1].header("x-auth-token"), "tok-cli-1");
        // Only the identity service gets the password; no other request carries it in any form.
        for (qsizetype i = 1; i < requests.size(); ++i) {
            const QString leak = findSecretInRequest(requests[i], kPassword);
            QVERIFY2(leak.isEmpty(), qPrintable(leak));
        }
        QVERIFY(findSecret(test.out, kPassword).isEmpty());
        QVERIFY(findSecret(test.err, kPassword).isEmpty());
    }

    void passwordIsInNoFileOfTheInstallation()
    {
        // Everything the CLI wrote under the test's home and the data folder (clouds.json,
        // catalogs, logs), in any encoding, but the keyring itself.
        QStringList folders{QDir::homePath(),
                            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
        if (qEnvironmentVariableIsSet("SLIPWAY_DATA_DIR"))
            folders << qEnvironmentVariable("SLIPWAY_DATA_DIR");
        const LeakScan scan = scanForSecret(folders, kPassword, {u"/keyrings/"_s});
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(u'\n')));
        QVERIFY2(scan.files > 0, "no file was scanned: the check proves nothing");
    }
};

QTEST_GUILESS_MAIN(TestOpenStackCli)
#include "tst_openstackcli.moc"
