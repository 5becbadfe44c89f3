// bench_ui: cold start of the main window on a 10,000-module catalog (target <= 1 s) and
// opening an image editor (target <= 100 ms), each beside an anchor measured in the same run.
//
//   bench_ui [--smoke]            builds the catalog in a temporary folder and measures
//   bench_ui --cold-start FILE    (internal) one cold start, run as a child process
//
// Run it from the release build: QT_QPA_PLATFORM=offscreen bench_ui

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Slipway;
using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_sinceStart;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// projects × (1 project + 1 native base + (perProject - 3) derived images + 1 deployment)
QList<ModuleVersion> makeCatalog(int projects, int perProject)
{
    QList<ModuleVersion> out;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (int p = 0; p < projects; ++p) {
        const QString project = u"p%1"_s.arg(p, 3, 10, QChar(u'0'));
        auto add = [&](const Module &m) {
            out.append({m, 0, u"bench"_s, when, u"import"_s});
        };
        Module folder;
        folder.path = project;
        folder.description = u"Project %1"_s.arg(p);
        add(folder);
        Module base;
        base.path = project + u"/base"_s;
        base.kind = ModuleKind::Image;
        base.image.native = true;
        base.image.imageIds = {{u"local"_s, u"debian:13"_s, {}}};
        base.image.packages = {{u"curl"_s, {}, {}}};
        base.image.recipes.preInstall = u"#!/bin/sh\napt-get update\n"_s;
        add(base);
        for (int i = 0; i < perProject - 3; ++i) {
            Module image;
            image.path = project + u"/img-%1"_s.arg(i, 3, 10, QChar(u'0'));
            image.kind = ModuleKind::Image;
            image.description = u"Derived image %1"_s.arg(i);
            image.image.parent = base.path;
            image.image.packages = {{u"nginx"_s, {}, {}}};
            Parameter port;
            port.name = u"port"_s;
            port.defaultValue = u"80"_s;
            image.image.parameters = {port};
            QString recipe = u"#!/bin/bash\nset -e\n"_s;
            for (int line = 0; line < 40; ++line)
                recipe += u"echo step %1 of image %2\n"_s.arg(line).arg(i);
            image.image.recipes.recipe = recipe;
            add(image);
        }
        Module deployment;
        deployment.path = project + u"/app"_s;
        deployment.kind = ModuleKind::Deployment;
        Node a;
        a.name = u"front"_s;
        a.image = project + u"/img-000"_s;
        Node b;
        b.name = u"back"_s;
        b.image = project + u"/img-001"_s;
        deployment.deployment.nodes = {a, b};
        add(deployment);
    }
    return out;
}

// The child: from main() to a shown main window whose catalog tree has its rows.
int coldStart(const QString &catalogFile, const QString &settingsFile)
{
    Settings settings(settingsFile);
    Catalog catalog(catalogFile);
    if (!catalog.open())
        return 2;
    MainWindow window(settings, &catalog);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    QCoreApplication::processEvents();
    if (window.catalogView()->model()->rowCount() == 0 && catalogFile.contains(u"full"_s))
        return 4;
    std::printf("%.1f\n", g_sinceStart.nsecsElapsed() / 1e6);
    return 0;
}

struct Start
{
    double inProcessMs = 0; // main() to usable window
    double wallMs = 0;      // process start to exit, as the parent saw it
};

Start spawn(const QString &catalogFile, const QString &settingsFile)
{
    QProcess child;
    QElapsedTimer wall;
    wall.start();
    child.start(QCoreApplication::applicationFilePath(),
                {u"--cold-start"_s, catalogFile, settingsFile});
    if (!child.waitForFinished(60000) || child.exitCode() != 0) {
        std::fprintf(stderr, "cold start failed: %s\n", child.readAllStandardError().constData());
        return {};
    }
    return {QString::fromUtf8(child.readAllStandardOutput()).trimmed().toDouble(),
            wall.nsecsElapsed() / 1e6};
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == u"--cold-start"_s)
        return coldStart(args.at(2), args.at(3));
    const bool smoke = args.contains(u"--smoke"_s);
    const int projects = smoke ? 5 : 100;
    const int perProject = 100;
    const int starts = smoke ? 1 : 5;
    const int openings = smoke ? 3 : 30;

    QTemporaryDir dir;
    const QString full = dir.filePath(u"full.db"_s);
    const QString empty = dir.filePath(u"empty.db"_s);
    {
        Catalog catalog(full);
        if (!catalog.open())
            return 1;
        QElapsedTimer t;
        t.start();
        auto imported = catalog.importVersions(makeCatalog(projects, perProject));
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.errorMessage()));
            return 1;
        }
        std::printf("catalog: %lld modules imported in %.0f ms\n",
                    qlonglong(imported->size()),
                    t.nsecsElapsed() / 1e6);
        Catalog none(empty);
        if (!none.open())
            return 1;
    }

    // Cold start, each in a fresh process; the anchor is the same window on an empty catalog.
    QList<double> fullIn, fullWall, emptyIn, emptyWall;
    for (int i = 0; i < starts; ++i) {
        const Start e = spawn(empty, dir.filePath(u"s-empty-%1.conf"_s.arg(i)));
        const Start f = spawn(full, dir.filePath(u"s-full-%1.conf"_s.arg(i)));
        emptyIn.append(e.inProcessMs);
        emptyWall.append(e.wallMs);
        fullIn.append(f.inProcessMs);
        fullWall.append(f.wallMs);
    }
    std::printf("cold start to a usable window, %d modules: median %.0f ms in process, "
                "%.0f ms process wall (target <= 1000 ms)\n",
                projects * perProject,
                median(fullIn),
                median(fullWall));
    std::printf("  anchor: the same window on an empty catalog: %.0f ms in process, "
                "%.0f ms process wall\n",
                median(emptyIn),
                median(emptyWall));

    // Opening image editors, each a different derived image, painted before the clock stops.
    Settings settings(dir.filePath(u"s.conf"_s));
    Catalog catalog(full);
    if (!catalog.open())
        return 1;
    MainWindow window(settings, &catalog);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QList<double> open, read;
    for (int i = 0; i < openings; ++i) {
        const QString path = u"p%1/img-%2"_s.arg(i % projects, 3, 10, QChar(u'0'))
                                 .arg(i % (perProject - 3), 3, 10, QChar(u'0'));
        QElapsedTimer t;
        t.start();
        auto latest = catalog.latest(path);
        read.append(t.nsecsElapsed() / 1e6);
        if (!latest)
            return 1;
        t.restart();
        ModuleEditor *editor = window.openModule(path);
        if (!editor)
            return 1;
        editor->repaint();
        QCoreApplication::processEvents();
        open.append(t.nsecsElapsed() / 1e6);
        window.closeEditor(window.editorArea()->indexOf(editor));
        QCoreApplication::processEvents();
    }
    std::printf("open an image editor: median %.1f ms, max %.1f ms over %d images "
                "(target <= 100 ms)\n",
                median(open),
                *std::max_element(open.cbegin(), open.cend()),
                openings);
    std::printf("  anchor: reading the same module from the catalog: median %.2f ms\n",
                median(read));
    return 0;
}
