// The storage module (core/storage): one way to open Slipway's database and one schema for
// the whole file, whichever store opens it first; files written by the release before it
// (tests/data/storage, see the README there) are migrated without losing anything.

#include "core/broker/runtimeparameterreader.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/catalog/catalog.h"
#include "core/paths.h"
#include "core/run/runrecords.h"
#include "core/storage/database.h"
#include "core/storage/sqlitebackend.h"
#include "core/storage/timestamp.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return Testing::testData(u"storage/"_s + name);
}

// A value read with a connection of the storage module's own (the pragmas are per connection).
QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// What the file says of itself, read by sqlite3's rules without the storage module.
int rawPragma(const QString &file, const QString &pragma)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA "_s + pragma) && q.next())
                value = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(u"db-%1.sqlite"_s.arg(++m_files)); }

    QString copyOf(const QString &name)
    {
        const QString file = newFile();
        if (!QFile::copy(fixture(name), file))
            return {};
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        return file;
    }

private Q_SLOTS:
    void everyConnectionFollowsOnePolicy()
    {
        auto db = Database::openFile(newFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        Database &d = **db;
        QCOMPARE(scalar(d, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(d, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(d, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(d, u"PRAGMA busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
        QCOMPARE(scalar(d, u"PRAGMA application_id"_s).toInt(), SqliteBackend::ApplicationId);
        QCOMPARE(d.schemaVersion(), Database::currentSchemaVersion());

        // A second connection to the migrated file (the writer thread's) gets the same policy.
        auto second = Database::openFile(d.location(), DatabaseOptions{.migrate = false});
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(scalar(**second, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(**second, u"PRAGMA busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
    }

    // The catalog holds parameter values and run records: neither it nor its WAL, shared memory
    // or journal is readable by anyone but its owner, whatever the umask, and files that an
    // older release left open to others are closed at the next open.
    void theDatabaseAndItsWalAreOwnerOnly()
    {
        constexpr auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const auto modeOf = [](const QString &file) {
            return QFileInfo(file).permissions()
                   & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                      | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                      | QFile::ExeOther);
        };
        const mode_t previousMask = ::umask(0);
        const auto restoreMask = qScopeGuard([previousMask] { ::umask(previousMask); });

        const QString fresh = newFile();
        {
            Catalog catalog(fresh);
            QVERIFY(catalog.open());
            RuntimeParameterStore store;
            QString error;
            QVERIFY2(store.open(fresh, &error), qPrintable(error));
            QVERIFY(QFile::exists(fresh + u"-wal"_s));
            QVERIFY(QFile::exists(fresh + u"-shm"_s));
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QCOMPARE(modeOf(fresh + suffix), ownerOnly);
        }

        // An existing database with its WAL and shared memory world-readable (as sqlite3 leaves
        // them under umask 022).
        const QString old = newFile();
        {
            auto made = Database::openFile(old);
            QVERIFY2(made, qPrintable(made.errorMessage()));
        }
        const auto wide = ownerOnly | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            if (!QFile::exists(old + suffix)) {
                QFile f(old + suffix);
                QVERIFY(f.open(QIODevice::WriteOnly));
            }
            QVERIFY(QFile::setPermissions(old + suffix, wide));
            QCOMPARE(modeOf(old + suffix), wide);
        }
        auto reopened = Database::openFile(old);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QCOMPARE(modeOf(old + suffix), ownerOnly);
    }

    // The data folder (catalog, CA key, run records) is 0700, also one made before with 0755.
    void theDataFolderIsOwnerOnly()
    {
        const QString folder = m_dir.filePath(u"data-folder"_s);
        qputenv("SLIPWAY_DATA_DIR", folder.toLocal8Bit());
        const auto unset = qScopeGuard([] { qunsetenv("SLIPWAY_DATA_DIR"); });
        const mode_t previousMask = ::umask(0);
        const auto restoreMask = qScopeGuard([previousMask] { ::umask(previousMask); });
        constexpr auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        const auto modeOf = [](const QString &dir) {
            return QFileInfo(dir).permissions()
                   & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                      | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                      | QFile::ExeOther);
        };

        QCOMPARE(Paths::dataDir(), folder);
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(modeOf(folder), ownerOnly);
        const QString catalogFile = Paths::defaultCatalogFile();
        {
            Catalog catalog(catalogFile);
            QVERIFY(catalog.open());
        }
        QCOMPARE(modeOf(catalogFile), QFile::ReadOwner | QFile::WriteOwner);

        // A data folder with a catalog that an older release left open is closed again.
        const auto wide = ownerOnly | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                          | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(folder, wide));
        QCOMPARE(modeOf(folder), wide);
        QCOMPARE(Paths::dataDir(), folder);
        QCOMPARE(modeOf(folder), ownerOnly);

        // A shared folder named by SLIPWAY_DATA_DIR that holds no catalog is left as it is.
        const QString shared = m_dir.filePath(u"shared-folder"_s);
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(QFile::setPermissions(shared, wide));
        qputenv("SLIPWAY_DATA_DIR", shared.toLocal8Bit());
        QCOMPARE(Paths::dataDir(), shared);
        QCOMPARE(modeOf(shared), wide);
    }

    // Each store may be the first to open a fresh file: the others then find one schema.
    void aFreshFileOpenedByAnyStoreFirst_data()
    {
        QTest::addColumn<QString>("first");
        QTest::newRow("broker store") << u"store"_s;
        QTest::newRow("run records") << u"records"_s;
        QTest::newRow("catalog") << u"catalog"_s;
    }
    void aFreshFileOpenedByAnyStoreFirst()
    {
        QFETCH(QString, first);
        const QString file = newFile();
        RuntimeParameterStore store;
        RunRecords records;
        Catalog catalog(file);
        QString error;
        const auto openStore = [&] {
            return store.open(file, &error);
        };
        const auto openRecords = [&] {
            return bool(records.open(file));
        };
        const auto openCatalog = [&] {
            return bool(catalog.open());
        };
        if (first == u"store")
            QVERIFY2(openStore(), qPrintable(error));
        else if (first == u"records")
            QVERIFY(openRecords());
        else
            QVERIFY(openCatalog());
        QCOMPARE(rawPragma(file, u"user_version"_s), Database::currentSchemaVersion());
        QCOMPARE(rawPragma(file, u"application_id"_s), SqliteBackend::ApplicationId);

        const auto opened = catalog.open();
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(openRecords());
        if (first != u"store")
            QVERIFY2(openStore(), qPrintable(error));
        Module project;
        project.path = u"team/project"_s;
        QVERIFY(catalog.save(project, u"ann"_s, {}));
        QVERIFY(store.createRun(u"r1"_s, RunLayout{{NodeLayout{u"n"_s, 1, {}, {}}}, {}, {}}).ok());
        RunRecord run;
        run.id = u"r1"_s;
        run.kind = u"deployment"_s;
        run.modulePath = project.path;
        run.state = u"Initializing"_s;
        run.keepRunning = u"never"_s;
        run.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(records.insertRun(run));
    }

    // The release before one schema left two kinds of files; both open, and nothing in them is
    // lost or changed in meaning.
    void migratesFilesOfThePreviousRelease_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("oldVersion");
        QTest::newRow("catalog first") << u"release-catalog-first.sqlite"_s << 4;
        QTest::newRow("broker store first") << u"release-store-first.sqlite"_s << 0;
    }
    void migratesFilesOfThePreviousRelease()
    {
        QFETCH(QString, name);
        QFETCH(int, oldVersion);
        const QString file = copyOf(name);
        QVERIFY(!file.isEmpty());
        QCOMPARE(rawPragma(file, u"user_version"_s), oldVersion);

        RunRecords records;
        const auto opened = records.open(file);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE(rawPragma(file, u"user_version"_s), Database::currentSchemaVersion());

        // Run records: times were milliseconds, now timestamp text, read back to the ms.
        const QList<RunRecord> runs = records.runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, u"ffeeddccbbaa"_s); // newest first, as before
        const auto done = records.run(u"0a1b2c3d4e5f"_s);
        QVERIFY(done);
        QCOMPARE(done->createdAt,
                 QDateTime(QDate(2026, 11, 30), QTime(9, 15, 42, 123), QTimeZone::UTC));
        QCOMPARE(done->finishedAt,
                 QDateTime(QDate(2026, 11, 30), QTime(9, 17, 3, 7), QTimeZone::UTC));
        QVERIFY(done->terminated);
        QCOMPARE(done->state, u"Done"_s);
        QCOMPARE(done->plan.value(u"timeoutSeconds"_s).toInt(), 1800);
        QVERIFY(!records.run(u"ffeeddccbbaa"_s)->finishedAt.isValid());
        const QList<InstanceRecord> instances = records.instances(done->id);
        QCOMPARE(instances.size(), 2);
        QCOMPARE(instances.at(1).hostname, u"10.88.0.12"_s);
        const QList<RunEvent> events = records.events(done->id);
        QCOMPARE(events.size(), 2);
        QVERIFY(events.at(0).at.isValid());
        QVERIFY(events.at(0).at.date().year() >= 2026);
        QCOMPARE(events.at(1).message, u"ready"_s);
        // New rows go on after the old ones.
        const auto added = records.addEvent(done->id, {}, u"after the upgrade"_s);
        QVERIFY(added);
        QVERIFY(added->id > events.at(1).id);
        QCOMPARE(records.events(done->id).size(), 3);

        // Broker store: runs, values and reports as they were.
        RuntimeParameterStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QCOMPARE(store.runs().size(), 2);
        const ParameterStatus hostname = store.get(u"0a1b2c3d4e5f"_s,
                                                   ParameterKey::parse(u"web.1:hostname"_s).key,
                                                   true);
        QCOMPARE(hostname.value, u"10.88.0.11"_s);
        const ParameterStatus port = store.get(u"0a1b2c3d4e5f"_s,
                                               ParameterKey::parse(u"web.2:port"_s).key,
                                               true);
        QCOMPARE(port.value, u"80"_s);
        const auto reports = store.reports(u"0a1b2c3d4e5f"_s);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.at(0).data, QByteArray("hello\n"));
        QVERIFY(reports.at(0).uploaded.isValid());

        // The catalog: the examples and their built image where the catalog was first.
        Catalog catalog(file);
        const auto catalogOpened = catalog.open();
        QVERIFY2(catalogOpened, qPrintable(catalogOpened.errorMessage()));
        if (oldVersion > 0) {
            const auto built = catalog.builtImages(u"examples/rstudio/rstudio"_s, 1);
            QVERIFY2(built, qPrintable(built.errorMessage()));
            QCOMPARE(built->size(), 1);
            QCOMPARE(built->at(0).imageId, u"slipway/examples/images/web:1"_s);
            QVERIFY(catalog.contains(u"examples/images/debian-13"_s));
        } else {
            const auto entries = catalog.list();
            QVERIFY(entries);
            QVERIFY(entries->isEmpty());
        }
    }

    // A step that fails leaves the file as it was: same version, same tables, same rows.
    void aFailedMigrationChangesNothing()
    {
        const QString file = copyOf(u"release-store-first.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"break"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Step 7 makes a table of this name: it fails after steps 5 and 6 have run.
            QVERIFY(q.exec(u"CREATE TABLE run_runs_new (x)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"break"_s);
        RunRecords records;
        const auto opened = records.open(file);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(file), qPrintable(opened.errorMessage()));
        QVERIFY2(opened.errorMessage().contains(u"from version 6"_s),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(rawPragma(file, u"user_version"_s), 0);
        auto readOnly = Database::openFile(file, DatabaseOptions{.readOnly = true});
        QVERIFY2(readOnly, qPrintable(readOnly.errorMessage()));
        QCOMPARE(scalar(**readOnly, u"SELECT count(*) FROM run_events"_s).toInt(), 4);
        QCOMPARE(scalar(**readOnly, u"SELECT typeof(created_at) FROM run_runs LIMIT 1"_s).toString(),
                 u"integer"_s);
        // The catalog's tables (steps 1 to 4) went with the failed step 7.
        QCOMPARE(scalar(**readOnly,
                        u"SELECT count(*) FROM sqlite_master WHERE name IN"
                        " ('modules', 'versions', 'built_images', 'search')"_s)
                     .toInt(),
                 0);
    }

    void readOnlyNeverWritesNorMigrates()
    {
        const QString file = copyOf(u"release-catalog-first.sqlite"_s);
        {
            auto db = Database::openFile(file, DatabaseOptions{.readOnly = true});
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QCOMPARE((*db)->schemaVersion(), 4);
            QSqlQuery q((*db)->connection());
            QVERIFY(!q.exec(u"DELETE FROM run_events"_s));
        }
        QCOMPARE(rawPragma(file, u"user_version"_s), 4);
        // The CLI's reader on a file of the previous release and on a missing file.
        RuntimeParameterReader reader(file);
        QCOMPARE(reader.reports(u"0a1b2c3d4e5f"_s).size(), 1);
        QVERIFY(!reader.values(u"0a1b2c3d4e5f"_s).isEmpty());
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        QVERIFY(RuntimeParameterReader(missing).values(u"x"_s).isEmpty());
        QVERIFY(!QFile::exists(missing));
    }

    // Foreign keys hold on every store's connection: deleting a run takes its rows with it,
    // and a row cannot point at a run that does not exist.
    void foreignKeysAreEnforced()
    {
        const QString file = copyOf(u"release-catalog-first.sqlite"_s);
        RunRecords records;
        QVERIFY(records.open(file));
        RuntimeParameterStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));

        InstanceRecord orphan;
        orphan.run = u"no-such-run"_s;
        orphan.name = u"web.1"_s;
        orphan.node = u"web"_s;
        orphan.cloud = u"local"_s;
        orphan.state = InstanceState::Provisioning;
        const auto refused = records.upsertInstance(orphan);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!records.addEvent(u"no-such-run"_s, {}, u"x"_s));

        store.removeRun(u"0a1b2c3d4e5f"_s);
        auto db = Database::openFile(file);
        QVERIFY(db);
        for (const QString &table : {u"runtime_params"_s,
                                     u"runtime_instances"_s,
                                     u"runtime_reports"_s,
                                     u"runtime_mappings"_s})
            QCOMPARE(scalar(**db, u"SELECT count(*) FROM %1 WHERE run = '0a1b2c3d4e5f'"_s.arg(table))
                         .toInt(),
                     0);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"DELETE FROM run_runs WHERE id = '0a1b2c3d4e5f'"_s));
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM run_events WHERE run = '0a1b2c3d4e5f'"_s)
                     .toInt(),
                 0);
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM run_instances WHERE run = '0a1b2c3d4e5f'"_s)
                     .toInt(),
                 0);
        QCOMPARE(records.runs().size(), 1);
    }

    void timestampsReadWhatTheyWrite()
    {
        const QDateTime t(QDate(2026, 12, 4), QTime(21, 5, 9, 42), QTimeZone::UTC);
        QCOMPARE(timestampText(t), u"2026-12-04T21:05:09.042Z"_s);
        QCOMPARE(timestampFromText(timestampText(t)), t);
        QCOMPARE(timestampFromText(u"2026-12-04T22:05:09.042+01:00"_s), t);
        QVERIFY(!timestampFromText({}).isValid());
        QVERIFY(timestampValue({}).isNull());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
