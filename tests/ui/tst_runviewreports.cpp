// The run view's reports: listed without their bytes, shown and saved after a read off the
// GUI thread, saved byte for byte (NUL, invalid UTF-8). A real run host on a real catalog
// database; no containers: the run and its reports are put in the store as the broker would.

#include "core/broker/runtimeparameterstore.h"
#include "core/run/runhost.h"
#include "core/run/runrecords.h"
#include "tests/support/runtestbed.h"
#include "ui/runs/runview.h"

#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestRunViewReports : public QObject
{
    Q_OBJECT

    RunTestBed m_bed;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bed.open());
        qputenv("SLIPWAY_DATA_DIR", m_bed.filePath(u"data"_s).toUtf8());
        QVERIFY(m_bed.startHost());
    }

    void reportsAreReadOffTheGuiThreadAndSavedByteForByte()
    {
        QByteArray binary("\0\xff\xfe\xc3\x28 not UTF-8\r\n\0", 18);
        for (int i = 0; i < 256; ++i)
            binary += char(i);
        RunHost &host = m_bed.host();
        RunLayout layout;
        layout.nodes.append({u"worker"_s, 1, {}, {}});
        QVERIFY(host.store().createRun(u"r1"_s, layout).ok());
        RunRecords records;
        QVERIFY(records.open(m_bed.databaseFile()));
        RunRecord r;
        r.id = u"r1"_s;
        r.kind = u"deployment"_s;
        r.modulePath = u"t/absent"_s;
        r.moduleVersion = 1;
        r.state = RunState::Ready.toString();
        r.keepRunning = u"always"_s;
        r.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(records.insertRun(r));
        QVERIFY(host.store().addReport(u"r1"_s, u"worker.1"_s, u"core.bin"_s, binary).ok());
        QVERIFY(host.store().addReport(u"r1"_s, u"worker.1"_s, u"node.log"_s, "fine\n").ok());
        QVERIFY(host.store().flush());

        RunView view(host, m_bed.catalog(), u"r1"_s);
        QListWidget *list = view.reportList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"worker.1/core.bin"_s);
        QVERIFY(list->item(0)->toolTip().contains(QString::number(binary.size())));
        QVERIFY(!view.saveReportButton()->isEnabled());

        // Chosen: the view does not wait for the bytes; they are shown once read.
        list->setCurrentRow(1);
        QVERIFY(view.reportView()->property("report").toString().isEmpty());
        QVERIFY(view.reportView()->toPlainText().startsWith(u"Loading"_s));
        QTRY_COMPARE(view.reportView()->property("report").toString(), u"worker.1/node.log"_s);
        QCOMPARE(view.reportView()->toPlainText(), u"fine\n"_s);
        QVERIFY(view.saveReportButton()->isEnabled());
        list->setCurrentRow(0);
        QTRY_COMPARE(view.reportView()->property("report").toString(), u"worker.1/core.bin"_s);
        QVERIFY2(view.reportView()->toPlainText().contains(u"binary"_s),
                 qPrintable(view.reportView()->toPlainText()));

        // Saved as uploaded.
        const QString file = m_bed.filePath(u"saved-core.bin"_s);
        QSignalSpy saved(&view, &RunView::reportSaved);
        view.saveReport(u"worker.1/core.bin"_s, file);
        QVERIFY(saved.isEmpty());
        QTRY_COMPARE(saved.size(), 1);
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), binary);
    }

    void pastRunsAndReplacedReports()
    {
        // A past run (Done, not loaded by a new host) shows its reports too.
        m_bed.host().store().endRun(u"r1"_s);
        QVERIFY(m_bed.host().store().flush());
        RunRecords records;
        QVERIFY(records.open(m_bed.databaseFile()));
        std::optional<RunRecord> record = records.run(u"r1"_s);
        QVERIFY(record);
        record->state = RunState::Done.toString();
        record->terminated = true;
        record->finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(records.updateRun(*record));
        m_bed.stopHost();
        QVERIFY(m_bed.startHost());
        RunHost &host = m_bed.host();
        QVERIFY(!host.store().isLoaded(u"r1"_s));
        RunView view(host, m_bed.catalog(), u"r1"_s);
        QVERIFY(host.store().isLoaded(u"r1"_s));
        QCOMPARE(view.reportList()->count(), 2);
        const QString file = m_bed.filePath(u"saved-core.bin"_s);
        QSignalSpy saved(&view, &RunView::reportSaved);
        QFile out(file);
        // Replaced by an upload of the same name: the list keeps one entry, the new bytes.
        QVERIFY(host.store().addReport(u"r1"_s, u"worker.1"_s, u"core.bin"_s, "v2").ok());
        QVERIFY(host.store().flush());
        QCOMPARE(host.store().reportList(u"r1"_s).size(), 2);
        saved.clear();
        view.saveReport(u"worker.1/core.bin"_s, file);
        QTRY_COMPARE(saved.size(), 1);
        out.close();
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray("v2"));
    }
};

QTEST_MAIN(TestRunViewReports)
#include "tst_runviewreports.moc"
