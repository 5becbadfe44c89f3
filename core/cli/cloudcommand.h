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
    };

    CloudCommand(const Options &options, QTextStream &out, QTextStream &err)
        : m_options(options)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments); // arguments after "cloud"

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
