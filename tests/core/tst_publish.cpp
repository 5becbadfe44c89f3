// Publishing a module from one catalog to another (core/catalog/publish.h): its history and
// the modules it refers to go along; a second publish appends only what is new; a module
// that diverged in the target stops everything; passwords stay behind. Between two SQLite
// files, and onto a team catalog on a real PostgreSQL server (tests/support/postgresserver.h)
// where the server makes the publishing role the owner and may refuse.

#include "core/catalog/catalog.h"
#include "core/catalog/publish.h"
#include "core/storage/postgresbackend.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testpaths.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

#define VERIFY_OK(expression) \
    do { \
        const auto result_ = (expression); \
        QVERIFY2(bool(result_), qPrintable(result_.errorMessage())); \
    } while (false)

Module image(const QString &path, const QString &parent = {})
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.authz.owner = u"alice"_s;
    if (parent.isEmpty()) {
        m.image.native = true;
        m.image.imageIds.append({u"local"_s, u"debian:13"_s, {}});
    } else {
        m.image.parent = parent;
    }
    return m;
}

Module deployment(const QString &path,
                  const QString &nodeImage,
                  std::optional<int> pinned = std::nullopt)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Deployment;
    m.authz.owner = u"alice"_s;
    Node node;
    node.name = u"web"_s;
    node.image = nodeImage;
    node.imageVersion = pinned;
    m.deployment.nodes.append(node);
    return m;
}

Module described(Module m, const QString &description)
{
    m.description = description;
    return m;
}

// The description of the image version that a deployment version's node pins, read in the
// same catalog: what the pin means there.
QString pinnedDescription(const Catalog &catalog, const QString &path, int version)
{
    const auto v = catalog.version(path, version);
    if (!v || v->module.deployment.nodes.isEmpty())
        return u"(no version %1 of %2)"_s.arg(version).arg(path);
    const Node &node = v->module.deployment.nodes.constFirst();
    if (!node.imageVersion)
        return u"(follows the latest)"_s;
    const auto image = catalog.version(node.image, *node.imageVersion);
    return image ? image->module.description
                 : u"(no version %1 of %2)"_s.arg(*node.imageVersion).arg(node.image);
}

