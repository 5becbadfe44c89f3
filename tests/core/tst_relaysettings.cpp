// The relay of an installation: relay.json (no secret) read with clear errors, the secret in
// the keychain, `slipway-cli relay set|show`, and what a run host is given.

#include "core/run/relaysettings.h"
#include "core/secrets/secretstore.h"
#include "tests/support/keyringsession.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

class TestRelaySettings : public QObject
{
    Q_OBJECT

private:
    QString write(const QByteArray &content)
    {
        const QString file = m_dir.filePath(u"relay.json"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return file;
    }

    int cli(const QStringList &args, const QByteArray &input, QByteArray *output)
    {
        const Testing::ProcessResult r = Testing::runProcess(Testing::cliProgram(),
                                                             args,
                                                             Testing::ProcessOptions()
                                                                 .withInput(input)
                                                                 .withEnvironment(
                                                                     Testing::environmentWithDataDir(
                                                                         m_data.path()))
                                                                 .withTimeout(60000));
        *output = r.transcript();
        return r.exitCode;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_data.isValid());
        QString error;
        SLIPWAY_REQUIRE_KEYRING();
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
    }

    void noFileIsNoRelay()
    {
        const auto read = readRelaySettings(m_dir.filePath(u"absent.json"_s));
        QVERIFY(read);
        QVERIFY(!read->has_value());
        RunHost::Options options;
        QVERIFY(configureRelay(m_dir.filePath(u"nothing-here"_s), &options));
        QVERIFY(options.relayUrl.isEmpty());
    }

    void badFilesSayWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << "{\n  \"url\": \"https://r:8443\",\n  \"link\" \"x\"\n}"_ba
                                << u"relay.json:3:"_s;
        QTest::newRow("not an object") << "[]"_ba << u"expected an object"_s;
        QTest::newRow("unknown field")
            << R"({"url": "https://r:8443", "link": "wss://r:8444/", "secret": "x"})"_ba
            << u"unknown field \"secret\""_s;
        QTest::newRow("http node url") << R"({"url": "http://r:8443", "link": "wss://r:8444/"})"_ba
                                       << u"\"url\" must be the relay's https URL"_s;
        QTest::newRow("missing link")
            << R"({"url": "https://r:8443"})"_ba << u"\"link\" must be the relay's wss URL"_s;
        QTest::newRow("number") << R"({"url": 8443, "link": "wss://r:8444/"})"_ba
                                << u"\"url\" must be a string"_s;
    }

    void badFilesSayWhereAndWhat()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = write(content);
        const auto read = readRelaySettings(file);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(file), qPrintable(read.errorMessage()));
        QVERIFY2(read.errorMessage().contains(expected), qPrintable(read.errorMessage()));
    }

    void writtenSettingsReadBackAndFillTheHostOptions()
    {
        // A CA file: any PEM certificate.
        const QString ca = m_dir.filePath(u"ca.pem"_s);
        QCOMPARE(QProcess::execute(u"openssl"_s,
                                   {u"req"_s,
                                    u"-x509"_s,
                                    u"-newkey"_s,
                                    u"rsa:2048"_s,
                                    u"-nodes"_s,
                                    u"-keyout"_s,
                                    m_dir.filePath(u"ca.key"_s),
                                    u"-out"_s,
                                    ca,
                                    u"-subj"_s,
                                    u"/CN=relay-test-ca"_s,
                                    u"-days"_s,
                                    u"2"_s}),
                 0);
        const RelaySettings settings{u"https://relay.example.org:8443"_s,
                                     QUrl(u"wss://relay.example.org:8444/slipway-relay/v1"_s),
                                     ca};
        const QString file = m_dir.filePath(u"written.json"_s);
        QVERIFY(writeRelaySettings(file, settings));
        const auto read = readRelaySettings(file);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(**read, settings);

        RunHost::Options options;
        QVERIFY(applyRelaySettings(settings, "s3cret"_ba, &options));
        QCOMPARE(options.relayUrl, settings.nodeUrl);
        QCOMPARE(options.relayLinkUrl, settings.linkUrl);
        QCOMPARE(options.relaySecret, "s3cret"_ba);
        QCOMPARE(options.relayCaCertificates.size(), 1);
        QCOMPARE(options.relayCaCertificates.constFirst().subjectInfo(QSslCertificate::CommonName),
                 QStringList{u"relay-test-ca"_s});

        QVERIFY(!applyRelaySettings(settings, {}, &options));
        const RelaySettings notPem{settings.nodeUrl, settings.linkUrl, file};
        QVERIFY(!applyRelaySettings(notPem, "s"_ba, &options));
        // Nothing written when the settings are wrong.
        QVERIFY(!writeRelaySettings(m_dir.filePath(u"never.json"_s),
                                    RelaySettings{u"ftp://x"_s, settings.linkUrl, {}}));
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.json"_s)));
    }

    void cliSetsTheRelayWithItsSecretInTheKeychainOnly()
    {
        const QByteArray secret = "relay-shared-secret-7d1e"_ba;
        QByteArray output;
        QCOMPARE(cli({u"relay"_s, u"show"_s}, {}, &output), 0);
        QVERIFY2(output.contains("no relay"), output.constData());

        QVERIFY2(cli({u"relay"_s,
                      u"set"_s,
                      u"--url"_s,
                      u"https://relay.example.org:8443"_s,
                      u"--link"_s,
                      u"wss://relay.example.org:8444/slipway-relay/v1"_s},
                     secret + '\n',
                     &output)
                     == 0,
                 output.constData());
        QCOMPARE(cli({u"relay"_s, u"show"_s}, {}, &output), 0);
        QVERIFY2(output.contains("url https://relay.example.org:8443"), output.constData());
        QVERIFY(!output.contains(secret));

        QCOMPARE(*readSecretNow(u"relay"_s, u"secret"_s), secret);
        RunHost::Options options;
        QVERIFY2(configureRelay(m_data.path(), &options),
                 qPrintable(configureRelay(m_data.path(), &options).errorMessage()));
        QCOMPARE(options.relaySecret, secret);
        QCOMPARE(options.relayUrl, u"https://relay.example.org:8443"_s);

        // The secret is in no file of the data folder.
        QDirIterator it(m_data.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);

        // Bad settings: refused, and the relay set before stays.
        QVERIFY(cli({u"relay"_s, u"set"_s, u"--url"_s, u"http://x"_s, u"--link"_s, u"wss://y/"_s},
                    "other\n"_ba,
                    &output)
                != 0);
        QVERIFY2(output.contains("https URL"), output.constData());
        QCOMPARE(*readSecretNow(u"relay"_s, u"secret"_s), secret);
        QCOMPARE(cli({u"relay"_s, u"show"_s}, {}, &output), 0);
        QVERIFY(output.contains("url https://relay.example.org:8443"));
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_data;
    Testing::KeyringSession m_keyring;
};

QTEST_GUILESS_MAIN(TestRelaySettings)
#include "tst_relaysettings.moc"
