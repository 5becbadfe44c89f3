#include "core/http/socketacceptor.h"
#include "core/relay/relayconfiguration.h"
#include "core/relay/relayserver.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "slipway-relay: %s\n", qPrintable(message));
    return 2;
}

} // namespace

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
    const QCommandLineOption
        listen(u"listen"_s,
               u"Where nodes connect (HTTPS), ADDR:PORT. Default 0.0.0.0:8443."_s,
               u"ADDR:PORT"_s,
               u"0.0.0.0:8443"_s);
    const QCommandLineOption linkListen(
        u"link-listen"_s,
        u"Where the application's link connects (WebSocket over TLS, path /slipway-relay/v1), "
        "ADDR:PORT. Default 0.0.0.0:8444."_s,
        u"ADDR:PORT"_s,
        u"0.0.0.0:8444"_s);
    const QCommandLineOption cert(u"cert"_s, u"TLS certificate chain (PEM)."_s, u"FILE"_s);
    const QCommandLineOption key(u"key"_s, u"TLS private key (PEM, unencrypted)."_s, u"FILE"_s);
    const QCommandLineOption
        secretFile(u"secret-file"_s,
                   u"File whose first line is the secret shared with the application (mode 0600)."_s,
                   u"FILE"_s);
    const QCommandLineOption maxRequest(u"max-request-size"_s,
                                        u"Largest node request body accepted (413 above). "
                                        "Default 16M."_s,
                                        u"BYTES"_s,
                                        u"16M"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s,
                                            u"Node connections at once, in total. Default: from "
                                            "the open-files limit."_s,
                                            u"N"_s,
                                            u"0"_s);
    const QCommandLineOption maxPerAddress(u"max-connections-per-address"_s,
                                           u"Node connections at once from one address (a cloud's "
                                           "nodes may share a NAT address). Default 2048."_s,
                                           u"N"_s,
                                           u"2048"_s);
    const QCommandLineOption plain(u"plain"_s,
                                   u"No TLS; allowed only when both addresses are loopback."_s);
    parser.addOptions(
        {listen, linkListen, cert, key, secretFile, maxRequest, maxConnections, maxPerAddress, plain});
    parser.process(app);

    using namespace Slipway::Relay;
    QString error;
    const auto nodeAddress = parseListenAddress(parser.value(listen), &error);
    if (!nodeAddress)
        return failWith(u"--listen "_s + error);
    const auto linkAddress = parseListenAddress(parser.value(linkListen), &error);
    if (!linkAddress)
        return failWith(u"--link-listen "_s + error);
    const auto maxRequestSize = parseSize(parser.value(maxRequest), &error);
    if (!maxRequestSize)
        return failWith(u"--max-request-size "_s + error);
    if (!parser.isSet(secretFile))
        return failWith(u"--secret-file is required"_s);
    const auto secret = readSecretFile(parser.value(secretFile), &error);
    if (!secret)
        return failWith(error);

    bool totalOk = false;
    bool perAddressOk = false;
    const int total = parser.value(maxConnections).toInt(&totalOk);
    const int perAddress = parser.value(maxPerAddress).toInt(&perAddressOk);
    if (!totalOk || total < 0)
        return failWith(u"--max-connections must be a number, 0 for the default"_s);
    if (!perAddressOk || perAddress < 1)
        return failWith(u"--max-connections-per-address must be a positive number"_s);

    RelayServer::Options options;
    options.secret = *secret;
    options.maxNodeConnections = total;
    options.maxNodeConnectionsPerAddress = perAddress;
    options.maxRequestSize = *maxRequestSize;
    options.version = QCoreApplication::applicationVersion();
    if (parser.isSet(plain)) {
        if (!nodeAddress->address.isLoopback() || !linkAddress->address.isLoopback())
            return failWith(u"--plain is allowed only with loopback addresses"_s);
    } else {
        if (!parser.isSet(cert) || !parser.isSet(key))
            return failWith(u"--cert and --key are required (or --plain on loopback)"_s);
        options.tls = loadServerTls(parser.value(cert), parser.value(key), &error);
        if (!options.tls)
            return failWith(error);
    }

    // Each node call holds a connection (a parked ss-get for minutes): a 1,000-node run needs
    // more than the usual soft limit of 1,024 open files.
    const int openFiles = Slipway::SocketAcceptor::raiseOpenFileLimit();
    RelayServer server(std::move(options));
    if (!server.listen(nodeAddress->address,
                       nodeAddress->port,
                       linkAddress->address,
                       linkAddress->port))
        return failWith(server.errorString());
    std::fprintf(stderr,
                 "slipway-relay: nodes on port %u, application links on port %u (up to %d open "
                 "files)\n",
                 unsigned(server.nodePort()),
                 unsigned(server.linkPort()),
                 openFiles);
    return app.exec();
}
