// The settings dialog's Runs tab, used with the mouse and the keyboard: how many finished runs
// keep their parameters and reports and for how long, and where the broker listens; an address
// that is not one is refused before anything is written (screenshot settings-runs.png under
// $SLIPWAY_SCREENSHOT_DIR).

#include "core/settings.h"
#include "tests/support/uitesting.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

// Replaces the text of a line edit as a user does: click in it, select all, type.
void typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QPushButton *okButton(QDialog *dialog)
{
    const auto boxes = dialog->findChildren<QDialogButtonBox *>();
    return boxes.isEmpty() ? nullptr : boxes.constFirst()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void runsTabSetsRetentionAndBrokerAddresses()
    {
        const QString file = m_dir.filePath(u"slipway.conf"_s);
        Settings settings(file);
        SettingsDialog dialog(settings, m_dir.filePath(u"clouds.json"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The defaults: the newest 50 finished runs, for 30 days; the broker on "auto".
        QCOMPARE(dialog.runsKeptBox()->value(), 50);
        QCOMPARE(dialog.runDaysKeptBox()->value(), 30);
        QCOMPARE(dialog.brokerListenBox()->currentText(), u"auto"_s);
        QVERIFY(!dialog.runsKeptBox()->isVisible()); // on a tab not shown yet

        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        int runsTab = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == u"Runs"_s)
                runsTab = i;
        }
        QVERIFY(runsTab >= 0);
        QTest::mouseClick(tabs->tabBar(),
                          Qt::LeftButton,
                          {},
                          tabs->tabBar()->tabRect(runsTab).center());
        QTRY_VERIFY(dialog.runsKeptBox()->isVisible());

        QSpinBox *runs = dialog.runsKeptBox();
        typeInto(runs->findChild<QLineEdit *>(), u"7"_s);
        QCOMPARE(runs->value(), 7);
        QSpinBox *days = dialog.runDaysKeptBox();
        typeInto(days->findChild<QLineEdit *>(), u"12"_s);
        QCOMPARE(days->value(), 12);
        // Down to 0 with the keyboard: no limit.
        days->setFocus();
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(days, Qt::Key_Down);
        QCOMPARE(days->value(), 0);
        QCOMPARE(days->text(), u"no limit"_s);

        // Not an address: refused, the dialog stays, nothing is written.
        typeInto(dialog.brokerListenBox()->lineEdit(), u"127.0.0.1, the-lan"_s);
        QPushButton *ok = okButton(&dialog);
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.runsStatus()->text().contains(u"the-lan"_s),
                 qPrintable(dialog.runsStatus()->text()));
        QVERIFY(dialog.runsStatus()->isVisible());
        {
            Settings unchanged(file);
            QCOMPARE(unchanged.runsKept(), 50);
            QCOMPARE(unchanged.brokerListen(), u"auto"_s);
        }
        // The whole message shows once the layout has made room for its lines.
        QLabel *status = dialog.runsStatus();
        QTRY_VERIFY(status->height() >= status->heightForWidth(status->width()));
        QVERIFY(UiTesting::saveScreenshot(&dialog, u"settings-runs"_s));

        typeInto(dialog.brokerListenBox()->lineEdit(), u"127.0.0.1, 10.88.0.1"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Settings reread(file);
        QCOMPARE(reread.runsKept(), 7);
        QCOMPARE(reread.runDaysKept(), 0);
        QCOMPARE(reread.brokerListen(), u"127.0.0.1, 10.88.0.1"_s);

        // Opened again, it shows what was saved; "all" is one of its choices.
        SettingsDialog again(reread, m_dir.filePath(u"clouds.json"_s));
        QCOMPARE(again.runsKeptBox()->value(), 7);
        QCOMPARE(again.runDaysKeptBox()->value(), 0);
        QCOMPARE(again.brokerListenBox()->currentText(), u"127.0.0.1, 10.88.0.1"_s);
        again.brokerListenBox()->setCurrentIndex(again.brokerListenBox()->findText(u"all"_s));
        QVERIFY(again.apply());
        QCOMPARE(Settings(file).brokerListen(), u"all"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