// Pinned image versions carried over to a target whose image history is numbered otherwise:
// the team's lib/img has X, Y, A as versions 1-3; the local one A, B, C, so B and C are
// appended there as 4 and 5. The local deployment pins B, C, A, then follows the latest.
void pinsFollowTheTarget(Catalog &local, Catalog &team)
{
    for (const char *d : {"X", "Y", "A"})
        QVERIFY(team.save(described(image(u"lib/img"_s), QString::fromLatin1(d)), u"alice"_s, {}));
    for (const char *d : {"A", "B", "C"})
        QVERIFY(local.save(described(image(u"lib/img"_s), QString::fromLatin1(d)), u"alice"_s, {}));
    QVERIFY(local.save(deployment(u"apps/site"_s, u"lib/img"_s, 2), u"alice"_s, u"pins B"_s));
    QVERIFY(local.save(deployment(u"apps/site"_s, u"lib/img"_s, 3), u"alice"_s, u"pins C"_s));
    QVERIFY(local.save(deployment(u"apps/site"_s, u"lib/img"_s, 1), u"alice"_s, u"pins A"_s));
    QVERIFY(local.save(deployment(u"apps/site"_s, u"lib/img"_s), u"alice"_s, u"latest"_s));

    const auto published = publishModule(local, team, u"apps/site"_s);
    QVERIFY2(published, qPrintable(published.errorMessage()));
    QCOMPARE(published->copiedVersions(), 2 + 4);
    QCOMPARE(team.history(u"lib/img"_s)->size(), 5);
    QCOMPARE(team.version(u"lib/img"_s, 4)->module.description, u"B"_s);
    // Each pin means the same content in the team catalog as locally, under its number there.
    for (int v = 1; v <= 4; ++v)
        QCOMPARE(pinnedDescription(team, u"apps/site"_s, v),
                 pinnedDescription(local, u"apps/site"_s, v));
    QCOMPARE(team.version(u"apps/site"_s, 1)->module.deployment.nodes.value(0).imageVersion, 4);
    QCOMPARE(team.version(u"apps/site"_s, 2)->module.deployment.nodes.value(0).imageVersion, 5);
    QCOMPARE(team.version(u"apps/site"_s, 3)->module.deployment.nodes.value(0).imageVersion, 3);
    QCOMPARE(team.version(u"apps/site"_s, 4)->module.deployment.nodes.value(0).imageVersion,
             std::nullopt);
    QCOMPARE(published->repinned.size(), 3);
    QVERIFY2(published->repinned.value(0).contains(
                 u"apps/site v1: node web pins lib/img version 4"_s),
             qPrintable(published->repinned.join(u'\n')));

    // Published again: the renumbered pins are the same content, nothing is copied.
    const auto again = publishModule(local, team, u"apps/site"_s);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QCOMPARE(again->copiedVersions(), 0);
    // A new local version pinning B is appended pinning 4.
    QVERIFY(local.save(deployment(u"apps/site"_s, u"lib/img"_s, 2), u"alice"_s, u"B again"_s));
    const auto more = publishModule(local, team, u"apps/site"_s);
    QVERIFY2(more, qPrintable(more.errorMessage()));
    QCOMPARE(more->copiedVersions(), 1);
    QCOMPARE(team.latest(u"apps/site"_s)->version, 5);
    QCOMPARE(team.latest(u"apps/site"_s)->module.deployment.nodes.value(0).imageVersion, 4);
    QCOMPARE(more->repinned.size(), 1);

    // A pin whose content the team never had: refused, naming it, nothing copied. The team's
    // lib/old is Z then Q; the local one P then Q (so lib/old itself is unchanged there).
    QVERIFY(team.save(described(image(u"lib/old"_s), u"Z"_s), u"alice"_s, {}));
    QVERIFY(team.save(described(image(u"lib/old"_s), u"Q"_s), u"alice"_s, {}));
    QVERIFY(local.save(described(image(u"lib/old"_s), u"P"_s), u"alice"_s, {}));
    QVERIFY(local.save(described(image(u"lib/old"_s), u"Q"_s), u"alice"_s, {}));
    QVERIFY(local.save(deployment(u"apps/old"_s, u"lib/old"_s, 1), u"alice"_s, u"pins P"_s));
    QVERIFY(local.save(deployment(u"apps/old"_s, u"lib/old"_s, 2), u"alice"_s, u"pins Q"_s));
    const auto refused = publishModule(local, team, u"apps/old"_s);
    QVERIFY(!refused);
    const QString message = refused.errorMessage();
    QVERIFY2(message.contains(u"Nothing was published"_s), qPrintable(message));
    QVERIFY2(message.contains(u"apps/old version 1: node web pins lib/old version 1"_s),
             qPrintable(message));
    QVERIFY(!team.contains(u"apps/old"_s));
    QCOMPARE(team.history(u"lib/old"_s)->size(), 2);
}

