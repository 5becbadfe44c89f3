#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace Slipway::Cli {

// `slipway-cli deploy MODULE …`: plans and launches a run, hosts its broker until the run
// settles (Ready and kept, Done, or Aborted), showing progress, then prints the outputs.
// With --wait it goes on hosting a Ready run until it is interrupted (SIGINT/SIGTERM), which
// terminates the run.
class DeployCommand
{
public:
    struct Options
    {
        QString catalogFile; // empty: the default location
        bool json = false;
        QString cloud;               // default cloud of the nodes (empty: "local")
        QStringList parameters;      // "node:param=value"
        QStringList parameterFiles;  // files of "node:param=value" lines
        QStringList stdinParameters; // "node:param", each read from one line of stdin
        QStringList multiplicities;  // "node=N"
        QString keepRunning;         // never, always, on-success, on-error
        QStringList tags;
        bool wait = false;
        QString timeout; // seconds
    };

    DeployCommand(const Options &options, QTextStream &out, QTextStream &err)
        : m_options(options)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments); // arguments after "deploy"

private:
    int usage(const QString &message);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Slipway::Cli
