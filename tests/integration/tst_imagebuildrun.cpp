// An image build as a run of the engine on real containers: recorded with its events and one
// instance, the built image recorded on the image version, steps reused by the next builds,
// and an abort that cancels the build.

#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestImageBuildRun : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;
    QStringList m_images;
    // Unique per test process, so that parallel runs never share a cache key.
    const QString m_marker = QString::number(QCoreApplication::applicationPid()) + u'-'
                             + QString::number(QDateTime::currentMSecsSinceEpoch());

    // Builds the latest version of `path` through the engine; the run's record once settled.
    RunRecord build(const QString &path)
    {
        const Result<RunPlan> plan = planImageBuild(m_bed.catalog(), path, u"local"_s);
        if (!plan) {
            qWarning("%s", qPrintable(plan.errorMessage()));
            return {};
        }
        QSignalSpy settled(&m_bed.engine(), &RunEngine::runSettled);
        const Result<QString> run = m_bed.engine().launch(*plan);
        if (!run) {
            qWarning("%s", qPrintable(run.errorMessage()));
            return {};
        }
        m_bed.track(*run);
        if (!QTest::qWaitFor([&] { return !m_bed.engine().isActive(*run); }, 300000))
            qWarning("the build run %s did not settle", qPrintable(*run));
        const RunRecord record = *m_bed.engine().run(*run);
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
        QVERIFY(m_bed.save(m));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QVERIFY(m_bed.open());
        Module base;
        base.path = u"b/debian"_s;
        base.kind = ModuleKind::Image;
        base.image.native = true;
        base.image.platform = u"debian"_s;
        base.image.imageIds = {CloudImageId{u"local"_s, kBaseImage, {}}};
        QVERIFY(m_bed.save(base));

        QVERIFY(m_bed.startHost());
    }

    void cleanupTestCase()
    {
        m_bed.removeRuns();
        for (const QString &image : std::as_const(m_images))
            QProcess::execute(u"podman"_s, {u"rmi"_s, u"-f"_s, image});
    }

    void buildIsARunAndReusesSteps()
    {
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo recipe one > /etc/slipway-recipe\n"_s,
             u"cat /etc/slipway-recipe\n"_s);
        const RunRecord first = build(u"b/app"_s);
        QVERIFY2(first.state == RunState::Done, qPrintable(m_bed.events(first.id)));
        QCOMPARE(first.kind, u"build"_s);
        QCOMPARE(first.modulePath, u"b/app"_s);
        QVERIFY(first.terminated);
        QVERIFY(first.abortReason.isEmpty());
        QCOMPARE(result(first).value(u"stepsRun"_s).toInt(), 2);
        const QString imageId = result(first).value(u"imageId"_s).toString();
        QVERIFY(!imageId.isEmpty());

        // One instance, which went through the build; its steps and the recording are events.
        const QList<InstanceRecord> instances = m_bed.engine().instances(first.id);
        QCOMPARE(instances.size(), 1);
        QCOMPARE(instances.constFirst().name, u"machine.1"_s);
        QCOMPARE(instanceStateName(instances.constFirst().state), u"terminated"_s);
        QCOMPARE(instances.constFirst().instanceId, imageId);
        const QString log = m_bed.events(first.id);
        QVERIFY2(log.contains(u"Step recipe: run in"_s), qPrintable(log));
        QVERIFY2(log.contains(u"State: Executing"_s) && log.contains(u"State: Done"_s),
                 qPrintable(log));
        QVERIFY2(log.contains(u"Recorded "_s), qPrintable(log));
        // The catalog has the built image for the version built, and the runs list the build.
        const auto built = m_bed.catalog().builtImages(u"b/app"_s, first.moduleVersion);
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
        QVERIFY2(second.state == RunState::Done, qPrintable(m_bed.events(second.id)));
        QCOMPARE(second.moduleVersion, first.moduleVersion + 1);
        QCOMPARE(result(second).value(u"stepsRun"_s).toInt(), 0);
        QCOMPARE(result(second).value(u"imageId"_s).toString(), imageId);
        QVERIFY(m_bed.events(second.id).contains(u"Step recipe: reused"_s));

        // The recipe changes: the pre-install step is reused, the recipe alone runs.
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo recipe two > /etc/slipway-recipe\n"_s,
             u"cat /etc/slipway-recipe\n"_s);
        const RunRecord third = build(u"b/app"_s);
        QVERIFY2(third.state == RunState::Done, qPrintable(m_bed.events(third.id)));
        QCOMPARE(result(third).value(u"stepsRun"_s).toInt(), 1);
        const QJsonArray steps = result(third).value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 2);
        QVERIFY(steps.at(0).toObject().value(u"reused"_s).toBool());
        QVERIFY(!steps.at(1).toObject().value(u"reused"_s).toBool());
        QVERIFY(result(third).value(u"imageId"_s).toString() != imageId);
        const auto rebuilt = m_bed.catalog().builtImages(u"b/app"_s, third.moduleVersion);
        QVERIFY(rebuilt && rebuilt->size() == 1);
        QCOMPARE(rebuilt->constFirst().imageId, result(third).value(u"imageId"_s).toString());

        // Every build shows in the runs, newest first.
        QStringList ids;
        for (const RunRecord &r : m_bed.engine().runs())
            ids << r.id;
        QCOMPARE(ids.mid(0, 3), (QStringList{third.id, second.id, first.id}));
    }

    void failingStepAbortsWithItsReason()
    {
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo no space left >&2\nexit 4\n"_s,
             {});
        const int before = int(
            m_bed.catalog()
                .builtImages(u"b/app"_s, m_bed.catalog().latest(u"b/app"_s)->version)
                ->size());
        const RunRecord failed = build(u"b/app"_s);
        QCOMPARE(failed.state, u"Aborted"_s);
        QVERIFY2(failed.abortReason.contains(u"exit status 4"_s), qPrintable(failed.abortReason));
        QVERIFY2(failed.abortReason.contains(u"no space left"_s), qPrintable(failed.abortReason));
        QCOMPARE(instanceStateName(m_bed.engine().instances(failed.id).constFirst().state),
                 u"terminated"_s);
        QVERIFY(containersOfRun(failed.id).isEmpty());
        QCOMPARE(int(m_bed.catalog().builtImages(u"b/app"_s, failed.moduleVersion)->size()), before);
    }

    void abortCancelsTheBuild()
    {
        save(u"echo pre %1 > /etc/slipway-pre\n"_s.arg(m_marker),
             u"echo started; sleep 300\n"_s,
             {});
        const Result<RunPlan> plan = planImageBuild(m_bed.catalog(), u"b/app"_s, u"local"_s);
        QVERIFY(plan);
        const Result<QString> run = m_bed.engine().launch(*plan);
        QVERIFY(run);
        m_bed.track(*run);
        // Once the recipe runs, the abort stops it.
        QTRY_VERIFY_WITH_TIMEOUT(m_bed.events(*run).contains(u"recipe: started"_s), 120000);
        QVERIFY(m_bed.engine().abort(*run, u"no longer needed"_s));
        (void) m_bed.engine().abort(*run, u"second reason"_s); // the first reason wins
        QTRY_VERIFY_WITH_TIMEOUT(!m_bed.engine().isActive(*run), 120000);
        const RunRecord record = *m_bed.engine().run(*run);
        QCOMPARE(record.state, u"Aborted"_s);
        QCOMPARE(record.abortReason, u"no longer needed"_s);
        QVERIFY(record.terminated);
        QVERIFY(containersOfRun(*run).isEmpty());
        // A settled build cannot be aborted or scaled.
        QVERIFY(!m_bed.engine().abort(*run, u"again"_s));
        QVERIFY(!m_bed.engine().scale(*run, u"machine"_s, 1));
    }

    void nativeImageHasNothingToBuild()
    {
        const Result<RunPlan> plan = planImageBuild(m_bed.catalog(), u"b/debian"_s, u"local"_s);
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(u"native"_s), qPrintable(plan.errorMessage()));
        const Result<RunPlan> elsewhere = planImageBuild(m_bed.catalog(), u"b/app"_s, u"nowhere"_s);
        QVERIFY(!elsewhere);
        QVERIFY2(elsewhere.errorMessage().contains(u"nowhere"_s),
                 qPrintable(elsewhere.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestImageBuildRun)
#include "tst_imagebuildrun.moc"
