// The system keychain through core/secrets, against a real GNOME Keyring on a private
// session bus (tests/support/keyringsession.h).

#include "core/secrets/secretstore.h"
#include "tests/support/keyringsession.h"
#include "tests/support/secretleaks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        SLIPWAY_REQUIRE_KEYRING();
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
    }

    void writeReadReplaceRemove()
    {
        const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY\0EXAMPLEKEY"_ba;
        QVERIFY2(writeSecretNow(u"aws-eu"_s, u"secret-access-key"_s, secret),
                 qPrintable(
                     writeSecretNow(u"aws-eu"_s, u"secret-access-key"_s, secret).errorMessage()));
        auto read = readSecretNow(u"aws-eu"_s, u"secret-access-key"_s);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(*read, secret);

        // Secrets of other clouds and other names are separate.
        QVERIFY(writeSecretNow(u"aws-us"_s, u"secret-access-key"_s, "other"_ba));
        QCOMPARE(*readSecretNow(u"aws-eu"_s, u"secret-access-key"_s), secret);

        QVERIFY(writeSecretNow(u"aws-eu"_s, u"secret-access-key"_s, "rotated"_ba));
        QCOMPARE(*readSecretNow(u"aws-eu"_s, u"secret-access-key"_s), "rotated"_ba);

        QVERIFY(removeSecretNow(u"aws-eu"_s, u"secret-access-key"_s));
        QVERIFY(!readSecretNow(u"aws-eu"_s, u"secret-access-key"_s));
        QCOMPARE(*readSecretNow(u"aws-us"_s, u"secret-access-key"_s), "other"_ba);
        // Removing what is not there is not an error.
        QVERIFY(removeSecretNow(u"aws-eu"_s, u"secret-access-key"_s));
    }

    void missingSecretSaysWhatToDo()
    {
        const auto read = readSecretNow(u"my-openstack"_s, u"password"_s);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(u"my-openstack"_s), qPrintable(read.errorMessage()));
        QVERIFY(read.errorMessage().contains(u"password"_s));
        QVERIFY(read.errorMessage().contains(u"cloud add"_s));
    }

    void asynchronousCallsComeBackOnTheContext()
    {
        QObject context;
        bool written = false;
        writeSecret(u"ssh-pool"_s, u"passphrase"_s, "p4ss"_ba, &context, [&](Result<void> r) {
            QVERIFY(r);
            written = true;
        });
        QVERIFY(!written); // never synchronously: the keychain may have to ask the user
        QTRY_VERIFY(written);

        std::optional<QByteArray> value;
        readSecret(u"ssh-pool"_s, u"passphrase"_s, &context, [&](Result<QByteArray> r) {
            value = r ? *r : QByteArray();
        });
        QTRY_VERIFY(value.has_value());
        QCOMPARE(*value, "p4ss"_ba);

        // A context destroyed before the answer: the callback is never called.
        bool called = false;
        {
            QObject shortLived;
            readSecret(u"ssh-pool"_s, u"passphrase"_s, &shortLived, [&](Result<QByteArray>) {
                called = true;
            });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }

    // The secret reaches neither the log (every slipway category on) nor any file outside the
    // keyring's own encrypted store.
    void secretIsNeitherLoggedNorStoredInTheClear()
    {
        const QByteArray secret = "s3cr3t-n0t-in-any-log-8f2c"_ba;
        QLoggingCategory::setFilterRules(u"slipway.*=true"_s);
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        QVERIFY(writeSecretNow(u"leak-check"_s, u"password"_s, secret));
        QCOMPARE(*readSecretNow(u"leak-check"_s, u"password"_s), secret);
        QVERIFY(!readSecretNow(u"leak-check"_s, u"other"_s));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_log.isEmpty()); // the categories did log
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(Testing::findSecret(line.toUtf8(), secret).isEmpty(), qPrintable(line));

        // The keyring file is encrypted: the secret is in no file under HOME or the data
        // folder, in no encoding.
        QStringList folders{QDir::homePath(),
                            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
        if (qEnvironmentVariableIsSet("SLIPWAY_DATA_DIR"))
            folders << qEnvironmentVariable("SLIPWAY_DATA_DIR");
        const Testing::LeakScan scan = Testing::scanForSecret(folders, secret);
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(u'\n')));
        QVERIFY(QFile::exists(QDir::homePath() + u"/data/keyrings/login.keyring"_s)
                || QFile::exists(QDir::homePath() + u"/.local/share/keyrings/login.keyring"_s));
        QVERIFY2(scan.files > 0, "no file was scanned: the check proves nothing");
    }

    // The leak check itself finds a secret in each form it could take.
    void leakCheckFindsEveryEncoding()
    {
        const QByteArray secret = "s3cr3t/with+odd chars&=\"";
        QCOMPARE(Testing::secretEncodings(secret).size(), 10);
        for (const QByteArray &encoded : Testing::secretEncodings(secret))
            QVERIFY2(!Testing::findSecret("x=" + encoded + "&y=1", secret).isEmpty(),
                     encoded.constData());
        // In a form body, and inside a longer base64 text at every alignment.
        QVERIFY(
            !Testing::findSecret("Action=Run&Password=s3cr3t%2Fwith%2Bodd+chars%26%3D%22", secret)
                 .isEmpty());
        for (const QByteArray &prefix : {""_ba, "a"_ba, "ab"_ba}) {
            const QByteArray script = prefix + "#!/bin/sh\n" + secret + "\n";
            QVERIFY(!Testing::findSecret("UserData=" + script.toBase64(), secret).isEmpty());
        }
        QVERIFY(Testing::findSecret("nothing to see here", secret).isEmpty());
        // A folder scan counts what it read and names the file and the form.
        QTemporaryDir dir;
        QFile f(dir.filePath(u".hidden"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("token: ") + secret.toBase64() + "\n");
        f.close();
        const Testing::LeakScan scan = Testing::scanForSecret({dir.path()}, secret);
        QCOMPARE(scan.files, 1);
        QCOMPARE(scan.leaks.size(), 1);
        QVERIFY2(scan.leaks.constFirst().contains(u".hidden: base64"_s),
                 qPrintable(scan.leaks.constFirst()));
    }

    // Without any Secret Service (no session bus at all), in a child process because the
    // keychain library keeps its first bus connection.
    void noKeychainIsAClearError()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_TEST_NO_KEYRING"_s, u"1"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/slipway-no-bus"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"readFails"_s});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSecretStoreWithoutKeychain::readFails()"),
                 output.constData());
    }

private:
    Testing::KeyringSession m_keyring;
};

// Run by TestSecretStore::noKeychainIsAClearError() in a child process without a session bus.
class TestSecretStoreWithoutKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readFails()
    {
        const auto read = readSecretNow(u"aws-eu"_s, u"secret-access-key"_s);
        QVERIFY(!read);
        qInfo().noquote() << read.errorMessage();
        QVERIFY2(read.errorMessage().contains(u"aws-eu"_s), qPrintable(read.errorMessage()));
        QVERIFY2(!read.errorMessage().contains(u"No secret-access-key"_s)
                     && read.errorMessage().contains(u"keychain"_s),
                 qPrintable(read.errorMessage()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SLIPWAY_TEST_NO_KEYRING")) {
        TestSecretStoreWithoutKeychain child;
        return QTest::qExec(&child, argc, argv);
    }
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secretstore.moc"
