#pragma once

#include <QStringList>
#include <QTextStream>

namespace Slipway::Cli {

// `slipway-cli cloud ls|add|test`: the clouds of this installation (core/run/cloudlist.h).
class CloudCommand
{
public:
    struct Options
    {
        bool json = false;
        QString kind;               // add --kind
        QStringList settings;       // add --set key=value
        bool acceptHostKey = false; // test --accept-host-key: trust hosts seen for the first time
        QString relayUrl;           // relay set --url
        QString relayLink;          // relay set --link
        QString relayCaFile;        // relay set --ca-file
        QStringList relayNames;     // relay cert --name
        QString relayOutput;        // relay cert --output
    };

    CloudCommand(const Options &options, QTextStream &out, QTextStream &err)
        : m_options(options)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments); // arguments after "cloud"
    // `slipway-cli relay set|show`: the relay of this installation (core/run/relaysettings.h).
    int relay(const QStringList &args);

private:
    int list(const QStringList &args);
    int add(const QStringList &args);
    int test(const QStringList &args);
    int usage(const QString &message);
    int failure(const QString &message);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Slipway::Cli
