// The team catalog on a real PostgreSQL server of the test's own (tests/support/
// postgresserver.h): the schema made by `slipway-cli catalog init-team`, the rights grid
// enforced by the server both through Slipway and through raw SQL with each member's own
// login, saves on a stale base refused, other members' saves announced, a server that dies in
// the middle of a save.
//
// Roles: alice, bob and carol log in with passwords and belong to slipway_members; bob is in
// the group role devs, which the modules' grids name; carol is in no group.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/model/modulejson.h"
#include "core/run/runplan.h"
#include "core/run/runrecords.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "core/storage/postgresbackend.h"
#include "tests/support/keyringsession.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

#include <signal.h>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"team"_s;
const QString kPassword = u"secret-%1"_s;

std::atomic<int> sqlConnections{0};

// One member's own login with raw SQL (TLS, password), as psql would do it.
class MemberSql
{
public:
    MemberSql(const PostgresConnection &c)
        : m_name(u"member-sql-%1"_s.arg(sqlConnections.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(c.host);
        db.setPort(c.port);
        db.setUserName(c.user);
        db.setPassword(c.password);
        db.setDatabaseName(c.database);
        if (!c.isLocalSocket())
            db.setConnectOptions(u"sslmode=verify-full;sslrootcert="_s + c.sslRootCert);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~MemberSql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(MemberSql)

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // Rows changed by a statement; -1 when the server refused it.
    int change(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return -1;
        }
        return q.numRowsAffected();
    }
    int count(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next()) {
            m_error = q.lastError().text();
            return -1;
        }
        return q.value(0).toInt();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

Module image(const QString &path, const QString &description = {})
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.description = description;
    m.image.native = true;
    m.image.imageIds.append({u"local"_s, u"debian:13"_s, {}});
    return m;
}

Module project(const QString &path)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Project;
    return m;
}

enum class Who { Owner, Group, Public };

// A result that must hold a value; its error message otherwise.
#define VERIFY_OK(expression) \
    do { \
        const auto result_ = (expression); \
        QVERIFY2(bool(result_), qPrintable(result_.errorMessage())); \
    } while (false)

} // namespace

