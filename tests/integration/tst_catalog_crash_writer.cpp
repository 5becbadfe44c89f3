// The victim of tst_catalog_crash: opens a catalog and saves, one version after another,
// printing "ACK n" on stdout once save n is committed. It is killed with SIGKILL at random.
//
//   tst_catalog_crash_writer FILE FIRST COUNT

#include "core/catalog/catalog.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Slipway;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: tst_catalog_crash_writer FILE FIRST COUNT\n");
        return 2;
    }
    const int first = args.at(2).toInt();
    const int count = args.at(3).toInt();
    Catalog catalog(args.at(1));
    if (auto opened = catalog.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    for (int n = first; n < first + count; ++n) {
        Module m;
        m.path = u"crash/m%1"_s.arg(n % 37);
        m.kind = ModuleKind::Image;
        m.image.native = true;
        m.image.imageIds = {{u"local"_s, u"img-%1"_s.arg(n), {}}};
        m.description = u"save %1"_s.arg(n);
        m.image.recipes.execute = u"#!/bin/sh\necho %1\n"_s.arg(n).repeated(1 + n % 20);
        const auto saved = catalog.save(m, u"writer"_s, u"save %1"_s.arg(n));
        if (!saved) {
            std::fprintf(stderr, "save %d: %s\n", n, qPrintable(saved.errorMessage()));
            return 1;
        }
        std::printf("ACK %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
