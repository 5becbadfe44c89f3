// An image build as a run of the engine on real containers: recorded with its events and one
// instance, the built image recorded on the image version, steps reused by the next builds,
// and an abort that cancels the build.

#include "connectors/builtinconnectors.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "podmantesting.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Slipway::PodmanTesting;
using namespace Qt::StringLiterals;

class TestImageBuildRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<RunHost> m_host;
    QStringList m_runs;
    QStringList m_images;
    // Unique per test process, so that parallel runs never share a cache key.
    const QString m_marker = QString::number(QCoreApplication::applicationPid()) + u'-'
                             + QString::number(QDateTime::currentMSecsSinceEpoch());

    // Builds the latest version of `path` through the engine; the run's record once settled.
    RunRecord build(const QString &path)
    {
        const Result<RunPlan> plan = planImageBuild(*m_catalog, path, u"local"_s);
        if (!plan) {
            qWarning("%s", qPrintable(plan.errorMessage()));
            return {};
        }
        QSignalSpy settled(&m_host->engine(), &RunEngine::runSettled);
        const Result<QString> run = m_host->engine().launch(*plan);
        if (!run) {
            qWarning("%s", qPrintable(run.errorMessage()));
            return {};
        }
        m_runs << *run;
        if (!QTest::qWaitFor([&] { return !m_host->engine().isActive(*run); }, 300000))
            qWarning("the build run %s did not settle", qPrintable(*run));
        const RunRecord record = *m_host->engine().run(*run);
        // Every image the build made, its steps' too, goes when the test ends.
        for (const QJsonValue &step : result(record).value(u"steps"_s).toArray()) {
            const QString image = step.toObject().value(u"imageId"_s).toString();
            if (!image.isEmpty() && !m_images.contains(image))
                m_images << image;
        }
        return record;
    }

    static QJsonObject result(const RunRecord &record)
    {
        return record.plan.value(u"result"_s).toObject();
    }

    QString events(const QString &run)
    {
        QStringList lines;
        for (const RunEvent &e : m_host->engine().events(run))
            lines << e.instance + u": "_s + e.message;
        return lines.join(u'\n');
    }

    void save(const QString &preInstall, const QString &recipe, const QString &execute)
    {
        Module m;
        m.path = u"b/app"_s;
        m.kind = ModuleKind::Image;
        m.image.parent = u"b/debian"_s;
        m.image.platform = u"debian"_s;
        m.image.recipes.preInstall = preInstall;
        m.image.recipes.recipe = recipe;
        m.image.recipes.execute = execute;
        QVERIFY(m_catalog->save(m, u"test"_s, u"fixture"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"catalog.sqlite"_s);
        m_catalog = std::make_unique<Catalog>(db);
        QVERIFY(m_catalog->open());
        Module base;
        base.path = u"b/debian"_s;
        base.kind = ModuleKind::Image;
        base.image.native = true;
        base.image.platform = u"debian"_s;
        base.image.imageIds = {CloudImageId{u"local"_s, kBaseImage, {}}};
        QVERIFY(m_catalog->save(base, u"test"_s, u"fixture"_s));

        m_host = std::make_unique<RunHost>(builtinConnectors(),
                                           [](const QString &name) -> std::optional<CloudConfig> {
                                               if (name == u"local")
                                                   return CloudConfig::local();
                                               return std::nullopt;
                                           });
        RunHost::Options options;
        options.databaseFile = db;
        options.certificateDir = m_dir.filePath(u"tls"_s);
        QVERIFY2(m_host->start(options), "the run host did not start");
    }

    void cleanupTestCase()
    {
        for (const QString &run : std::as_const(m_runs))
            removeRun(run);
        for (const QString &image : std::as_const(m_images))
            QProcess::execute(u"podman"_s, {u"rmi"_s, u"-f"_s, image});
    }

    void buildIsARunAndReusesSteps()
    {
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo recipe one > /etc/slipway-recipe\n"_s,
             u"cat /etc/slipway-recipe\n"_s);
        const RunRecord first = build(u"b/app"_s);
        QVERIFY2(first.state == RunState::Done, qPrintable(events(first.id)));
        QCOMPARE(first.kind, u"build"_s);
        QCOMPARE(first.modulePath, u"b/app"_s);
        QVERIFY(first.terminated);
        QVERIFY(first.abortReason.isEmpty());
        QCOMPARE(result(first).value(u"stepsRun"_s).toInt(), 2);
        const QString imageId = result(first).value(u"imageId"_s).toString();
        QVERIFY(!imageId.isEmpty());

        // One instance, which went through the build; its steps and the recording are events.
        const QList<InstanceRecord> instances = m_host->engine().instances(first.id);
        QCOMPARE(instances.size(), 1);
        QCOMPARE(instances.constFirst().name, u"machine.1"_s);
        QCOMPARE(instanceStateName(instances.constFirst().state), u"terminated"_s);
        QCOMPARE(instances.constFirst().instanceId, imageId);
        const QString log = events(first.id);
        QVERIFY2(log.contains(u"Step recipe: run in"_s), qPrintable(log));
        QVERIFY2(log.contains(u"State: Executing"_s) && log.contains(u"State: Done"_s),
                 qPrintable(log));
        QVERIFY2(log.contains(u"Recorded "_s), qPrintable(log));
        // The catalog has the built image for the version built, and the runs list the build.
        const auto built = m_catalog->builtImages(u"b/app"_s, first.moduleVersion);
        QVERIFY(built && built->size() == 1);
        QCOMPARE(built->constFirst().imageId, imageId);
        QCOMPARE(built->constFirst().cloud, u"local"_s);
        QVERIFY(containersOfRun(first.id).isEmpty());
        // The image holds what the recipe made.
        QProcess cat;
        cat.start(u"podman"_s, {u"run"_s, u"--rm"_s, imageId, u"cat"_s, u"/etc/slipway-recipe"_s});
        QVERIFY(cat.waitForFinished(60000));
        QCOMPARE(cat.readAllStandardOutput().trimmed(), QByteArray("recipe one"));

        // Only the execute script changes: nothing runs, the same image is recorded.
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo recipe one > /etc/slipway-recipe\n"_s,
             u"echo changed; cat /etc/slipway-recipe\n"_s);
        const RunRecord second = build(u"b/app"_s);
        QVERIFY2(second.state == RunState::Done, qPrintable(events(second.id)));
        QCOMPARE(second.moduleVersion, first.moduleVersion + 1);
        QCOMPARE(result(second).value(u"stepsRun"_s).toInt(), 0);
        QCOMPARE(result(second).value(u"imageId"_s).toString(), imageId);
        QVERIFY(events(second.id).contains(u"Step recipe: reused"_s));

        // The recipe changes: the pre-install step is reused, the recipe alone runs.
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo recipe two > /etc/slipway-recipe\n"_s,
             u"cat /etc/slipway-recipe\n"_s);
        const RunRecord third = build(u"b/app"_s);
        QVERIFY2(third.state == RunState::Done, qPrintable(events(third.id)));
        QCOMPARE(result(third).value(u"stepsRun"_s).toInt(), 1);
        const QJsonArray steps = result(third).value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 2);
        QVERIFY(steps.at(0).toObject().value(u"reused"_s).toBool());
        QVERIFY(!steps.at(1).toObject().value(u"reused"_s).toBool());
        QVERIFY(result(third).value(u"imageId"_s).toString() != imageId);
        const auto rebuilt = m_catalog->builtImages(u"b/app"_s, third.moduleVersion);
        QVERIFY(rebuilt && rebuilt->size() == 1);
        QCOMPARE(rebuilt->constFirst().imageId, result(third).value(u"imageId"_s).toString());

        // Every build shows in the runs, newest first.
        QStringList ids;
        for (const RunRecord &r : m_host->engine().runs())
            ids << r.id;
        QCOMPARE(ids.mid(0, 3), (QStringList{third.id, second.id, first.id}));
    }

    void failingStepAbortsWithItsReason()
    {
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo no space left >&2\nexit 4\n"_s,
             {});
        const int before = int(
            m_catalog->builtImages(u"b/app"_s, m_catalog->latest(u"b/app"_s)->version)->size());
        const RunRecord failed = build(u"b/app"_s);
        QCOMPARE(failed.state, u"Aborted"_s);
        QVERIFY2(failed.abortReason.contains(u"exit status 4"_s), qPrintable(failed.abortReason));
        QVERIFY2(failed.abortReason.contains(u"no space left"_s), qPrintable(failed.abortReason));
        QCOMPARE(instanceStateName(m_host->engine().instances(failed.id).constFirst().state),
                 u"terminated"_s);
        QVERIFY(containersOfRun(failed.id).isEmpty());
        QCOMPARE(int(m_catalog->builtImages(u"b/app"_s, failed.moduleVersion)->size()), before);
    }

    void abortCancelsTheBuild()
    {
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo started; sleep 300\n"_s,
             {});
        const Result<RunPlan> plan = planImageBuild(*m_catalog, u"b/app"_s, u"local"_s);
        QVERIFY(plan);
        const Result<QString> run = m_host->engine().launch(*plan);
        QVERIFY(run);
        m_runs << *run;
        // Once the recipe runs, the abort stops it.
        QTRY_VERIFY_WITH_TIMEOUT(events(*run).contains(u"recipe: started"_s), 120000);
        QVERIFY(m_host->engine().abort(*run, u"no longer needed"_s));
        (void) m_host->engine().abort(*run, u"second reason"_s); // the first reason wins
        QTRY_VERIFY_WITH_TIMEOUT(!m_host->engine().isActive(*run), 120000);
        const RunRecord record = *m_host->engine().run(*run);
        QCOMPARE(record.state, u"Aborted"_s);
        QCOMPARE(record.abortReason, u"no longer needed"_s);
        QVERIFY(record.terminated);
        QVERIFY(containersOfRun(*run).isEmpty());
        // A settled build cannot be aborted or scaled.
        QVERIFY(!m_host->engine().abort(*run, u"again"_s));
        QVERIFY(!m_host->engine().scale(*run, u"machine"_s, 1));
    }

    void nativeImageHasNothingToBuild()
    {
        const Result<RunPlan> plan = planImageBuild(*m_catalog, u"b/debian"_s, u"local"_s);
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(u"native"_s), qPrintable(plan.errorMessage()));
        const Result<RunPlan> elsewhere = planImageBuild(*m_catalog, u"b/app"_s, u"nowhere"_s);
        QVERIFY(!elsewhere);
        QVERIFY2(elsewhere.errorMessage().contains(u"nowhere"_s),
                 qPrintable(elsewhere.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestImageBuildRun)
#include "tst_imagebuildrun.moc"
