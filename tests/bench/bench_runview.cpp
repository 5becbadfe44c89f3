// bench_runview: the run view's frame time while 10 nodes stream their script output at full
// speed (target: median frame <= 16 ms), beside the same run view idle, in the same process.
//
//   bench_runview [--smoke]
//
// A frame is what the GUI thread does in one 16.7 ms period: take in the output chunks that
// arrived (each node one chunk of the route's maximum, 16 KiB, per frame: about 10 MiB/s in
// all, more than the nodes' uploader sends), run the events due (the output view's refresh
// every 50 ms) and repaint the whole run view, its Output tab showing every instance. The run
// is recorded, not launched: no container is needed, and what is measured is the view alone.
//
// Run it from the release build: QT_QPA_PLATFORM=offscreen bench_runview

#include "core/broker/instanceoutput.h"
#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "core/run/runrecords.h"
#include "ui/runs/runoutputpane.h"
#include "ui/runs/runview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNodes = 10;
constexpr qint64 kFrameNs = 16'666'667;

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * p)));
}

QList<ModuleVersion> makeModules()
{
    const QDateTime when = QDateTime::currentDateTimeUtc();
    Module image;
    image.path = u"bench/img"_s;
    image.kind = ModuleKind::Image;
    image.image.native = true;
    image.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
    Parameter out;
    out.name = u"progress"_s;
    out.category = ParameterCategory::Output;
    image.image.parameters = {out};
    Module app;
    app.path = u"bench/app"_s;
    app.kind = ModuleKind::Deployment;
    for (int i = 1; i <= kNodes; ++i) {
        Node node;
        node.name = u"n%1"_s.arg(i, 2, 10, QChar(u'0'));
        node.image = image.path;
        node.position = QPointF(((i - 1) % 5) * 300, ((i - 1) / 5) * 220);
        app.deployment.nodes.append(node);
    }
    return {{image, 0, u"bench"_s, when, u"import"_s}, {app, 0, u"bench"_s, when, u"import"_s}};
}

// 16 KiB of build-log lines of one node.
QByteArray chunkOf(const QString &instance, qint64 *line)
{
    QByteArray chunk;
    chunk.reserve(InstanceOutput::MaxChunkBytes);
    const QByteArray name = instance.toUtf8();
    while (true) {
        const qint64 number = ++*line;
        const QByteArray text = name + " [" + QByteArray::number(number) + "] CC src/module_"
                                + QByteArray::number(number % 97)
                                + ".c -O2 -Wall -o build/module.o: ok\n";
        if (chunk.size() + text.size() > InstanceOutput::MaxChunkBytes)
            break;
        chunk += text;
    }
    return chunk;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(u"--smoke"_s);
    const int frames = smoke ? 30 : 600;

    QTemporaryDir dir;
    const QString file = dir.filePath(u"catalog.db"_s);
    Catalog catalog(file);
    if (!catalog.open())
        return 1;
    if (auto imported = catalog.importVersions(makeModules()); !imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.errorMessage()));
        return 1;
    }
    const auto deployment = catalog.latest(u"bench/app"_s);
    if (!deployment)
        return 1;
    const QString run = u"bench1"_s;
    {
        // A finished run's record: the host does not resume it, the view shows it all.
        RunRecords records;
        if (!records.open(file))
            return 1;
        RunRecord r;
        r.id = run;
        r.kind = u"deployment"_s;
        r.modulePath = u"bench/app"_s;
        r.moduleVersion = deployment->version;
        r.state = u"Done"_s;
        r.keepRunning = u"never"_s;
        r.createdAt = QDateTime::currentDateTimeUtc();
        r.finishedAt = r.createdAt;
        if (!records.insertRun(r))
            return 1;
        for (int i = 1; i <= kNodes; ++i) {
            InstanceRecord instance;
            instance.run = run;
            instance.node = u"n%1"_s.arg(i, 2, 10, QChar(u'0'));
            instance.name = instance.node + u".1"_s;
            instance.cloud = u"local"_s;
            instance.state = InstanceState::Executing;
            if (!records.upsertInstance(instance))
                return 1;
        }
    }
    RunHost host(ConnectorRegistry{}, [](const QString &) { return std::optional<CloudConfig>(); });
    RunHost::Options options;
    options.databaseFile = file;
    options.certificateDir = dir.filePath(u"tls"_s);
    options.address = QHostAddress::LocalHost;
    if (Result<void> started = host.start(options); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.errorMessage()));
        return 1;
    }

    RunView view(host, catalog, run);
    view.resize(1400, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    view.detailTabs()->setCurrentWidget(view.outputPane());
    QCoreApplication::processEvents();

    InstanceOutput &output = host.broker().output();
    QList<qint64> lines(kNodes, 0);
    qint64 sent = 0;
    // One frame every 16.7 ms; the time spent in it is its frame time.
    const auto measure = [&](bool streaming) {
        QList<double> times;
        QElapsedTimer clock;
        clock.start();
        for (int f = 0; f < frames; ++f) {
            QList<QByteArray> chunks;
            if (streaming) {
                for (int n = 0; n < kNodes; ++n)
                    chunks << chunkOf(u"n%1.1"_s.arg(n + 1, 2, 10, QChar(u'0')), &lines[n]);
            }
            QElapsedTimer t;
            t.start();
            for (int n = 0; n < chunks.size(); ++n) {
                output.append(run, u"n%1.1"_s.arg(n + 1, 2, 10, QChar(u'0')), chunks.at(n));
                sent += chunks.at(n).size();
            }
            QCoreApplication::processEvents();
            view.repaint();
            times.append(t.nsecsElapsed() / 1e6);
            const qint64 next = (f + 1) * kFrameNs;
            const qint64 left = next - clock.nsecsElapsed();
            if (left > 0)
                QThread::usleep(quint64(left / 1000));
        }
        return times;
    };

    const QList<double> idle = measure(false);
    QElapsedTimer wall;
    wall.start();
    const QList<double> busy = measure(true);
    const double seconds = wall.nsecsElapsed() / 1e9;
    std::printf("run view frame time, %d nodes streaming output at full speed "
                "(%.1f MiB/s taken in, %d frames): median %.2f ms, p95 %.2f ms, max %.2f ms "
                "(target: median <= 16 ms)\n",
                kNodes,
                sent / seconds / (1024.0 * 1024.0),
                frames,
                percentile(busy, 0.5),
                percentile(busy, 0.95),
                *std::max_element(busy.cbegin(), busy.cend()));
    std::printf("  anchor: the same run view idle: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                percentile(idle, 0.5),
                percentile(idle, 0.95),
                *std::max_element(idle.cbegin(), idle.cend()));
    std::printf("  output view: %d lines kept (cap %d); the broker kept %lld KiB of n01.1\n",
                view.outputPane()->lineCount(),
                RunOutputPane::DefaultLineCap,
                qlonglong(output.output(run, u"n01.1"_s).size() / 1024));
    return 0;
}