class TestTeamCatalog : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    KeyringSession m_keyring;
    QString m_setupError;

    PostgresConnection member(const QString &user, bool overTls = true) const
    {
        return overTls ? m_server.tlsConnection(user, kDatabase, kPassword.arg(user))
                       : m_server.socketConnection(user, kDatabase, kPassword.arg(user));
    }
    std::unique_ptr<Catalog> open(const QString &user, bool overTls = true)
    {
        auto c = std::make_unique<Catalog>(std::make_shared<PostgresBackend>(member(user, overTls)));
        if (auto r = c->open(); !r)
            qWarning() << r.errorMessage();
        return c;
    }
    QString adminUrl() const
    {
        return u"postgresql://postgres@/%1?host=%2&port=%3"_s.arg(kDatabase, m_server.socketDir())
            .arg(m_server.port());
    }
    void admin(const QStringList &statements)
    {
        QString error;
        QVERIFY2(m_server.admin(kDatabase, statements, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresServer::binDir().isEmpty())
            SLIPWAY_SKIP_OR_FAIL("PostgreSQL server (postgresql-17) not installed");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            SLIPWAY_SKIP_OR_FAIL("Qt's PostgreSQL driver (libqt6sql6-psql) not installed");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.admin(u"postgres"_s, {u"CREATE DATABASE team"_s}, &error),
                 qPrintable(error));
        admin({u"CREATE ROLE devs NOLOGIN"_s,
               u"CREATE ROLE alice LOGIN PASSWORD 'secret-alice'"_s,
               u"CREATE ROLE bob LOGIN PASSWORD 'secret-bob' IN ROLE devs"_s,
               u"CREATE ROLE carol LOGIN PASSWORD 'secret-carol'"_s});

        // The administrator makes the database a team catalog, then grants the members.
        const ProcessResult init = runProcess(cliProgram(),
                                              {u"catalog"_s, u"init-team"_s, adminUrl()});
        QVERIFY2(init.exitCode == 0, init.transcript().constData());
        QVERIFY(init.outText().contains(u"team catalog schema 1"_s));
        admin({u"GRANT slipway_members TO alice, bob, carol"_s});
        // Running it again changes nothing and succeeds.
        const ProcessResult again = runProcess(cliProgram(),
                                               {u"catalog"_s, u"init-team"_s, adminUrl()});
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void connectionNeedsVerifiedTls()
    {
        // Another CA: the server's certificate is not trusted, nothing is sent.
        PostgresConnection wrongCa = member(u"alice"_s);
        wrongCa.sslRootCert = m_server.otherCaFile();
        Catalog refused(std::make_shared<PostgresBackend>(wrongCa));
        const auto r = refused.open();
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(r.errorMessage()));
        // A URL asking for less than verify-full over the network is refused before connecting.
        const auto plain = PostgresConnection::fromUrl(
            u"postgresql://alice@127.0.0.1:%1/team?sslmode=require"_s.arg(m_server.port()));
        QVERIFY(!plain);
        QVERIFY(plain.errorMessage().contains(u"verify-full"_s));
        QVERIFY(!PostgresConnection::fromUrl(u"postgresql://alice:pw@127.0.0.1/team"_s));
        // The right CA: in.
        auto alice = open(u"alice"_s);
        QVERIFY(alice->isOpen());
        QVERIFY(alice->enforcesRights());
    }

    void notATeamCatalogIsRefused()
    {
        QString error;
        QVERIFY2(m_server.admin(u"postgres"_s,
                                {u"CREATE DATABASE plain"_s,
                                 u"GRANT CONNECT ON DATABASE plain TO alice"_s},
                                &error),
                 qPrintable(error));
        PostgresConnection c = member(u"alice"_s);
        c.database = u"plain"_s;
        Catalog catalog(std::make_shared<PostgresBackend>(c));
        const auto r = catalog.open();
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"init-team"_s), qPrintable(r.errorMessage()));
    }

    void ownerIsSetByTheServer()
    {
        auto alice = open(u"alice"_s);
        Module m = image(u"owned/by-alice"_s);
        m.authz.owner = u"bob"_s; // what a client claims counts for nothing
        VERIFY_OK(alice->save(m, u"someone"_s, u"first"_s));
        const auto v = alice->latest(m.path);
        QVERIFY(v);
        QCOMPARE(v->module.authz.owner, u"alice"_s);
        QCOMPARE(v->author, u"alice"_s); // the saving role, not the author the client named
        const auto history = alice->history(m.path);
        QVERIFY(history);
        QCOMPARE(history->constFirst().author, u"alice"_s);

        MemberSql sql(member(u"alice"_s));
        QVERIFY2(sql.isOpen(), qPrintable(sql.error()));
        QCOMPARE(sql.change(u"INSERT INTO slipway.modules (path, kind, owner)"
                            " VALUES ('owned/claimed', 'image', 'bob')"_s),
                 -1);
        QVERIFY2(sql.error().contains(u"owner"_s), qPrintable(sql.error()));
        QCOMPARE(sql.change(u"UPDATE slipway.modules SET owner = 'bob'"
                            " WHERE path = 'owned/by-alice'"_s),
                 -1);
        // Versions: only the next number, and always attributed to the saving role.
        QCOMPARE(sql.change(u"INSERT INTO slipway.versions (module_id, version, author,"
                            " saved_at, content, name) SELECT id, 7, 'bob', 'now', '{}', 'x'"
                            " FROM slipway.modules WHERE path = 'owned/by-alice'"_s),
                 -1);
        QCOMPARE(sql.change(u"DELETE FROM slipway.versions"_s), -1);
        // The next version through SQL is attributed to alice and becomes the latest.
        QCOMPARE(sql.change(u"INSERT INTO slipway.versions (module_id, version, author,"
                            " saved_at, content, name) SELECT id, 2, 'bob', 'now',"
                            " (SELECT content FROM slipway.versions WHERE version = 1"
                            "  AND module_id = m.id), 'by-alice'"
                            " FROM slipway.modules m WHERE path = 'owned/by-alice'"_s),
                 1);
        const auto second = alice->latest(m.path);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->version, 2);
        QCOMPARE(second->author, u"alice"_s);
    }

    void grid_data()
    {
        QTest::addColumn<int>("right");
        QTest::addColumn<int>("who");
        QTest::addColumn<bool>("allowed");
        const std::pair<const char *, Right> rights[] = {{"get", Right::Get},
                                                         {"edit", Right::Edit},
                                                         {"run", Right::Run},
                                                         {"delete", Right::Delete},
                                                         {"create-children", Right::CreateChildren}};
        const std::pair<const char *, Who> classes[] = {{"owner", Who::Owner},
                                                        {"group", Who::Group},
                                                        {"public", Who::Public}};
        for (const auto &[rightName, right] : rights)
            for (const auto &[whoName, who] : classes)
                for (bool allowed : {true, false})
                    QTest::addRow("%s %s %s", whoName, allowed ? "may" : "may not", rightName)
                        << int(right) << int(who) << allowed;
    }

    // Every cell of the grid, both ways: through Slipway and through raw SQL with the
    // member's own login. One class of users holds the right (or lacks it); the others hold
    // nothing, except get where the test needs to see the module.
    void grid()
    {
        QFETCH(int, right);
        QFETCH(int, who);
        QFETCH(bool, allowed);
        static int round = 0;
        const QString root = u"grid%1"_s.arg(++round);
        const QString viaSlipway = root + u"/img"_s;
        const QString viaSql = root + u"/sql"_s;

        auto alice = open(u"alice"_s);
        QVERIFY(alice->isOpen());
        VERIFY_OK(alice->save(project(root), u"alice"_s, {}));
        VERIFY_OK(alice->save(image(viaSlipway), u"alice"_s, {}));
        VERIFY_OK(alice->save(image(viaSql), u"alice"_s, {}));

        // The grid, set by the administrator on all three: the tested class holds the right
        // (plus get to see the module) or lacks it; the other classes hold nothing.
        const int bit = right;
        const int withIt = bit | int(Right::Get);
        const int without = bit == int(Right::Get) ? 0 : int(Right::Get);
        int ownerRights = 0, groupRights = 0, publicRights = 0;
        bool isPublic = false;
        switch (Who(who)) {
        case Who::Owner:
            ownerRights = allowed ? withIt : (0x1f & ~bit);
            break;
        case Who::Group:
            groupRights = allowed ? withIt : without;
            break;
        case Who::Public:
            isPublic = true;
            publicRights = allowed ? withIt : without;
            break;
        }
        admin({u"UPDATE slipway.modules SET group_members = '{devs}', is_public = %1,"
               " owner_rights = %2, group_rights = %3, public_rights = %4"
               " WHERE path = '%5' OR path LIKE '%5/%%'"_s.arg(isPublic ? u"true"_s : u"false"_s)
                   .arg(ownerRights)
                   .arg(groupRights)
                   .arg(publicRights)
                   .arg(root)});

        const QString user = Who(who) == Who::Owner   ? u"alice"_s
                             : Who(who) == Who::Group ? u"bob"_s
                                                      : u"carol"_s;
        auto catalog = Who(who) == Who::Owner ? std::move(alice) : open(user, who == 1);
        QVERIFY(catalog->isOpen());
        MemberSql sql(member(user));
        QVERIFY2(sql.isOpen(), qPrintable(sql.error()));

        const auto rights = catalog->rights(viaSlipway);
        QVERIFY(rights);
        QCOMPARE(rights->testFlag(Right(right)), allowed);

        Result<void> slipway;
        int sqlRows = -1;
        const QString sqlPath = u"'"_s + viaSql + u"'"_s;
        switch (Right(right)) {
        case Right::Get: {
            const auto v = catalog->latest(viaSlipway);
            slipway = v ? Result<void>{} : Result<void>{v.error()};
            sqlRows = sql.count(u"SELECT count(*) FROM slipway.versions v JOIN slipway.modules m"
                                " ON m.id = v.module_id WHERE m.path = "_s
                                + sqlPath);
            if (sqlRows == 0)
                sqlRows = -1;
            break;
        }
        case Right::Edit: {
            // An edit of what the member read (an editor never sends a grid of its own).
            const auto read = catalog->latest(viaSlipway);
            Module edited = read ? read->module : image(viaSlipway);
            edited.description = u"edited"_s;
            const auto saved = catalog->save(edited, user, u"edit"_s);
            slipway = saved ? Result<void>{} : Result<void>{saved.error()};
            sqlRows = sql.change(
                u"UPDATE slipway.modules SET description = 'edited' WHERE path = "_s + sqlPath);
            break;
        }
        case Right::Run: {
            slipway = catalog->recordBuiltImage(viaSlipway, 1, u"local"_s, u"sha256:1"_s);
            sqlRows = sql.change(u"INSERT INTO slipway.built_images (version_id, cloud, image_id,"
                                 " from_version, built_at) SELECT v.id, 'local', 'sha256:2', 1,"
                                 " 'now' FROM slipway.versions v JOIN slipway.modules m"
                                 " ON m.id = v.module_id WHERE m.path = "_s
                                 + sqlPath);
            break;
        }
        case Right::Delete: {
            const auto removed = catalog->remove(viaSlipway, user);
            slipway = removed ? Result<void>{} : Result<void>{removed.error()};
            sqlRows = sql.change(u"UPDATE slipway.modules SET deleted = 1 WHERE path = "_s
                                 + sqlPath);
            break;
        }
        case Right::CreateChildren: {
            const auto saved = catalog->save(image(root + u"/child"_s), user, {});
            slipway = saved ? Result<void>{} : Result<void>{saved.error()};
            sqlRows = sql.change(u"INSERT INTO slipway.modules (path, kind) VALUES ('"_s + root
                                 + u"/sqlchild', 'image')"_s);
            break;
        }
        }
        QVERIFY2(bool(slipway) == allowed,
                 qPrintable(u"through Slipway: "_s
                            + (slipway ? u"allowed"_s : slipway.errorMessage())));
        QVERIFY2((sqlRows > 0) == allowed,
                 qPrintable(
                     u"through SQL as %1: %2 rows; %3"_s.arg(user).arg(sqlRows).arg(sql.error())));
        if (!allowed && Right(right) != Right::Get) {
            // What the server refused left nothing behind.
            QString error;
            QVERIFY(
                m_server.admin(kDatabase,
                               {u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM slipway.modules WHERE"
                                " path LIKE '"_s
                                + root
                                + u"/%' AND (deleted = 1 OR description = 'edited' OR"
                                  " latest_version > 1 OR path LIKE '%child'))"
                                  " OR EXISTS (SELECT 1 FROM slipway.built_images b JOIN"
                                  " slipway.versions v ON v.id = b.version_id JOIN"
                                  " slipway.modules m ON m.id = v.module_id WHERE m.path"
                                  " LIKE '"_s
                                + root + u"/%') THEN RAISE EXCEPTION 'changed'; END IF; END $$"_s},
                               &error));
        }
    }

    // The group of a module that names none is its nearest ancestor's (SlipStream's inherited
    // group members); a module that names its own overrides it.
    void groupIsInheritedDownTheTree()
    {
        auto alice = open(u"alice"_s);
        Module top = project(u"inherit"_s);
        top.authz.groupMembers = {u"devs"_s};
        top.authz.groupRights = Rights(Right::Get) | Right::Edit | Right::CreateChildren;
        VERIFY_OK(alice->save(top, u"alice"_s, {}));
        Module deep = image(u"inherit/folder/deep"_s); // no module at inherit/folder
        deep.authz.groupRights = Rights(Right::Get) | Right::Edit;
        VERIFY_OK(alice->save(deep, u"alice"_s, {}));
        Module own = image(u"inherit/own"_s);
        own.authz.groupMembers = {u"carol"_s};
        own.authz.groupRights = Rights(Right::Get) | Right::Edit;
        VERIFY_OK(alice->save(own, u"alice"_s, {}));

        auto bob = open(u"bob"_s, false); // over the socket, with his password
        auto carol = open(u"carol"_s);
        const auto edited = [](Catalog &catalog, const QString &path, const QString &text) {
            const auto read = catalog.latest(path);
            Module m = read ? read->module : image(path);
            m.description = text;
            return catalog.save(m, catalog.fileName(), {});
        };
        VERIFY_OK(edited(*bob, deep.path, u"bob was here"_s));
        QVERIFY(!carol->latest(deep.path));
        QVERIFY(!edited(*carol, deep.path, u"carol too"_s));
        VERIFY_OK(edited(*carol, own.path, u"carol was here"_s));
        QVERIFY(!bob->latest(own.path));
        // Create children inherited from the project for bob, not for carol.
        VERIFY_OK(bob->save(image(u"inherit/folder/new"_s), u"bob"_s, {}));
        QVERIFY(!carol->save(image(u"inherit/carols"_s), u"carol"_s, {}));

        MemberSql carolSql(member(u"carol"_s));
        QCOMPARE(carolSql.count(
                     u"SELECT count(*) FROM slipway.modules WHERE path LIKE 'inherit/%'"_s),
                 1);
        MemberSql bobSql(member(u"bob"_s));
        QCOMPARE(bobSql.count(u"SELECT count(*) FROM slipway.modules WHERE path LIKE 'inherit%'"_s),
                 3);
    }

    // Only the owner changes the grid; an editor's save keeps it.
    void onlyTheOwnerChangesTheGrid()
    {
        auto alice = open(u"alice"_s);
        Module m = image(u"gridowner/img"_s);
        m.authz.groupMembers = {u"devs"_s};
        m.authz.groupRights = Rights(Right::Get) | Right::Edit;
        VERIFY_OK(alice->save(m, u"alice"_s, {}));

        auto bob = open(u"bob"_s);
        auto latest = bob->latest(m.path);
        QVERIFY(latest);
        Module mine = latest->module;
        mine.description = u"bob's edit"_s;
        VERIFY_OK(bob->save(mine, u"bob"_s, {}, {latest->version}));
        mine.authz.isPublic = true;
        mine.authz.publicRights = Rights(0x1f);
        const auto refused = bob->save(mine, u"bob"_s, {});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"owner"_s), qPrintable(refused.errorMessage()));
        MemberSql bobSql(member(u"bob"_s));
        QCOMPARE(bobSql.change(u"UPDATE slipway.modules SET public_rights = 31, is_public = true"
                               " WHERE path = 'gridowner/img'"_s),
                 -1);
        // The owner may.
        Module opened = alice->latest(m.path)->module;
        opened.authz.isPublic = true;
        VERIFY_OK(alice->save(opened, u"alice"_s, {}));
        QVERIFY(alice->latest(m.path)->module.authz.isPublic);
    }

    void staleBaseIsRefused()
    {
        auto alice = open(u"alice"_s);
        auto bob = open(u"bob"_s);
        Module m = image(u"stale/img"_s, u"first"_s);
        m.authz.groupMembers = {u"devs"_s};
        m.authz.groupRights = Rights(Right::Get) | Right::Edit;
        VERIFY_OK(alice->save(m, u"alice"_s, {}, {0}));

        // Both start from version 1; bob saves first.
        Module bobs = bob->latest(m.path)->module;
        bobs.description = u"bob's description"_s;
        QCOMPARE(bob->save(bobs, u"bob"_s, u"bob's change"_s, {1})->version, 2);
        Module alices = alice->latest(m.path)->module;
        alices.description = u"alice's description"_s;
        SaveConflict conflict;
        const auto refused = alice->save(alices, u"alice"_s, {}, {1, &conflict});
        QVERIFY(!refused);
        QCOMPARE(conflict.path, m.path);
        QCOMPARE(conflict.baseVersion, 1);
        QCOMPARE(conflict.latestVersion, 2);
        QCOMPARE(conflict.author, u"bob"_s);
        QCOMPARE(conflict.comment, u"bob's change"_s);
        QVERIFY2(conflict.theirChange.toText().contains(u"bob's description"_s),
                 qPrintable(conflict.theirChange.toText()));
        QVERIFY(conflict.myChange.toText().contains(u"alice's description"_s));
        QVERIFY(refused.errorMessage().contains(u"bob"_s));
        QCOMPARE(alice->latest(m.path)->version, 2);
        // "Save anyway as the next version": on the latest as base.
        QCOMPARE(alice->save(alices, u"alice"_s, {}, {conflict.latestVersion})->version, 3);
        // A new module that someone else created meanwhile.
        SaveConflict created;
        QVERIFY(!bob->save(image(m.path), u"bob"_s, {}, {0, &created}));
        QCOMPARE(created.latestVersion, 3);
    }

    // The CLI on a team catalog: ls, and save --base refusing a stale base with the diff.
    void cliOnTheTeamCatalog()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, u"secret-alice"_s);
        const QString url = u"postgresql://alice@127.0.0.1:%1/team?sslrootcert=%2"_s
                                .arg(m_server.port())
                                .arg(m_server.caFile());
        auto alice = open(u"alice"_s);
        VERIFY_OK(alice->save(image(u"cli/img"_s, u"one"_s), u"alice"_s, {}));
        VERIFY_OK(alice->save(image(u"cli/img"_s, u"two"_s), u"alice"_s, {}));

        const ProcessResult ls = runProcess(cliProgram(),
                                            {u"--catalog"_s, url, u"catalog"_s, u"ls"_s, u"cli"_s},
                                            ProcessOptions{}.withEnvironment(env));
        QVERIFY2(ls.exitCode == 0, qPrintable(ls.errText()));
        QVERIFY(ls.outText().contains(u"cli/img"_s));

        const QString file = home.filePath(u"img.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(ModuleJson::toJson(image(u"cli/img"_s, u"three"_s))).toJson());
        out.close();
        const ProcessResult stale
            = runProcess(cliProgram(),
                         {u"--catalog"_s, url, u"catalog"_s, u"save"_s, file, u"--base"_s, u"1"_s},
                         ProcessOptions{}.withEnvironment(env));
        QCOMPARE(stale.exitCode, 4);
        QVERIFY2(stale.errText().contains(u"changed since version 1"_s),
                 qPrintable(stale.errText()));
        QVERIFY(stale.errText().contains(u"two"_s)); // their change, as a diff
        QCOMPARE(alice->latest(u"cli/img"_s)->version, 2);
        const ProcessResult fresh
            = runProcess(cliProgram(),
                         {u"--catalog"_s, url, u"catalog"_s, u"save"_s, file, u"--base"_s, u"2"_s},
                         ProcessOptions{}.withEnvironment(env));
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.errText()));
        QCOMPARE(alice->latest(u"cli/img"_s)->module.description, u"three"_s);
    }

    // Another member's save arrives as moduleChanged(), and only for what the listener may see.
    void otherMembersSavesArrive()
    {
        auto alice = open(u"alice"_s, false);
        auto bob = open(u"bob"_s);
        QSignalSpy changes(alice.get(), &Catalog::moduleChanged);
        Module shared = image(u"live/shared"_s);
        shared.authz.isPublic = true;
        VERIFY_OK(bob->save(shared, u"bob"_s, {}));
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
        QCOMPARE(changes.last().at(0).toString(), u"live/shared"_s);
        QCOMPARE(changes.last().at(1).toInt(), 1);
        QCOMPARE(changes.last().at(2).toBool(), false);

        // A private module of bob's: alice hears nothing of it. Alice reads meanwhile (a read
        // must leave her connection idle, or the server holds the announcements back).
        changes.clear();
        VERIFY_OK(alice->latest(shared.path));
        VERIFY_OK(alice->list());
        Module hidden = image(u"live/private"_s);
        hidden.authz.publicRights = {};
        VERIFY_OK(bob->save(hidden, u"bob"_s, {}));
        VERIFY_OK(bob->remove(shared.path, u"bob"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
        QTest::qWait(300);
        for (const auto &change : std::as_const(changes))
            QCOMPARE(change.at(0).toString(), u"live/shared"_s);
        QCOMPARE(changes.last().at(2).toBool(), true);
    }

    // The CLI's postgresql:// URL verifies the server's certificate: another CA is refused
    // with a message that says so, and nothing is listed.
    void cliRefusesAServerItCannotVerify()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, u"secret-alice"_s);
        const QString wrongCa = u"postgresql://alice@127.0.0.1:%1/team?sslrootcert=%2"_s
                                    .arg(m_server.port())
                                    .arg(m_server.otherCaFile());
        const ProcessResult refused = runProcess(cliProgram(),
                                                 {u"--catalog"_s, wrongCa, u"catalog"_s, u"ls"_s},
                                                 ProcessOptions{}.withEnvironment(env));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(refused.errText()));
        QVERIFY(refused.outText().isEmpty());
        // A URL that asks for less than a verified certificate is refused before connecting.
        const ProcessResult weak
            = runProcess(cliProgram(),
                         {u"--catalog"_s,
                          u"postgresql://alice@127.0.0.1:%1/team?sslmode=require"_s.arg(
                              m_server.port()),
                          u"catalog"_s,
                          u"ls"_s},
                         ProcessOptions{}.withEnvironment(env));
        QVERIFY(weak.exitCode != 0);
        QVERIFY2(weak.errText().contains(u"verify-full"_s), qPrintable(weak.errText()));
    }

    // Named connections: the settings keep host, port, database, user, sslmode and
    // sslrootcert under teamCatalogs/<name>; the password only the keychain (catalog/<name>).
    // The CLI opens the catalog by its name.
    void namedConnections()
    {
        SLIPWAY_REQUIRE_KEYRING();
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QTemporaryDir config;
        const QByteArray configHome = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        const QString file = config.filePath(u"slipway/slipway.conf"_s);
        {
            Settings settings(file);
            QVERIFY(!rememberTeamCatalog(settings, u"a/b"_s, member(u"alice"_s)));
            PostgresConnection weak = member(u"alice"_s);
            weak.host = u"127.0.0.1 x"_s;
            QVERIFY(!rememberTeamCatalog(settings, u"weak"_s, weak));
            VERIFY_OK(rememberTeamCatalog(settings, u"team"_s, member(u"alice"_s)));
            QCOMPARE(teamCatalogNames(settings), QStringList{u"team"_s});
        }
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(!text.contains("secret-alice"), text.constData());
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(u"teamCatalogs/team/host"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(raw.value(u"teamCatalogs/team/port"_s).toInt(), m_server.port());
        QCOMPARE(raw.value(u"teamCatalogs/team/database"_s).toString(), kDatabase);
        QCOMPARE(raw.value(u"teamCatalogs/team/user"_s).toString(), u"alice"_s);
        QCOMPARE(raw.value(u"teamCatalogs/team/sslmode"_s).toString(), u"verify-full"_s);
        QCOMPARE(raw.value(u"teamCatalogs/team/sslrootcert"_s).toString(), m_server.caFile());
        const auto secret = readSecretNow(u"catalog"_s, u"team"_s);
        QVERIFY2(secret, qPrintable(secret.errorMessage()));
        QCOMPARE(*secret, QByteArray("secret-alice"));

        Settings settings(file);
        const auto source = catalogSource(u"team"_s, settings);
        QVERIFY2(source, qPrintable(source.errorMessage()));
        QVERIFY(source->isTeam);
        QVERIFY2(source->label.startsWith(u"team (postgresql://alice@127.0.0.1:"_s),
                 qPrintable(source->label));
        QVERIFY(!source->label.contains(u"secret"_s));
        Catalog catalog(source->backend);
        VERIFY_OK(catalog.open());
        VERIFY_OK(catalog.save(image(u"named/img"_s), u"alice"_s, {}));

        // The CLI by name, with no password anywhere but the keychain.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PGPASSWORD"_s);
        const ProcessResult ls = runProcess(cliProgram(),
                                            {u"--catalog"_s, u"team"_s, u"catalog"_s, u"ls"_s},
                                            ProcessOptions{}.withEnvironment(env));
        QVERIFY2(ls.exitCode == 0, ls.transcript().constData());
        QVERIFY(ls.outText().contains(u"named/img"_s));

        // A connection edited by hand to ask for less than verify-full is refused.
        raw.setValue(u"teamCatalogs/team/sslmode"_s, u"prefer"_s);
        raw.sync();
        Settings edited(file);
        const auto refused = teamCatalogConnection(edited, u"team"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"verify-full"_s),
                 qPrintable(refused.errorMessage()));

        VERIFY_OK(forgetTeamCatalog(edited, u"team"_s));
        QVERIFY(teamCatalogNames(edited).isEmpty());
        QVERIFY(!readSecretNow(u"catalog"_s, u"team"_s));
        qputenv("XDG_CONFIG_HOME", configHome);
    }

    // A bundle import on the team catalog: the new modules go in a few statements, every row
    // still checked by the server; a refused row takes the whole import back with a message
    // that names the module.
    void importIsCheckedByTheServer()
    {
        auto alice = open(u"alice"_s);
        Module top = project(u"imp"_s);
        top.authz.groupMembers = {u"devs"_s};
        top.authz.groupRights = Rights(Right::Get) | Right::CreateChildren;
        VERIFY_OK(alice->save(top, u"alice"_s, {}));

        // bob may create under imp: a project, images under it (two versions each, a build).
        QList<ModuleVersion> versions;
        versions.append({project(u"imp/sub"_s), 1, u"x"_s, {}, u"p"_s});
        for (int i = 0; i < 3; ++i) {
            Module m = image(u"imp/sub/img%1"_s.arg(i), u"one"_s);
            versions.append({m, 4, u"someone"_s, QDateTime::currentDateTimeUtc(), u"first"_s});
            m.description = u"two"_s;
            m.image.builtImages = {{u"local"_s, u"sha256:%1"_s.arg(i), 4, {}}};
            versions.append({m, 7, u"someone"_s, QDateTime::currentDateTimeUtc(), u"second"_s});
        }
        auto bob = open(u"bob"_s);
        const auto numbers = bob->importVersions(versions);
        QVERIFY2(numbers, qPrintable(numbers.errorMessage()));
        QCOMPARE(*numbers, (QList<int>{1, 1, 2, 1, 2, 1, 2}));
        const auto latest = bob->latest(u"imp/sub/img1"_s);
        QVERIFY2(latest, qPrintable(latest.errorMessage()));
        QCOMPARE(latest->version, 2);
        QCOMPARE(latest->author, u"bob"_s);
        QCOMPARE(latest->module.description, u"two"_s);
        QCOMPARE(latest->module.authz.owner, u"bob"_s);
        QCOMPARE(latest->module.image.builtImages.size(), 1);
        QCOMPARE(latest->module.image.builtImages.constFirst().fromVersion, 1); // renumbered
        const auto history = bob->history(u"imp/sub/img1"_s);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->constFirst().comment, u"first"_s);

        // carol may not create under imp: nothing of her import is written, and the message
        // names the module.
        auto carol = open(u"carol"_s);
        const QList<ModuleVersion> hers{{image(u"free/img"_s), 1, u"c"_s, {}, {}},
                                        {image(u"imp/carols"_s), 1, u"c"_s, {}, {}}};
        const auto refused = carol->importVersions(hers);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"imp/carols"_s),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(alice->contains(u"free/img"_s), false);
        MemberSql sql(member(u"carol"_s));
        QCOMPARE(sql.count(u"SELECT count(*) FROM slipway.modules WHERE path LIKE 'free/%'"_s), 0);
    }

    // A run's recorded catalog leads back to it: the remembered connection of its name while
    // that still reaches the recorded URL, else one that does (renamed); a name now pointing
    // elsewhere is an error that says so; the local catalog for an empty label.
    void runsFindTheirCatalogAgain()
    {
        QTemporaryDir config;
        Settings settings(config.filePath(u"slipway.conf"_s));
        const PostgresConnection alice = member(u"alice"_s);
        VERIFY_OK(rememberTeamCatalog(settings, u"team"_s, alice));
        const QString label = teamCatalogLabel(u"team"_s, alice);
        QCOMPARE(label, u"team (%1)"_s.arg(alice.url()));
        QCOMPARE(recordedCatalog(label).name, u"team"_s);
        QCOMPARE(recordedCatalog(label).url, alice.url());
        QCOMPARE(recordedCatalog(alice.url()).name, QString());
        QCOMPARE(recordedCatalog(alice.url()).url, alice.url());
        QVERIFY(recordedCatalog({}).isLocal());
        QCOMPARE(*rememberedConnectionOfRun(settings, label), u"team"_s);
        QCOMPARE(*rememberedConnectionOfRun(settings, alice.url()), u"team"_s);

        // Opened with the keychain's password; it keeps the run's label for later runs.
        auto opened = openCatalogOfRun(label, config.filePath(u"local.sqlite"_s), settings);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE((*opened)->sourceLabel(), label);
        QVERIFY((*opened)->enforcesRights());
        auto local = openCatalogOfRun({}, config.filePath(u"local.sqlite"_s), settings);
        QVERIFY2(local, qPrintable(local.errorMessage()));
        QVERIFY(!(*local)->enforcesRights());

        // Remembered under another name: found by its URL.
        VERIFY_OK(rememberTeamCatalog(settings, u"renamed"_s, alice));
        VERIFY_OK(forgetTeamCatalog(settings, u"team"_s));
        QCOMPARE(*rememberedConnectionOfRun(settings, label), u"renamed"_s);
        // The name now reaches another database: said, not silently used.
        PostgresConnection elsewhere = alice;
        elsewhere.database = u"postgres"_s;
        VERIFY_OK(rememberTeamCatalog(settings, u"team"_s, elsewhere));
        QCOMPARE(*rememberedConnectionOfRun(settings, label), u"renamed"_s);
        VERIFY_OK(forgetTeamCatalog(settings, u"renamed"_s));
        const auto moved = rememberedConnectionOfRun(settings, label);
        QVERIFY(!moved);
        QVERIFY2(moved.errorMessage().contains(u"now connects to"_s),
                 qPrintable(moved.errorMessage()));
        QVERIFY(!openCatalogOfRun(label, config.filePath(u"local.sqlite"_s), settings));
        VERIFY_OK(forgetTeamCatalog(settings, u"team"_s));
    }

    // A run planned from a team module names the catalog (never a password), and the run
    // records and `run show` keep and show it; launching needs the run right.
    void runsNameTheirTeamCatalog()
    {
        auto alice = open(u"alice"_s);
        Module m = image(u"runs/img"_s);
        m.authz.isPublic = true;
        m.authz.publicRights = Right::Get;
        VERIFY_OK(alice->save(m, u"alice"_s, {}));
        const auto plan = planRun(*alice, m.path, {});
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->catalog, alice->fileName());
        QVERIFY(plan->catalog.startsWith(u"postgresql://alice@127.0.0.1"_s));
        QVERIFY(!plan->catalog.contains(u"secret"_s));
        alice->setSourceLabel(u"team (%1)"_s.arg(alice->fileName()));
        QCOMPARE(planRun(*alice, m.path, {})->catalog, alice->sourceLabel());
        // carol sees the module but may not run it.
        auto carol = open(u"carol"_s);
        const auto refused = planRun(*carol, m.path, {});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"run right"_s),
                 qPrintable(refused.errorMessage()));
        // The local catalog names none.
        QTemporaryDir data;
        Catalog local(data.filePath(u"catalog.sqlite"_s));
        VERIFY_OK(local.open());
        QVERIFY(local.sourceLabel().isEmpty());

        // The records keep it; run show prints it, also when --catalog names the team
        // catalog (the runs stay in the local file).
        {
            RunRecords records;
            VERIFY_OK(records.open(data.filePath(u"catalog.sqlite"_s)));
            RunRecord r;
            r.id = u"run-team-1"_s;
            r.kind = u"image"_s;
            r.modulePath = m.path;
            r.moduleVersion = 1;
            r.catalog = alice->sourceLabel();
            r.state = u"Done"_s;
            r.keepRunning = u"never"_s;
            r.createdAt = QDateTime::currentDateTimeUtc();
            VERIFY_OK(records.insertRun(r));
            QCOMPARE(records.run(r.id)->catalog, alice->sourceLabel());
            r.id = u"run-local-1"_s;
            r.catalog.clear();
            VERIFY_OK(records.insertRun(r));
        }
        const QProcessEnvironment env = environmentWithDataDir(data.path());
        const ProcessResult shown
            = runProcess(cliProgram(),
                         {u"--catalog"_s, adminUrl(), u"run"_s, u"show"_s, u"run-team-1"_s},
                         ProcessOptions{}.withEnvironment(env));
        QVERIFY2(shown.exitCode == 0, shown.transcript().constData());
        QVERIFY2(shown.outText().contains(u"catalog       "_s + alice->sourceLabel()),
                 qPrintable(shown.outText()));
        const ProcessResult json = runProcess(cliProgram(),
                                              {u"--catalog"_s,
                                               data.filePath(u"catalog.sqlite"_s),
                                               u"--json"_s,
                                               u"run"_s,
                                               u"show"_s,
                                               u"run-team-1"_s},
                                              ProcessOptions{}.withEnvironment(env));
        QVERIFY2(json.exitCode == 0, json.transcript().constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"catalog"_s).toString(),
                 alice->sourceLabel());
        const ProcessResult localRun = runProcess(cliProgram(),
                                                  {u"run"_s, u"show"_s, u"run-local-1"_s},
                                                  ProcessOptions{}.withEnvironment(env));
        QVERIFY2(localRun.exitCode == 0, localRun.transcript().constData());
        QVERIFY(localRun.outText().contains(u"catalog       local"_s));
    }

    // The server dies while a save waits inside its transaction: a clear error, nothing half
    // written; started again, the same save goes through on the same Catalog.
    void serverKilledInTheMiddleOfASave()
    {
        auto alice = open(u"alice"_s);
        Module m = image(u"crash/img"_s, u"before"_s);
        VERIFY_OK(alice->save(m, u"alice"_s, {}));
        // The administrator slows down the next version of this module until the crash.
        admin({u"CREATE FUNCTION slipway.test_stall() RETURNS trigger LANGUAGE plpgsql AS $$"
               " BEGIN IF NEW.description = 'during' THEN PERFORM pg_sleep(30); END IF;"
               " RETURN NEW; END $$"_s,
               u"CREATE TRIGGER test_stall BEFORE INSERT ON slipway.versions FOR EACH ROW"
               " EXECUTE FUNCTION slipway.test_stall()"_s});
        // The save blocks this thread: another one ends the server (the postmaster's SIGQUIT,
        // an immediate shutdown that ends every backend without a checkpoint).
        const qint64 postmaster = m_server.pid();
        std::thread crashing([postmaster] {
            QThread::msleep(1500);
            ::kill(pid_t(postmaster), SIGQUIT);
        });
        Module during = m;
        during.description = u"during"_s;
        const auto failed = alice->save(during, u"alice"_s, {}, {1});
        crashing.join();
        m_server.crash(); // reaps it
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(u"connection to the catalog server"_s),
                 qPrintable(failed.errorMessage()));
        QVERIFY2(failed.errorMessage().contains(u"nothing of this change was saved"_s),
                 qPrintable(failed.errorMessage()));
        // While it is down, a save fails with the reason and the catalog stays usable.
        QVERIFY(!alice->save(during, u"alice"_s, {}, {1}));

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        admin({u"DROP TRIGGER test_stall ON slipway.versions"_s,
               u"DROP FUNCTION slipway.test_stall()"_s});
        const auto v = alice->latest(m.path);
        QVERIFY2(v, qPrintable(v.errorMessage()));
        QCOMPARE(v->version, 1);
        QCOMPARE(v->module.description, u"before"_s);
        const auto saved = alice->save(during, u"alice"_s, {}, {1});
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->version, 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamCatalog)
#include "tst_teamcatalog.moc"
