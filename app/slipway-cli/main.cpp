#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"slipway-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Slipway::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Slipway's command line: the catalog, runs and clouds, for scripts and CI."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"The command to run."_s);
    parser.process(app);

    if (parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    qCritical("slipway-cli: unknown command '%s' (see --help)",
              qPrintable(parser.positionalArguments().constFirst()));
    return 2;
}
