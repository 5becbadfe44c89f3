// The dashboard of runs: every run of the catalog with its state, module, clouds, tags and
// duration; filters by state, module text and cloud; double-click opens a run; live while the
// application hosts runs on local containers, and runs left going resume when the
// application starts again.

#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "tests/support/modulebuilders.h"
#include "tests/support/podmantesting.h"
#include "tests/support/runtestbed.h"
#include "tests/support/uitesting.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/rundashboard.h"
#include "ui/runs/runfiltermodel.h"
#include "ui/runs/runlistmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    RunTestBed m_bed;

    QStringList shownIds(RunDashboard &dashboard)
    {
        QStringList ids;
        QAbstractItemModel *m = dashboard.view()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            ids << m->index(row, 0).data(RunListModel::IdRole).toString();
        return ids;
    }

    QString shownState(RunDashboard &dashboard, const QString &run)
    {
        const int row = dashboard.model()->rowOf(run);
        return row < 0 ? QString() : dashboard.model()->runAt(row).state;
    }

    static void setFilter(QComboBox *box, const QString &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bed.open());
        qputenv("SLIPWAY_DATA_DIR", m_bed.filePath(u"data"_s).toUtf8());
        for (const Module &m :
             {image(u"t/debian"_s, {}, {}),
              image(u"t/hello"_s,
                    u"t/debian"_s,
                    u"#!/bin/sh -e\nss-set greeting \"hello from $(hostname)\"\n"_s,
                    {output(u"greeting"_s)}),
              image(u"t/failing"_s, u"t/debian"_s, u"#!/bin/sh\necho 'disk full' >&2\nexit 3\n"_s),
              deployment(u"t/hello-pair"_s, {node(u"hello"_s, u"t/hello"_s, 2)}),
              deployment(u"t/broken"_s, {node(u"bad"_s, u"t/failing"_s)})}) {
            QVERIFY(m_bed.save(m));
        }
    }

    void cleanupTestCase() { m_bed.removeRuns(); }

    // Before any run is hosted, the dashboard shows the recorded runs, and filters them.
    void recordedRunsAreListedAndFiltered()
    {
        {
            RunRecords records;
            QVERIFY(records.open(m_bed.databaseFile()));
            const struct
            {
                const char *id, *module, *state, *cloud, *tag;
            } rows[] = {
                {"rec-done", "apps/web", "Done", "local", "nightly"},
                {"rec-aborted", "apps/db", "Aborted", "my-stack", "ci"},
                {"rec-cancel", "tools/web-proxy", "Cancelled", "local", "ci"},
            };
            QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
            for (const auto &r : rows) {
                RunRecord record;
                record.id = QString::fromLatin1(r.id);
                record.kind = u"deployment"_s;
                record.modulePath = QString::fromLatin1(r.module);
                record.moduleVersion = 2;
                record.state = QString::fromLatin1(r.state);
                record.keepRunning = u"on-success"_s;
                record.createdAt = at;
                record.finishedAt = at.addSecs(95);
                record.terminated = true;
                record.plan = QJsonObject{{u"nodes"_s,
                                           QJsonArray{QJsonObject{{u"name"_s, u"n"_s},
                                                                  {u"cloud"_s,
                                                                   QString::fromLatin1(r.cloud)}}}},
                                          {u"tags"_s, QJsonArray{QString::fromLatin1(r.tag)}}};
                QVERIFY(records.insertRun(record));
                at = at.addSecs(60);
            }
        }
        QVERIFY(!ApplicationRunHost::hasRunsToResume(m_bed.databaseFile()));

        ApplicationRunHost runs(m_bed.databaseFile());
        RunDashboard dashboard(&runs);
        QAbstractItemModelTester tester(dashboard.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(dashboard.filterModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        dashboard.resize(900, 300);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QCOMPARE(runs.status(), ApplicationRunHost::Status::Stopped); // showing starts nothing

        // Newest first, with what a user reads in each column.
        QCOMPARE(shownIds(dashboard),
                 (QStringList{u"rec-cancel"_s, u"rec-aborted"_s, u"rec-done"_s}));
        RunListModel *model = dashboard.model();
        const int row = model->rowOf(u"rec-aborted"_s);
        QCOMPARE(model->index(row, RunListModel::ModuleColumn).data().toString(), u"apps/db v2"_s);
        QCOMPARE(model->index(row, RunListModel::CloudColumn).data().toString(), u"my-stack"_s);
        QCOMPARE(model->index(row, RunListModel::TagsColumn).data().toString(), u"ci"_s);
        QCOMPARE(model->index(row, RunListModel::DurationColumn).data().toString(), u"1 min 35 s"_s);

        setFilter(dashboard.stateFilter(), u"Aborted"_s);
        QCOMPARE(shownIds(dashboard), QStringList{u"rec-aborted"_s});
        setFilter(dashboard.stateFilter(), QString());
        QTest::keyClicks(dashboard.moduleFilter(), u"WEB"_s);
        QCOMPARE(shownIds(dashboard), (QStringList{u"rec-cancel"_s, u"rec-done"_s}));
        // The cloud filter offers the configured clouds and those the runs used.
        setFilter(dashboard.cloudFilter(), u"my-stack"_s);
        QVERIFY(shownIds(dashboard).isEmpty());
        dashboard.moduleFilter()->clear();
        QCOMPARE(shownIds(dashboard), QStringList{u"rec-aborted"_s});
        setFilter(dashboard.cloudFilter(), u"local"_s);
        QCOMPARE(shownIds(dashboard), (QStringList{u"rec-cancel"_s, u"rec-done"_s}));
        // The tag filter offers the runs' tags, sorted.
        QCOMPARE(dashboard.tagFilter()->count(), 3);
        QCOMPARE(dashboard.tagFilter()->itemData(1).toString(), u"ci"_s);
        QCOMPARE(dashboard.tagFilter()->itemData(2).toString(), u"nightly"_s);
        setFilter(dashboard.tagFilter(), u"ci"_s);
        QCOMPARE(shownIds(dashboard), QStringList{u"rec-cancel"_s});
        setFilter(dashboard.cloudFilter(), QString());
        QCOMPARE(shownIds(dashboard), (QStringList{u"rec-cancel"_s, u"rec-aborted"_s}));
        setFilter(dashboard.tagFilter(), QString());
        setFilter(dashboard.cloudFilter(), u"local"_s);

        // A double-click on a run opens it.
        QSignalSpy activated(&dashboard, &RunDashboard::runActivated);
        QTableView *view = dashboard.view();
        const QRect cell = view->visualRect(view->model()->index(1, RunListModel::ModuleColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toString(), u"rec-done"_s);
        QVERIFY(UiTesting::saveScreenshot(&dashboard, u"run-dashboard-records"_s));
    }

    // Hosted runs appear as they are launched and change state live; a failing one ends
    // Aborted; a Ready run left going is resumed by the next start and shown again.
    void liveRunsOnContainersAndResume()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QString ready;
        {
            ApplicationRunHost runs(m_bed.databaseFile());
            RunDashboard dashboard(&runs);
            QAbstractItemModelTester tester(dashboard.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            dashboard.resize(900, 300);
            dashboard.show();
            QSignalSpy started(&runs, &ApplicationRunHost::started);
            runs.start();
            QCOMPARE(runs.status(), ApplicationRunHost::Status::Starting);
            QVERIFY(runs.host() == nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
            QVERIFY(runs.host());
            runs.host()->engine().setReportGraceMs(5000);
            QCOMPARE(dashboard.model()->rowCount(), 3);

            setFilter(dashboard.stateFilter(), u"Ready"_s);
            ready = m_bed.launchOn(*runs.host(), u"t/hello-pair"_s);
            QVERIFY(!ready.isEmpty());
            const QString broken = m_bed.launchOn(*runs.host(), u"t/broken"_s);
            QVERIFY(!broken.isEmpty());
            // Both show, newest first, long before they settle.
            QTRY_COMPARE(dashboard.model()->rowCount(), 5);
            QCOMPARE(dashboard.model()->runAt(0).id, broken);
            QCOMPARE(dashboard.model()->runAt(1).id, ready);
            QVERIFY(shownIds(dashboard).isEmpty());

            QTRY_COMPARE_WITH_TIMEOUT(shownState(dashboard, ready), u"Ready"_s, 240000);
            QTRY_COMPARE_WITH_TIMEOUT(shownState(dashboard, broken), u"Aborted"_s, 240000);
            QCOMPARE(shownIds(dashboard), QStringList{ready});
            setFilter(dashboard.stateFilter(), u"Aborted"_s);
            QCOMPARE(shownIds(dashboard), (QStringList{broken, u"rec-aborted"_s}));
            const int row = dashboard.model()->rowOf(broken);
            QVERIFY2(dashboard.model()
                         ->index(row, RunListModel::StateColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .contains(u"exit status 3"_s),
                     "the abort reason is the state's tool tip");
            setFilter(dashboard.stateFilter(), QString());
            QVERIFY(UiTesting::saveScreenshot(&dashboard, u"run-dashboard-live"_s));
            // A failed run's instances go after their reports (keep-running on-success).
            QTRY_VERIFY_WITH_TIMEOUT(runs.host()->engine().run(broken)->terminated, 120000);
            // The application stops with the Ready run kept.
        }
        QVERIFY(ApplicationRunHost::hasRunsToResume(m_bed.databaseFile()));

        ApplicationRunHost again(m_bed.databaseFile());
        RunDashboard dashboard(&again);
        QCOMPARE(shownState(dashboard, ready), u"Ready"_s); // from the records
        QSignalSpy started(&again, &ApplicationRunHost::started);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
        QVERIFY(again.host()->engine().isActive(ready));
        QSignalSpy settled(&again.host()->engine(), &RunEngine::runSettled);
        QVERIFY(again.host()->engine().terminate(ready));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(dashboard, ready), u"Done"_s, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.model()->runAt(dashboard.model()->rowOf(ready)).terminated,
                                 120000);
        QVERIFY(Testing::containersOfRun(ready).isEmpty());
        QVERIFY(!ApplicationRunHost::hasRunsToResume(m_bed.databaseFile()));
    }

    // Only one process hosts a catalog's runs: a second host is refused, with a reason.
    void secondHostIsRefused()
    {
        ApplicationRunHost first(m_bed.databaseFile());
        QSignalSpy started(&first, &ApplicationRunHost::started);
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
        ApplicationRunHost second(m_bed.databaseFile());
        QSignalSpy failed(&second, &ApplicationRunHost::failed);
        second.start();
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(second.status(), ApplicationRunHost::Status::Failed);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"hosts the runs"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
