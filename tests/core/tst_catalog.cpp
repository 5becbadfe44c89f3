#include "core/catalog/catalog.h"
#include "core/model/validation.h"
#include "tests/support/modelfixtures.h"
#include "tests/support/testpaths.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Fixtures;
using namespace Qt::StringLiterals;

namespace {

// A second, raw connection to the same file: what another program would see.
class RawConnection
{
public:
    explicit RawConnection(const QString &file)
        : m_name(u"raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
};

QStringList paths(const QList<CatalogEntry> &entries)
{
    QStringList out;
    for (const CatalogEntry &e : entries)
        out.append(e.path);
    return out;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(u"catalog-%1.sqlite"_s.arg(++m_files)); }

    // An open catalog holding the LAMP example, one version each.
    std::unique_ptr<Catalog> lampCatalogFile(const QString &file)
    {
        auto c = std::make_unique<Catalog>(file);
        const auto opened = c->open();
        if (!opened)
            qFatal("cannot open %s", qPrintable(opened.errorMessage()));
        for (const Module &m : lampCatalog()) {
            const auto saved = c->save(m, u"alice"_s, u"first"_s);
            if (!saved)
                qFatal("cannot save %s", qPrintable(saved.errorMessage()));
        }
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openCreatesTheSchema()
    {
        const QString file = newFile() + u"/../sub/dir/catalog.sqlite"_s;
        Catalog c(file);
        const auto opened = c.open();
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE(c.schemaVersion(), Catalog::currentSchemaVersion());
        QVERIFY(Catalog::currentSchemaVersion() >= 3);
        RawConnection raw(file);
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Catalog::currentSchemaVersion());
        QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        c.close();
        QVERIFY(!c.isOpen());
        QVERIFY(c.open()); // again, nothing to migrate
    }

    void defaultFileIsInTheDataDir()
    {
        Catalog c;
        QVERIFY(c.fileName().endsWith(u"/slipway/catalog.sqlite"_s));
    }