// A local catalog with a base image (2 versions), a web image on it (3 versions, one with a
// password default) and a deployment of web.
void fill(Catalog &local)
{
    Module base = image(u"lib/base"_s);
    QVERIFY(local.save(base, u"alice"_s, u"base 1"_s));
    base.description = u"Debian with our mirror"_s;
    QVERIFY(local.save(base, u"alice"_s, u"base 2"_s));
    Module web = image(u"apps/web"_s, u"lib/base"_s);
    QVERIFY(local.save(web, u"alice"_s, u"web 1"_s));
    web.description = u"Apache"_s;
    QVERIFY(local.save(web, u"alice"_s, u"web 2"_s));
    Parameter admin;
    admin.name = u"admin_password"_s;
    admin.type = ParameterType::Password;
    admin.defaultValue = u"hunter2-local"_s;
    web.image.parameters.append(admin);
    web.image.recipes.recipe = u"apt-get install -y apache2\n"_s;
    QVERIFY(local.save(web, u"alice"_s, u"web 3"_s));
    QVERIFY(local.save(deployment(u"apps/site"_s, u"apps/web"_s), u"alice"_s, u"site 1"_s));
}

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Catalog> sqlite()
    {
        auto c = std::make_unique<Catalog>(m_dir.filePath(u"c%1.sqlite"_s.arg(++m_files)));
        if (auto r = c->open(); !r)
            qWarning() << r.errorMessage();
        return c;
    }

    // A PostgreSQL server of the test's own with the team catalog's schema and two members,
    // alice and bob.
    static void startTeamServer(PostgresServer &server)
    {
        if (PostgresServer::binDir().isEmpty())
            SLIPWAY_SKIP_OR_FAIL("PostgreSQL server (postgresql-17) not installed");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            SLIPWAY_SKIP_OR_FAIL("Qt's PostgreSQL driver (libqt6sql6-psql) not installed");
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.makeTeamCatalog(u"team"_s,
                                        {u"CREATE ROLE alice LOGIN PASSWORD 'secret-alice'"_s,
                                         u"CREATE ROLE bob LOGIN PASSWORD 'secret-bob'"_s},
                                        {u"alice"_s, u"bob"_s},
                                        &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void copiesHistoryAndReferences()
    {
        auto local = sqlite();
        auto team = sqlite();
        fill(*local);
        if (QTest::currentTestFailed())
            return;

        const auto published = publishModule(*local, *team, u"apps/site"_s);
        QVERIFY2(published, qPrintable(published.errorMessage()));
        // References first, then the module: base, web, site with all their versions.
        QCOMPARE(published->modules.size(), 3);
        QCOMPARE(published->modules.at(0).path, u"lib/base"_s);
        QCOMPARE(published->modules.at(1).path, u"apps/web"_s);
        QCOMPARE(published->modules.at(2).path, u"apps/site"_s);
        QCOMPARE(published->copiedVersions(), 2 + 3 + 1);
        QCOMPARE(published->modules.at(1).targetVersion, 3);

        const auto history = team->history(u"apps/web"_s);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).comment, u"web 1"_s);
        QCOMPARE(history->at(2).comment, u"web 3"_s);
        QCOMPARE(history->at(1).savedAt, local->history(u"apps/web"_s)->at(1).savedAt);
        QCOMPARE(team->latest(u"apps/web"_s)->module.image.recipes.recipe,
                 u"apt-get install -y apache2\n"_s);
        QCOMPARE(team->latest(u"lib/base"_s)->module.description, u"Debian with our mirror"_s);
        // The password's value stayed in the local catalog and is named.
        QCOMPARE(team->latest(u"apps/web"_s)->module.image.parameters.value(0).defaultValue,
                 QString());
        QCOMPARE(published->withheld, QStringList{u"apps/web v3: admin_password"_s});
        // The team catalog's copy is complete: the deployment's image chain resolves there.
        QVERIFY(team->contains(u"apps/site"_s));
        QCOMPARE(team->latest(u"apps/site"_s)->module.deployment.nodes.value(0).image,
                 u"apps/web"_s);

        // Nothing new: nothing copied.
        const auto again = publishModule(*local, *team, u"apps/site"_s);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->copiedVersions(), 0);
        QCOMPARE(team->history(u"apps/web"_s)->size(), 3);

        // Two local edits later, only those two are appended.
        Module web = local->latest(u"apps/web"_s)->module;
        web.description = u"Apache 2.4"_s;
        QVERIFY(local->save(web, u"alice"_s, u"web 4"_s));
        web.description = u"Apache 2.4 with TLS"_s;
        QVERIFY(local->save(web, u"alice"_s, u"web 5"_s));
        const auto more = publishModule(*local, *team, u"apps/web"_s);
        QVERIFY2(more, qPrintable(more.errorMessage()));
        QCOMPARE(more->copiedVersions(), 2);
        QCOMPARE(more->modules.constLast().continued, true);
        QCOMPARE(more->modules.constLast().targetVersion, 5);
        QCOMPARE(team->latest(u"apps/web"_s)->module.description, u"Apache 2.4 with TLS"_s);
        QCOMPARE(team->latest(u"apps/web"_s)->comment, u"web 5"_s);
    }

    void divergedTargetStopsEverything()
    {
        auto local = sqlite();
        auto team = sqlite();
        fill(*local);
        if (QTest::currentTestFailed())
            return;
        // Someone else's lib/base in the team catalog, with other content.
        Module theirs = image(u"lib/base"_s);
        theirs.description = u"Ubuntu"_s;
        VERIFY_OK(team->save(theirs, u"bob"_s, u"bob's base"_s));

        const auto refused = publishModule(*local, *team, u"apps/web"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"lib/base"_s), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(u"Nothing was published"_s));
        QVERIFY(!team->contains(u"apps/web"_s)); // nothing half-done
        QCOMPARE(team->history(u"lib/base"_s)->size(), 1);

        // A deleted module in the target is no silent overwrite either.
        VERIFY_OK(team->remove(u"lib/base"_s, u"bob"_s));
        const auto deleted = publishModule(*local, *team, u"lib/base"_s);
        QVERIFY(!deleted);
        QVERIFY(deleted.errorMessage().contains(u"deleted"_s));

        // A reference missing in the source is named.
        VERIFY_OK(local->save(image(u"apps/orphan"_s, u"lib/gone"_s), u"alice"_s, {}));
        const auto orphan = publishModule(*local, *team, u"apps/orphan"_s);
        QVERIFY(!orphan);
        QVERIFY2(orphan.errorMessage().contains(u"lib/gone"_s), qPrintable(orphan.errorMessage()));
    }

    void withSecretsCopiesThePassword()
    {
        auto local = sqlite();
        auto team = sqlite();
        fill(*local);
        if (QTest::currentTestFailed())
            return;
        PublishOptions options;
        options.withSecrets = true;
        const auto published = publishModule(*local, *team, u"apps/web"_s, options);
        QVERIFY2(published, qPrintable(published.errorMessage()));
        QVERIFY(published->withheld.isEmpty());
        QCOMPARE(team->latest(u"apps/web"_s)->module.image.parameters.value(0).defaultValue,
                 u"hunter2-local"_s);
    }

    void pinnedVersionsFollowTheTargetsNumbers()
    {
        auto local = sqlite();
        auto team = sqlite();
        pinsFollowTheTarget(*local, *team);
    }

    // The same onto a team catalog on PostgreSQL (the versions numbered by its server).
    void pinnedVersionsOnTheTeamCatalog()
    {
        PostgresServer server;
        startTeamServer(server);
        if (QTest::currentTestFailed() || QTest::currentTestResolved())
            return;
        auto local = sqlite();
        Catalog alice(std::make_shared<PostgresBackend>(
            server.tlsConnection(u"alice"_s, u"team"_s, u"secret-alice"_s)));
        VERIFY_OK(alice.open());
        pinsFollowTheTarget(*local, alice);
        server.stop();
    }

    // Onto a team catalog: the server makes the publisher the owner and the author, keeps the
    // local grid otherwise, and a member without "create children" where the module would go
    // is refused with nothing copied.
    void ontoTheTeamCatalog()
    {
        PostgresServer server;
        startTeamServer(server);
        if (QTest::currentTestFailed() || QTest::currentTestResolved())
            return;

        auto local = sqlite();
        fill(*local);
        if (QTest::currentTestFailed())
            return;
        Catalog alice(std::make_shared<PostgresBackend>(
            server.tlsConnection(u"alice"_s, u"team"_s, u"secret-alice"_s)));
        VERIFY_OK(alice.open());
        const auto published = publishModule(*local, alice, u"apps/site"_s);
        QVERIFY2(published, qPrintable(published.errorMessage()));
        QCOMPARE(published->copiedVersions(), 6);
        const auto web = alice.latest(u"apps/web"_s);
        QVERIFY(web);
        QCOMPARE(web->version, 3);
        QCOMPARE(web->module.authz.owner, u"alice"_s);
        QCOMPARE(alice.history(u"apps/web"_s)->at(0).comment, u"web 1"_s);

        // bob may not create under apps/ (alice's project grid gives the group nothing more
        // than get) nor change alice's modules: his publish of a newer web is refused whole.
        VERIFY_OK(alice.save(
            [] {
                Module p;
                p.path = u"apps"_s;
                p.kind = ModuleKind::Project;
                p.authz.isPublic = true;
                p.authz.publicRights = Right::Get;
                return p;
            }(),
            u"alice"_s,
            {}));
        Catalog bob(std::make_shared<PostgresBackend>(
            server.tlsConnection(u"bob"_s, u"team"_s, u"secret-bob"_s)));
        VERIFY_OK(bob.open());
        VERIFY_OK(local->save(image(u"apps/other"_s), u"bob"_s, {}));
        const auto refused = publishModule(*local, bob, u"apps/other"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Nothing was published"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!alice.contains(u"apps/other"_s));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
