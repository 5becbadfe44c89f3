// The catalog survives kill -9 at any moment: a writer process is killed with
// SIGKILL in the middle of a long series of saves, many times over; afterwards the database
// passes PRAGMA integrity_check and holds every save the writer acknowledged.

#include "core/catalog/catalog.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestCatalogCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAcknowledgedSaveSurvivesSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"catalog.sqlite"_s);
        constexpr int rounds = 20;
        constexpr int savesPerRound = 100000; // never reached: every round is killed
        QRandomGenerator random(QRandomGenerator::global()->generate());
        QSet<int> acknowledged;
        int killedWhileRunning = 0;

        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(CATALOG_CRASH_WRITER),
                         {file,
                          QString::number(round * savesPerRound),
                          QString::number(savesPerRound)});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Wait for the first acknowledgement, then kill at a random moment after it.
            QByteArray out;
            QElapsedTimer waited;
            waited.start();
            while (!out.contains("ACK") && waited.elapsed() < 30000
                   && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(1000);
                out += writer.readAllStandardOutput();
            }
            QVERIFY2(out.contains("ACK"), writer.readAllStandardError().constData());
            QTest::qSleep(int(random.bounded(1, 250)));
            if (writer.state() == QProcess::Running)
                ++killedWhileRunning;
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            out += writer.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                // A line cut by the kill is not an acknowledgement.
                if (line.startsWith("ACK "))
                    acknowledged.insert(line.mid(4).toInt());
            }
        }
        QCOMPARE(killedWhileRunning, rounds);
        QVERIFY(acknowledged.size() >= rounds);
        qInfo() << acknowledged.size() << "acknowledged saves over" << rounds << "kills";

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!q.next());
        }
        QSqlDatabase::removeDatabase(u"check"_s);

        Catalog catalog(file);
        const auto opened = catalog.open();
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QSet<int> present;
        const auto modules = catalog.list(u"crash"_s);
        QVERIFY(modules);
        for (const CatalogEntry &entry : *modules) {
            const auto history = catalog.history(entry.path);
            QVERIFY(history);
            QCOMPARE(history->size(), entry.latestVersion);
            for (const VersionSummary &v : *history) {
                QVERIFY(v.comment.startsWith(u"save "_s));
                const int n = v.comment.mid(5).toInt();
                present.insert(n);
                // Content and metadata were committed together.
                const auto full = catalog.version(entry.path, v.version);
                QVERIFY2(full, qPrintable(full.errorMessage()));
                QCOMPARE(full->module.description, v.comment);
            }
        }
        const QSet<int> missing = acknowledged - present;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 acknowledged saves are missing"_s.arg(missing.size())));
        // At most one save per round may have committed without its acknowledgement.
        QVERIFY(present.size() - acknowledged.size() <= rounds);

        // The catalog still takes saves.
        Module m;
        m.path = u"crash/after"_s;
        QVERIFY(catalog.save(m, u"test"_s, u"after the crashes"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCrash)
#include "tst_catalog_crash.moc"