    void openRefusesWhatIsNotACatalog_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << u"text"_s << u"file is not a database"_s;
        QTest::newRow("other database") << u"other"_s << u"database of another program"_s;
        QTest::newRow("newer schema") << u"newer"_s << u"made by a newer Slipway"_s;
        QTest::newRow("folder") << u"folder"_s << u"Cannot open the catalog"_s;
    }
    void openRefusesWhatIsNotACatalog()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString file = newFile();
        if (kind == u"text") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        } else if (kind == u"folder") {
            QVERIFY(QDir().mkpath(file));
        } else {
            RawConnection raw(file);
            if (kind == u"other")
                QVERIFY(raw.exec(u"CREATE TABLE songs (title TEXT)"_s));
            else
                QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        }
        Catalog c(file);
        const auto opened = c.open();
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(message), qPrintable(opened.errorMessage()));
        QVERIFY(opened.errorMessage().contains(file));
        QVERIFY(!c.isOpen());
    }

    void migratesAnOlderCatalog()
    {
        const QString file = newFile();
        {
            QFile sql(Testing::testData(u"catalog/catalog-schema-v1.sql"_s));
            QVERIFY(sql.open(QIODevice::ReadOnly));
            RawConnection raw(file);
            QStringList lines;
            for (const QString &line : QString::fromUtf8(sql.readAll()).split(u'\n'))
                if (!line.startsWith(u"--"))
                    lines.append(line);
            for (const QString &statement : lines.join(u'\n').split(u";\n"_s))
                if (!statement.trimmed().isEmpty())
                    QVERIFY2(raw.exec(statement), qPrintable(statement));
            QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 1);
        }
        Catalog c(file);
        const auto opened = c.open();
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE(c.schemaVersion(), Catalog::currentSchemaVersion());

        const auto tomcat = c.latest(u"old/tomcat"_s);
        QVERIFY2(tomcat, qPrintable(tomcat.errorMessage()));
        QCOMPARE(tomcat->version, 2);
        QCOMPARE(tomcat->author, u"sixsq"_s);
        QCOMPARE(tomcat->comment, u"Deploy hook"_s);
        QCOMPARE(tomcat->savedAt, QDateTime(QDate(2015, 7, 3), QTime(10, 0), QTimeZone::UTC));
        QCOMPARE(tomcat->module.image.recipes.execute, u"#!/bin/sh\ncatalina.sh start\n"_s);

        // The tree shows the old rows' latest description and time.
        const auto entries = c.list(u"old"_s);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(1).description, u"Apache Tomcat"_s);
        QCOMPARE(entries->at(1).modifiedAt, tomcat->savedAt);

        // The search index was built from the old rows.
        const auto hits = c.search(u"catalina"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().path, u"old/tomcat"_s);

        // Build hashes were computed: a build of v2 survives a save that changes execute only.
        QVERIFY(c.recordBuiltImage(u"old/tomcat"_s, 1, u"local"_s, u"sha256:1"_s));
        QCOMPARE(c.builtImages(u"old/tomcat"_s, 2)->size(), 1);
        Module m = tomcat->module;
        m.image.recipes.execute += u"echo started\n"_s;
        QCOMPARE(c.save(m, u"bob"_s, u"log"_s)->version, 3);
        QCOMPARE(c.builtImages(u"old/tomcat"_s, 3)->size(), 1);
    }

    void saveCreatesVersions()
    {
        const QString file = newFile();
        Catalog c(file);
        QVERIFY(c.open());
        Module web = webImage();
        const auto first = c.save(web, u"alice"_s, u"first cut"_s);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->version, 1);
        QVERIFY(first->created);

        web.description = u"Apache with PHP 8"_s;
        QCOMPARE(c.save(web, u"bob"_s, u"PHP 8"_s)->version, 2);

        // Nothing changed: no new version, like git.
        const auto same = c.save(web, u"carol"_s, u"again"_s);
        QVERIFY(same);
        QCOMPARE(same->version, 2);
        QVERIFY(!same->created);

        const auto history = c.history(web.path);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).author, u"alice"_s);
        QCOMPARE(history->at(0).comment, u"first cut"_s);
        QCOMPARE(history->at(1).author, u"bob"_s);
        QVERIFY(history->at(1).savedAt >= history->at(0).savedAt);
        QVERIFY(qAbs(history->at(1).savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const auto v1 = c.version(web.path, 1);
        QVERIFY(v1);
        QCOMPARE(v1->module.description, u"Apache with PHP"_s);
        QCOMPARE(v1->author, u"alice"_s);
        QVERIFY(v1->module.image.builtImages.isEmpty()); // builds are recorded, not saved

        // Everything is on disk: a second catalog on the file sees it.
        Catalog other(file);
        QVERIFY(other.open());
        const auto latest = other.latest(web.path);
        QVERIFY(latest);
        QCOMPARE(latest->version, 2);
        Module expected = web;
        expected.image.builtImages.clear();
        QCOMPARE(latest->module, expected);
        QCOMPARE(latest->module.authz, web.authz);
    }

    // Two windows (or the GUI and the CLI) on one file: a save on a stale base is refused,
    // with the other author's change; saved again on the latest version it goes through.
    void staleBaseIsRefused()
    {
        const QString file = newFile();
        Catalog first(file);
        Catalog second(file);
        QVERIFY(first.open());
        QVERIFY(second.open());
        Module web = webImage();
        QCOMPARE(first.save(web, u"alice"_s, u"first cut"_s, {0})->version, 1);

        Module bobs = second.latest(web.path)->module;
        bobs.description = u"Bob's Apache"_s;
        QCOMPARE(second.save(bobs, u"bob"_s, u"bob's change"_s, {1})->version, 2);

        Module alices = web;
        alices.description = u"Alice's Apache"_s;
        SaveConflict conflict;
        const auto refused = first.save(alices, u"alice"_s, {}, {1, &conflict});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"bob"_s));
        QCOMPARE(conflict.path, web.path);
        QCOMPARE(conflict.baseVersion, 1);
        QCOMPARE(conflict.latestVersion, 2);
        QCOMPARE(conflict.author, u"bob"_s);
        QCOMPARE(conflict.comment, u"bob's change"_s);
        QVERIFY2(conflict.theirChange.toText().contains(u"Bob's Apache"_s),
                 qPrintable(conflict.theirChange.toText()));
        QVERIFY(conflict.myChange.toText().contains(u"Alice's Apache"_s));
        QCOMPARE(first.history(web.path)->size(), 2); // nothing written

        // Saved on the latest version (the dialog's "save anyway as the next version").
        QCOMPARE(first.save(alices, u"alice"_s, {}, {conflict.latestVersion})->version, 3);
        // A module this edit thought new exists now.
        SaveConflict created;
        QVERIFY(!second.save(webImage(), u"bob"_s, {}, {0, &created}));
        QCOMPARE(created.latestVersion, 3);
        QCOMPARE(created.baseVersion, 0);
        // Without a base (bundle import, moves), nothing is checked.
        QVERIFY(second.save(bobs, u"bob"_s, {}));
    }

    void saveRefusesBadPathsAndUnknownModules()
    {
        Catalog c(newFile());
        QVERIFY(c.open());
        const auto bad = c.save(project(u"a b"_s), u"alice"_s, {});
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(u"not a valid module path"_s));
        QVERIFY(!c.latest(u"nothing"_s));
        QCOMPARE(c.latest(u"nothing"_s).errorMessage(),
                 u"There is no module nothing in the catalog"_s);
        QVERIFY(!c.version(u"nothing"_s, 1));
        QVERIFY(c.save(project(u"p"_s), u"alice"_s, {}));
        QCOMPARE(c.version(u"p"_s, 5).errorMessage(), u"p has no version 5"_s);
        QVERIFY(!c.history(u"nothing"_s));

        Catalog closed(newFile());
        QCOMPARE(closed.save(project(u"p"_s), u"a"_s, {}).errorMessage(),
                 u"The catalog is not open"_s);
    }

    void listAndChildren()
    {
        auto c = lampCatalogFile(newFile());
        QVERIFY(c->save(project(u"examples-old"_s), u"a"_s, {}));
        QVERIFY(c->save(project(u"examples/lamp"_s), u"a"_s, {}));

        const auto all = c->list();
        QVERIFY(all);
        QCOMPARE(paths(*all),
                 (QStringList{u"examples"_s,
                              u"examples-old"_s,
                              u"examples/images/debian-13"_s,
                              u"examples/lamp"_s,
                              u"examples/lamp/db"_s,
                              u"examples/lamp/lamp"_s,
                              u"examples/lamp/web"_s}));
        const auto lamp = c->list(u"examples/lamp"_s);
        QCOMPARE(paths(*lamp),
                 (QStringList{u"examples/lamp"_s,
                              u"examples/lamp/db"_s,
                              u"examples/lamp/lamp"_s,
                              u"examples/lamp/web"_s}));
        QCOMPARE(lamp->at(3).kind, ModuleKind::Image);
        QCOMPARE(lamp->at(3).description, u"Apache with PHP"_s);
        QCOMPARE(lamp->at(3).latestVersion, 1);
        QVERIFY(lamp->at(3).modifiedAt.isValid());

        const auto children = c->children(u"examples"_s);
        QCOMPARE(paths(*children), (QStringList{u"examples/lamp"_s}));
        QCOMPARE(paths(*c->children(u"examples/lamp"_s)),
                 (QStringList{u"examples/lamp/db"_s,
                              u"examples/lamp/lamp"_s,
                              u"examples/lamp/web"_s}));
        QVERIFY(c->children(u"nothing"_s)->isEmpty());
    }

    void diffFieldByFieldAndLineByLine()
    {
        auto c = lampCatalogFile(newFile());
        const QString path = u"examples/lamp/web"_s;
        Module web = c->latest(path)->module;
        web.image.packages.insert(0, {u"curl"_s, {}, {}});
        web.image.parameters[0].description = u"Where the database is"_s;
        web.image.parameters.removeLast();
        web.image.recipes.execute
            = u"#!/bin/sh\nss-get db:password > /etc/db-password\nchmod 600 /etc/db-password\n"
              "ss-set url https://$(hostname)/\n"_s;
        web.authz.isPublic = true;
        QCOMPARE(c->save(web, u"bob"_s, u"tls"_s)->version, 2);

        const auto diff = c->diff(path, 1, 2);
        QVERIFY2(diff, qPrintable(diff.errorMessage()));
        QCOMPARE(diff->fromVersion, 1);
        QCOMPARE(diff->toVersion, 2);
        QStringList fields;
        for (const FieldChange &f : diff->fields)
            fields.append(f.field);
        QCOMPARE(fields,
                 (QStringList{u"authz.public"_s,
                              u"image.packages[curl]"_s,
                              u"image.parameters[db_host].description"_s,
                              u"image.parameters[url]"_s,
                              u"image.parameters[url].category"_s,
                              u"image.parameters[url].type"_s}));
        QCOMPARE(diff->fields.at(0).kind, FieldChange::Kind::Added);
        QCOMPARE(diff->fields.at(0).after, u"true"_s);
        QCOMPARE(diff->fields.at(3).kind, FieldChange::Kind::Removed);

        QCOMPARE(diff->texts.size(), 1);
        const TextDiff &text = diff->texts.first();
        QCOMPARE(text.field, u"image.recipes.execute"_s);
        QCOMPARE(text.unified(),
                 u"--- a/image.recipes.execute\n+++ b/image.recipes.execute\n"
                 "@@ -1,3 +1,4 @@\n"
                 " #!/bin/sh\n"
                 " ss-get db:password > /etc/db-password\n"
                 "-ss-set url http://$(hostname)/\n"
                 "+chmod 600 /etc/db-password\n"
                 "+ss-set url https://$(hostname)/\n"_s);
        const QList<SideBySideRow> rows = text.sideBySide();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(2).left->text, u"ss-set url http://$(hostname)/"_s);
        QCOMPARE(rows.at(2).right->text, u"chmod 600 /etc/db-password"_s);
        QVERIFY(!rows.at(3).left);
        QCOMPARE(rows.at(3).right->newLine, 4);

        QVERIFY(c->diff(path, 2, 2)->isEmpty());
        QVERIFY(!c->diff(path, 1, 9));
    }

    void diffHunksKeepThreeLinesOfContext()
    {
        QStringList before;
        for (int i = 1; i <= 30; ++i)
            before.append(u"line %1"_s.arg(i));
        QStringList after = before;
        after[4] = u"changed 5"_s;
        after[24] = u"changed 25"_s;
        const TextDiff d = diffText(u"image.recipes.recipe"_s,
                                    before.join(u'\n'),
                                    after.join(u'\n'));
        QCOMPARE(d.hunks.size(), 2);
        QCOMPARE(d.hunks.at(0).oldStart, 2);
        QCOMPARE(d.hunks.at(0).oldCount, 7);
        QCOMPARE(d.hunks.at(1).newStart, 22);
        QCOMPARE(d.lines.size(), 32);
    }

    void revertSavesTheOldContentAsNew()
    {
        auto c = lampCatalogFile(newFile());
        const QString path = u"examples/lamp/db"_s;
        Module db = c->latest(path)->module;
        db.image.packages = {{u"postgresql"_s, {}, {}}};
        QVERIFY(c->save(db, u"bob"_s, u"postgres"_s));
        const auto reverted = c->revert(path, 1, u"carol"_s);
        QVERIFY2(reverted, qPrintable(reverted.errorMessage()));
        QCOMPARE(reverted->version, 3);
        const auto latest = c->latest(path);
        QCOMPARE(latest->module, c->version(path, 1)->module);
        QCOMPARE(latest->author, u"carol"_s);
        QCOMPARE(latest->comment, u"Revert to version 1"_s);
        QCOMPARE(c->history(path)->size(), 3);
        QVERIFY(!c->revert(path, 7, u"carol"_s));
    }

    void moveRenamesASubtreeAndItsReferences()
    {
        auto c = lampCatalogFile(newFile());
        QVERIFY(c->save(project(u"examples/lamp"_s), u"a"_s, {}));
        QVERIFY(c->recordBuiltImage(u"examples/lamp/web"_s, 1, u"local"_s, u"web:1"_s));
        Module elsewhere = derivedImage(u"other/web-plus"_s, u"examples/lamp/web"_s);
        QVERIFY(c->save(elsewhere, u"a"_s, {}));
        Module lookalike = derivedImage(u"other/lamp-like"_s, u"examples/lamp-old/x"_s);
        QVERIFY(c->save(lookalike, u"a"_s, {}));

        const auto moved = c->move(u"examples/lamp"_s, u"stacks/lamp"_s, u"bob"_s);
        QVERIFY2(moved, qPrintable(moved.errorMessage()));
        QCOMPARE(*moved, 4);

        QVERIFY(!c->contains(u"examples/lamp/web"_s));
        const auto web = c->latest(u"stacks/lamp/web"_s);
        QVERIFY(web);
        QCOMPARE(web->version, 2);
        QCOMPARE(web->comment, u"Moved from examples/lamp/web"_s);
        QCOMPARE(web->module.path, u"stacks/lamp/web"_s);
        QCOMPARE(c->history(u"stacks/lamp/web"_s)->size(), 2);
        QCOMPARE(c->version(u"stacks/lamp/web"_s, 1)->module.path, u"stacks/lamp/web"_s);
        QCOMPARE(web->module.image.builtImages.size(), 1); // a move is no rebuild

        const auto lamp = c->latest(u"stacks/lamp/lamp"_s);
        QCOMPARE(lamp->module.deployment.nodes.at(0).image, u"stacks/lamp/web"_s);
        QCOMPARE(lamp->module.deployment.nodes.at(1).image, u"stacks/lamp/db"_s);
        QVERIFY(validate(lamp->module, c->lookup(), {u"local"_s}).size() == 1); // db unbuilt

        const auto plus = c->latest(u"other/web-plus"_s);
        QCOMPARE(plus->version, 2);
        QCOMPARE(plus->module.image.parent, u"stacks/lamp/web"_s);
        QCOMPARE(plus->comment, u"Follow the move of examples/lamp to stacks/lamp"_s);
        QCOMPARE(c->latest(u"other/lamp-like"_s)->version, 1); // not under the moved path

        // Conflicts and nonsense are refused, and change nothing.
        QVERIFY(c->save(project(u"taken"_s), u"a"_s, {}));
        const auto taken = c->move(u"stacks/lamp/db"_s, u"taken"_s, u"bob"_s);
        QVERIFY(!taken);
        QVERIFY(taken.errorMessage().contains(u"that path is taken"_s));
        QVERIFY(c->contains(u"stacks/lamp/db"_s));
        QVERIFY(!c->move(u"stacks"_s, u"stacks/inner"_s, u"bob"_s));
        QVERIFY(!c->move(u"nothing"_s, u"something"_s, u"bob"_s));
        QVERIFY(!c->move(u"stacks"_s, u"bad path"_s, u"bob"_s));

        // Moving into a path that shares the prefix works in two passes.
        QVERIFY(c->save(project(u"a/a"_s), u"x"_s, {}));
        QVERIFY(c->save(project(u"a/a/a"_s), u"x"_s, {}));
        QVERIFY(c->save(project(u"a/a/a/a"_s), u"x"_s, {}));
        const auto up = c->move(u"a/a/a"_s, u"b"_s, u"x"_s);
        QVERIFY2(up, qPrintable(up.errorMessage()));
        QCOMPARE(paths(*c->list(u"b"_s)), (QStringList{u"b"_s, u"b/a"_s}));
    }

    void deleteAndRestoreASubtree()
    {
        auto c = lampCatalogFile(newFile());
        const auto removed = c->remove(u"examples/lamp"_s, u"bob"_s);
        QVERIFY2(removed, qPrintable(removed.errorMessage()));
        QCOMPARE(*removed, 3);
        QCOMPARE(paths(*c->list()), (QStringList{u"examples"_s, u"examples/images/debian-13"_s}));
        QCOMPARE(c->list({}, {true, true})->size(), 5);
        QVERIFY(c->list({}, {true, true})->at(2).deleted);
        QVERIFY(!c->latest(u"examples/lamp/web"_s));
        QVERIFY(c->latest(u"examples/lamp/web"_s).errorMessage().contains(u"deleted"_s));
        QVERIFY(c->version(u"examples/lamp/web"_s, 1)); // history stays readable
        QVERIFY(c->search(u"Apache"_s)->isEmpty());
        QVERIFY(!c->save(webImage(), u"bob"_s, {}));
        QVERIFY(!c->remove(u"examples/lamp"_s, u"bob"_s)); // nothing left to delete

        const auto restored = c->restore(u"examples/lamp"_s, u"bob"_s);
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        QCOMPARE(*restored, 3);
        QCOMPARE(c->list()->size(), 5);
        QCOMPARE(c->latest(u"examples/lamp/web"_s)->version, 1);
        QCOMPARE(c->search(u"Apache"_s)->size(), 1);
        QVERIFY(!c->restore(u"examples/lamp"_s, u"bob"_s));
    }

    void searchNameDescriptionAndRecipes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("hits"); // "path field"
        QTest::newRow("name") << u"debian"_s << QStringList{u"examples/images/debian-13 name"_s};
        QTest::newRow("description, any case")
            << u"mariadb"_s << QStringList{u"examples/lamp/db description"_s};
        QTest::newRow("recipe") << u"a2enmod"_s << QStringList{u"examples/lamp/web recipes"_s};
        // "db" is also in db's description ("MariaDB"): one hit per module, the best field.
        QTest::newRow("names before recipes")
            << u"db"_s << QStringList{u"examples/lamp/db name"_s, u"examples/lamp/web recipes"_s};
        QTest::newRow("short and in several")
            << u"ss"_s
            << QStringList{u"examples/lamp/db recipes"_s, u"examples/lamp/web recipes"_s};
        QTest::newRow("quotes and percent") << u"\"50%\""_s << QStringList();
        QTest::newRow("nothing") << u"kubernetes"_s << QStringList();
    }
    void searchNameDescriptionAndRecipes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, hits);
        static std::unique_ptr<Catalog> c = lampCatalogFile(newFile());
        const auto found = c->search(text);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QStringList actual;
        for (const SearchHit &h : *found) {
            actual.append(h.path + u' ' + h.field);
            QVERIFY(h.snippet.contains(text, Qt::CaseInsensitive));
            QCOMPARE(h.version, 1);
        }
        QCOMPARE(actual, hits);
    }

    void builtImagesFollowTheBuild()
    {
        auto c = lampCatalogFile(newFile());
        const QString path = u"examples/lamp/web"_s;
        const QDateTime builtAt(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        QVERIFY(c->recordBuiltImage(path, 1, u"local"_s, u"localhost/web:1"_s, builtAt));
        QVERIFY(c->recordBuiltImage(path, 1, u"ec2"_s, u"ami-1"_s, builtAt));
        QCOMPARE(c->builtImages(path, 1)->size(), 2);
        QCOMPARE(c->latest(path)->module.image.builtImages.at(1),
                 (BuiltImage{u"local"_s, u"localhost/web:1"_s, 1, builtAt}));

        Module web = c->latest(path)->module;
        web.image.recipes.execute += u"echo done\n"_s;
        web.image.recipes.report = u"#!/bin/sh\ncp /var/log/x $SLIPWAY_REPORT_DIR\n"_s;
        web.image.recipes.onVmAdd = u"#!/bin/sh\ntrue\n"_s;
        web.image.parameters.append(input(u"extra"_s));
        QCOMPARE(c->save(web, u"bob"_s, u"execute only"_s)->version, 2);
        QCOMPARE(c->builtImages(path, 2)->size(), 2); // still valid
        QCOMPARE(c->builtImages(path, 2)->at(0).fromVersion, 1);

        struct Change
        {
            const char *what;
            std::function<void(Module &)> apply;
        };
        const QList<Change> changes{
            {"recipe",
             [](Module &m) {
                 m.image.recipes.recipe += u"a2enmod ssl\n"_s;
             }},
            {"pre-install",
             [](Module &m) {
                 m.image.recipes.preInstall = u"echo pre"_s;
             }},
            {"packages",
             [](Module &m) {
                 m.image.packages.append({u"vim"_s, {}, {}});
             }},
            {"package repository",
             [](Module &m) {
                 m.image.packages[0].repository = u"r"_s;
             }},
            {"parent",
             [](Module &m) {
                 m.image.parent = u"examples/lamp/db"_s;
             }},
        };
        int version = 2;
        for (const Change &change : changes) {
            QVERIFY(c->recordBuiltImage(path, version, u"local"_s, u"again"_s));
            Module m = c->latest(path)->module;
            change.apply(m);
            const auto saved = c->save(m, u"bob"_s, QString::fromLatin1(change.what));
            QVERIFY(saved);
            version = saved->version;
            QVERIFY2(c->builtImages(path, version)->isEmpty(), change.what);
            QCOMPARE(c->builtImages(path, version - 1)->isEmpty(), false);
        }

        // A build of an older version also holds for the later ones that did not change it.
        Module m = c->latest(path)->module;
        m.description = u"described"_s;
        const int described = c->save(m, u"bob"_s, {})->version;
        QVERIFY(c->recordBuiltImage(path, version, u"openstack"_s, u"img-7"_s));
        QCOMPARE(c->builtImages(path, described)->size(), 1);
        QCOMPARE(c->builtImages(path, described)->first().fromVersion, version);

        QVERIFY(!c->recordBuiltImage(path, 99, u"local"_s, u"x"_s));
        QVERIFY(!c->recordBuiltImage(u"examples/lamp/lamp"_s, 1, u"local"_s, u"x"_s));
        QVERIFY(!c->recordBuiltImage(path, 1, QString(), u"x"_s));
    }

    void transactionIsAllOrNothing()
    {
        const QString file = newFile();
        Catalog c(file);
        QVERIFY(c.open());
        const auto failed = c.transaction([&]() -> Result<void> {
            if (auto r = c.save(project(u"one"_s), u"a"_s, {}); !r)
                return r.error();
            if (auto r = c.save(project(u"two"_s), u"a"_s, {}); !r)
                return r.error();
            if (auto r = c.save(project(u"bad path"_s), u"a"_s, {}); !r)
                return r.error();
            return {};
        });
        QVERIFY(!failed);
        QVERIFY(failed.errorMessage().contains(u"bad path"_s));
        QVERIFY(c.list()->isEmpty());

        const auto done = c.transaction([&]() -> Result<void> {
            for (const Module &m : lampCatalog())
                if (auto r = c.save(m, u"a"_s, {}); !r)
                    return r.error();
            // A failed step inside a transaction undoes only itself; work decides the rest.
            if (c.save(project(u"bad path"_s), u"a"_s, {}))
                return Error{u"expected a failure"_s};
            if (c.transaction([] { return Result<void>(); }))
                return Error{u"transactions must not nest"_s};
            return {};
        });
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(c.list()->size(), 5);
        RawConnection raw(file);
        QCOMPARE(raw.value(u"SELECT count(*) FROM versions"_s).toInt(), 5);
    }

    void importKeepsMetadataAndIsAtomic()
    {
        Catalog c(newFile());
        QVERIFY(c.open());
        QVERIFY(c.save(webImage(), u"me"_s, u"local"_s));
        const QDateTime t1(QDate(2015, 7, 1), QTime(20, 23, 41, 298), QTimeZone::UTC);
        Module web = webImage();
        web.description = u"imported"_s;
        web.image.builtImages = {{u"local"_s, u"localhost/web:9"_s, 2, t1}};
        Module web2 = web;
        web2.description = u"imported twice"_s;
        const QList<ModuleVersion> versions{
            {nativeImage(), 1, u"sixsq"_s, t1, u"Initial version"_s},
            {web, 2, u"sixsq"_s, t1.addDays(1), u"from SlipStream"_s},
            {web2, 3, u"sixsq"_s, t1.addDays(2), u"again"_s},
        };
        const auto imported = c.importVersions(versions);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(*imported, (QList<int>{1, 2, 3}));
        const auto v2 = c.version(web.path, 2);
        QCOMPARE(v2->author, u"sixsq"_s);
        QCOMPARE(v2->savedAt, t1.addDays(1));
        QCOMPARE(v2->comment, u"from SlipStream"_s);
        QCOMPARE(v2->module.image.builtImages,
                 (QList<BuiltImage>{{u"local"_s, u"localhost/web:9"_s, 2, t1}}));
        // The bundle's version 2 became version 2 here too, so fromVersion held.
        QCOMPARE(c.version(web.path, 3)->module.image.builtImages.first().fromVersion, 2);

        Module bad = project(u"bad path"_s);
        const auto refused = c.importVersions(
            {{project(u"fresh"_s), 1, u"x"_s, t1, {}}, {bad, 1, u"x"_s, t1, {}}});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().startsWith(u"bad path (version 1): "_s));
        QVERIFY(!c.contains(u"fresh"_s));
        QCOMPARE(c.list()->size(), 2);
    }

    void busyCatalogAnswersWithAMessage()
    {
        const QString file = newFile();
        Catalog c(file);
        QVERIFY(c.open());
        RawConnection raw(file);
        QVERIFY(raw.exec(u"BEGIN IMMEDIATE"_s)); // another program holds the write lock
        const auto saved = c.save(project(u"p"_s), u"a"_s, {});
        QVERIFY(!saved);
        QVERIFY2(saved.errorMessage().contains(u"busy"_s), qPrintable(saved.errorMessage()));
        QVERIFY(raw.exec(u"ROLLBACK"_s));
        QVERIFY(c.save(project(u"p"_s), u"a"_s, {}));
    }

    void lookupServesValidation()
    {
        auto c = lampCatalogFile(newFile());
        QVERIFY(c->recordBuiltImage(u"examples/lamp/web"_s, 1, u"local"_s, u"w"_s));
        QVERIFY(c->recordBuiltImage(u"examples/lamp/db"_s, 1, u"local"_s, u"d"_s));
        const Module lamp = c->latest(u"examples/lamp/lamp"_s)->module;
        QVERIFY(validate(lamp, c->lookup(), {u"local"_s}).isEmpty());
        Module pinned = lamp;
        pinned.deployment.nodes[0].imageVersion = 4;
        const QList<Problem> problems = validate(pinned, c->lookup());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, u"the image examples/lamp/web has no version 4"_s);
        QVERIFY(c->remove(u"examples/lamp/db"_s, u"a"_s));
        QCOMPARE(validate(lamp, c->lookup()).first().field, u"deployment.nodes[db].image"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
