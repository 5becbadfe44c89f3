// The slipway program itself, run as a user runs it: --help and --version answer on a machine
// with no display at all (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM), where setting
// up the GUI would abort; a mistyped option is named, also without a display.

#include "core/version.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QTest>

using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

ProcessResult slipway(const QStringList &arguments)
{
    return runProcess(builtProgram(u"slipway"_s),
                      arguments,
                      ProcessOptions().withEnvironment(withoutDisplay()).withTimeout(60'000));
}

} // namespace

class TestSlipwayProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpWithoutADisplay()
    {
        for (const QString &option : {u"--help"_s, u"-h"_s}) {
            const ProcessResult run = slipway({option});
            QVERIFY2(run.succeeded(), run.transcript().constData());
            const QString out = run.outText();
            QVERIFY2(out.contains(u"Usage: "_s), qPrintable(out));
            for (const QString &documented :
                 {u"--catalog"_s, u"--screenshot"_s, u"--launch"_s, u"--run-pictures"_s})
                QVERIFY2(out.contains(documented), qPrintable(documented));
            QVERIFY2(!run.errText().contains(u"platform plugin"_s), run.err.constData());
        }
    }

    void versionWithoutADisplay()
    {
        for (const QString &option : {u"--version"_s, u"-v"_s}) {
            const ProcessResult run = slipway({option});
            QVERIFY2(run.succeeded(), run.transcript().constData());
            QCOMPARE(run.outText().trimmed(),
                     u"slipway "_s + QString::fromLatin1(Slipway::kVersion));
        }
    }

    void helpAfterOtherOptions()
    {
        // --help wins wherever it stands, also after options that start the GUI.
        const ProcessResult run = slipway({u"--catalog"_s, u"/nonexistent/c.sqlite"_s, u"--help"_s});
        QVERIFY2(run.succeeded(), run.transcript().constData());
        QVERIFY(run.outText().contains(u"--launch"_s));
    }

    void mistypedOptionWithHelpIsNamed()
    {
        const ProcessResult run = slipway({u"--no-such-option"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"no-such-option"_s), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSlipwayProgram)
#include "tst_slipwayprogram.moc"
