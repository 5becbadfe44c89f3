#pragma once

#include <QStringList>
#include <QTextStream>

namespace Slipway::Cli {

// Exit codes of slipway-cli, documented in its --help and in README.md.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,   // the catalog refused or failed (unknown module, database error, …)
    ExitUsage = 2,     // bad command line
    ExitBadInput = 3,  // a bundle or XML file is malformed or refers to missing modules
    ExitConflicts = 4, // an import has conflicts and no --on-conflict choice; nothing changed
};

// Parses slipway-cli's arguments (arguments[0] is the program) and runs the command, writing
// results to out and messages to err. Never exits the process: answers the exit code.
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}
    int run(const QStringList &arguments);
    static QString helpText();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Slipway::Cli
