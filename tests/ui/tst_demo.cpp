// The README's demo, as buildroot.sh demo runs it: the slipway program launches the bundled
// example examples/hello/hello-world on local containers, saves pictures of its run view as it
// comes up and at Ready, terminates it and quits with 0; no container of the run is left.

#include "tests/support/podmantesting.h"
#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway::Testing;
using namespace Qt::StringLiterals;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void launchesPicturesAndTerminatesTheExample()
    {
        SLIPWAY_REQUIRE_PODMAN();
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_DATA_DIR"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"SLIPWAY_NO_DIALOGS"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const QString pictures = home.filePath(u"pictures"_s);
        const ProcessResult run = runProcess(builtProgram(u"slipway"_s),
                                             {u"--catalog"_s,
                                              home.filePath(u"catalog.sqlite"_s),
                                              u"--launch"_s,
                                              u"examples/hello/hello-world"_s,
                                              u"--run-pictures"_s,
                                              pictures},
                                             ProcessOptions().withEnvironment(env).withTimeout(
                                                 15 * 60 * 1000));
        const QRegularExpressionMatch id = QRegularExpression(u"The run (\\S+) was Ready"_s)
                                               .match(run.errText());
        if (id.hasMatch() && !containersOfRun(id.captured(1)).isEmpty()) {
            removeRun(id.captured(1));
            QFAIL("the run's containers were left behind");
        }
        QVERIFY2(run.succeeded(), run.transcript().constData());
        QVERIFY2(id.hasMatch(), run.err.constData());
        QVERIFY2(run.errText().contains(QDir::toNativeSeparators(pictures)), run.err.constData());

        const QStringList files = QDir(pictures).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
        // Pictures in order: the states on the way up, Ready, and the terminated run.
        QVERIFY2(files.size() >= 3, qPrintable(files.join(u", "_s)));
        QVERIFY2(files.constLast().endsWith(u"-terminated.png"_s), qPrintable(files.join(u", "_s)));
        QVERIFY2(files.contains(u"%1-ready.png"_s.arg(files.size() - 1, 2, 10, QChar(u'0'))),
                 qPrintable(files.join(u", "_s)));
        const bool cameUp = std::any_of(files.cbegin(), files.cend(), [](const QString &f) {
            return f.endsWith(u"-provisioning.png"_s) || f.endsWith(u"-executing.png"_s)
                   || f.endsWith(u"-initializing.png"_s);
        });
        QVERIFY2(cameUp, qPrintable(files.join(u", "_s)));
        const QImage ready(
            QDir(pictures).filePath(u"%1-ready.png"_s.arg(files.size() - 1, 2, 10, QChar(u'0'))));
        QVERIFY(!ready.isNull());
        QVERIFY(ready.width() > 600 && ready.height() > 400);
    }

    void aLaunchThatCannotStartEndsTheProgram()
    {
        // The runs cannot be hosted where the data folder cannot be made (under a file): the
        // program says so and ends with 1 instead of waiting for a run view.
        QTemporaryDir home;
        QFile file(home.filePath(u"a-file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLIPWAY_DATA_DIR"_s, home.filePath(u"a-file/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"SLIPWAY_NO_DIALOGS"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const ProcessResult run = runProcess(builtProgram(u"slipway"_s),
                                             {u"--catalog"_s,
                                              home.filePath(u"catalog.sqlite"_s),
                                              u"--launch"_s,
                                              u"examples/hello/hello-world"_s,
                                              u"--run-pictures"_s,
                                              home.filePath(u"pictures"_s)},
                                             ProcessOptions().withEnvironment(env).withTimeout(
                                                 120'000));
        QVERIFY2(run.finished, run.transcript().constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"The launch failed"_s), run.err.constData());

        // A module that is not in the catalog: said at once.
        const ProcessResult missing = runProcess(builtProgram(u"slipway"_s),
                                                 {u"--catalog"_s,
                                                  home.filePath(u"catalog.sqlite"_s),
                                                  u"--launch"_s,
                                                  u"examples/no-such-module"_s},
                                                 ProcessOptions().withEnvironment(env).withTimeout(
                                                     60'000));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.errText().contains(u"could not launch examples/no-such-module"_s),
                 missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
