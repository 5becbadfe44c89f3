// Which clouds an image is built for and which builds are stale, read from a real catalog
// file; and the references a delete would break.

#include "core/catalog/buildstatus.h"
#include "core/catalog/catalog.h"
#include "tests/support/modulebuilders.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestBuildStatus : public QObject
{
    Q_OBJECT

    static const ImageBuildState *stateOf(const QList<ImageBuildState> &states, const QString &cloud)
    {
        for (const ImageBuildState &s : states)
            if (s.cloud == cloud)
                return &s;
        return nullptr;
    }

private Q_SLOTS:
    void buildsGoStaleWhenTheImageOrItsParentChanges()
    {
        QTemporaryDir dir;
        Catalog c(dir.filePath(u"c.db"_s));
        QVERIFY(c.open());
        const QString base = u"lab/base"_s, web = u"lab/web"_s;
        QVERIFY(c.save(image(base, {}, {}), u"ann"_s, u"native"_s));
        Module w = image(web, base, u"echo run"_s);
        w.image.recipes.set(RecipeKind::Recipe, u"apt-get install -y nginx"_s);
        QVERIFY(c.save(w, u"ann"_s, u"first"_s));

        // Nothing built yet: nothing to say.
        auto states = imageBuildStates(c, web);
        QVERIFY2(states, qPrintable(states.errorMessage()));
        QVERIFY(states->isEmpty());

        // Built after those saves (times are what the catalog compares).
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY(c.recordBuiltImage(web, 1, u"local"_s, u"sha256:aaa"_s, t0));
        QVERIFY(c.recordBuiltImage(web, 1, u"ec2"_s, u"ami-1"_s, t0));
        states = imageBuildStates(c, web);
        QVERIFY(states);
        QCOMPARE(states->size(), 2);
        QCOMPARE(states->at(0).cloud, u"ec2"_s); // sorted by cloud
        const ImageBuildState *local = stateOf(*states, u"local"_s);
        QVERIFY(local);
        QCOMPARE(local->imageId, u"sha256:aaa"_s);
        QCOMPARE(local->fromVersion, 1);
        QCOMPARE(local->builtAt, t0);
        QVERIFY2(!local->stale, qPrintable(local->reason));

        // A change that is not part of the build (the description) keeps them current.
        w.description = u"the web server"_s;
        QVERIFY(c.save(w, u"ann"_s, u"describe"_s));
        states = imageBuildStates(c, web);
        QVERIFY(states);
        QVERIFY(!stateOf(*states, u"local"_s)->stale);

        // The parent changes its build: the child's builds are stale, named after it.
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > t0); // a later save, not the same ms
        auto baseLatest = c.latest(base);
        QVERIFY(baseLatest);
        Module b = baseLatest->module;
        b.image.packages.append(Package{u"curl"_s, {}, {}});
        QVERIFY(c.save(b, u"bob"_s, u"curl everywhere"_s));
        states = imageBuildStates(c, web);
        QVERIFY(states);
        local = stateOf(*states, u"local"_s);
        QVERIFY(local->stale);
        QVERIFY2(local->reason.contains(base), qPrintable(local->reason));

        // Built again after that: current on local, still stale on ec2.
        QVERIFY(c.recordBuiltImage(web, 2, u"local"_s, u"sha256:bbb"_s));
        states = imageBuildStates(c, web);
        QVERIFY(states);
        QVERIFY(!stateOf(*states, u"local"_s)->stale);
        QCOMPARE(stateOf(*states, u"local"_s)->imageId, u"sha256:bbb"_s);
        QVERIFY(stateOf(*states, u"ec2"_s)->stale);

        // The image's own recipe changes: the build stays on the old version, stale, and says
        // which version it was made from.
        w.image.recipes.set(RecipeKind::Recipe, u"apt-get install -y apache2"_s);
        QVERIFY(c.save(w, u"ann"_s, u"apache"_s));
        states = imageBuildStates(c, web);
        QVERIFY(states);
        local = stateOf(*states, u"local"_s);
        QVERIFY(local->stale);
        QCOMPARE(local->imageId, u"sha256:bbb"_s);
        QCOMPARE(local->fromVersion, 2);
        QVERIFY2(local->reason.contains(u"version 2"_s) && local->reason.contains(u"version 3"_s),
                 qPrintable(local->reason));

        // A parent built again after the child's build makes it stale too.
        QVERIFY(c.recordBuiltImage(web, 3, u"local"_s, u"sha256:ccc"_s));
        QVERIFY(!stateOf(*imageBuildStates(c, web), u"local"_s)->stale);
        auto baseVersion = c.latest(base);
        QVERIFY(baseVersion);
        QVERIFY(c.recordBuiltImage(base,
                                   baseVersion->version,
                                   u"local"_s,
                                   u"sha256:base2"_s,
                                   QDateTime::currentDateTimeUtc().addSecs(60)));
        states = imageBuildStates(c, web);
        QVERIFY(states);
        QVERIFY(stateOf(*states, u"local"_s)->stale);
        QVERIFY(stateOf(*states, u"local"_s)->reason.contains(u"built again"_s));

        QVERIFY(!imageBuildStates(c, u"lab/none"_s));
    }

    void referrersNameWhatADeleteWouldBreak()
    {
        QTemporaryDir dir;
        Catalog c(dir.filePath(u"c.db"_s));
        QVERIFY(c.open());
        QVERIFY(c.save(image(u"lab/base"_s, {}, {}), u"ann"_s, {}));
        QVERIFY(c.save(image(u"lab/inner/web"_s, u"lab/base"_s, u"echo"_s), u"ann"_s, {}));
        QVERIFY(c.save(image(u"other/db"_s, u"lab/base"_s, u"echo"_s), u"ann"_s, {}));
        QVERIFY(c.save(deployment(u"apps/site"_s,
                                  {node(u"front"_s, u"lab/inner/web"_s),
                                   node(u"store"_s, u"other/db"_s)}),
                       u"ann"_s,
                       {}));
        QVERIFY(c.save(image(u"lab/basement"_s, {}, {}), u"ann"_s, {}));
        QVERIFY(c.save(image(u"x/y"_s, u"lab/basement"_s, u"echo"_s), u"ann"_s, {}));

        auto refs = c.referrers(u"lab"_s);
        QVERIFY2(refs, qPrintable(refs.errorMessage()));
        // Inside the subtree does not count; other/db's parent and site's front node do.
        QCOMPARE(refs->size(), 3);
        QCOMPARE(refs->at(0).path, u"apps/site"_s);
        QCOMPARE(refs->at(0).field, u"front"_s);
        QCOMPARE(refs->at(0).target, u"lab/inner/web"_s);
        QCOMPARE(refs->at(1).path, u"other/db"_s);
        QCOMPARE(refs->at(1).field, u"parent"_s);
        QCOMPARE(refs->at(2).path, u"x/y"_s); // lab/basement is under lab
        refs = c.referrers(u"lab/base"_s);
        QVERIFY(refs);
        QCOMPARE(refs->size(), 2); // lab/inner/web and other/db, not x/y (lab/basement)
        QCOMPARE(refs->at(0).path, u"lab/inner/web"_s);
        QCOMPARE(refs->at(1).path, u"other/db"_s);

        // A deleted referrer breaks nothing.
        QVERIFY(c.remove(u"other"_s, u"ann"_s));
        refs = c.referrers(u"lab/base"_s);
        QVERIFY(refs);
        QCOMPARE(refs->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBuildStatus)
#include "tst_buildstatus.moc"
