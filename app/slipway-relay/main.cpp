#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"slipway-relay"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Slipway::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Forwards the nodes' calls to a Slipway application over its outbound WebSocket."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    parser.showHelp(2);
}
