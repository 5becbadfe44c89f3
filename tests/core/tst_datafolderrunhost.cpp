// The run host of a data folder, as the GUI and slipway-cli set it up: one process at a time
// under the folder's lock (a killed holder's lock is taken over), the broker's certificate
// naming what each connector kind's nodes call this machine, its port kept in the folder.

#include "core/run/datafolderrunhost.h"
#include "core/run/runhost.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

// A kind whose nodes reach the broker at 192.0.2.1; it makes no connector.
ConnectorRegistry registryWithBrokerHost()
{
    ConnectorKind kind;
    kind.name = u"test"_s;
    kind.capabilities.brokerHost = u"192.0.2.1"_s;
    ConnectorRegistry registry;
    registry.add(kind);
    return registry;
}

} // namespace

class TestDataFolderRunHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsUnderTheLockWithCertificatesAndPort()
    {
        QTemporaryDir dir;
        DataFolderRunHost runHost(registryWithBrokerHost(), dir.path());
        std::optional<DataFolderRunHost::LockHolder> holder;
        const Result<void> started = runHost.start(dir.filePath(u"catalog.db"_s), &holder);
        QVERIFY2(started, qPrintable(started.errorMessage()));
        QVERIFY(!holder);
        QVERIFY(runHost.host());
        QVERIFY(runHost.host()->broker().port() > 0);

        QFile port(dir.filePath(u"broker-port"_s));
        QVERIFY(port.open(QIODevice::ReadOnly));
        QCOMPARE(port.readAll().trimmed().toUShort(), runHost.host()->broker().port());
        const QList<QSslCertificate> certificate = QSslCertificate::fromPath(
            dir.filePath(u"tls/server.pem"_s));
        QCOMPARE(certificate.size(), 1);
        QVERIFY(
            certificate.constFirst().subjectAlternativeNames().values().contains(u"192.0.2.1"_s));

        // A second host of the same folder is refused, and told who holds it.
        DataFolderRunHost second(registryWithBrokerHost(), dir.path());
        const Result<void> refused = second.start(dir.filePath(u"catalog.db"_s), &holder);
        QVERIFY(!refused);
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QVERIFY(!second.host());

        // Once the first lets go, the folder is free.
        runHost.unlock();
        QVERIFY(!runHost.host());
        QVERIFY(second.lock(&holder));
        QVERIFY(!holder);
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        QTemporaryDir dir;
        // A lock file as a process leaves it when it is killed: its pid names no process.
        QProcess gone;
        gone.start(u"true"_s);
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        const QString file = dir.filePath(u"runhost.lock"_s);
        QByteArray content;
        {
            QLockFile lock(file);
            QVERIFY(lock.tryLock(0));
            QFile held(file);
            QVERIFY(held.open(QIODevice::ReadOnly));
            content = held.readAll();
        }
        content = QByteArray::number(pid) + content.mid(content.indexOf('\n'));
        QFile left(file);
        QVERIFY(left.open(QIODevice::WriteOnly));
        left.write(content);
        left.close();

        DataFolderRunHost runHost(registryWithBrokerHost(), dir.path());
        std::optional<DataFolderRunHost::LockHolder> holder;
        const Result<void> locked = runHost.lock(&holder);
        QVERIFY2(locked, qPrintable(locked.errorMessage()));
        QVERIFY(!holder);
    }
};

QTEST_GUILESS_MAIN(TestDataFolderRunHost)
#include "tst_datafolderrunhost.moc"
