#pragma once

// One way to run a program to its end from a test (slipway-cli, validators, cmake, podman):
// its exit code and both outputs, with a time limit that kills it.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Slipway::Testing {

struct ProcessOptions
{
    QByteArray input; // written to its standard input, which is then closed
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 120'000; // a guard against hanging, not a target
    // Keep the event loop going while waiting, for servers living in the test process (fixture
    // clouds) that the program talks to; otherwise the test waits blocked, as the tests did.
    bool eventLoop = false;

    ProcessOptions &withInput(const QByteArray &bytes)
    {
        input = bytes;
        return *this;
    }
    ProcessOptions &withEnvironment(const QProcessEnvironment &values)
    {
        environment = values;
        return *this;
    }
    ProcessOptions &withTimeout(int ms)
    {
        timeoutMs = ms;
        return *this;
    }
    ProcessOptions &withEventLoop()
    {
        eventLoop = true;
        return *this;
    }
};

struct ProcessResult
{
    bool finished = false; // ran to its end within the time limit
    int exitCode = -1;     // -1 when it did not start, did not finish or crashed
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return finished && exitCode == 0; }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // Both outputs, for a failure message.
    QByteArray transcript() const { return out + err; }
};

// Runs program to its end (killed after the time limit).
ProcessResult runProcess(const QString &program,
                         const QStringList &arguments,
                         const ProcessOptions &options = {});

// The system environment with SLIPWAY_DATA_DIR set to dataDir (slipway-cli's data folder).
QProcessEnvironment environmentWithDataDir(const QString &dataDir);

// Whether program is on the PATH.
bool hasProgram(const QString &name);

} // namespace Slipway::Testing
