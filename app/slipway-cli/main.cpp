#include "cli/commandline.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"slipway-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Slipway::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Slipway::Cli::CommandLine(out, err).run(QCoreApplication::arguments());
}
