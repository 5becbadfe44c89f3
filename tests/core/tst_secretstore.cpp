// The system keychain through core/secrets, against a real GNOME Keyring on a private
// session bus (tests/support/keyringsession.h).

#include "core/secrets/secretstore.h"
#include "tests/support/keyringsession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
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
        if (qEnvironmentVariableIsSet("SLIPWAY_TEST_NO_KEYRING"))
            return;
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
            QVERIFY2(!line.toUtf8().contains(secret), qPrintable(line));

        // The keyring file is encrypted: the secret is not in it, nor in anything under HOME.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() > 10 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
        QVERIFY(QFile::exists(QDir::homePath() + u"/data/keyrings/login.keyring"_s)
                || QFile::exists(QDir::homePath() + u"/.local/share/keyrings/login.keyring"_s));
    }

    // Without any Secret Service (no session bus at all), in a child process because the
    // keychain library keeps its first bus connection.
    void noKeychainIsAClearError()
    {
        if (qEnvironmentVariableIsSet("SLIPWAY_TEST_NO_KEYRING"))
            QSKIP("this is the child");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_TEST_NO_KEYRING"_s, u"1"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/slipway-no-bus"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"readWithoutKeychain"_s});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSecretStore::readWithoutKeychain()"),
                 output.constData());
    }

    void readWithoutKeychain()
    {
        if (!qEnvironmentVariableIsSet("SLIPWAY_TEST_NO_KEYRING"))
            QSKIP("run by noKeychainIsAClearError() in a child process");
        const auto read = readSecretNow(u"aws-eu"_s, u"secret-access-key"_s);
        QVERIFY(!read);
        qInfo().noquote() << read.errorMessage();
        QVERIFY2(read.errorMessage().contains(u"aws-eu"_s), qPrintable(read.errorMessage()));
        QVERIFY2(!read.errorMessage().contains(u"No secret-access-key"_s)
                     && read.errorMessage().contains(u"keychain"_s),
                 qPrintable(read.errorMessage()));
    }

private:
    Testing::KeyringSession m_keyring;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
